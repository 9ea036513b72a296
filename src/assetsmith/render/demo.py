"""Build one generated asset straight into a RenderScene (benchmarks, the README grid, tests).

Runs the pipeline's spec and geometry stages and synthesises the materials directly (the materials
stage also makes engine packings the renderer does not need), with the same seeds as a real job, so
the picture is the asset `run-job` would pack.
"""

from __future__ import annotations

from ..pipeline.context import JobContext, material_seed, produced
from ..pipeline.request import JobRequest
from ..pipeline.runner import run_stages
from ..pipeline.stages.geometry import GEOMETRY
from ..pipeline.stages.spec import SPEC
from ..spec.catalog import ARCHETYPES
from .scene import RenderScene, scene_from_geometry


def demo_context(
    archetype: str,
    *,
    style: str = "realistic_hd_pbr",
    resolution: int = 512,
    texture_size: int | None = None,
    poly_budget: int | None = None,
) -> JobContext:
    """A JobContext with spec, maps (first variant) and geometry of one archetype's default prompt
    (`archetype` an archetype name), or of any prompt (anything else).

    `texture_size` synthesises the maps at another size than the spec's (tests use 128). The spec
    and geometry stages run with their defaults (the offline spec reader)."""
    from ..materials import synthesize_material
    from ..materials.emission import emission_args

    word = ARCHETYPES[archetype].words[0] if archetype in ARCHETYPES else archetype
    req = JobRequest(
        prompt=word, style_preset=style, resolution=resolution, poly_budget=poly_budget
    )
    ctx = JobContext(request=req, job_id="demo", build_id="demo")
    run_stages(ctx, (SPEC,))
    spec = produced(ctx.spec, "spec")
    variant = ctx.variants[0]["variant_id"]
    vseed = ctx.variant_seed(0)
    for m in spec["materials"]:
        ctx.maps[(variant, m["id"])] = synthesize_material(
            m["family"],
            base_color=m["base_color"],
            wear=float(m.get("wear", 0.35)),
            style=spec["style_preset"],
            size=texture_size or int(m.get("resolution") or resolution),
            seed=material_seed(vseed, m["id"]),
            roughness=m.get("roughness"),
            metallic=m.get("metallic"),
            **emission_args(m),
        )
    run_stages(ctx, (GEOMETRY,))
    return ctx


def context_scene(ctx: JobContext) -> RenderScene:
    """The RenderScene of a context's LOD0 geometry and first variant's maps."""
    variant = ctx.variants[0]["variant_id"]
    maps = {mid: m for (v, mid), m in ctx.maps.items() if v == variant}
    return scene_from_geometry(produced(ctx.geometry, "geometry"), maps, name=ctx.asset_id)


def demo_scene(
    archetype: str, *, style: str = "realistic_hd_pbr", resolution: int = 512
) -> RenderScene:
    """The RenderScene of one archetype built from its default prompt."""
    return context_scene(demo_context(archetype, style=style, resolution=resolution))
