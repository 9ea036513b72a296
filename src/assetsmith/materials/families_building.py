"""Building materials: concrete and roof tiles."""

from __future__ import annotations

import math

import numpy as np

from assetsmith.materials.context import (
    Surface,
    SynthContext,
    color,
    lerp_colors,
    mix,
    saturate,
    warm_shift,
)
from assetsmith.materials.noise import ramp, smoothstep

F32 = np.float32
_DIRT = color((0.06, 0.05, 0.04))
_MOSS = color((0.10, 0.15, 0.04))


def concrete(ctx: SynthContext) -> Surface:
    """Cast concrete (sci-fi and town kit): cement skin over speckled aggregate, small round air
    pores (bug holes), cloudy tone and water streaks. Wear exposes aggregate, opens cracks and
    adds grime that runs down along V."""
    w = ctx.wear
    cloud = ctx.noise(beta=2.4, fmin=2.0, fmax=30.0)
    fine = ctx.noise(beta=1.4, fmin=30.0, fmax=120.0)
    streak = ctx.noise(beta=1.8, fmin=4.0, fmax=90.0, stretch=(1.0, 12.0))
    grit = ctx.grain()
    # One band of noise gives both: its strong positive lobes are air pores, its strong negative
    # lobes the stones of the aggregate just under the skin (each shaded by the fine noise).
    blobs = ctx.noise(beta=0.0, fmin=40.0, fmax=60.0)
    pores = ramp(2.5, 2.95, blobs + fine * F32(0.15))
    stone = ramp(-1.0, -1.8, blobs)
    show = 0.25 + 0.6 * w  # wear exposes the aggregate
    base = ctx.base
    tone = cloud * F32(0.06) + fine * F32(0.03) + grit * F32(0.05)
    tone += stone * fine * F32(0.45 * show)
    tone -= pores * F32(0.55)
    tone += F32(1.0)
    wet = ramp(0.5, 2.2, streak + cloud * F32(0.5))
    tone *= F32(1.0) - wet * F32(0.22)
    albedo = base * tone
    warm_shift(albedo, cloud, 0.03)
    height = cloud * F32(0.15) + fine * F32(0.05) + grit * F32(0.03)
    height += stone * F32(0.12 * show)
    height -= pores * F32(0.4)
    rough = grit * F32(0.03) - wet * F32(0.1) - stone * F32(0.05 * show)
    rough += F32(0.88)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.004,
        ao_strength=0.9,
        ao_radius=1.0 / 200.0,
        cavity=F32(1.0) - pores * F32(0.5),
    )
    if w > 0:
        crack_n = ctx.noise(beta=2.3, fmin=2.0, fmax=40.0)
        crack_n += fine * F32(0.04)
        cracks = ramp(0.012 + 0.02 * w, 0.0, np.abs(crack_n)) * ramp(1.2 - w, 2.0 - w, -cloud)
        grime = ctx.coverage_mask(streak * F32(0.7) - cloud, 0.15 + 0.5 * w, 0.7) * F32(0.5 * w)
        mix(albedo, _DIRT + saturate(base, 0.3) * F32(0.25), np.maximum(grime, cracks * F32(0.8)))
        surf.height = height - cracks * F32(0.5)
        surf.roughness = rough + grime * F32(0.05)
        surf.emission = cracks
    return surf


