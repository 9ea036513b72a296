"""Smooth manufactured families: crystal/glass, glazed ceramic, plastic."""

from __future__ import annotations

import numpy as np

from assetsmith.materials import noise
from assetsmith.materials.context import Surface, SynthContext, color, mix, saturate
from assetsmith.materials.noise import smoothstep

F32 = np.float32


def crystal(ctx: SynthContext) -> Surface:
    """Faceted, smooth, translucent: planar facets per Voronoi cell, bright facet edges.

    Returns an alpha (opacity) field: the albedo comes back RGBA, alpha ~0.35-0.8, higher
    along facet edges and where the surface is frosted or scratched.
    """
    cells = 8
    # The facet structure is linear inside each cell, so it is built at a quarter of the
    # resolution (256 px at least) and interpolated: exact inside the facets, softened by a few texels at the
    # creases (which the fold below makes continuous anyway).
    small = min(ctx.size, max(256, ctx.size // 4))
    f1, f2, cid, pts = noise.cellular(ctx.rng, small, cells, cells, 0.9)
    n = cells * cells
    gx = (ctx.rand(n) - F32(0.5)) * F32(1.2)
    gy = (ctx.rand(n) - F32(0.5)) * F32(1.2)
    px = ((np.arange(n) % cells) + 0.5 + pts[..., 0].ravel()) / cells
    py = ((np.arange(n) // cells) + 0.5 + pts[..., 1].ravel()) / cells
    u, v = noise.grid_coords(small)
    dx = u - px.astype(F32).take(cid)
    dy = v - py.astype(F32).take(cid)
    dx -= np.round(dx)  # nearest point may sit across the tile border
    dy -= np.round(dy)
    e = f2 - f1
    # Tilted facets that fold down to a shared crease along every cell border: the surface
    # stays continuous (no steps at the seams of the Voronoi cells), the facets stay flat.
    height = (gx.take(cid) * dx + gy.take(cid) * dy) * F32(cells) + F32(0.6)
    height *= smoothstep(0.0, 0.25, e)
    height = ctx.full(height)
    edge = ctx.full(F32(1.0) - smoothstep(0.0, 0.08, e))
    shine = ctx.full((F32(0.75) + ctx.rand(n) * F32(0.5)).take(cid))
    cloud = ctx.noise(beta=2.6, fmin=2.0, fmax=24.0)
    base = ctx.base
    albedo = base * (shine + cloud * F32(0.08))
    mix(albedo, np.minimum(base * F32(1.8) + F32(0.08), 1.0), edge * F32(0.6))
    alpha = F32(0.45) + (shine - F32(1.0)) * F32(0.3) + edge * F32(0.35) + cloud * F32(0.05)
    rough = F32(0.05) + edge * F32(0.04) + np.abs(cloud) * F32(0.015)
    if ctx.wear > 0:
        w = ctx.wear
        sc = ctx.scratches(int(30 + 200 * w), length=(0.02, 0.12))
        frost = ctx.coverage_mask(cloud, 0.25 * w, 0.6) * F32(w)
        rough = rough + sc * F32(0.3) + frost * F32(0.35)
        alpha = alpha + sc * F32(0.3) + frost * F32(0.25)
        mix(albedo, saturate(base, 0.4) * F32(1.3), frost * F32(0.4) + sc * F32(0.5))
    return Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.004,
        ao_strength=0.3,
        alpha=np.clip(alpha, 0.0, 1.0),
        # A glowing crystal: every facet lit from within at its own strength, edges brightest.
        emission=lambda: np.clip(F32(0.15) + shine * F32(0.5) + edge * F32(0.5), 0.0, 1.0),
    )


def ceramic(ctx: SynthContext) -> Surface:
    """Glossy glaze with subtle crackle, pooling in the hollows; wear chips it to bisque."""
    w = ctx.wear
    f1, f2, _, _ = ctx.cells(16, jitter=1.0, reduce=2)
    crack = F32(1.0) - smoothstep(0.0, 0.025, f2 - f1)
    pool = ctx.noise(beta=2.8, fmin=2.0, fmax=16.0)
    peel = ctx.noise(beta=1.4, fmin=60.0, fmax=128.0)  # orange-peel ripple of the glaze
    speck = smoothstep(2.6, 3.1, ctx.grain())
    base = ctx.base
    albedo = base * (F32(1.0) + pool * F32(0.03))
    mix(albedo, saturate(base * F32(0.85), 1.2), smoothstep(-0.3, -1.8, pool) * F32(0.15))
    crack_op = F32(0.12 + 0.45 * w)  # dirt creeps into the crazing over time
    mix(albedo, saturate(base, 0.3) * F32(0.35), crack * crack_op + speck * F32(0.6))
    height = pool * F32(0.3) + peel * F32(0.03) - crack * F32(0.08)
    rough = F32(0.1) + crack * F32(0.15) + np.abs(peel) * F32(0.01)
    surf = Surface(
        albedo=albedo, height=height, roughness=rough, metallic=0.0, depth=0.0015, ao_strength=0.4
    )
    if w > 0:
        chip_n = ctx.noise(beta=2.0, fmin=6.0, fmax=120.0)
        chips = ctx.coverage_mask(chip_n, 0.12 * w * w, 0.05)
        bisque = color((0.62, 0.55, 0.46))
        mix(albedo, bisque, chips)
        surf.roughness = rough + chips * F32(0.75)
        surf.height = height - chips * F32(0.5)
    return surf


def plastic(ctx: SynthContext) -> Surface:
    """Smooth moulded plastic, faint orange-peel and tone noise; wear scuffs and dirties it."""
    w = ctx.wear
    tone = ctx.noise(beta=2.4, fmin=2.0, fmax=20.0)
    peel = ctx.noise(beta=1.6, fmin=40.0, fmax=128.0)
    base = ctx.base
    albedo = base * (F32(1.0) + tone * F32(0.02) + peel * F32(0.008))
    rough = F32(0.35) + tone * F32(0.02) + peel * F32(0.015)
    height = peel * F32(0.2) + tone * F32(0.3)
    surf = Surface(
        albedo=albedo, height=height, roughness=rough, metallic=0.0, depth=0.0006, ao_strength=0.2
    )
    if w > 0:
        sc = ctx.scratches(int(50 + 300 * w), length=(0.02, 0.15))
        scuff = ctx.coverage_mask(tone + peel * F32(0.3), 0.1 + 0.4 * w, 0.6) * F32(0.6 * w)
        dirt = ctx.coverage_mask(-tone, 0.1 + 0.4 * w, 0.8) * F32(0.3 * w)
        mix(albedo, saturate(base, 0.5) * F32(1.25) + F32(0.02), sc * F32(0.7) + scuff * F32(0.3))
        mix(albedo, color((0.05, 0.045, 0.035)), dirt)
        surf.roughness = rough + sc * F32(0.25) + scuff * F32(0.25) + dirt * F32(0.2)
        surf.height = height - sc * F32(0.6)
    return surf


FAMILIES = {"crystal": crystal, "ceramic": ceramic, "plastic": plastic}
