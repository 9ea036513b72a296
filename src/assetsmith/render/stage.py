"""The `render` pipeline stage: a hero shot and a turntable of the asset (`ctx.previews`, which the
layout stage puts under `Previews/`).

Place it after `export` and before `layout`. Without the render extra (or without EGL) it logs one
line and leaves the pack with its texture contact sheet; it never fails the job for that.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from ..pipeline.context import JobContext, produced
from ..pipeline.stage import create_stage
from .previews import PreviewOptions


@dataclass(frozen=True)
class RenderOptions:
    """Whether to render previews, how (sizes, views, anti-aliasing), and the PNG level."""

    enabled: bool = True
    preview: PreviewOptions = field(default_factory=PreviewOptions)
    png_compress_level: int = 1


DEFAULTS = RenderOptions()


def _prepare(ctx: JobContext, options: RenderOptions) -> None:
    """Create the GL context, compile the programs and allocate the preview targets in the
    background while the materials are synthesised."""
    if not options.enabled:
        return
    from .gl import prewarm
    from .gpu import PREVIEW_PROGRAMS, programs
    from .renderer import renderer_for

    o = options.preview

    def setup(gl: Any) -> None:
        programs(gl, *PREVIEW_PROGRAMS)
        renderer_for(
            gl, o.hero_size, o.hero_size, samples=o.samples, shadow_size=o.shadow_size
        ).preview_targets(fxaa=o.fxaa and o.samples == 1)
        if o.views:
            renderer_for(
                gl,
                o.turntable_size,
                o.turntable_size,
                samples=o.turntable_samples,
                shadow_size=o.shadow_size,
            ).preview_targets(fxaa=o.fxaa and o.turntable_samples == 1)

    prewarm(setup)


def render_stage(ctx: JobContext, options: RenderOptions) -> None:
    """Put `Previews/<asset>_hero.png`, `_turntable.png` and `_turntable.webp` into ctx.previews."""
    from .gl import NO_RENDERER
    from .previews import preview_files, render_previews
    from .scene import scene_from_geometry

    if not options.enabled:
        ctx.log("render: previews are turned off (ASSETSMITH_PREVIEWS=0)")
        return
    variant = ctx.variants[0]["variant_id"]
    maps = {mid: m for (v, mid), m in ctx.maps.items() if v == variant}
    scene = scene_from_geometry(produced(ctx.geometry, "geometry"), maps, name=ctx.asset_id)
    t0 = time.perf_counter()
    try:
        images = render_previews(
            scene,
            options.preview,
            on_view=lambda done, total: ctx.report(
                0.1 + 0.7 * done / total,
                f"render: scene uploaded, {total} views to draw"
                if done == 0
                else f"render: view {done} of {total} drawn",
            ),
        )
    except NO_RENDERER as err:
        ctx.log(
            f"render: no previews, the pack keeps its texture contact sheet: {err.message} {err.hint}"
        )
        return
    ctx.previews.update(
        preview_files(ctx.asset_id, images, options.preview, level=options.png_compress_level)
    )
    ctx.report(1.0, "render: previews encoded")
    ctx.log(
        f"render: hero shot and {len(images.turntable)} turntable views in "
        f"{time.perf_counter() - t0:.2f} s"
    )


RENDER = create_stage(
    "render",
    render_stage,
    DEFAULTS,
    weight=0.6,
    description="render the hero shot and turntable previews",
    prepare=_prepare,
)