def roof_tiles(ctx: SynthContext) -> Surface:
    """Overlapping roof tiles or shingles (clay, slate, wood by the base colour): courses along
    U, each tile sloping down to a thick lower edge (toward larger v, the image bottom) over the
    course below, courses staggered by half a tile, each tile its own shade. Wear grows moss and
    lichen along the edges and in the joints and streaks the roof with dirt."""
    courses, per_row = 6, 5  # an even number of courses: the half-tile stagger wraps
    y = ctx.v[:, 0] * F32(courses) + F32(0.5)  # the tile border crosses tile faces, not edges
    row = np.floor(y).astype(np.int32) % courses  # (H,)
    fv = (y - np.floor(y))[:, None]  # 0 at a course's top, 1 at its lower edge
    n = courses * per_row
    # Everything that depends on the tile across a course is a (courses, W) table, gathered by
    # row: a fraction of the cost of per-texel index arithmetic and lookups.
    shift = (np.arange(courses) % 2).astype(F32)[:, None] * F32(0.5) + F32(0.25)
    x = ctx.u * F32(per_row) + shift  # (courses, W)
    tile = (
        np.floor(x).astype(np.int32) % per_row
        + np.arange(courses, dtype=np.int32)[:, None] * per_row
    )
    fu = x - np.floor(x)
    arch = np.sin(fu * F32(math.pi))
    drop = (ctx.rand(n) * F32(0.08)).take(tile)
    lift = (ctx.rand(n) * F32(0.08)).take(tile)
    lum_t = (F32(0.78) + ctx.rand(n) * F32(0.42)).take(tile)
    hue_t = ((ctx.rand(n) - F32(0.5)) * F32(0.18)).take(tile)
    side = np.minimum(fu, F32(1.0) - fu)
    # The lower edge of each tile: a little irregular, rounded at the corners, chipped.
    edge_t = F32(0.97) - drop - F32(0.18) * (F32(1.0) - arch ** F32(0.3))
    chip = ctx.noise(beta=2.4, fmin=10.0, fmax=50.0)
    edge = edge_t[row] + chip * F32(0.008 * (1 + 2 * ctx.wear))
    below = fv > edge  # past this tile's edge: the top of the tile in the next course shows
    # Height: each tile rises from its top to its thick lower edge; under the edge the next
    # course starts low again. A gentle curve across suggests clay pantiles.
    own = fv * F32(0.55) + (arch * F32(0.12) + lift)[row]
    under = (fv - F32(1.0)) * F32(0.55) + F32(0.05)
    height = np.where(below, under, own)
    # Gaps between neighbouring tiles of a course.
    joint = ramp(0.025, 0.005, side)[row] * (F32(1.0) - below)
    height -= joint * F32(0.12)
    lum = lum_t[row]
    hue = hue_t[row]
    mottle = ctx.noise(beta=2.2, fmin=8.0, fmax=80.0)
    grit = ctx.grain()
    tone = lum + mottle * F32(0.06) + grit * F32(0.04)
    # The strip of the next course under an edge lies in that edge's shadow.
    shadow = below * (F32(0.35) + ramp(edge + F32(0.12), edge, fv) * F32(0.3))
    tone *= F32(1.0) - shadow - joint * F32(0.4)
    tone *= F32(0.85) + fv * F32(0.2)
    base = ctx.base
    albedo = base * tone
    warm_shift(albedo, hue, 1.0)
    rough = F32(0.78) + grit * F32(0.03) + below * F32(0.1)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.012,
        ao_strength=1.1,
        ao_radius=1.0 / 96.0,
        cavity=F32(1.0) - below * F32(0.35),
    )
    if ctx.wear > 0:
        w = ctx.wear
        grime_n = ctx.noise(beta=2.2, fmin=2.0, fmax=24.0)
        runs = ctx.noise(beta=1.6, fmin=6.0, fmax=100.0, stretch=(1.0, 10.0))
        dirt = ctx.coverage_mask(grime_n + runs * F32(0.5), 0.2 + 0.5 * w, 0.7) * F32(0.5 * w)
        mix(albedo, _DIRT + saturate(base, 0.3) * F32(0.2), dirt)
        edge_zone = np.maximum(below.astype(F32), joint)
        moss_n = grime_n + edge_zone * F32(2.0) + mottle * F32(0.5)
        moss = ctx.coverage_mask(moss_n, 0.2 * w * w + 0.03 * w, 0.4)
        mix(albedo, lerp_colors(_MOSS, color((0.3, 0.31, 0.18)), smoothstep(-1, 1, mottle)), moss)
        surf.height = height + moss * F32(0.05)
        surf.roughness = rough + dirt * F32(0.05) + moss * F32(0.12)
    return surf


FAMILIES = {"concrete": concrete, "roof_tiles": roof_tiles}
