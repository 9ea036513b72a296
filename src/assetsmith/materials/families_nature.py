"""Living and natural surfaces: foliage, smooth organic skin, soil."""

from __future__ import annotations

import numpy as np

from assetsmith.materials import noise
from assetsmith.materials.context import (
    Surface,
    SynthContext,
    color,
    lerp_colors,
    mix,
    saturate,
    warm_shift,
)
from assetsmith.materials.noise import ramp
from assetsmith.materials.scatter import scatter_shapes

F32 = np.float32


def _work_size(ctx: SynthContext) -> int:
    """Resolution for shape scattering: half the texture from 512 px up (edges of shapes a few
    texels wide survive a 2x bilinear upsampling; the scatter costs four times less)."""
    return ctx.size // 2 if ctx.size >= 512 else ctx.size


def foliage(ctx: SynthContext) -> Surface:
    """Overlapping leaves in layers (canopies, bushes, hedges): each leaf a pointed lens with a
    midrib and side veins, its own shade of the base colour and tilt, deeper layers darker, dark
    gaps into the canopy. Wear turns leaves yellow and brown, spots them and bites holes."""
    w = ctx.wear
    r = _work_size(ctx)
    cells = 8
    # Two layers of large leaves cover the tile about as well as three of smaller ones, for two
    # thirds of the cost (the search reaches one cell around, which bounds the leaf length).
    sp = scatter_shapes(
        ctx.rng, r, cells, layers=2, length=(0.8, 1.05), aspect=(0.34, 0.46), jitter=0.8
    )
    n = sp.count
    leaf = np.maximum(sp.shape_id, 0)
    covered = sp.inside > 0
    hue = ((ctx.rand(n) - F32(0.5)) * F32(0.5)).take(leaf)
    lum = (F32(0.7) + ctx.rand(n) * F32(0.55)).take(leaf)
    tilt_a = ((ctx.rand(n) - F32(0.5)) * F32(0.5)).take(leaf)
    tilt_b = ((ctx.rand(n) - F32(0.5)) * F32(0.5)).take(leaf)
    dry_t = ctx.rand(n)

    along, across = sp.along, sp.across
    half = np.maximum(F32(1.0) - along * along, F32(1e-3))  # local half-width of the lens
    q = np.abs(across) / half  # 0 on the midrib, 1 at the leaf edge
    keep = ctx.detail(cells * 20.0)  # veins are fine detail: stylised looks drop them
    rib = ramp(0.09, 0.0, q) * F32(keep)
    # Side veins run from the midrib toward the tip: lines of constant (along - 0.6 q).
    vein_x = (along - q * F32(0.6)) * F32(4.5)
    vein_x -= np.floor(vein_x)
    veins = ramp(0.12, 0.0, np.abs(vein_x - F32(0.5)) * F32(-1.0) + F32(0.5))
    veins *= ramp(0.05, 0.2, q) * ramp(1.0, 0.7, q) * F32(0.6 * keep)
    # Each leaf tilts toward or away from the light, and the deeper layers sit in shadow.
    tone = F32(1.0) + tilt_a * along + tilt_b * across
    tone *= lum
    tone *= F32(0.45) + sp.depth * F32(0.55)
    tone *= F32(0.9) + along * F32(0.08) + (F32(1.0) - q) * F32(0.12)
    # The rim of every leaf is shaded by its own edge curling down onto the leaf below.
    tone *= F32(0.6) + ramp(0.0, 0.18, sp.inside) * F32(0.4)
    tone += rib * F32(0.25) + veins * F32(0.12)

    height = sp.depth * F32(0.6) + np.sqrt(np.maximum(sp.inside, 0)) * F32(0.35)
    height += (F32(1.0) - q) * F32(0.08)  # folded along the midrib
    height -= rib * F32(0.02) + veins * F32(0.015)
    height = np.where(covered, height, F32(-0.2))
    tone = np.where(covered, tone, F32(0.12))
    base = ctx.base
    albedo = base * tone
    warm_shift(albedo, np.where(covered, hue, F32(0.0)), 1.0)
    rough = np.where(covered, F32(0.5) + (F32(1.0) - lum) * F32(0.2), F32(0.95))

    if w > 0:
        # Dry leaves: from yellow to brown, and brown spots on the green ones.
        frac = 0.5 * w * w  # a few dry leaves on a healthy plant, autumn on an old one
        dry = (dry_t < F32(frac)).astype(F32).take(leaf) * covered
        brown = (dry_t * F32(1.0 / max(frac, 1e-3))).take(leaf)
        dry_col = lerp_colors(color((0.55, 0.42, 0.06)), color((0.22, 0.10, 0.03)), brown)
        dry_col *= tone
        mix(albedo, dry_col, dry * F32(0.9))
        rough = rough + dry * F32(0.25)
        spot_n = noise.spectral_noise(ctx.rng, r, beta=0.5, fmin=cells * 6.0, fmax=cells * 12.0)
        spots = ctx.coverage_mask(spot_n, 0.04 * w, 0.3) * covered
        mix(albedo, saturate(base, 0.2) * F32(0.15) + color((0.05, 0.03, 0.01)), spots * F32(0.8))
        height = height - spots * F32(0.02)

    if r != ctx.size:
        albedo = np.stack([ctx.full(albedo[c]) for c in range(3)])
        height = ctx.full(height)
        rough = ctx.full(rough)
    grain = ctx.grain()
    albedo *= F32(1.0) + grain * F32(0.03)
    height = height + grain * F32(0.004)
    return Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.01,
        ao_strength=1.2,
        ao_radius=1.0 / 64.0,
    )


