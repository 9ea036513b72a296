"""The narrow interface an image-model backend offers the materials stage.

A texture backend paints the albedo (and, if its graph has one, a height map) of one material;
normal and ORM maps are always derived from a height field by the materials package, never drawn
by text-to-image.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from assetsmith.backends.base import BackendStatus


@dataclass(frozen=True)
class TextureRequest:
    """One seamless albedo to paint. `reference_png` (optional) seeds image-to-image at
    `strength` (1.0: ignore the reference; lower keeps more of it)."""

    prompt: str
    negative_prompt: str = ""
    seed: int = 0
    steps: int = 20
    cfg: float = 6.5
    reference_png: bytes | None = None
    strength: float = 1.0


@dataclass
class GeneratedTexture:
    """What a backend returns: sRGB albedo (H, W, 3) uint8 at the model's native size, an
    optional height field (H, W) float32 in 0..1, and facts for the job log and manifest."""

    albedo: np.ndarray
    height: np.ndarray | None = None
    info: dict[str, Any] = field(default_factory=dict)


class TextureBackend(Protocol):
    """An image model that paints seamless (tileable) albedo textures.

    `name` is the backend kind ("comfyui", "diffusers"); `pipeline` describes the model for the
    manifest (e.g. "comfyui:sd15:dreamshaper_8.safetensors").
    """

    name: str

    @property
    def pipeline(self) -> str: ...

    def generate(
        self, request: TextureRequest, *, is_cancelled: Callable[[], bool]
    ) -> GeneratedTexture:
        """Paint one albedo. Raises BackendUnavailable (unreachable, timed out, failed on the
        server, missing checkpoint) or Cancelled (after asking the server to stop)."""
        ...

    def check(self) -> BackendStatus:
        """Reachability, version, and whether the checkpoint is present (for `doctor`)."""
        ...

    def close(self) -> None:
        """Release connections or models."""
        ...
