"""Fibrous families: paper, straw, wicker, rope."""

from __future__ import annotations

import math

import numpy as np

from assetsmith.materials import noise
from assetsmith.materials.context import (
    Surface,
    SynthContext,
    color,
    mix,
    saturate,
    warm_shift,
)
from assetsmith.materials.noise import ramp

F32 = np.float32


def _lines(ctx: SynthContext, direction: tuple[int, int], **kw) -> np.ndarray:
    """`noise.line_noise` from the material's generator, faded by the style like `ctx.noise`."""
    field = noise.line_noise(ctx.rng, ctx.size, direction, **kw)
    keep = ctx.detail(kw.get("fmin", 1.0) * 1.5)
    if keep < 1.0:
        field *= F32(keep)
    return field


def paper(ctx: SynthContext) -> Surface:
    """Paper, parchment, book pages and covers: cloudy formation, fine fibres, a matte tooth.
    Wear yellows it, spots it with foxing, leaves tide-marked stains and crumples it."""
    w = ctx.wear
    cloud = ctx.noise(beta=1.6, fmin=4.0, fmax=64.0)
    broad = ctx.noise(beta=3.0, fmin=1.5, fmax=10.0)
    fibres = ctx.scratches(2500, length=(0.004, 0.02))
    grit = ctx.grain()
    base = ctx.base
    tone = F32(1.0) + cloud * F32(0.035) + broad * F32(0.03) + grit * F32(0.02)
    tone -= fibres * F32(0.06)
    albedo = base * tone
    height = cloud * F32(0.15) + fibres * F32(0.2) + grit * F32(0.05)
    rough = F32(0.86) + cloud * F32(0.02) + grit * F32(0.02)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.0012,
        ao_strength=0.5,
    )
    if w > 0:
        # Age: a warm, uneven yellowing, strongest where the broad noise is high.
        age = ramp(-1.5, 1.5, broad)
        age *= F32(0.35 * w)
        warm_shift(albedo, age, 0.6)
        albedo *= F32(1.0) - age * F32(0.25)
        # Foxing (small rust-brown spots with a soft halo) and a tide-marked stain (darker at
        # the rim where the liquid dried) brown the paper in one blend.
        fox_n = ctx.noise(beta=0.0, fmin=25.0, fmax=45.0)
        fox_n += cloud * F32(0.3)
        core = ctx.coverage_mask(fox_n, 0.006 + 0.02 * w, 0.1)
        halo = ctx.coverage_mask(fox_n, 0.02 + 0.06 * w, 0.8)
        stain_n = ctx.noise(beta=3.2, fmin=1.5, fmax=12.0)
        inner = ctx.coverage_mask(stain_n, 0.1 + 0.15 * w, 0.02)
        outer = ctx.coverage_mask(stain_n, 0.13 + 0.15 * w, 0.02)
        brown = np.maximum(halo * F32(0.25 * w) + core * F32(0.6), (outer - inner) * F32(0.5 * w))
        np.maximum(brown, inner * F32(0.15 * w), out=brown)
        mix(albedo, color((0.36, 0.22, 0.09)), brown)
        # Crumpling: creases along the ridges of a noise field.
        crease_n = ctx.noise(beta=2.2, fmin=3.0, fmax=40.0)
        crease = F32(1.0) - np.abs(crease_n)
        surf.height = height + crease * F32(1.5 * w)
        surf.depth = 0.0012 + 0.004 * w
        surf.roughness = rough + core * F32(0.05)
    return surf


