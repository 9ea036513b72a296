"""Stone families: rough stone, brick, cobblestone, marble."""

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
_MORTAR = color((0.42, 0.40, 0.36))
_DIRT = color((0.07, 0.055, 0.04))
_MOSS = color((0.09, 0.14, 0.035))
_LICHEN = color((0.30, 0.31, 0.18))


def rough_stone(ctx: SynthContext) -> Surface:
    """Weathered rock face: fractured plates, multi-octave relief, cracks, mineral speckles."""
    e, _, cid = ctx.cell_edges(8, jitter=0.9, reduce=4)
    relief = ctx.noise(beta=2.6, fmin=2.0, fmax=128.0)
    ridged = ctx.noise(beta=2.2, fmin=4.0, fmax=60.0)
    tint = ctx.noise(beta=2.5, fmin=2.0, fmax=16.0)
    grain = ctx.grain()
    # Fractured plates: each cell is a slab at its own height; some seams open into cracks.
    e += relief * F32(0.04)
    split = ramp(0.05, 0.0, e)
    split *= ramp(-0.3, 0.6, ridged)
    step = (ctx.rand(64) * F32(0.5)).take(cid)
    step *= smoothstep(0.0, 0.12, e)
    fissure = ramp(0.07, 0.0, np.abs(ridged))
    fissure *= ramp(-0.4, 0.8, relief)
    cracks = np.maximum(split, fissure, out=split)
    height = relief * F32(0.6)
    height += step
    height -= cracks * F32(0.5)
    height += grain * F32(0.015)

    tone = relief * F32(0.12)
    tone += F32(0.95)
    tone += step * F32(0.3)
    tone += grain * F32(0.04)
    tone -= cracks * F32(0.55)
    # Mineral grains: the grain's tails become light and dark specks.
    tone += ramp(1.9, 2.5, grain) * F32(0.25)
    tone -= ramp(-2.0, -2.6, grain) * F32(0.2)
    albedo = ctx.base * tone
    warm_shift(albedo, tint, 0.06)
    rough = cracks * F32(0.08)
    rough += F32(0.86)
    rough += grain * F32(0.03)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.012,
        ao_strength=1.0,
        ao_radius=1.0 / 64.0,
        cavity=F32(1.0) - cracks * F32(0.4),
        emission=cracks,  # lava in the cracks
    )
    if ctx.wear > 0:
        w = ctx.wear
        dirt = ctx.coverage_mask(tint - relief, 0.2 + 0.5 * w, 0.5)
        dirt *= F32(0.6 * w)
        mix(albedo, saturate(ctx.base, 0.4) * F32(0.45), dirt)
        lichen = ctx.coverage_mask(relief + ridged * F32(0.5) + grain * F32(0.3), 0.2 * w, 0.4)
        lichen *= F32(0.55)
        mix(albedo, _LICHEN, lichen)
        rough += lichen * F32(0.05)
    return surf


