"""Wood families: planks, painted planks, end grain, bark."""

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
)
from assetsmith.materials.noise import smoothstep

F32 = np.float32
_BARE_WOOD = "#8a5a32"


def _knots(ctx: SynthContext, grain: np.ndarray, boards: int, count: int) -> np.ndarray:
    """Bend the grain coordinate around a few knots; returns the knot-core darkness field.

    Each knot only touches its bounding box, and knots stay clear of the tile border in v
    (and inside one board in u) so no wrap-around handling is needed.
    """
    size = ctx.size
    core = np.zeros_like(grain)
    for _ in range(count):
        b = int(ctx.rng.integers(1, boards))  # board 0 straddles the tile border
        ku = (b - 0.5 + ctx.rng.uniform(0.3, 0.7)) / boards
        kv = ctx.rng.uniform(0.15, 0.85)
        rx = ctx.rng.uniform(0.06, 0.12) / boards  # knot core half-width, tile units
        ry = rx * ctx.rng.uniform(1.3, 2.0)
        x0, x1 = int((ku - 4 * rx) * size), int(math.ceil((ku + 4 * rx) * size))
        y0, y1 = int((kv - 6 * ry) * size), int(math.ceil((kv + 6 * ry) * size))
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, size), min(y1, size)
        du = (ctx.u[:, x0:x1] - F32(ku)) / F32(rx)
        dv = (ctx.v[y0:y1] - F32(kv)) / F32(ry)
        d2 = du * du + dv * dv * F32(0.35)
        bend = np.exp(-d2 * F32(0.5))
        # Rings pile up around the knot: shift the grain coordinate by a bump centred on it.
        grain[y0:y1, x0:x1] += bend * F32(ctx.rng.uniform(1.5, 3.0))
        core[y0:y1, x0:x1] = np.maximum(core[y0:y1, x0:x1], smoothstep(1.6, 0.6, d2))
    return core


def _plank_fields(ctx: SynthContext, boards: int):
    """Shared plank structure: grain, fibres, board ids, gaps. All (H, W) or (1, W)."""
    u = ctx.u
    # Half a board of offset puts the tile border mid-board, not in a gap.
    x = u * F32(boards) + F32(0.5)
    bi = np.floor(x).astype(np.int32) % boards  # (1, W) board index
    fu = x - np.floor(x)  # position across the board, 0..1
    nb = boards
    tint = 1.0 + (ctx.rand(nb) - 0.5) * 0.3
    hue = (ctx.rand(nb) - 0.5) * 0.12
    density = 7.0 + ctx.rand(nb) * 7.0  # rings per board width
    pith = 0.15 + ctx.rand(nb) * 0.7  # where the tree's centre sat across the board
    depth = 0.05 + ctx.rand(nb) * 0.3
    # Height of the cathedral arcs, in rings; about a third of the boards are rift-sawn (straight).
    arc = (0.6 + ctx.rand(nb) * 1.6) * np.where(ctx.rand(nb) < 0.35, 0.25, 1.0)
    cycles = np.ones(nb, dtype=np.float32)  # arcs per tile along V (period 1)
    phase = ctx.rand(nb)
    offset = ctx.rand(nb) * 10.0
    tilt = ctx.rand(nb) - 0.5

    warp = ctx.noise(beta=3.0, fmin=2.0, fmax=10.0, stretch=(1.0, 4.0))
    warp2 = ctx.noise(beta=2.5, fmin=6.0, fmax=40.0, stretch=(1.0, 6.0))
    fib = ctx.noise(beta=1.2, fmin=24.0, fmax=300.0, stretch=(1.0, 24.0))

    # Flat-sawn boards cut the growth cones at a slant: ring index = distance from the pith
    # across the board plus a slow periodic term along V, whose contours are the arcs.
    across = np.sqrt((fu - pith[bi]) ** 2 + depth[bi] ** 2) * density[bi] + offset[bi]
    along = np.cos((ctx.v * cycles[bi] + phase[bi]) * F32(2 * math.pi))
    grain = along * arc[bi].astype(F32)
    grain += across.astype(F32)
    grain += warp * F32(0.6)
    grain += warp2 * F32(0.15)
    ctx.step()
    knots = max(0, int(ctx.rng.integers(0, 4)))
    core = _knots(ctx, grain, boards, knots)
    ring = grain - np.floor(grain)
    late = ring * ring
    late *= late  # latewood darkens gradually and ends abruptly at the next ring
    late = np.maximum(late, core)
    ctx.step()

    # Gap between boards: a 1-D profile across U.
    edge = np.minimum(fu, 1.0 - fu) / boards  # tile units to the nearest board edge
    gap_w = 0.0025
    groove = (1.0 - smoothstep(gap_w, gap_w + 0.006, edge)).astype(F32)
    bevel = smoothstep(0.0, gap_w + 0.012, edge).astype(F32)
    cup = (1.0 - (fu - 0.5) ** 2 * 0.6 + tilt[bi] * (fu - 0.5) * 0.3).astype(F32)
    return dict(
        bi=bi,
        fu=fu,
        tint=tint,
        hue=hue,
        late=late,
        fib=fib,
        core=core,
        groove=groove,
        bevel=bevel,
        cup=cup,
    )