def straw(ctx: SynthContext) -> Surface:
    """Hay and thatch: layers of long strands along V, each a round stalk with its own shade, the
    upper layers leaning a little; dark gaps between them. Wear greys and darkens the straw and
    lets it rot in patches."""
    w = ctx.wear
    layers = ((0, 1), (1, 9), (-1, 7))  # line directions: vertical, leaning right, leaning left
    # The stalks are several texels wide: they are laid at half resolution from 512 px up and
    # the result upsampled, which a 2x bilinear step does invisibly.
    r = ctx.size // 2 if ctx.size >= 512 else ctx.size
    height = np.full((r, r), F32(-0.3))
    tone = np.full((r, r), F32(0.25))
    keep = ctx.detail(75.0)  # stylised looks keep the stalks (the structure), not their shading
    # Stalks end and begin: a field stretched along V cuts each layer into lengths.
    run = ctx.noise(beta=2.0, fmin=3.0, fmax=40.0, stretch=(1.0, 6.0), size=r)
    for k, direction in enumerate(layers):
        index = noise.line_index(r, direction)
        # The positive lobes of narrow-band noise across the lines are the stalks.
        stalks = noise.line_profile(ctx.rng, r, direction, beta=0.0, fmin=50.0, fmax=75.0)
        shade = noise.line_profile(ctx.rng, r, direction, beta=0.5, fmin=20.0, fmax=120.0)
        stalk_t = np.sqrt(np.maximum(stalks, 0.0))
        present = ramp(-0.4 + 0.3 * k, 0.2 + 0.3 * k, run if k % 2 == 0 else -run)
        stalk = stalk_t.take(index)
        stalk *= present
        h = stalk * F32(0.6) + present * F32(0.5) + F32(0.25 * k - 0.5)
        on_top = h > height
        top = (F32(0.75) + shade * F32(0.12 * keep)).take(index)
        top += stalk * F32(0.25)
        np.copyto(height, h, where=on_top)
        np.copyto(tone, top, where=on_top)
    height = ctx.full(height)
    tone = ctx.full(tone)
    fleck = ctx.grain()
    tone += fleck * F32(0.03)
    base = ctx.base
    albedo = base * tone
    hue = ctx.noise(beta=2.0, fmin=4.0, fmax=60.0, stretch=(1.0, 5.0))
    warm_shift(albedo, hue, 0.12)  # some stalks greener, some redder
    gap = ramp(0.1, -0.2, height)
    rough = F32(0.7) + gap * F32(0.25) + fleck * F32(0.02)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.008,
        ao_strength=1.1,
        ao_radius=1.0 / 128.0,
    )
    if w > 0:
        grey = ctx.noise(beta=2.4, fmin=2.0, fmax=24.0)
        aged = ctx.coverage_mask(grey, 0.3 + 0.6 * w, 0.8) * F32(0.6 * w)
        mix(albedo, saturate(base, 0.15) * F32(0.6), aged)
        rot = ctx.coverage_mask(grey + gap, 0.08 * w * w, 0.4)
        mix(albedo, color((0.06, 0.045, 0.025)), rot * F32(0.8))
        surf.roughness = rough + aged * F32(0.1)
    return surf


