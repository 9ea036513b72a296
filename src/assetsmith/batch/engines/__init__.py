"""Batch engines: who turns a job config into files. Picked by the config's `engine` from ENGINES.

An engine writes every output of one chunk of a job into the export area's staging folder; the
runner then adds the meta files (and the signature) and commits the lot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ...registry import Lazy, Registry
from ...settings import Settings
from ..config import JobConfig
from ..paths import ExportArea


def _no_progress(stage: str, fraction: float, message: str) -> None:
    return None


@dataclass
class BatchContext:
    """What engines get besides the config: settings, the command line's overrides, callbacks."""

    settings: Settings
    unity_path: Path | None = None
    project_path: Path | None = None
    progress: Callable[[str, float, str], None] = _no_progress
    is_cancelled: Callable[[], bool] = lambda: False
    log: list[str] = field(default_factory=list)


class Engine(Protocol):
    """Renders or exports one chunk (a JobConfig whose `frames` is the chunk's range) into `area`.

    `prepare` checks what it can before any work (scene, camera, binaries) and raises the config
    error; `done` and `total` count frames across the whole job, for progress; `close` frees what
    the engine kept between chunks (a loaded scene, GPU buffers)."""

    name: str

    def prepare(self, config: JobConfig) -> None: ...

    def run(self, config: JobConfig, area: ExportArea, *, done: int, total: int) -> None: ...

    def close(self) -> None: ...


EngineFactory = Callable[[BatchContext], Engine]

# The engine modules import this one (BatchContext, Engine) and some are heavy: listed lazily.
ENGINES: Registry[EngineFactory] = Registry(
    "batch engine",
    {
        "native": Lazy("assetsmith.batch.engines.native:NativeEngine"),
        "unity": Lazy("assetsmith.batch.engines.unity:UnityEngine"),
        "blender": Lazy("assetsmith.batch.engines.blender:BlenderEngine"),
    },
)


def make_engine(name: str, ctx: BatchContext) -> Engine:
    """The engine called `name` (the config schema admits only these names)."""
    return ENGINES.get(name)(ctx)
