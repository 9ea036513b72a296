"""Pack previews: a hero shot and an N-view turntable (a PNG sheet and an animated WebP).

Every view is framed from the scene's bounds (the turntable keeps one distance so the object does
not change size as it turns), lit by the camera-relative studio rig, and composited over a soft
gradient with a ground shadow. The same scene gives the same bytes on one machine and Mesa
version (see README "Determinism").
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..formats.png import encode_png
from .camera import orbit_camera, turntable_distance
from .scene import RenderScene
from .session import RenderSession


@dataclass(frozen=True)
class PreviewOptions:
    """Sizes, views, anti-aliasing and camera of the previews. `samples` (hero) and
    `turntable_samples` are MSAA sample counts; views with one sample are smoothed by FXAA when
    `fxaa` is on (half the cost of 4x MSAA under llvmpipe, and close to it in looks)."""

    hero_size: int = 512
    turntable_size: int = 256
    views: int = 8
    samples: int = 1
    turntable_samples: int = 1
    fxaa: bool = True
    shadow_size: int = (
        256  # the map covers only the object: 512 looked the same and cost ~3 ms a view
    )
    hero_azimuth_deg: float = 35.0
    hero_elevation_deg: float = 20.0
    turntable_elevation_deg: float = 15.0
    yfov_deg: float = 30.0
    margin: float = 0.08
    max_texture: int = 256
    webp_quality: int = 80
    frame_ms: int = 250


@dataclass
class PreviewImages:
    """sRGB uint8 RGBA images (A = the object's coverage): the hero and each turntable view."""

    hero: np.ndarray
    turntable: list[np.ndarray] = field(default_factory=list)


def render_previews(
    scene: RenderScene,
    options: PreviewOptions = PreviewOptions(),
    on_view: Callable[[int, int], None] | None = None,
) -> PreviewImages:
    """Render the hero shot and the turntable views of `scene`. Raises RendererUnavailable.
    `on_view(done, total)` is called after the scene is uploaded (done 0) and after each view
    (progress reporting)."""
    o = options
    report = on_view or (lambda done, total: None)
    total = 1 + max(0, o.views)
    lo, hi = scene.bounds()
    with RenderSession(
        scene,
        o.hero_size,
        o.hero_size,
        samples=o.samples,
        max_texture=o.max_texture,
        ground=True,
        shadow_size=o.shadow_size,
        trilinear=False,
    ) as session:
        report(0, total)
        hero_cam = orbit_camera(
            lo,
            hi,
            azimuth_deg=o.hero_azimuth_deg,
            elevation_deg=o.hero_elevation_deg,
            yfov_deg=o.yfov_deg,
            margin=o.margin,
        )
        hero = session.render_preview(hero_cam, fxaa=o.fxaa and o.samples == 1)
        report(1, total)
        frames = []
        if o.views:
            dist = turntable_distance(
                lo,
                hi,
                views=o.views,
                elevation_deg=o.turntable_elevation_deg,
                aspect=1.0,
                yfov_deg=o.yfov_deg,
                margin=o.margin,
            )
            size = (o.turntable_size, o.turntable_size)
            for i in range(o.views):
                cam = orbit_camera(
                    lo,
                    hi,
                    azimuth_deg=360.0 * i / o.views,
                    elevation_deg=o.turntable_elevation_deg,
                    yfov_deg=o.yfov_deg,
                    distance=dist,
                )
                frames.append(
                    session.render_preview(
                        cam,
                        size=size,
                        samples=o.turntable_samples,
                        fxaa=o.fxaa and o.turntable_samples == 1,
                    )
                )
                report(2 + i, total)
    return PreviewImages(hero=hero, turntable=frames)


def sheet(frames: list[np.ndarray], columns: int = 4) -> np.ndarray:
    """Frames of one size tiled left to right, top to bottom (RGB)."""
    h, w = frames[0].shape[:2]
    rows = -(-len(frames) // columns)
    out = np.zeros((rows * h, columns * w, 3), dtype=np.uint8)
    for i, f in enumerate(frames):
        r, c = divmod(i, columns)
        out[r * h : (r + 1) * h, c * w : (c + 1) * w] = f[..., :3]
    return out


def encode_webp_animation(
    frames: list[np.ndarray], *, frame_ms: int = 250, quality: int = 80
) -> bytes | None:
    """An endlessly looping animated WebP of the frames (RGB), or None when Pillow has no WebP."""
    try:
        from PIL import Image, WebPImagePlugin, features  # noqa: F401  (registers WebP: Pillow then skips
        # importing every other format plugin on the first save, ~70 ms in a fresh process)
    except ImportError:
        return None
    if not features.check("webp"):
        return None
    images = [Image.fromarray(np.ascontiguousarray(f[..., :3])) for f in frames]
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="WEBP",
        save_all=True,
        append_images=images[1:],
        duration=frame_ms,
        loop=0,
        quality=quality,
        method=0,
        lossless=False,
    )  # method 0: 2x faster, 25% larger
    return buf.getvalue()


def preview_files(
    asset_id: str,
    images: PreviewImages,
    options: PreviewOptions = PreviewOptions(),
    *,
    level: int = 6,
) -> dict[str, bytes]:
    """The pack's preview files, by pack-relative path:
    `Previews/<id>_hero.png`, `Previews/<id>_turntable.png` (a 4-column sheet) and, when Pillow can
    write WebP, `Previews/<id>_turntable.webp`."""
    out = {
        f"Previews/{asset_id}_hero.png": encode_png(
            np.ascontiguousarray(images.hero[..., :3]), srgb=True, level=level
        )
    }
    if images.turntable:
        out[f"Previews/{asset_id}_turntable.png"] = encode_png(
            sheet(images.turntable), srgb=True, level=level
        )
        webp = encode_webp_animation(
            images.turntable, frame_ms=options.frame_ms, quality=options.webp_quality
        )
        if webp is not None:
            out[f"Previews/{asset_id}_turntable.webp"] = webp
    return out
