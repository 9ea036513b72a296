"""The `render` pipeline stage: a hero shot and a turntable of the asset, into `Previews/`.

Place it after `export` and before `layout`. Without the render extra (or without EGL) it logs one
line and leaves the pack with its texture contact sheet; it never fails the job for that.
"""

from __future__ import annotations

import time

from ..pipeline.context import JobContext
from ..pipeline.runner import register_stage
from ..settings import Settings
from .previews import PreviewOptions


def preview_options(settings: Settings) -> PreviewOptions:
    """PreviewOptions from the `preview_*` settings."""
    return PreviewOptions(hero_size=settings.preview_size, turntable_size=settings.preview_turntable_size,
                          views=settings.preview_views, samples=settings.preview_samples,
                          turntable_samples=settings.preview_turntable_samples, fxaa=settings.preview_fxaa)


def _prepare(ctx: JobContext) -> None:
    """Create the GL context, compile the programs and allocate the preview targets in the
    background while the materials are synthesised."""
    if not ctx.settings.previews:
        return
    from .gl import prewarm
    from .gpu import PREVIEW_PROGRAMS, programs
    from .renderer import renderer_for

    o = preview_options(ctx.settings)

    def setup(gl) -> None:
        programs(gl, *PREVIEW_PROGRAMS)
        renderer_for(gl, o.hero_size, o.hero_size, samples=o.samples,
                     shadow_size=o.shadow_size).preview_targets(fxaa=o.fxaa and o.samples == 1)
        if o.views:
            renderer_for(gl, o.turntable_size, o.turntable_size, samples=o.turntable_samples,
                         shadow_size=o.shadow_size).preview_targets(fxaa=o.fxaa and o.turntable_samples == 1)

    prewarm(setup)


@register_stage("render", weight=0.6, description="render the hero shot and turntable previews", prepare=_prepare)
def render_stage(ctx: JobContext) -> None:
    """Add `Previews/<asset>_hero.png`, `_turntable.png` and `_turntable.webp` to ctx.files."""
    from .gl import NO_RENDERER
    from .previews import preview_files, render_previews
    from .scene import scene_from_geometry

    if not ctx.settings.previews:
        ctx.log("render: previews are turned off (ASSETSMITH_PREVIEWS=0)")
        return
    variant = ctx.variants[0]["variant_id"]
    maps = {mid: m for (v, mid), m in ctx.maps.items() if v == variant}
    scene = scene_from_geometry(ctx.geometry, maps, name=ctx.asset_id)
    options = preview_options(ctx.settings)
    t0 = time.perf_counter()
    try:
        images = render_previews(scene, options)
    except NO_RENDERER as err:
        ctx.log(f"render: no previews, the pack keeps its texture contact sheet: {err.message} {err.hint}")
        return
    files = preview_files(ctx.asset_id, images, options, level=ctx.settings.png_compress_level)
    ctx.files.update(files)
    ctx.log(f"render: hero shot and {len(images.turntable)} turntable views in "
            f"{time.perf_counter() - t0:.2f} s")
