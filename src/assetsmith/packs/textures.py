"""How a pack's models reach its texture maps: every PNG is stored once, in the layout's texture
folder, and every GLB of the pack (LOD0, the LODs, the Unreal collision meshes) names it by a
relative URI instead of embedding a copy.

Why one copy: engines import a pack as a folder. Unity's glTFast reuses a texture asset that a
glTF references by URI (embedded images become one sub-asset per GLB, loaded once per LOD); Godot
imports a referenced PNG once as a project texture; Unreal's Interchange creates one texture asset
per image either way; Blender resolves a relative `uri` from the GLB's folder. Embedding would store
every map once per LOD (five copies with the USDZ: a 1024-px barrel zipped to 48 MB).

The USDZ stays self-contained (it is a package by definition: AR Quick Look and USD viewers open
it alone). `glb_textures = "embed_lod0"` makes LOD0 self-contained as well, for a single-file glTF
viewer workflow, at the price of one more copy of the base maps.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

import numpy as np

from ..formats.glb import GlbMaterial, ImageRef
from ..pipeline.context import JobContext, TextureKey, produced
from .base import BASE_ROLES, Layout, relpath


def texture_ref(ctx: JobContext, layout: Layout, key: TextureKey) -> ImageRef:
    """The relative URI of one map as seen from the layout's model folder."""
    return ImageRef(relpath(layout.model_dir(ctx), layout.texture_path(ctx, key)))


def glb_materials(
    ctx: JobContext, layout: Layout, variant: str, *, embed: bool
) -> dict[str, GlbMaterial]:
    """GlbMaterial per material id: the maps by relative URI (embed=False) or as PNG bytes."""
    out = {}
    for m in produced(ctx.spec, "spec")["materials"]:
        keys = {r: TextureKey(variant, m["id"], r) for r in BASE_ROLES}
        tex: dict[str, bytes | ImageRef] = {
            r: ctx.textures[k] if embed else texture_ref(ctx, layout, k) for r, k in keys.items()
        }
        maps = ctx.maps[(variant, m["id"])]
        glow = TextureKey(variant, m["id"], "emissive")
        emissive: bytes | ImageRef | None = None
        if glow in ctx.textures:
            emissive = ctx.textures[glow] if embed else texture_ref(ctx, layout, glow)
        out[m["id"]] = GlbMaterial(
            name=layout.material_name(ctx, variant, m["id"]),
            albedo_png=tex["albedo"],
            normal_png=tex["normal"],
            orm_png=tex["orm"],
            alpha_mode="BLEND" if maps.albedo.shape[-1] == 4 else "OPAQUE",
            emissive_png=emissive,
            emissive_strength=maps.emissive_strength,
        )
    return out


USDZ_JPEG_QUALITY = 90  # 4:4:4, no chroma subsampling: mean error one to two 8-bit levels


def usdz_images(
    ctx: JobContext,
    variant: str,
    *,
    usdz_textures: str,
    workers: int,
    on_done: Callable[[str], None] | None = None,
) -> tuple[dict[TextureKey, str], dict[str, bytes], str]:
    """The maps the USDZ packages: ({key: package path}, {package path: bytes}, how they were stored).

    With `usdz_textures = "jpeg"` (and Pillow installed) opaque albedo and ORM maps go in as JPEG
    (quality 90, no chroma subsampling): the USDZ must hold its own copy of every map, and AR Quick
    Look and USD viewers read JPEG; this halves that copy. Normal maps stay PNG always (block
    artefacts bend normals visibly), and so do albedo maps with alpha. JPEGs are encoded on
    `workers` threads (Pillow releases the GIL); `on_done(path)` follows each.
    """
    jpeg = usdz_textures == "jpeg" and _pillow() is not None
    paths: dict[TextureKey, str] = {}
    data: dict[str, bytes] = {}
    todo: dict[str, np.ndarray] = {}
    for m in produced(ctx.spec, "spec")["materials"]:
        for role in (*BASE_ROLES, "emissive"):
            key = TextureKey(variant, m["id"], role)
            if key not in ctx.textures:
                continue  # only glowing materials have an emissive map
            if role == "emissive":  # sRGB glow colour: lossless (it is small and mostly flat)
                paths[key] = f"textures/{variant}_{m['id']}_{role}.png"
                data[paths[key]] = ctx.textures[key]
                continue
            pixels = (
                ctx.maps[(variant, m["id"])].albedo
                if role == "albedo"
                else ctx.maps[(variant, m["id"])].orm
            )
            lossy = jpeg and role != "normal" and pixels.shape[-1] == 3
            path = f"textures/{variant}_{m['id']}_{role}.{'jpg' if lossy else 'png'}"
            paths[key] = path
            if lossy:
                todo[path] = pixels
            else:
                data[path] = ctx.textures[key]
    with ThreadPoolExecutor(max(1, workers)) as pool:
        futures = {pool.submit(_jpeg, pixels): path for path, pixels in todo.items()}
        for fut in as_completed(futures):
            data[futures[fut]] = fut.result()
            if on_done is not None:
                on_done(futures[fut])
    how = "jpeg" if jpeg else "png"
    if usdz_textures == "jpeg" and not jpeg:
        how = "png (Pillow is not installed: pip install 'assetsmith[images]' for JPEG)"
    return paths, data, how


def _pillow() -> Any:
    try:
        from PIL import Image
    except ImportError:
        return None
    return Image


def _jpeg(pixels: np.ndarray) -> bytes:
    import io

    out = io.BytesIO()
    _pillow().fromarray(pixels, "RGB").save(
        out, "JPEG", quality=USDZ_JPEG_QUALITY, subsampling=0, optimize=True
    )
    return out.getvalue()
