"""JobContext: the one object a stage reads from and writes to."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Settings
from .request import JobRequest

ProgressFn = Callable[[str, float, str], None]  # (stage, fraction 0..1 of the whole job, message)


def _no_progress(stage: str, fraction: float, message: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class TextureKey:
    variant: str
    material: str
    role: str

    def __hash__(self) -> int:
        return hash((self.variant, self.material, self.role))

    @property
    def base(self) -> str:
        return f"{self.variant}_{self.material}"


@dataclass
class JobContext:
    request: JobRequest
    settings: Settings
    job_id: str
    build_id: str = ""
    progress: ProgressFn = _no_progress
    is_cancelled: Callable[[], bool] = _never
    staging_dir: Path | None = None  # where the package stage writes the pack (the caller commits it)
    log_lines: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    provenance: dict = field(default_factory=dict)
    model_toolchain: dict = field(default_factory=dict)  # llm_model / image_pipeline when a model ran  # signing summary (key id, statement digests)

    spec: dict | None = None
    spec_changes: list[str] = field(default_factory=list)
    maps: dict = field(default_factory=dict)  # (variant, material) -> MaterialMaps
    textures: dict[TextureKey, bytes] = field(default_factory=dict)  # encoded PNGs
    geometry: object | None = None  # AssetGeometry
    models: dict[str, bytes] = field(default_factory=dict)  # "glb", "lod1", "usda", "usdz", ...
    files: dict[str, bytes] = field(default_factory=dict)  # the pack: relative path -> bytes
    zip_path: Path | None = None
    summary: str = ""

    def log(self, message: str) -> None:
        self.log_lines.append(f"{time.strftime('%H:%M:%S')} {message}")

    @property
    def asset_id(self) -> str:
        assert self.spec is not None
        return self.spec["asset_id"]

    @property
    def variants(self) -> list[dict]:
        assert self.spec is not None
        return self.spec["variants"]

    def variant_seed(self, index: int) -> int:
        v = self.variants[index]
        base = int(self.spec["generation"].get("seed", 0))
        return int(v["seed"]) if isinstance(v.get("seed"), int) else (base + 7919 * index) & 0x7FFFFFFF