def _wood_surface(ctx: SynthContext, base: np.ndarray, boards: int) -> tuple[Surface, dict]:
    f = _plank_fields(ctx, boards)
    late, fib, groove = f["late"], f["fib"], f["groove"]
    light = base * F32(1.13)
    dark = saturate(base * F32(0.5), 1.25)
    albedo = lerp_colors(light, dark, late)
    albedo *= F32(1.0) + fib * F32(0.07)
    # Per-board tint (brightness and a small warm/cool shift) and the dark gaps are functions
    # of U alone: fold them into one (3, 1, W) factor before touching the image.
    board = f["tint"][f["bi"]] * (F32(1.0) + f["hue"][f["bi"]] * color((1.0, 0.0, -1.0)))
    board *= F32(1.0) - groove * F32(0.75)
    albedo *= board.astype(F32)

    height = f["cup"] * f["bevel"] * F32(0.6) + late * F32(0.06) + fib * F32(0.012)
    height -= groove * F32(0.4)
    rough = F32(0.62) + late * F32(0.08) + fib * F32(0.02) + groove * F32(0.2)
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.006,
        ao_strength=1.0,
        cavity=F32(1.0) - groove * F32(0.5),
    )
    return surf, f


def _weathered_wood(ctx: SynthContext, surf: Surface, f: dict) -> None:
    """Wear on bare wood: grime, grooves filling with dirt, silvering, scratches."""
    w = ctx.wear
    if w <= 0:
        return
    grime = ctx.noise(beta=2.2, fmin=2.0, fmax=24.0)
    dirt = ctx.coverage_mask(grime, 0.15 + 0.5 * w, 0.6)
    dirt *= F32(0.45 * w)
    np.maximum(dirt, f["groove"] * F32(0.8 * w), out=dirt)
    rough = surf.roughness + dirt * F32(0.15)
    if w > 0.5:  # old boards go silver-grey in the sun
        silver = ctx.coverage_mask(-grime, 0.6 * (w - 0.5), 0.8)
        silver *= F32(0.5 * w)
        mix(surf.albedo, saturate(ctx.base, 0.0) * F32(1.3), silver)
        rough += silver * F32(0.1)
    sc = ctx.scratches(int(60 + 240 * w), length=(0.02, 0.12))
    shade = F32(1.0) - dirt * F32(0.6)
    shade *= F32(1.0) + sc * F32(0.35 * w + 0.1)
    surf.albedo *= shade
    surf.height -= sc * F32(0.08)
    surf.roughness = rough


def wood_planks(ctx: SynthContext) -> Surface:
    """Vertical boards (grain along V) side by side across U, with gaps, tint changes, knots."""
    surf, f = _wood_surface(ctx, ctx.base, boards=6)
    _weathered_wood(ctx, surf, f)
    return surf


