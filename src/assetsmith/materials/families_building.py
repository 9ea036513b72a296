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
    fine = ctx.noise(beta=1.4, fmin=30.0, fmax=240.0)
    f1, _, cid, _ = ctx.cells(64, jitter=1.0, want_f2=False, reduce=2)
    pore_n = ctx.noise(beta=0.0, fmin=40.0, fmax=60.0)
    streak = ctx.noise(beta=1.8, fmin=4.0, fmax=90.0, stretch=(1.0, 12.0))
    grit = ctx.grain()
    # Aggregate: stones of the mix just under the surface, each its own shade; wear exposes them.
    stone_t = ctx.rand(64 * 64)
    stone = (F32(1.0) - smoothstep(0.35, 0.75, f1)) * (stone_t < F32(0.45)).take(cid)
    show = F32(0.25 + 0.6 * w)
    stone_tone = (ctx.rand(64 * 64) - F32(0.5)).take(cid)
    pores = smoothstep(2.5, 2.95, pore_n + fine * F32(0.15))
    base = ctx.base
    tone = F32(1.0) + cloud * F32(0.06) + fine * F32(0.03) + grit * F32(0.05)
    tone += stone * stone_tone * show * F32(0.7)
    tone -= pores * F32(0.55)
    albedo = base * tone
    warm_shift(albedo, cloud, 0.03)
    wet = smoothstep(0.5, 2.2, streak + cloud * F32(0.5))
    albedo *= F32(1.0) - wet * F32(0.22)
    height = cloud * F32(0.15) + fine * F32(0.05) + grit * F32(0.03)
    height += stone * show * F32(0.12)
    height -= pores * F32(0.4)
    rough = F32(0.88) + grit * F32(0.03) - wet * F32(0.1) - stone * show * F32(0.05)
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
        crack_on = ctx.noise(beta=2.6, fmin=2.0, fmax=12.0)
        cracks = ramp(0.012 + 0.02 * w, 0.0, np.abs(crack_n)) * ramp(1.2 - w, 2.0 - w, crack_on)
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
    u, v = ctx.u, ctx.v
    y = v * F32(courses) + F32(0.5)  # the tile border crosses tile faces, not edges
    row = np.floor(y).astype(np.int32) % courses  # (H, 1)
    fv = y - np.floor(y)  # 0 at a course's top, 1 at its lower edge
    shift = (row % 2).astype(F32) * F32(0.5) + F32(0.25)
    x = u * F32(per_row) + shift
    col = np.floor(x).astype(np.int32) % per_row
    fu = x - np.floor(x)
    n = courses * per_row
    tile = row * per_row + col
    chip = ctx.noise(beta=2.4, fmin=10.0, fmax=50.0)
    # The lower edge of each tile: a little irregular, rounded at the corners, chipped.
    drop = (ctx.rand(n) * F32(0.08)).take(tile)
    corner = F32(0.18) * (F32(1.0) - np.sin(fu * F32(math.pi)) ** F32(0.3))
    edge = F32(0.97) - drop - corner + chip * F32(0.008 * (1 + 2 * ctx.wear))
    below = fv > edge  # past this tile's edge: the top of the tile in the next course shows
    # Height: each tile rises from its top to its thick lower edge; under the edge the next
    # course starts low again. A gentle curve across suggests clay pantiles.
    curve = np.sin(fu * F32(math.pi)) * F32(0.12)
    lift = (ctx.rand(n) * F32(0.08)).take(tile)
    own = fv * F32(0.55) + curve + lift
    under = (fv - F32(1.0)) * F32(0.55) + F32(0.05)
    height = np.where(below, under, own)
    # Gaps between neighbouring tiles of a course.
    side = np.minimum(fu, F32(1.0) - fu)
    joint = ramp(0.025, 0.005, side) * (F32(1.0) - below)
    height -= joint * F32(0.12)

    lum = (F32(0.78) + ctx.rand(n) * F32(0.42)).take(tile)
    hue = ((ctx.rand(n) - F32(0.5)) * F32(0.18)).take(tile)
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
