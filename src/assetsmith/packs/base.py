"""What every engine layout shares: where things go is the layout's business; the manifest, the spec
copy and the file list are common."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from .._version import __version__
from ..formats.jsondoc import dumps
from ..pipeline.context import JobContext, TextureKey, produced

if TYPE_CHECKING:
    from ..geometry.mesh import Mesh

BASE_ROLES = ("albedo", "normal", "orm")
__all__ = [
    "BASE_ROLES",
    "ExtraRole",
    "Layout",
    "build_manifest",
    "contact_sheet_png",
    "dumps",
    "glowing_materials",
    "iso_time",
    "material_names",
    "relpath",
]


def iso_time(epoch: int | None) -> str:
    return datetime.fromtimestamp(epoch if epoch is not None else 315532800, tz=UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


@dataclass(frozen=True)
class ExtraRole:
    """An engine-specific packing of a material's maps, e.g. Unity's metallic-smoothness."""

    role: str
    make: Callable[[Any], np.ndarray]  # MaterialMaps -> the packed plane
    srgb: bool = False


class Layout(Protocol):
    """An engine layout: which extra texture packings it needs and where every file goes."""

    name: str
    notes_name: str

    def extra_roles(self) -> tuple[ExtraRole, ...]: ...

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str: ...

    def model_dir(self, ctx: JobContext) -> str: ...

    def model_name(self, ctx: JobContext) -> str: ...

    def material_name(self, ctx: JobContext, variant: str, material: str) -> str:
        """The name of one material in the models (glTF, USD) and the manifest."""
        ...

    def notes(self, ctx: JobContext) -> str: ...

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]: ...

    def collision_meshes(self, ctx: JobContext) -> list[tuple[str, Mesh]]:
        """Named collision meshes the LOD0 GLB carries for engines that pick collision up by mesh
        name (Unreal's UCX_/UBX_); empty for engines that read the collider from elsewhere."""
        ...


def relpath(from_dir: str, to: str) -> str:
    a = [p for p in from_dir.split("/") if p]
    b = [p for p in to.split("/") if p]
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return "/".join([".."] * (len(a) - i) + b[i:])


def material_names(ctx: JobContext) -> list[tuple[str, str]]:
    """(variant_id, material_id) for every texture set in the pack, in a stable order."""
    mats = [m["id"] for m in produced(ctx.spec, "spec")["materials"]]
    return [(v["variant_id"], m) for v in ctx.variants for m in mats]


def build_manifest(
    ctx: JobContext, layout: Layout, files: dict[str, bytes], *, epoch: int | None
) -> dict[str, Any]:
    """manifest.json's body: the asset, toolchain, models, materials, stats and every file's digest
    (`files`: the pack without manifest.json). `epoch` dates it (None: 1980-01-01)."""
    geom = produced(ctx.geometry, "geometry")
    spec = produced(ctx.spec, "spec")
    model_dir = layout.model_dir(ctx)
    name = layout.model_name(ctx)
    lods = [geom.triangle_count] + [sum(p.mesh.triangle_count for p in lod) for lod in geom.lods]
    mats = []
    for variant, mid in material_names(ctx):
        textures = {}
        for key in ctx.textures:
            if key.variant == variant and key.material == mid:
                textures[key.role] = layout.texture_path(ctx, key)
        entry: dict[str, Any] = {
            "name": layout.material_name(ctx, variant, mid),
            "variant": variant,
            "material": mid,
            "textures": textures,
        }
        if (
            "emissive" in textures
        ):  # the map carries the glow's colour and pattern, this its intensity
            entry["emissive_strength"] = ctx.maps[(variant, mid)].emissive_strength
        mats.append(entry)
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
        }
        | ctx.model_toolchain,  # llm_model / image_pipeline when a model backend ran
        "models": {
            "glb": f"{model_dir}/{name}.glb",
            "lods": [f"{model_dir}/{name}_LOD{i}.glb" for i in range(1, len(geom.lods) + 1)],
            "usda": f"{model_dir}/{name}.usda" if ctx.request.export_usd else None,
            "usdz": f"{model_dir}/{name}.usdz" if ctx.request.export_usd else None,
            "collider": f"{model_dir}/{name}.collider.json",
        },
        "materials": mats,
        # Which PNGs carry embedded C2PA manifests (or why none do): provenance/credentials_pack.py
        "content_credentials": ctx.content_credentials
        or {"embedded": 0, "reason": "not built by a job"},
        "stats": {
            "triangles": lods,
            "texture_size": max(m.get("resolution", 1024) for m in spec["materials"]),
        },
        "files": [
            {"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
            for p, b in sorted(files.items())
        ],
    }


def glowing_materials(ctx: JobContext) -> list[tuple[str, float]]:
    """(texture base name, emissive strength) of every glowing material of the first variant."""
    variant = ctx.variants[0]["variant_id"]
    out = []
    for m in produced(ctx.spec, "spec")["materials"]:
        maps = ctx.maps.get((variant, m["id"]))
        if maps is not None and maps.emissive is not None:
            out.append((f"{variant}_{m['id']}", maps.emissive_strength))
    return out


def contact_sheet_png(ctx: JobContext, *, level: int) -> bytes:
    """The first variant's maps side by side (the pack's preview when nothing is rendered)."""
    from ..formats.png import encode_png
    from ..materials.packing import contact_sheet

    variant = ctx.variants[0]["variant_id"]
    sheet = contact_sheet(
        {mid: maps for (v, mid), maps in ctx.maps.items() if v == variant}, tile=192
    )
    data: bytes = encode_png(np.ascontiguousarray(sheet), srgb=True, level=level)
    return data
