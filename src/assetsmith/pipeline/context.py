"""JobContext: the one object the stages of a job read from and write to.

Its fields are the job's inputs (the request and the caller's controls) and, below them, what
each stage produces; a stage reads only what earlier stages of the plan produced. Optional
products are None until their stage ran: read them with `produced(ctx.spec, "spec")`, which
names the missing stage instead of failing later on a None. Stages get their settings as their
own options object (see pipeline/stage.py), never from the context.

| field | produced by | read by |
|---|---|---|
| spec, spec_changes | spec | every later stage |
| model_toolchain | spec, materials (when a model backend ran) | layout (manifest toolchain) |
| maps, textures | materials | export, render, layout, originality |
| content_credentials, credentialer | materials (maps), layout (previews) | layout (manifest), attest |
| geometry | geometry | export, render, layout, originality |
| models | export | layout |
| previews | render | layout |
| files, manifest, summary | layout | originality, provenance, package, attest |
| originality | originality | provenance (signed predicate), the sealed manifest |
| pack_signature, signer | provenance | the sealed manifest; attest |
| provenance | provenance, attest | the job's result record |
| zip_path | package | attest |

manifest.json is built once: the layout stage builds its body (`manifest`), the originality and
provenance stages add their blocks as fields of their own, and `seal_manifest` encodes the whole
document into `files` exactly once (the provenance stage does it before signing; the package
stage, when no provenance stage ran).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..formats.jsondoc import dumps
from .request import JobRequest

if TYPE_CHECKING:
    from ..geometry.mesh import AssetGeometry
    from ..materials.maps import MaterialMaps
    from ..provenance.credentials_pack import PackCredentialer
    from ..provenance.signers import Signer

ProgressFn = Callable[[str, float, str], None]  # (stage, fraction 0..1 of the whole job, message)
REPORT_INTERVAL_S = 0.2  # the shortest gap between two progress events from inside a stage
Spec = dict[str, Any]  # a validated v0.2 asset spec (spec/schemas/asset-spec-0.2.json)
MANIFEST = "manifest.json"
T = TypeVar("T")


def _no_progress(stage: str, fraction: float, message: str) -> None:
    return None


def _never() -> bool:
    return False


def produced(value: T | None, name: str) -> T:
    """`value` (a context field), or a clear error naming the field that no stage has produced."""
    if value is None:
        raise RuntimeError(
            f"ctx.{name} is not set: the plan must run the stage that produces it first"
        )
    return value


def material_seed(variant_seed: int, material_id: str) -> int:
    """The seed of one material of one variant (stable across runs, processes and machines)."""
    return (variant_seed * 1_000_003 + zlib.crc32(material_id.encode())) & 0x7FFFFFFF


@dataclass(frozen=True)
class TextureKey:
    """One texture map of the pack: a variant's material's role (albedo, normal, orm, packings)."""

    variant: str
    material: str
    role: str

    @property
    def base(self) -> str:
        return f"{self.variant}_{self.material}"


@dataclass
class JobContext:
    """What one job knows: its inputs, then each stage's products (see the module docstring)."""

    # inputs
    request: JobRequest
    job_id: str
    build_id: str = ""
    progress: ProgressFn = _no_progress
    is_cancelled: Callable[[], bool] = _never
    staging_dir: Path | None = (
        None  # where the package stage writes the pack (the caller commits it)
    )
    log_lines: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    # spec
    spec: Spec | None = None
    spec_changes: list[str] = field(default_factory=list)
    model_toolchain: dict[str, str] = field(
        default_factory=dict
    )  # llm_model / image_pipeline when a model ran
    # materials
    maps: dict[tuple[str, str], MaterialMaps] = field(
        default_factory=dict
    )  # (variant, material) -> maps
    textures: dict[TextureKey, bytes] = field(default_factory=dict)  # encoded PNGs
    # geometry, export, render
    geometry: AssetGeometry | None = None
    models: dict[str, bytes] = field(
        default_factory=dict
    )  # "glb", "lod1", "usdz", "collider_json", ...
    previews: dict[str, bytes] = field(
        default_factory=dict
    )  # pack path (Previews/...) -> image bytes
    # layout
    files: dict[str, bytes] = field(default_factory=dict)  # the pack: relative path -> bytes
    manifest: dict[str, Any] | None = None  # manifest.json's body, before the blocks below
    summary: str = ""
    # materials (maps) and layout (previews): Content Credentials embedded in the pack's PNGs
    content_credentials: dict[str, Any] = field(
        default_factory=dict
    )  # manifest/run-statement record
    credentialer: PackCredentialer | None = (
        None  # the job's C2PA signer while images are credentialed
    )
    # originality, provenance
    originality: dict[str, Any] | None = (
        None  # the audit's verdict record (manifest + signed predicate)
    )
    pack_signature: dict[str, Any] | None = (
        None  # manifest.json's `provenance` block (signed or why not)
    )
    signer: Signer | None = (
        None  # the key that signed the pack; attest signs the run statement with it
    )
    provenance: dict[str, Any] = field(default_factory=dict)  # signing summary for the job's result
    # package
    zip_path: Path | None = None
    # progress inside the running stage: (name, its start and its share of the whole bar), set by
    # the runner through `enter_stage`; stages report through `report`
    stage_span: tuple[str, float, float] = ("", 0.0, 0.0)
    _last_report: tuple[float, float] = field(
        default=(-1.0, 0.0), init=False, repr=False
    )  # (fraction, time)

    def enter_stage(self, name: str, start: float, span: float) -> None:
        """The runner starts stage `name`, which covers [start, start + span] of the bar."""
        self.stage_span = (name, start, span)
        self._last_report = (start, time.monotonic())

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
        return str(produced(self.spec, "spec")["asset_id"])

    @property
    def variants(self) -> list[dict[str, Any]]:
        variants: list[dict[str, Any]] = produced(self.spec, "spec")["variants"]
        return variants

    def variant_seed(self, index: int) -> int:
        spec = produced(self.spec, "spec")
        v = self.variants[index]
        base = int(spec["generation"].get("seed", 0))
        return (
            int(v["seed"]) if isinstance(v.get("seed"), int) else (base + 7919 * index) & 0x7FFFFFFF
        )

    def manifest_document(self) -> dict[str, Any]:
        """manifest.json as it will be sealed: the layout's body plus the originality and
        provenance blocks the later stages produced."""
        doc = dict(produced(self.manifest, "manifest"))
        if self.originality is not None:
            doc["originality"] = self.originality
        if self.pack_signature is not None:
            doc["provenance"] = self.pack_signature
        return doc

    def seal_manifest(self) -> bytes:
        """Encode manifest.json into `files`, once; returns its bytes. Nothing may change the
        manifest afterwards (the pack statement signs these bytes)."""
        if MANIFEST in self.files:
            raise RuntimeError("manifest.json is sealed already: it is built once per job")
        data = dumps(self.manifest_document())
        self.files[MANIFEST] = data
        return data

    @property
    def manifest_sealed(self) -> bool:
        return MANIFEST in self.files
