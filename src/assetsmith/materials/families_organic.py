"""Organic families: leather, fabric, ground/moss, bone."""

from __future__ import annotations

import math

import numpy as np

from assetsmith.materials.context import (
    Surface,
    SynthContext,
    color,
    hex_linear,
    lerp_colors,
    mix,
    saturate,
    warm_shift,
)
from assetsmith.materials.noise import ramp, smoothstep

F32 = np.float32
_SOIL = "#4a3826"


def leather(ctx: SynthContext) -> Surface:
    """Pebbled grain (lobes of band-pass noise), pores, creases; wear scuffs and burnishes."""
    # The positive lobes of narrow-band noise are round pebbles of one size, separated by a
    # connected network of valleys: leather grain, at a fraction of a cellular pattern's cost.
    grain_f = 90.0
    keep = ctx.detail(grain_f)  # stylised looks soften the pebbling
    pebbles = ctx.noise(beta=0.0, fmin=grain_f * 0.6, fmax=grain_f)
    pebble = smoothstep(-0.6, 1.2, pebbles)
    crevice = smoothstep(-0.2, -1.0, pebbles)
    crease_n = ctx.noise(beta=2.4, fmin=3.0, fmax=40.0, stretch=(1.0, 2.5))
    creases = smoothstep(0.1, 0.0, np.abs(crease_n))
    mottle = ctx.noise(beta=2.4, fmin=2.0, fmax=24.0)
    pore = smoothstep(2.2, 3.0, ctx.grain())
    height = pebble * F32(0.5) - creases * F32(0.4) - pore * F32(0.1) + mottle * F32(0.1)
    tone = F32(1.0) + mottle * F32(0.08) + pebble * F32(0.1)
    tone -= crevice * F32(0.3) + creases * F32(0.3) + pore * F32(0.25)
    base = ctx.base
    albedo = base * tone
    rough = F32(0.62) + crevice * F32(0.08) - pebble * F32(0.1 * keep) + creases * F32(0.05)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.002,
        ao_strength=0.8,
        ao_radius=1.0 / 160.0,
    )
    if ctx.wear > 0:
        w = ctx.wear
        scuff_n = ctx.noise(beta=1.8, fmin=4.0, fmax=100.0)
        scuff_n += pebble
        scuff = ctx.coverage_mask(scuff_n, 0.1 + 0.4 * w, 0.5)
        sc = ctx.scratches(int(40 + 200 * w), length=(0.01, 0.06))
        scuff *= F32(0.5 * w)
        scuff += sc * F32(0.6)
        mix(albedo, saturate(base, 0.5) * F32(1.6), scuff)
        surf.roughness = rough + scuff * F32(0.15)
        surf.height = height - sc * F32(0.15)
    return surf


def fabric(ctx: SynthContext) -> Surface:
    """Plain weave: warp threads along V and weft along U crossing over and under."""
    n = min(64, ctx.size // 4)
    x = ctx.u * F32(n) + F32(0.5)  # the tile border runs along thread centres
    y = ctx.v * F32(n) + F32(0.5)
    fu = x - np.floor(x)
    fv = y - np.floor(y)
    i = np.floor(x).astype(np.int32) % n
    j = np.floor(y).astype(np.int32) % n
    over = (i + j) % 2 == 0  # warp on top where True (n is even, so this wraps too)
    across_w = np.sin(fu * F32(math.pi)) ** F32(0.6)  # (1, W): profile across a warp thread
    across_f = np.sin(fv * F32(math.pi)) ** F32(0.6)  # (H, 1)
    bulge_w = F32(0.55) + F32(0.45) * np.sin(fv * F32(math.pi))  # rises mid-crossing
    bulge_f = F32(0.55) + F32(0.45) * np.sin(fu * F32(math.pi))
    warp_h = across_w * bulge_w
    weft_h = across_f * bulge_f
    fib_v = ctx.noise(beta=1.0, fmin=60.0, fmax=500.0, stretch=(1.0, 10.0))
    fib_u = ctx.noise(beta=1.0, fmin=60.0, fmax=500.0, stretch=(10.0, 1.0))
    thread = np.where(over, warp_h, weft_h)
    fib = np.where(over, fib_v, fib_u)
    # Slub yarn: every thread has its own thickness/tone.
    slub_w = (F32(1.0) + (ctx.rand(n) - F32(0.5)) * F32(0.18))[i]
    slub_f = (F32(1.0) + (ctx.rand(n) - F32(0.5)) * F32(0.18))[j]
    slub = np.where(over, slub_w, slub_f)
    height = thread * F32(0.8)
    height += fib * F32(0.05)
    base = ctx.base
    tone = thread * F32(0.5)
    tone += F32(0.55)
    tone *= slub
    tone += fib * F32(0.06)
    albedo = base * tone
    # Warp and weft are dyed a shade apart: the weft a little cooler.
    warm_shift(albedo, over.astype(F32) * F32(0.08) - F32(0.04), 1.0)
    stain_n = ctx.noise(beta=2.4, fmin=2.0, fmax=24.0)
    rough = F32(0.88) + fib * F32(0.03) - thread * F32(0.05)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.002,
        ao_strength=0.9,
        ao_radius=1.0 / 200.0,
    )
    if ctx.wear > 0:
        w = ctx.wear
        stain = ctx.coverage_mask(stain_n, 0.1 + 0.3 * w, 0.7) * F32(0.4 * w)
        albedo *= F32(1.0) - stain
        fade = smoothstep(-1.5, 1.5, stain_n) * F32(0.35 * w)
        mix(albedo, saturate(base, 0.3) * F32(1.3), fade)
        fuzz = smoothstep(1.2, 2.5, fib) * F32(0.5 * w)
        mix(albedo, saturate(base, 0.5) * F32(1.5), fuzz)
    return surf


