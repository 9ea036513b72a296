"""The `materials` stage: PBR maps per variant and material (procedural, or albedo from an image
model), the glow map of glowing materials, the engine layout's extra packings, all encoded as PNG,
then Content Credentials embedded in every map (provenance/credentials_pack.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...errors import InvalidInput
from ...packs import get_layout
from ...provenance.credentials_pack import CredentialsOptions
from ..context import JobContext, TextureKey, material_seed, produced
from ..stage import create_stage

if TYPE_CHECKING:
    import numpy as np

    from ...materials.maps import MaterialMaps

Job = tuple[str, dict[str, Any], int]  # (variant id, the spec's material, its seed)
SYNTH_SHARE = 0.85  # of the stage's progress bar: synthesis and encoding; credentials the rest


@dataclass(frozen=True)
class MaterialsOptions:
    """Texture sizes and encoding, the image-model backend (`open_texture_backend`; None:
    procedural synthesis) with its sampler steps and fallback rule, and Content Credentials."""

    default_resolution: int = 1024  # when a material does not say
    max_resolution: int = 4096
    png_compress_level: int = 1
    workers: int = 2
    texture_backend: str = "procedural"
    open_texture_backend: Callable[[], Any] | None = None
    texture_steps: int = 20
    model_fallback: bool = True
    credentials: CredentialsOptions = field(default_factory=CredentialsOptions)


DEFAULTS = MaterialsOptions()


def texture_size(options: MaterialsOptions, material: dict[str, Any]) -> int:
    """The material's texture size, or InvalidInput beyond this server's limit."""
    size = int(material.get("resolution") or options.default_resolution)
    if size > options.max_resolution:
        raise InvalidInput(
            f"Texture size {size} for material '{material['id']}' exceeds this server's limit of "
            f"{options.max_resolution}.",
            "Ask for a smaller resolution.",
        )
    return size


def materials_stage(ctx: JobContext, options: MaterialsOptions) -> None:
    """Synthesize PBR maps and engine packings."""
    from ...backends.integration import model_textures
    from ...materials import synthesize_material
    from ...materials.batch import synthesize_and_encode
    from ...materials.emission import emission_args, with_emission
    from ...materials.synth import synthesis_steps
    from ...provenance.credentials_pack import credential_textures

    spec = produced(ctx.spec, "spec")
    layout = get_layout(ctx.request.engine)
    jobs: list[Job] = []
    for vi, v in enumerate(ctx.variants):
        vseed = ctx.variant_seed(vi)
        jobs += [
            (v["variant_id"], mat, material_seed(vseed, mat["id"])) for mat in spec["materials"]
        ]

    model = model_textures(ctx, options)  # None: procedural

    def procedural_args(job: Job) -> dict[str, Any]:
        _variant, m, seed = job
        return dict(
            base_color=m["base_color"],
            wear=float(m.get("wear", 0.35)),
            style=spec["style_preset"],
            size=texture_size(options, m),
            seed=seed,
            roughness=m.get("roughness"),
            metallic=m.get("metallic"),
            **emission_args(m),
        )

    def synth(job: Job, on_step: Callable[[], None]) -> MaterialMaps:
        variant, m, seed = job
        maps = (
            model.maps(m, seed=seed, size=texture_size(options, m)) if model else None
        )  # None: procedural
        if maps is not None:
            glowing: MaterialMaps = with_emission(maps, m)
            return glowing
        return synthesize_material(m["family"], on_step=on_step, **procedural_args(job))

    def expected_steps(job: Job) -> int:
        """The sub-steps of a procedural set (counted at 64 px), so its part of the bar moves evenly;
        0 (unknown) for an image model's maps."""
        return 0 if model else synthesis_steps(job[1]["family"], **procedural_args(job))

    def planes(job: Job, maps: MaterialMaps) -> list[tuple[str, tuple[np.ndarray, bool]]]:
        out = [
            ("albedo", (maps.albedo, True)),
            ("normal", (maps.normal, False)),
            ("orm", (maps.orm, False)),
        ]
        if maps.emissive is not None:
            out.append(("emissive", (maps.emissive, True)))
        return out + [
            (extra.role, (extra.make(maps), extra.srgb)) for extra in layout.extra_roles()
        ]

    results, encoded = synthesize_and_encode(
        jobs,
        synth,
        planes,
        level=options.png_compress_level,
        workers=max(1, options.workers),
        report=lambda f, msg: ctx.report(SYNTH_SHARE * f, f"materials: {msg}"),
        label=lambda job: f"{job[0]}_{job[1]['id']}",
        expected_steps=expected_steps,
    )
    for (variant, m, _seed), maps, pngs in zip(jobs, results, encoded, strict=True):
        ctx.maps[(variant, m["id"])] = maps
        for role, png in pngs:
            ctx.textures[TextureKey(variant, m["id"], role)] = png
    ctx.log(f"materials: {len(results)} texture sets, {len(ctx.textures)} maps")
    # Content Credentials in every map, before the USDZ, the pack and its digests
    credential_textures(ctx, layout, options.credentials, start=SYNTH_SHARE)


MATERIALS = create_stage(
    "materials",
    materials_stage,
    DEFAULTS,
    weight=4,
    description="synthesize PBR maps and engine packings",
)
