"""What every backend shares: its health report, the model-output error, optional imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from assetsmith.errors import import_extra as _import_extra


@dataclass
class BackendStatus:
    """What `check()` found: reachable at all, the server's version, and whether the configured
    model or checkpoint is there (with what is available instead when it is not)."""

    name: str
    reachable: bool
    version: str | None = None
    model: str | None = None
    model_present: bool = False
    available: list[str] = field(default_factory=list)
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.reachable and self.model_present


def import_extra(module: str, extra: str, what: str) -> ModuleType:
    """Import an optional dependency, or fail with a message that names the extra to install."""
    if module.split(".")[0] in ("diffusers", "transformers", "torch"):
        from .._torchcompat import prepare_torchvision

        prepare_torchvision()
    return _import_extra(module, extra, what)
