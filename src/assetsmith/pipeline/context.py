"""JobContext: the one object a stage reads from and writes to."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..settings import Settings
from .request import JobRequest

ProgressFn = Callable[[str, float, str], None]  # (stage, fraction 0..1 of the whole job, message)
REPORT_INTERVAL_S = 0.2  # the shortest gap between two progress events from inside a stage


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
    # Content Credentials: what the manifest and run statement record (provenance/credentials_pack)
    content_credentials: dict = field(default_factory=dict)
    credentialer: object | None = None  # the job's C2PA signer while images are being credentialed
    # The running stage: (name, its start and its share of the whole bar), set by the runner so a
    # stage can report progress inside itself through `report`.
    stage_span: tuple[str, float, float] = ("", 0.0, 0.0)
    _last_report: tuple[float, float] = (-1.0, 0.0)  # (fraction, monotonic time) last sent

    def report(self, fraction: float, message: str) -> None:
        """Progress inside the running stage: `fraction` 0..1 of this stage's work.

        Sent on when the bar moved and at least REPORT_INTERVAL_S passed, or when a second passed
        (so a message can change while the bar waits): a few events a second at most, since each
        one is a database write and an SSE event."""
        name, start, span = self.stage_span
        overall = start + span * min(max(float(fraction), 0.0), 1.0)
        last, at = self._last_report
        now = time.monotonic()
        if now - at < (REPORT_INTERVAL_S if overall > last else 1.0):
            return
        self._last_report = (max(overall, last), now)
        self.progress(name, max(overall, last), message)

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
