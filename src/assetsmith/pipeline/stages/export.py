"""The `export` stage: GLB (with LOD and collider GLBs) and USDZ of the first variant."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...formats.jsondoc import dumps
from ...packs.base import BASE_ROLES
from ..context import JobContext, TextureKey, produced
from ..stage import create_stage


@dataclass(frozen=True)
class ExportOptions:
    """The export stage has no settings of its own: the request says whether to write USD."""


DEFAULTS = ExportOptions()


def glb_materials(ctx: JobContext, variant: str) -> dict[str, Any]:
    """GlbMaterials of one variant, textures embedded."""
    from ...formats.glb import GlbMaterial

    out = {}
    for m in produced(ctx.spec, "spec")["materials"]:
        tex = {r: ctx.textures[TextureKey(variant, m["id"], r)] for r in BASE_ROLES}
        translucent = ctx.maps[(variant, m["id"])].albedo.shape[-1] == 4
        out[m["id"]] = GlbMaterial(name=f"{variant}_{m['id']}", albedo_png=tex["albedo"], normal_png=tex["normal"],
                                   orm_png=tex["orm"], alpha_mode="BLEND" if translucent else "OPAQUE")
    return out


def usd_materials(ctx: JobContext, variant: str, path_of: Callable[[TextureKey], str]) -> dict[str, Any]:
    """UsdMaterials of one variant, each texture at `path_of(key)`."""
    from ...formats.usd import UsdMaterial

    out = {}
    for m in produced(ctx.spec, "spec")["materials"]:
        translucent = ctx.maps[(variant, m["id"])].albedo.shape[-1] == 4
        out[m["id"]] = UsdMaterial(name=f"{variant}_{m['id']}",
                                   **{r: path_of(TextureKey(variant, m["id"], r)) for r in BASE_ROLES},
                                   opacity=0.35 if translucent else 1.0)
    return out


def export_stage(ctx: JobContext, options: ExportOptions) -> None:
    """Write GLB, LOD GLBs, collider and USDZ."""
    from ...formats.glb import write_glb, write_glb_geometry_only

    spec = produced(ctx.spec, "spec")
    geom = produced(ctx.geometry, "geometry")
    aid = ctx.asset_id
    variant = ctx.variants[0]["variant_id"]
    mats = glb_materials(ctx, variant)
    extras = {"assetsmith": {"asset_id": aid, "archetype": spec["archetype"], "build_id": ctx.build_id}}
    ctx.models["glb"] = write_glb(geom.parts, mats, root_name=aid, extras=extras)
    for i, lod in enumerate(geom.lods, start=1):
        ctx.models[f"lod{i}"] = write_glb(lod, mats, root_name=f"{aid}_LOD{i}")
    if geom.collider is not None and geom.collider.hull is not None:
        ctx.models["collider_glb"] = write_glb_geometry_only(geom.collider.hull, name=f"{aid}_collider")
    ctx.models["collider_json"] = dumps(geom.collider.to_json() if geom.collider else {"kind": "none"})
    if ctx.request.export_usd:
        from ...formats.usd import write_usda, write_usdz

        inner = {TextureKey(variant, m["id"], r): f"textures/{variant}_{m['id']}_{r}.png"
                 for m in spec["materials"] for r in BASE_ROLES}
        usda = write_usda(geom.parts, usd_materials(ctx, variant, inner.__getitem__), root_name=aid)
        ctx.models["usdz"] = write_usdz(usda, {p: ctx.textures[k] for k, p in inner.items()},
                                        root_layer_name=f"{aid}.usda")


EXPORT = create_stage("export", export_stage, DEFAULTS, weight=1,
                      description="write GLB, LOD GLBs, collider and USDZ")
