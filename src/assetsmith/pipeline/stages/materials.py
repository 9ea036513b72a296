"""The `materials` stage: PBR maps per variant and material (procedural, or albedo from an image
model), the engine layout's extra packings, all encoded as PNG."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ...errors import InvalidInput
from ...packs import get_layout
from ..context import JobContext, TextureKey, material_seed, produced
from ..stage import create_stage


@dataclass(frozen=True)
class MaterialsOptions:
    """Texture sizes and encoding, and the image-model backend (`open_texture_backend`; None:
    procedural synthesis) with its sampler steps and fallback rule."""

    default_resolution: int = 1024  # when a material does not say
    max_resolution: int = 4096
    png_compress_level: int = 1
    workers: int = 2
    texture_backend: str = "procedural"
    open_texture_backend: Callable[[], Any] | None = None
    texture_steps: int = 20
    model_fallback: bool = True


DEFAULTS = MaterialsOptions()


def texture_size(options: MaterialsOptions, material: dict[str, Any]) -> int:
    """The material's texture size, or InvalidInput beyond this server's limit."""
    size = int(material.get("resolution") or options.default_resolution)
    if size > options.max_resolution:
        raise InvalidInput(f"Texture size {size} for material '{material['id']}' exceeds this server's limit of "
                           f"{options.max_resolution}.", "Ask for a smaller resolution.")
    return size


def materials_stage(ctx: JobContext, options: MaterialsOptions) -> None:
    """Synthesize PBR maps and engine packings."""
    from ...backends.integration import model_textures
    from ...formats.png import encode_pngs_parallel
    from ...materials import synthesize_material

    spec = produced(ctx.spec, "spec")
    layout = get_layout(ctx.request.engine)
    jobs = []
    for vi, variant in enumerate(ctx.variants):
        vseed = ctx.variant_seed(vi)
        for m in spec["materials"]:
            jobs.append((variant["variant_id"], m, material_seed(vseed, m["id"])))

    model = model_textures(ctx, options)  # None: procedural

    def synth(job: tuple[str, dict[str, Any], int]) -> Any:
        variant, m, seed = job
        maps = model.maps(m, seed=seed, size=texture_size(options, m)) if model else None  # None: procedural
        if maps is not None:
            return maps
        return synthesize_material(m["family"], base_color=m["base_color"], wear=float(m.get("wear", 0.35)),
                                   style=spec["style_preset"], size=texture_size(options, m), seed=seed,
                                   roughness=m.get("roughness"), metallic=m.get("metallic"))

    workers = max(1, options.workers)
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(synth, jobs))
    keys, arrays = [], []
    for (variant, m, _seed), maps in zip(jobs, results, strict=True):
        ctx.maps[(variant, m["id"])] = maps
        planes = {"albedo": (maps.albedo, True), "normal": (maps.normal, False), "orm": (maps.orm, False)}
        for extra in layout.extra_roles():
            planes[extra.role] = (extra.make(maps), extra.srgb)
        for role, plane in planes.items():
            keys.append(TextureKey(variant, m["id"], role))
            arrays.append(plane)
    encoded = encode_pngs_parallel(arrays, level=options.png_compress_level, workers=workers)
    ctx.textures = dict(zip(keys, encoded, strict=True))
    ctx.log(f"materials: {len(results)} texture sets, {len(encoded)} maps")


MATERIALS = create_stage("materials", materials_stage, DEFAULTS, weight=4,
                         description="synthesize PBR maps and engine packings")