def organic(ctx: SynthContext) -> Surface:
    """Smooth living skin (fruit, vegetables, mushroom caps, slime): soft flushes of colour,
    faint striations, light speckles (lenticels), a moist sheen. Wear bruises it, wrinkles it as it
    dries and lets mould spots grow."""
    w = ctx.wear
    flush = ctx.noise(beta=3.0, fmin=1.0, fmax=6.0)
    mottle = ctx.noise(beta=2.2, fmin=4.0, fmax=40.0)
    streak = ctx.noise(beta=1.8, fmin=6.0, fmax=120.0, stretch=(1.0, 8.0))
    dots_n = ctx.noise(beta=0.0, fmin=32.0, fmax=48.0)
    speck = ramp(1.8, 2.4, dots_n)
    base = ctx.base
    # Ripening: the skin runs from the base colour to a paler, yellower ground in soft flushes
    # broken into streaks along V (apples, pears, tomatoes, gourds, caps).
    ground = np.minimum(saturate(base, 0.9) * color((1.5, 1.45, 0.6)) + F32(0.03), 1.0)
    ripe = ramp(-0.2, 1.8, flush + streak * F32(0.12))
    ripe *= F32(0.85)
    albedo = lerp_colors(base, ground, ripe)
    tone = mottle * F32(0.05) + streak * F32(0.01) + speck * F32(0.6)  # speckles are paler
    tone += F32(1.0)
    albedo *= tone
    warm_shift(albedo, mottle, 0.05)
    # A faintly dimpled skin: the speckle band noise doubles as the dimples.
    height = dots_n * F32(0.08) + flush * F32(0.3) + speck * F32(0.08)
    rough = mottle * F32(0.03) + speck * F32(0.15)
    rough += F32(0.38)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.0015,
        ao_strength=0.4,
        emission=lambda: np.maximum(speck, F32(0.25)),
    )
    if w > 0:
        bruise = ctx.coverage_mask(mottle - flush * F32(0.5), 0.12 * w, 1.2) * F32(0.55)
        # Drying wrinkles follow the striations; mould starts from speckles in the shade.
        wrinkle = ramp(0.25, 0.0, np.abs(streak)) * F32(w * w)
        shade = bruise * F32(-0.6) - wrinkle * F32(0.2)
        shade += F32(1.0)
        albedo *= shade
        height -= wrinkle * F32(0.25) + bruise * F32(0.15)
        rough += bruise * F32(0.15) + wrinkle * F32(0.2)
        if w > 0.5:
            mould = ctx.coverage_mask(dots_n * F32(0.5) + mottle - flush, 0.15 * (w - 0.5), 1.5)
            mix(albedo, color((0.42, 0.5, 0.34)), mould * F32(0.7))
            height += mould * F32(0.1)
            rough += mould * F32(0.5)
    return surf


