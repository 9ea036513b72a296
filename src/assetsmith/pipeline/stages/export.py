"""The `export` stage: GLB (with LOD and collider GLBs, and the layout's named collision meshes) and
USDZ of the first variant. The GLBs name the pack's one copy of each map by relative URI
(packs/textures.py says why); the USDZ holds its own copies, opaque albedo and ORM as JPEG."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...formats.jsondoc import dumps
from ...packs import get_layout
from ...packs.base import BASE_ROLES
from ...spec import shape_label
from ..context import JobContext, TextureKey, produced
from ..stage import create_stage

if TYPE_CHECKING:
    from ...packs.base import Layout


@dataclass(frozen=True)
class ExportOptions:
    """`glb_textures`: "shared" (every GLB names the pack's maps by relative URI) or "embed_lod0"
    (LOD0 carries its own copies too); `usdz_textures`: "jpeg" (opaque albedo and ORM as JPEG in
    the USDZ) or "png"; `workers` encode the USDZ's JPEGs."""

    glb_textures: str = "shared"
    usdz_textures: str = "jpeg"
    workers: int = 2


DEFAULTS = ExportOptions()


def usd_materials(
    ctx: JobContext, layout: Layout, variant: str, path_of: Callable[[TextureKey], str]
) -> dict[str, Any]:
    """UsdMaterials of one variant, each texture at `path_of(key)`, named as the layout names them."""
    from ...formats.usd import UsdMaterial

    out = {}
    for m in produced(ctx.spec, "spec")["materials"]:
        maps = ctx.maps[(variant, m["id"])]
        translucent = maps.albedo.shape[-1] == 4
        glow = TextureKey(variant, m["id"], "emissive")
        out[m["id"]] = UsdMaterial(
            name=layout.material_name(ctx, variant, m["id"]),
            **{r: path_of(TextureKey(variant, m["id"], r)) for r in BASE_ROLES},
            opacity=0.35 if translucent else 1.0,
            emissive=path_of(glow) if glow in ctx.textures else None,
            emissive_strength=maps.emissive_strength,
        )
    return out


def export_stage(ctx: JobContext, options: ExportOptions) -> None:
    """Write GLB, LOD GLBs, collider and USDZ."""
    from ...formats.glb import write_glb, write_glb_geometry_only
    from ...packs.textures import glb_materials

    spec = produced(ctx.spec, "spec")
    geom = produced(ctx.geometry, "geometry")
    aid = ctx.asset_id
    variant = ctx.variants[0]["variant_id"]
    layout = get_layout(ctx.request.engine)
    # Every GLB names the pack's one copy of each map by relative URI (packs/textures.py says why).
    shared = glb_materials(ctx, layout, variant, embed=False)
    lod0 = (
        glb_materials(ctx, layout, variant, embed=True)
        if options.glb_textures == "embed_lod0"
        else shared
    )
    extras = {"assetsmith": {"asset_id": aid, "shape": shape_label(spec), "build_id": ctx.build_id}}
    # Unreal: UCX_/UBX_ collision meshes in LOD0, picked up by name on import (packs/unreal.py)
    collision = layout.collision_meshes(ctx)
    root = layout.model_name(ctx)  # the asset id; SM_<Asset> for Unreal, which UCX_ names refer to
    ctx.models["glb"] = write_glb(
        geom.parts, lod0, root_name=root, extras=extras, collision=collision
    )
    for i, lod in enumerate(geom.lods, start=1):
        ctx.models[f"lod{i}"] = write_glb(lod, shared, root_name=f"{root}_LOD{i}")
    ctx.report(0.1, "export: GLBs written")
    if geom.collider is not None and geom.collider.hull is not None:
        ctx.models["collider_glb"] = write_glb_geometry_only(
            geom.collider.hull, name=f"{aid}_collider"
        )
    ctx.models["collider_json"] = dumps(
        geom.collider.to_json() if geom.collider else {"kind": "none"}
    )
    if ctx.request.export_usd:
        from ...formats.usd import write_usda, write_usdz
        from ...packs.textures import usdz_images

        done: list[str] = []

        def jpeg_done(path: str) -> None:
            done.append(path)
            ctx.report(0.1 + 0.8 * len(done) / (2 * len(spec["materials"])), f"export: USDZ {path}")

        inner, packaged, how = usdz_images(
            ctx,
            variant,
            usdz_textures=options.usdz_textures,
            workers=options.workers,
            on_done=jpeg_done,
        )
        usda = write_usda(
            geom.parts, usd_materials(ctx, layout, variant, inner.__getitem__), root_name=aid
        )
        ctx.models["usdz"] = write_usdz(usda, packaged, root_layer_name=f"{aid}.usda")
        ctx.log(f"export: USDZ maps stored as {how}")


EXPORT = create_stage(
    "export", export_stage, DEFAULTS, weight=1, description="write GLB, LOD GLBs, collider and USDZ"
)