def wicker(ctx: SynthContext) -> Surface:
    """Woven basketry: round weavers along U passing over and under upright stakes, each weaver
    its own shade, the stakes showing where the weaver dips under them. Wear dirties the gaps,
    frays the fibres and dulls the colour."""
    stakes, rows = 8, 16  # even counts: the over/under parity wraps around the tile
    u, v = ctx.u, ctx.v
    y = v * F32(rows) + F32(0.5)  # the tile border runs along weaver centres, not the gaps
    row = np.floor(y).astype(np.int32) % rows  # (H, 1)
    fv = y - np.floor(y)
    side = np.where(row % 2 == 0, F32(1.0), F32(-1.0))  # which stakes this weaver passes over
    wave = np.cos(u * F32(stakes * math.pi)) * side  # (H, W): +1 over a stake, -1 under it
    across = np.sin(fv * F32(math.pi)) ** F32(0.6)  # (H, 1) round weaver profile
    weaver = across * (F32(0.62) + wave * F32(0.3))
    # Stakes: upright rods, seen where the weaver dips under them.
    sx = u * F32(stakes)
    d = np.abs(sx - np.floor(sx + F32(0.5)))  # (1, W) distance to the nearest stake, stake units
    rod = np.sqrt(np.maximum(F32(1.0) - (d * F32(1.0 / 0.2)) ** 2, 0.0))
    stake = rod * F32(0.75) * ramp(0.2, -0.6, wave)
    on_stake = stake > weaver
    height = np.maximum(weaver, stake)

    fib_w = ctx.noise(beta=1.0, fmin=40.0, fmax=400.0, stretch=(10.0, 1.0))
    fib_s = ctx.noise(beta=1.0, fmin=40.0, fmax=400.0, stretch=(1.0, 10.0))
    fib = np.where(on_stake, fib_s, fib_w)
    row_tone = (F32(0.82) + ctx.rand(rows) * F32(0.36))[row]  # each weaver a different rod
    tone = np.where(on_stake, F32(0.8), row_tone)
    tone = tone * (F32(0.45) + height * F32(0.7))
    tone += fib * F32(0.07)
    height = height + fib * F32(0.03)
    base = ctx.base
    albedo = base * tone
    warm_shift(albedo, fib * F32(0.5) + (row_tone - F32(1.0)), 0.1)
    rough = F32(0.62) - height * F32(0.12) + fib * F32(0.03)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.01,
        ao_strength=1.0,
        ao_radius=1.0 / 96.0,
    )
    if ctx.wear > 0:
        w = ctx.wear
        grime_n = ctx.noise(beta=2.2, fmin=2.0, fmax=24.0)
        grime = ctx.coverage_mask(grime_n - height * F32(2.0), 0.2 + 0.5 * w, 0.6)
        mix(albedo, saturate(base, 0.3) * F32(0.3), grime * F32(0.6 * w))
        fray = ctx.scratches(int(60 + 300 * w), length=(0.01, 0.04), angle=0.0, spread=0.8)
        mix(albedo, saturate(base, 0.6) * F32(1.4), fray * F32(0.5))
        surf.roughness = rough + grime * F32(0.15 * w) + fray * F32(0.1)
    return surf


def rope(ctx: SynthContext) -> Surface:
    """Three-strand laid rope (cylindrical UVs: U around, V along): strands spiral across the
    tile, each twisted from fibres leaning the other way. Wear fuzzes it with frayed fibres and
    dirt."""
    strands = 3
    phase = ctx.u * F32(strands) + ctx.v * F32(strands)
    k = np.floor(phase)
    fs = phase - k
    profile = np.sin(fs * F32(math.pi)) ** F32(0.5)  # round strand cross-section
    idx = k.astype(np.int32) % strands
    strand_tone = (F32(0.9) + ctx.rand(strands) * F32(0.2))[idx]
    # Fibres run at a steeper angle than the strands, twisted the opposite way; yarns (groups
    # of fibres) show as broader ridges.
    fib = _lines(ctx, (2, -3), beta=0.8, fmin=40.0, fmax=400.0)
    yarn = _lines(ctx, (2, -3), beta=0.0, fmin=25.0, fmax=40.0)
    fine = ctx.grain()
    ridge = np.abs(yarn)
    height = profile * F32(0.8) + (fib * F32(0.04) + ridge * F32(0.08)) * profile
    tone = strand_tone * (F32(0.3) + profile * F32(0.8))
    tone += fib * F32(0.12) + ridge * F32(0.1) + fine * F32(0.02)
    base = ctx.base
    albedo = base * tone
    rough = F32(0.85) - profile * F32(0.05) + fib * F32(0.02)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.012,
        ao_strength=1.0,
        ao_radius=1.0 / 64.0,
    )
    if ctx.wear > 0:
        w = ctx.wear
        fuzz = ctx.scratches(int(80 + 400 * w), length=(0.01, 0.05))
        mix(albedo, saturate(base, 0.5) * F32(1.3), fuzz * F32(0.5))
        dirt_n = ctx.noise(beta=2.2, fmin=2.0, fmax=30.0)
        dirt = ctx.coverage_mask(dirt_n - profile, 0.2 + 0.5 * w, 0.7) * F32(0.5 * w)
        mix(albedo, saturate(base, 0.3) * F32(0.3), dirt)
        surf.height = height + fuzz * F32(0.05)
        surf.roughness = rough + dirt * F32(0.1)
    return surf


FAMILIES = {"paper": paper, "straw": straw, "wicker": wicker, "rope": rope}
