"""What every engine layout shares: where things go is the layout's business; the manifest, the spec
copy and the file list are common."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import numpy as np

from .._version import __version__
from ..pipeline.context import JobContext, TextureKey

BASE_ROLES = ("albedo", "normal", "orm")


def dumps(obj) -> bytes:
    """Deterministic JSON bytes (sorted keys, fixed separators, trailing newline)."""
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def iso_time(epoch: int | None) -> str:
    return datetime.fromtimestamp(epoch if epoch is not None else 315532800, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ExtraRole:
    """An engine-specific packing of a material's maps, e.g. Unity's metallic-smoothness."""

    role: str
    make: object  # Callable[[MaterialMaps], np.ndarray]
    srgb: bool = False


class Layout(Protocol):
    """An engine layout: which extra texture packings it needs and where every file goes."""

    name: str
    notes_name: str

    def extra_roles(self) -> tuple[ExtraRole, ...]: ...

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str: ...

    def model_dir(self, ctx: JobContext) -> str: ...

    def model_name(self, ctx: JobContext) -> str: ...

    def notes(self, ctx: JobContext) -> str: ...

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]: ...


def relpath(from_dir: str, to: str) -> str:
    a = [p for p in from_dir.split("/") if p]
    b = [p for p in to.split("/") if p]
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return "/".join([".."] * (len(a) - i) + b[i:])


def material_names(ctx: JobContext) -> list[tuple[str, str]]:
    """(variant_id, material_id) for every texture set in the pack, in a stable order."""
    mats = [m["id"] for m in ctx.spec["materials"]]
    return [(v["variant_id"], m) for v in ctx.variants for m in mats]


def build_manifest(ctx: JobContext, layout: Layout, files: dict[str, bytes]) -> dict:
    geom = ctx.geometry
    spec = ctx.spec
    model_dir = layout.model_dir(ctx)
    name = layout.model_name(ctx)
    epoch = ctx.settings.source_date_epoch
    lods = [geom.triangle_count] + [sum(p.mesh.triangle_count for p in lod) for lod in geom.lods]
    mats = []
    for variant, mid in material_names(ctx):
        textures = {}
        for key in ctx.textures:
            if key.variant == variant and key.material == mid:
                textures[key.role] = layout.texture_path(ctx, key)
        mats.append({"name": f"{variant}_{mid}", "variant": variant, "material": mid, "textures": textures})
    return {
        "manifest_version": "0.2",
        "job_id": ctx.build_id,
        "build_id": ctx.build_id,
        "created_at": iso_time(epoch),
        "engine_target": layout.name,
        "assets": [spec],
        "toolchain": {
            "assetsmith": __version__,
            "llm_model": None,
            "spec_generator": spec["generation"].get("generator", "input"),
            "image_pipeline": "assetsmith.materials (numpy, procedural)",
            "mesh_pipeline": "assetsmith.geometry (procedural)",
            "unity_urp_version": "2022.3 LTS or Unity 6 (URP 14+)",
        } | ctx.model_toolchain,  # llm_model / image_pipeline when a model backend ran
        "models": {
            "glb": f"{model_dir}/{name}.glb",
            "lods": [f"{model_dir}/{name}_LOD{i}.glb" for i in range(1, len(geom.lods) + 1)],
            "usda": f"{model_dir}/{name}.usda" if ctx.request.export_usd else None,
            "usdz": f"{model_dir}/{name}.usdz" if ctx.request.export_usd else None,
            "collider": f"{model_dir}/{name}.collider.json",
        },
        "materials": mats,
        "stats": {"triangles": lods, "texture_size": max(m.get("resolution", 1024) for m in spec["materials"])},
        "files": [
            {"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
            for p, b in sorted(files.items())
        ],
    }


def contact_sheet_png(ctx: JobContext) -> bytes:
    from ..formats.png import encode_png
    from ..materials.packing import contact_sheet

    variant = ctx.variants[0]["variant_id"]
    sheet = contact_sheet({mid: maps for (v, mid), maps in ctx.maps.items() if v == variant}, tile=192)
    return encode_png(np.ascontiguousarray(sheet), srgb=True, level=ctx.settings.png_compress_level)