def ground_moss(ctx: SynthContext) -> Surface:
    """Moss clumps and grass strokes over soil patches; reads as foliage on a canopy, too."""
    w = ctx.wear
    cover_n = ctx.noise(beta=2.4, fmin=2.0, fmax=30.0)
    detail = ctx.noise(beta=1.6, fmin=8.0, fmax=100.0)
    cover_n += detail * F32(0.25)
    moss = ctx.coverage_mask(cover_n, 0.8 - 0.45 * w, 0.25)
    f1, _, cid, _ = ctx.cells(32, jitter=1.0, want_f2=False, reduce=2)
    clump = F32(1.0) - smoothstep(0.2, 0.75, f1)  # a dome per clump
    clump_t = (ctx.rand(32 * 32)).take(cid)
    blades = ctx.scratches(
        int(2500 + 1500 * (1.0 - w)), length=(0.006, 0.02), angle=math.pi / 2, spread=1.2
    )
    grit = ctx.grain()
    pebble = ramp(1.8, 2.3, grit)
    pebble *= F32(1.0) - moss
    # One colour ramp soil -> moss, one scalar tone for clump shading, grit and pebbles, and a
    # single blend toward sunlit tips: three image passes in all.
    albedo = lerp_colors(hex_linear(_SOIL), ctx.base, moss)
    tone = clump * F32(0.65) - F32(0.55)
    tone *= moss
    tone += F32(1.0)
    tone += detail * F32(0.07)
    tone += grit * F32(0.1)
    tone += pebble * F32(0.6)
    albedo *= tone
    lit = clump * clump_t
    lit *= F32(0.4)
    lit += blades * F32(0.55)
    lit *= moss
    mix(albedo, ctx.base * color((1.35, 1.35, 0.8)), lit)
    height = clump * F32(0.4) + blades * F32(0.1)
    height += F32(0.5)
    height *= moss
    height += detail * F32(0.05)
    height += pebble * F32(0.1)
    rough = F32(0.95) - moss * F32(0.05)
    rough -= pebble * F32(0.1)
    return Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.006,
        ao_strength=1.0,
        ao_radius=1.0 / 128.0,
    )


def bone(ctx: SynthContext) -> Surface:
    """Bone and ivory (skulls, bones, tusks, horn): a satin off-white surface with faint fibrous
    lamellae along V, yellowed and mottled, pitted with pores, crossed by hairline cracks. Wear
    opens more and wider cracks, browns the pores and cracks with dirt, stains it and splinters it
    along the grain."""
    w = ctx.wear
    yellow = ctx.noise(beta=3.0, fmin=1.5, fmax=10.0)
    lamella = ctx.noise(beta=1.5, fmin=10.0, fmax=200.0, stretch=(1.0, 7.0))
    bumps = ctx.noise(beta=2.4, fmin=4.0, fmax=60.0)
    pore_n = ctx.noise(beta=0.0, fmin=50.0, fmax=75.0)
    grit = ctx.grain()
    pores = ramp(1.9, 2.5, pore_n)  # pits of the porous bone, dark and sunken
    micro = ramp(1.9, 2.6, grit)
    # Hairline cracks and sutures: the zero line of slow noise, made to zigzag by the bumps and
    # broken into runs, longer and more of them where the bone has aged and with wear.
    crack_n = ctx.noise(beta=2.5, fmin=2.0, fmax=12.0, stretch=(1.0, 2.0))
    crack_n += bumps * F32(0.06)
    width = 0.02 + 0.025 * w
    cracks = ramp(width, width * 0.3, np.abs(crack_n))
    cracks *= ramp(0.5 - w, 1.1 - w, bumps + yellow * F32(0.5))  # broken into runs
    aged = ramp(-1.5, 2.5, yellow)
    base = ctx.base
    albedo = lerp_colors(base, saturate(base * F32(0.82), 1.4) * color((1.05, 0.95, 0.72)), aged)
    tone = lamella * F32(0.04) + bumps * F32(0.04)
    tone -= micro * F32(0.12)
    tone -= ramp(-0.8, -2.2, bumps) * F32(0.12)  # grime settles in the low ground
    tone += F32(1.0)
    chips: np.ndarray | None = None
    if w > 0:  # splinters along the grain show the paler bone beneath
        chips = ctx.coverage_mask(lamella + bumps, 0.03 * w * w, 0.05)
        tone += chips * F32(0.12)
    albedo *= tone
    dirt = saturate(base, 0.5) * F32(0.22) + color((0.05, 0.028, 0.01))
    dark = np.maximum(cracks * F32(0.85 + 0.15 * w), pores * F32(0.8 + 0.2 * w))
    mix(albedo, dirt, dark)
    height = bumps * F32(0.45) + lamella * F32(0.05) + yellow * F32(0.2)
    height -= pores * F32(0.3) + micro * F32(0.05) + cracks * F32(0.3)
    rough = aged * F32(0.08) - bumps * F32(0.03) + dark * F32(0.3)
    rough += F32(0.48)
    if chips is not None:  # w > 0
        stain = ctx.coverage_mask(yellow * F32(0.7) - bumps, 0.15 + 0.4 * w, 0.7)
        stain *= F32(0.5 * w)
        mix(albedo, dirt * F32(2.2), stain)
        height -= chips * F32(0.3)
        rough += stain * F32(0.1) + chips * F32(0.2)
    return Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.007,
        ao_strength=1.0,
        ao_radius=1.0 / 128.0,
        cavity=F32(1.0) - dark * F32(0.4),
        emission=cracks,
    )


FAMILIES = {"leather": leather, "fabric": fabric, "ground_moss": ground_moss, "bone": bone}