def soil(ctx: SynthContext) -> Surface:
    """Dirt, sand and mud: crumbly clods, scattered pebbles, sandy grain, darker damp patches.
    Wear dries it into a network of cracks and strews twigs and dry grass over it."""
    w = ctx.wear
    cells = 32
    n = cells * cells
    f1, _, cid, _ = ctx.cells(cells, jitter=1.0, want_f2=False, reduce=2)
    clod = ramp(0.8, 0.15, f1)
    # Some clods are pebbles instead: a round stone of its own size and shade in the cell.
    radius = np.where(ctx.rand(n) < F32(0.09), F32(0.25) + ctx.rand(n) * F32(0.25), F32(0.0))
    pebble = radius.take(cid)
    pebble -= f1
    pebble *= (F32(1.0) / np.maximum(radius, F32(1e-3))).take(cid)
    np.clip(pebble, 0.0, 1.0, out=pebble)
    np.sqrt(pebble, out=pebble)  # a dome
    stone = ramp(0.0, 0.25, pebble)
    cell_t = (ctx.rand(n) - F32(0.5)).take(cid)
    damp_n = ctx.noise(beta=2.6, fmin=2.0, fmax=16.0)
    lumps = ctx.noise(beta=2.0, fmin=8.0, fmax=120.0)
    grit = ctx.grain()
    damp = ramp(0.2, 1.4, damp_n)
    # One tone for soil, pebbles, cracks and strewn twigs; one blend of two colours.
    tone = clod * F32(0.12) + cell_t * F32(0.12)
    tone += lumps * F32(0.06)
    tone -= damp * F32(0.3)
    peb_tone = F32(0.8) + cell_t * F32(0.7) + pebble * F32(0.25)  # each its own shade, rounded
    peb_tone -= tone
    peb_tone *= stone
    tone += peb_tone
    tone += grit * F32(0.08)
    tone += F32(1.0)
    height = clod * F32(0.25) + lumps * F32(0.08) + grit * F32(0.02) + pebble * F32(0.6)
    height -= damp * F32(0.05)
    rough = F32(0.95) - damp * F32(0.35) - stone * F32(0.15)
    rough += grit * F32(0.02)
    if w > 0:
        e, _, _ = ctx.cell_edges(8, jitter=0.9, reduce=4)
        e += lumps * F32(0.02)
        crack = ramp(0.05 * w, 0.01 * w, e) * (F32(1.0) - damp) * (F32(1.0) - stone)
        twigs = ctx.scratches(int(30 + 150 * w), length=(0.02, 0.08))
        twigs *= F32(1.0) - stone
        tone *= F32(1.0) - crack * F32(0.7)
        tone += twigs * F32(0.6)  # dry stalks, paler than the soil
        height += twigs * F32(0.15) - crack * F32(0.4)
        rough += crack * F32(0.05)
    base = ctx.base
    albedo = lerp_colors(base, saturate(base, 0.6) * F32(0.95) + F32(0.02), stone)
    albedo *= tone
    return Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.008,
        ao_strength=1.0,
        ao_radius=1.0 / 128.0,
    )


FAMILIES = {"foliage": foliage, "organic": organic, "soil": soil}
