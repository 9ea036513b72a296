"""Painted steel: plain painted metal and panelled hulls (vehicles, lamp posts, sci-fi kit)."""

from __future__ import annotations

import numpy as np

from assetsmith.materials.context import Surface, SynthContext, color, mix, saturate
from assetsmith.materials.noise import ramp

F32 = np.float32
_STEEL = color((0.42, 0.43, 0.45))
_PRIMER = color((0.30, 0.11, 0.07))  # red-oxide primer, seen in a ring around chips
_RUST = color((0.22, 0.08, 0.03))


def _paint_over_steel(ctx: SynthContext, edges: np.ndarray | None) -> tuple[Surface, dict]:
    """A coat of paint (the base colour) on steel: orange peel, faint roller marks, a satin
    sheen. Wear chips it (first along `edges`, 0..1 where panel edges are) down through a
    primer ring to bright steel, scratches it, fades it and, when old, rusts the bare metal.

    The masks (paint, primer, bare steel, rust) are worked out first and the albedo is composed
    from them in one pass per channel: blending image after image costs twice as much.
    """
    w = ctx.wear
    peel = ctx.noise(beta=1.4, fmin=60.0, fmax=128.0)
    tone_n = ctx.noise(beta=2.4, fmin=2.0, fmax=20.0)
    roll = ctx.noise(beta=1.8, fmin=8.0, fmax=120.0, stretch=(1.0, 8.0))
    chip_n = ctx.noise(beta=2.6, fmin=3.0, fmax=90.0)
    chip_n += peel * F32(0.06)  # ragged flake outlines
    if edges is not None:
        chip_n += edges * F32(1.6)
    bare = ctx.coverage_mask(chip_n, 0.004 + 0.3 * w * w, 0.03)
    primer = ctx.coverage_mask(chip_n, 0.008 + 0.42 * w * w, 0.03)
    primer -= bare
    paint = F32(1.0) - bare - primer
    height = peel * F32(0.04) + tone_n * F32(0.1) + paint * F32(0.3) + primer * F32(0.15)
    rough = peel * F32(0.02) + roll * F32(0.02) + primer * F32(0.35) - bare * F32(0.05)
    rough += F32(0.38)
    paint_tone = tone_n * F32(0.03) + roll * F32(0.02) + peel * F32(0.01)
    paint_tone += F32(1.0)
    steel = bare  # weight of bare steel in the albedo
    fade = rust = grime = None
    if w > 0:
        sc = ctx.scratches(int(20 + 120 * w), length=(0.01, 0.06))
        sc *= paint
        sc *= F32(0.8)
        steel = np.maximum(bare, sc)
        paint = paint - sc
        fade = ramp(-1.5, 1.5, tone_n) * F32(0.3 * w)
        grime_n = roll * F32(0.5) - tone_n * F32(0.7)
        if edges is not None:
            grime_n += edges * F32(1.2)
        grime = ctx.coverage_mask(grime_n, 0.1 + 0.4 * w, 0.8) * F32(0.35 * w)
        rough += fade * F32(0.3) + grime * F32(0.3) + sc * F32(0.1)
        height -= sc * F32(0.1)
        if w > 0.5:  # old bare steel rusts, from the middle of the oldest chips outward
            rust = ctx.coverage_mask(chip_n, (0.004 + 0.3 * w * w) * (w - 0.5) * 1.5, 0.1)
            rust *= F32(0.85)
            steel = steel - rust
            rough += rust * F32(0.4)
    metal = steel
    steel_tone = peel * F32(0.05)
    steel_tone += F32(1.0)
    steel_w = steel * steel_tone
    albedo = np.empty((3, ctx.size, ctx.size), F32)
    light = saturate(ctx.base, 0.6) * F32(1.25) + F32(0.03)  # faded, chalky paint
    for c in range(3):
        out = albedo[c]
        np.multiply(paint_tone, F32(ctx.base[c, 0, 0]), out=out)
        if fade is not None:
            out += (F32(light[c, 0, 0]) - out) * fade
        out *= paint
        out += primer * F32(_PRIMER[c, 0, 0])
        out += steel_w * F32(_STEEL[c, 0, 0])
        if rust is not None:
            out += rust * F32(_RUST[c, 0, 0])
    if grime is not None:
        mix(albedo, color((0.05, 0.045, 0.04)), grime)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=metal,
        depth=0.0015,
        ao_strength=0.5,
    )
    return surf, dict(paint=paint, tone=tone_n)