def painted_wood(ctx: SynthContext) -> Surface:
    """Planks under a coat of paint (the base colour) that chips away with wear."""
    wood = saturate(hex_linear(_BARE_WOOD), 0.8)
    surf, f = _wood_surface(ctx, wood, boards=6)
    w = ctx.wear
    chip_n = ctx.noise(beta=2.4, fmin=4.0, fmax=90.0)
    chip_n += ctx.grain() * F32(0.1)  # ragged flake outlines
    # Paint fails first along board edges, where the wood moves.
    chip_n += (F32(1.0) - f["bevel"]) * F32(1.8)
    exposed = ctx.coverage_mask(chip_n, 0.015 + 0.5 * w, 0.03)
    paint = F32(1.0) - exposed
    brush = ctx.noise(beta=1.5, fmin=20.0, fmax=200.0, stretch=(1.0, 10.0))
    pshade = F32(1.0) + brush * F32(0.04) - f["late"] * F32(0.08)
    pshade *= F32(1.0) - f["groove"] * F32(0.5)
    painted = ctx.base * pshade
    mix(surf.albedo, painted, paint)
    surf.height = surf.height * F32(0.6) + paint * F32(0.25)
    surf.roughness = F32(0.72) + (F32(0.45) - F32(0.72)) * paint + brush * F32(0.02)
    if w > 0:
        grime = ctx.noise(beta=2.2, fmin=2.0, fmax=24.0)
        dirt = ctx.coverage_mask(grime, 0.2 + 0.5 * w, 0.7) * F32(0.35 * w)
        surf.albedo *= F32(1.0) - dirt
        surf.roughness = surf.roughness + dirt * F32(0.2)
    surf.depth = 0.005
    return surf


def end_grain(ctx: SynthContext) -> Surface:
    """Growth rings around the tile centre, radial cracks, saw marks (log tops, barrel lids)."""
    u, v = ctx.u, ctx.v
    cu, cv = 0.5 + ctx.rng.uniform(-0.03, 0.03), 0.5 + ctx.rng.uniform(-0.03, 0.03)
    # Torus distance keeps the field continuous across the tile border.
    dx = ((u - F32(cu) + F32(0.5)) % F32(1.0)) - F32(0.5)
    dy = ((v - F32(cv) + F32(0.5)) % F32(1.0)) - F32(0.5)
    r = np.sqrt(dx * dx + dy * dy)
    ctx.step()
    wob = ctx.noise(beta=3.0, fmin=2.0, fmax=8.0)
    fine = ctx.noise(beta=1.3, fmin=30.0, fmax=128.0)
    rings = 75.0 + ctx.rng.uniform(-15, 15)  # per tile width of radius
    phase = ctx.rng.uniform(0, 2 * math.pi)
    g = r * F32(rings)
    # Wet and dry years: ring spacing varies slowly with radius (kept monotonic).
    g += np.sin(r * F32(2 * math.pi * 3.0) + F32(phase)) * F32(1.8)
    g += wob * (r * F32(1.6) + F32(0.1))  # outer rings wander more than the young ones
    g += fine * F32(0.03)
    ctx.step()
    idx = np.floor(g)
    ring = g - idx
    late = ring * ring
    late *= late  # latewood darkens toward the ring's end and stops sharply
    ctx.step()
    # Each year's band has its own strength (a cheap per-ring hash).
    yearly = np.sin(idx * F32(12.9898)) * F32(43758.547)
    yearly -= np.floor(yearly)
    late *= F32(0.55) + yearly * F32(0.45)
    ctx.step()

    crack = np.zeros_like(r)
    n_cracks = int(ctx.rng.integers(2, 5)) + int(ctx.wear * 3)
    for _ in range(n_cracks):
        _radial_crack(ctx, crack, dx, dy, fine, cu, cv)

    saw = ctx.noise(beta=1.5, fmin=40.0, fmax=200.0, stretch=(40.0, 1.0))
    base = ctx.base
    light = base * F32(1.12)
    dark = saturate(base * F32(0.4), 1.3)
    sap = smoothstep(0.30, 0.46, r)  # pale sapwood toward the rim
    pith = smoothstep(0.02, 0.0, r)
    albedo = lerp_colors(light, dark, late + pith)
    tone = F32(1.0) + sap * F32(0.12) + saw * F32(0.035) + fine * F32(0.03)
    tone *= F32(1.0) - crack * F32(0.7)
    albedo *= tone
    ctx.step()
    height = late * F32(0.15) + saw * F32(0.05) + fine * F32(0.03) - crack * F32(1.0)
    rough = F32(0.78) + late * F32(0.06) + crack * F32(0.15)
    ctx.step()
    surf = Surface(
        albedo=albedo,
        height=height,
        roughness=rough,
        metallic=0.0,
        depth=0.002,
        ao_strength=1.0,
        cavity=F32(1.0) - crack * F32(0.6),
    )
    if ctx.wear > 0:
        grime = ctx.noise(beta=2.0, fmin=2.0, fmax=30.0)
        dirt = ctx.coverage_mask(grime, 0.3 + 0.5 * ctx.wear, 0.8) * F32(0.4 * ctx.wear)
        mix(albedo, saturate(base, 0.2) * F32(0.8), dirt * F32(0.6))
        surf.roughness = rough + dirt * F32(0.1)
    return surf