def brick(ctx: SynthContext) -> Surface:
    """Running-bond brick courses across U, recessed mortar, per-brick colour and chipped edges."""
    courses, per_row = 12, 4
    mortar_w = 0.0065  # half-joint width, tile units
    u, v = ctx.u, ctx.v
    # Offsets keep every joint off the tile border (the seam runs through brick faces).
    y = v * F32(courses) + F32(0.5)
    fv = y - np.floor(y)
    row = np.floor(y).astype(np.int32) % courses  # (H, 1)
    shift = (row % 2).astype(F32) * F32(0.5) + F32(0.25)
    x = u * F32(per_row) + shift  # (H, W)
    fu = x - np.floor(x)
    col = np.floor(x).astype(np.int32) % per_row
    col += row * per_row  # brick id
    # Distance to the brick's border in tile units, roughened so corners chip.
    np.minimum(fu, F32(1.0) - fu, out=fu)
    fu *= F32(1.0 / per_row)
    dv = (np.minimum(fv, F32(1.0) - fv) * F32(1.0 / courses)).astype(F32)
    edge = np.minimum(fu, dv, out=fu)
    chip = ctx.noise(beta=2.2, fmin=12.0, fmax=90.0)
    edge += chip * F32(0.001 + 0.0015 * ctx.wear)
    body = smoothstep(mortar_w, mortar_w + 0.004, edge)  # 0 in the joint, 1 on the brick face
    face = smoothstep(mortar_w, mortar_w + 0.01, edge)

    n = courses * per_row
    lum = 0.8 + ctx.rand(n) * 0.4
    lum = np.where(ctx.rand(n) < 0.12, lum * 0.6, lum).astype(F32)  # a few over-fired bricks
    hue = (ctx.rand(n) - 0.5) * 0.16
    bh = ctx.rand(n) * 0.15
    mottle = ctx.noise(beta=2.2, fmin=6.0, fmax=60.0)
    grain = ctx.grain()
    pits = ramp(1.9, 2.5, grain)

    # One scalar tone for bricks and joints, one colour ramp between them: cheaper than
    # building a mortar image and blending two images.
    tone = lum.take(col)
    tone += mottle * F32(0.07)
    tone -= F32(1.0)
    tone *= body
    tone += F32(1.0)
    tone += grain * F32(0.06)
    tone -= pits * F32(0.35)
    albedo = lerp_colors(_MORTAR, ctx.base, body)
    albedo *= tone
    hue_shift = hue.take(col)
    hue_shift *= body
    warm_shift(albedo, hue_shift, 1.0)

    height = face * F32(0.8)
    height += (bh.take(col) + mottle * F32(0.03)) * body
    height += grain * F32(0.02)
    height -= pits * F32(0.08)
    rough = F32(0.92) - body * F32(0.1)
    rough += grain * F32(0.02)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.01,
        ao_strength=1.0,
        cavity=F32(0.6) + body * F32(0.4),
        emission=lambda: F32(1.0) - body,  # the joints
    )
    if ctx.wear > 0:
        w = ctx.wear
        soot = ctx.noise(beta=2.3, fmin=2.0, fmax=24.0)
        joint = F32(1.0) - body
        dirt = ctx.coverage_mask(soot, 0.2 + 0.5 * w, 0.8)
        dirt *= F32(0.5 * w)
        np.maximum(dirt, joint * F32(0.6 * w), out=dirt)
        mix(albedo, _DIRT, dirt)
        moss = ctx.coverage_mask(soot + joint * F32(2.0), 0.12 * w * w, 0.3)
        moss *= joint
        mix(albedo, _MOSS, moss)
        rough += dirt * F32(0.05)
    return surf


def cobblestone(ctx: SynthContext) -> Surface:
    """Rounded stones on a jittered cellular grid, with dirt-filled joints between them."""
    cells = 8
    e, f1, cid = ctx.cell_edges(cells, jitter=0.8, reduce=4, want_f1=True)
    assert f1 is not None  # want_f1
    wob = ctx.noise(beta=2.5, fmin=8.0, fmax=60.0)
    e += wob * F32(0.03)  # rounder, irregular outlines
    gap = 0.09
    body = smoothstep(gap, gap + 0.06, e)
    # Edge distance alone gives flat-topped polygons; the distance to the centre rounds them.
    dome = np.sqrt(smoothstep(gap, 0.5, e))
    dome *= F32(1.0) - f1 * f1 * F32(0.6)
    n = cells * cells
    s_lum = (0.75 + ctx.rand(n) * 0.45).take(cid)
    s_hue = ((ctx.rand(n) - 0.5) * 0.12).take(cid)
    s_h = (ctx.rand(n) * 0.2).take(cid)
    grain = ctx.grain()
    surface = ctx.noise(beta=2.4, fmin=8.0, fmax=100.0)

    tone = s_lum
    tone += grain * F32(0.05)
    tone += surface * F32(0.05)
    tone += dome * F32(0.08)
    albedo = ctx.base * tone
    warm_shift(albedo, s_hue, 1.0)
    joint = saturate(ctx.base, 0.5) * F32(0.35) + _DIRT * F32(0.5)
    mix(albedo, joint, F32(1.0) - body)

    height = dome * F32(0.8)
    height += s_h * body
    height += surface * F32(0.04)
    height += grain * F32(0.01)
    # Traffic polishes the tops: smoother where the stone stands highest.
    rough = F32(0.92) - dome * body * F32(0.22)
    rough += grain * F32(0.02)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.012,
        ao_strength=1.0,
        cavity=F32(0.55) + body * F32(0.45),
        emission=lambda: F32(1.0) - body,  # the joints between the stones
    )
    if ctx.wear > 0:
        w = ctx.wear
        grime = ctx.noise(beta=2.2, fmin=2.0, fmax=30.0)
        dirt = ctx.coverage_mask(grime - dome * F32(2.0), 0.25 + 0.5 * w, 0.6)
        dirt *= F32(0.55 * w)
        mix(albedo, _DIRT, dirt)
        moss = ctx.coverage_mask(grime - body * F32(2.5), 0.2 * w, 0.3)
        moss *= F32(1.0) - body * F32(0.7)
        mix(albedo, _MOSS, moss)
    return surf