def painted_metal(ctx: SynthContext) -> Surface:
    """Painted steel without panel lines: lamp posts, mailboxes, car bodies, machinery, barrels."""
    surf, _ = _paint_over_steel(ctx, None)
    return surf


def metal_panels(ctx: SynthContext) -> Surface:
    """Painted hull plating (vehicles, sci-fi walls and crates): rows of panels of different
    heights, each row cut into panels, recessed seams, bolt heads at the panel corners, a shade
    per panel; paint chips first at the seams. Its glow pattern lights the row seams."""
    grid = 16  # panel edges fall on a 16 x 16 grid, so the layout tiles
    row_edges = _partition(ctx.rng, grid, 2, 7, offset=0) / grid
    # Half a grid step of offset keeps every seam off the tile border.
    v = (ctx.v[:, 0] + F32(0.5 / grid)) % F32(1.0)
    u = (ctx.u[0] + F32(0.5 / grid)) % F32(1.0)
    row = np.searchsorted(row_edges, v, side="right") - 1  # (H,) row of panels
    seam_w = 0.004
    dv = np.minimum(v - row_edges[row], row_edges[row + 1] - v)[:, None].astype(F32)
    # Per row of panels, the distance to the nearest vertical seam (wrapping) and the panel id:
    # (rows, W) tables gathered by texel row.
    n_rows = len(row_edges) - 1
    du_t = np.empty((n_rows, ctx.size), F32)
    pid_t = np.empty((n_rows, ctx.size), np.int32)
    for r in range(n_rows):
        cuts = _partition(ctx.rng, grid, 3, 10, offset=int(ctx.rng.integers(0, grid))) / grid
        d = np.abs(u[:, None] - cuts[None, :-1])
        du_t[r] = np.minimum(d, 1.0 - d).min(axis=1)
        p = np.searchsorted(cuts, np.where(u < cuts[0], u + 1.0, u), side="right") - 1
        pid_t[r] = r * 8 + p
    du = du_t[row]
    edge = np.minimum(du, dv)
    seam = ramp(seam_w, seam_w * 0.4, edge)
    bevel = ramp(seam_w, seam_w * 3.0, edge)
    edges_field = ramp(0.03, 0.0, edge)
    surf, f = _paint_over_steel(ctx, edges_field)
    shade = (F32(0.86) + ctx.rand(64) * F32(0.28)).take(pid_t % 64)[row]
    shade *= F32(1.0) - seam * F32(0.75)
    height = surf.height
    height *= F32(0.5)
    height += bevel * F32(0.7)
    height -= seam * F32(0.3)
    surf.roughness = surf.roughness + seam * F32(0.3)
    # Bolt heads a little inside every panel corner, painted over with the panels: only the
    # texel rows near a row seam can hold one, so only those are worked on.
    inset, radius = 0.016, 0.006
    near = np.nonzero(np.abs(dv[:, 0] - F32(inset)) < F32(radius))[0]
    d2 = du[near] - F32(inset)
    d2 *= d2
    d2 += (dv[near] - F32(inset)) ** 2
    bolt = ramp(radius**2, (radius / 2) ** 2, d2)
    shade[near] *= F32(1.0) - bolt * F32(0.12)
    height[near] += bolt * F32(0.4)
    surf.roughness[near] -= bolt * F32(0.1)
    surf.albedo *= shade
    surf.height = height
    surf.cavity = F32(1.0) - seam * F32(0.5)
    surf.depth = 0.004
    surf.ao_strength = 0.8
    # Light strips: the seams between rows glow, the vertical seams do not.
    surf.emission = lambda: np.broadcast_to(ramp(0.006, 0.002, dv), edge.shape)
    return surf


def _partition(rng: np.random.Generator, total: int, lo: int, hi: int, offset: int) -> np.ndarray:
    """Cut 0..total into parts of lo..hi grid steps; returns the cut positions from `offset`
    (wrapping), first cut repeated one period later, as floats in grid steps."""
    cuts = [0]
    while total - cuts[-1] > hi:
        step = int(rng.integers(lo, hi + 1))
        if total - (cuts[-1] + step) < lo:
            step = total - cuts[-1] - lo
        cuts.append(cuts[-1] + step)
    at = np.sort((np.array(cuts, dtype=np.float64) + offset) % total)
    return np.concatenate([at, [at[0] + total]])


FAMILIES = {"painted_metal": painted_metal, "metal_panels": metal_panels}