def _radial_crack(ctx, crack, dx, dy, fine, cu, cv) -> None:
    """Carve one radial check (tapering, slightly jagged) into `crack`, inside its bounding box."""
    size = ctx.size
    ang = ctx.rng.uniform(0, 2 * math.pi)
    # Checks open at the rim, where the wood dried first, and taper toward the pith.
    r0, r1 = ctx.rng.uniform(0.08, 0.3), ctx.rng.uniform(0.38, 0.47)
    width = ctx.rng.uniform(0.003, 0.006) * (1.0 + ctx.wear)
    c, s = math.cos(ang), math.sin(ang)
    xs = (cu + c * r0, cu + c * r1)
    ys = (cv + s * r0, cv + s * r1)
    pad = width * 2 + 2.0 / size
    x0, x1 = max(0, int((min(xs) - pad) * size)), min(size, int((max(xs) + pad) * size) + 1)
    y0, y1 = max(0, int((min(ys) - pad) * size)), min(size, int((max(ys) + pad) * size) + 1)
    bx, by = dx[:, x0:x1], dy[y0:y1]
    along = bx * F32(c) + by * F32(s)
    perp = np.abs(by * F32(c) - bx * F32(s)) + fine[y0:y1, x0:x1] * F32(width * 0.12)
    t = np.clip((along - F32(r0)) / F32(r1 - r0), 0.0, 1.0)
    w = F32(width) * t * (F32(1.5) - t) * F32(1.6)
    inside = (along > r0) & (along < r1)
    m = np.where(inside, smoothstep(1.0, 0.3, perp / (w + F32(1e-6))), F32(0.0))
    np.maximum(crack[y0:y1, x0:x1], m, out=crack[y0:y1, x0:x1])


def bark(ctx: SynthContext) -> Surface:
    """Long vertical ridges that split and merge around deep furrows; lichen with wear."""
    n1 = ctx.noise(beta=2.3, fmin=4.0, fmax=50.0, stretch=(1.0, 4.5))
    n2 = ctx.noise(beta=2.0, fmin=12.0, fmax=100.0, stretch=(1.0, 6.0))
    # Furrows follow the zero crossings of stretched noise, so they wander, fork and merge
    # like real bark; everything away from a crossing is a rounded plate.
    a = np.abs(n1 + n2 * F32(0.2))
    plates = smoothstep(0.06, 0.5, a)
    ridge = smoothstep(0.0, 1.6, a)
    breaks = ctx.noise(beta=2.0, fmin=8.0, fmax=80.0, stretch=(4.0, 1.0))  # horizontal cracks
    cracks = smoothstep(1.8, 2.6, breaks) * plates
    fibre = ctx.noise(beta=1.4, fmin=30.0, fmax=300.0, stretch=(1.0, 12.0))
    height = plates * F32(0.5) + ridge * F32(0.5) + fibre * F32(0.04) - cracks * F32(0.3)
    base = ctx.base
    furrow_col = saturate(base * F32(0.3), 1.1)
    top_col = saturate(base, 0.45) * F32(1.6)  # weathered ridge tops go grey
    albedo = lerp_colors(furrow_col, base * F32(1.1), plates)
    mix(albedo, top_col, smoothstep(0.3, 0.9, ridge) * F32(0.5))
    tone = F32(0.94) + fibre * F32(0.06) - cracks * F32(0.35)
    albedo *= tone
    rough = F32(0.9) + (F32(1.0) - plates) * F32(0.08)
    surf = Surface(
        albedo=albedo, height=height, roughness=rough, metallic=0.0, depth=0.012, ao_strength=1.2
    )
    if ctx.wear > 0:
        lichen_n = ctx.noise(beta=2.0, fmin=6.0, fmax=120.0)
        lichen = ctx.coverage_mask(lichen_n, 0.3 * ctx.wear, 0.4) * plates
        lichen_col = color((0.30, 0.36, 0.22)) * (F32(0.85) + fibre * F32(0.15))
        mix(albedo, lichen_col, lichen * F32(0.75))
    return surf


FAMILIES = {
    "wood_planks": wood_planks,
    "painted_wood": painted_wood,
    "end_grain": end_grain,
    "bark": bark,
}