def marble(ctx: SynthContext) -> Surface:
    """Polished stone with veins: integer-direction stripes bent by smooth noise."""
    n1 = ctx.noise(beta=3.0, fmin=1.0, fmax=8.0)
    n2 = ctx.noise(beta=2.5, fmin=4.0, fmax=30.0)
    n3 = ctx.noise(beta=2.0, fmin=12.0, fmax=100.0)
    cloud = ctx.noise(beta=2.6, fmin=2.0, fmax=20.0)
    # Stripes along an integer direction (so the tile repeats) bent by a smooth warp plus a
    # little turbulence (|noise|), which crinkles the vein edges.
    turb = np.abs(n2) * F32(0.15)
    turb += np.abs(n3) * F32(0.05)
    turb += n1
    m, k = int(ctx.rng.integers(1, 3)), int(ctx.rng.choice([-2, -1, 1, 2]))
    phase = (ctx.u * F32(m * math.pi) + ctx.v * F32(k * math.pi)) + turb * F32(0.9)
    sv = np.sin(phase)
    sv *= sv
    vein = np.exp(sv * F32(-1.0 / (0.08 * 0.08)))
    halo = np.exp(sv * F32(-1.0 / (0.4 * 0.4)))
    phase = (ctx.u * F32(3 * math.pi) - ctx.v * F32((2 * k + 1) * math.pi)) + turb * F32(1.4)
    phase += n2
    sf = np.sin(phase)
    sf *= sf
    fine = np.exp(sf * F32(-1.0 / (0.05 * 0.05)))
    fine *= ramp(-0.5, 1.0, n1)
    base = ctx.base
    tone = F32(0.97) + cloud * F32(0.03)
    tone -= halo * F32(0.06)
    albedo = base * tone
    dark = vein * F32(0.75)
    dark += fine * F32(0.3)
    mix(albedo, saturate(base, 0.3) * F32(0.28), dark)
    height = cloud * F32(0.1)
    height -= vein * F32(0.15)
    height -= fine * F32(0.05)
    rough = F32(0.12) + vein * F32(0.06)
    rough += cloud * F32(0.01)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.0015,
        ao_strength=0.4,
        emission=lambda: np.minimum(dark, F32(1.0)),  # the veins
    )
    if ctx.wear > 0:
        w = ctx.wear
        sc = ctx.scratches(int(40 + 250 * w), length=(0.02, 0.15))
        dull = ctx.coverage_mask(cloud, 0.3 + 0.4 * w, 0.8)
        dull *= F32(w)
        rough += dull * F32(0.3)
        rough += sc * F32(0.3)
        mix(albedo, saturate(base, 0.5) * F32(0.6), dull * F32(0.15))
        height -= sc * F32(0.1)
    return surf


FAMILIES = {
    "rough_stone": rough_stone,
    "brick": brick,
    "cobblestone": cobblestone,
    "marble": marble,
}
