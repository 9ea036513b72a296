"""Metal families: iron/steel, brass, rusted metal."""

from __future__ import annotations

import numpy as np

from assetsmith.materials import noise
from assetsmith.materials.context import Surface, SynthContext, color, mix, saturate
from assetsmith.materials.noise import smoothstep

F32 = np.float32


def _forged_base(ctx: SynthContext, brushed: float) -> dict:
    """Fields shared by the metals: brushing streaks, hammer dents, mottling, cavities.

    Dents, mottling and cavities are smooth, so they are combined at a quarter of the
    resolution and only the results are interpolated up.
    """
    small = max(64, ctx.size // 4)
    streak = ctx.noise(beta=1.3, fmin=30.0, fmax=400.0, stretch=(30.0, 1.0))
    mottle = ctx.noise(beta=2.4, fmin=2.0, fmax=24.0, size=small)
    f1, _, _, _ = noise.cellular(ctx.rng, small, 16, 16, 0.9, want_f2=False)
    dents = smoothstep(0.0, 0.75, f1)  # shallow hammer dimples around each feature point
    relief = dents * F32(0.6)
    relief += mottle * F32(0.12)
    # Cavities: the lowest parts of the relief, where grime and patina collect.
    cav = smoothstep(0.35, -0.25, dents * F32(0.8) + mottle * F32(0.35) - F32(0.4))
    height = ctx.full(relief)
    height += streak * F32(0.03 * brushed)
    return dict(streak=streak, mottle=ctx.full(mottle), height=height, cavity=ctx.full(cav))


def iron(ctx: SynthContext) -> Surface:
    """Brushed/forged steel: metallic 1, low roughness variation; wear adds scratches, grime."""
    w = ctx.wear
    f = _forged_base(ctx, brushed=1.0)
    tone = F32(1.0) + f["streak"] * F32(0.035) + f["mottle"] * F32(0.06)
    albedo = tone * ctx.base
    ctx.step()
    rough = F32(0.36) + f["streak"] * F32(0.025) + f["mottle"] * F32(0.03)
    metal: np.ndarray | float = 1.0
    height = f["height"]
    if w > 0:
        sc = ctx.scratches(int(80 + 500 * w), length=(0.02, 0.15), angle=0.0, spread=2.4)
        albedo *= F32(1.0) + sc * F32(0.45)
        rough = rough + sc * F32(0.12)
        height = height - sc * F32(0.12)
        grime_n = ctx.noise(beta=2.0, fmin=3.0, fmax=60.0)
        grime_n += f["cavity"] * F32(2.0)
        grime = ctx.coverage_mask(grime_n, 0.1 + 0.4 * w, 0.9)
        grime *= F32(0.3 + 0.4 * w)
        dark = saturate(ctx.base, 0.3) * F32(0.35) + color((0.012, 0.009, 0.006))
        mix(albedo, dark, grime)
        rough = rough + grime * F32(0.3)
        metal = F32(1.0) - grime * F32(0.3)
        if w > 0.5:  # a neglected piece starts to rust in its hollows
            rust = ctx.coverage_mask(grime_n + f["cavity"], 0.25 * (w - 0.5), 0.2)
            mix(albedo, color((0.20, 0.07, 0.025)), rust)
            rough = rough + rust * F32(0.35)
            metal = metal * (F32(1.0) - rust)
    return Surface(
        albedo=albedo, height=height, roughness=rough, metallic=metal, depth=0.006, ao_strength=0.7
    )


def brass(ctx: SynthContext) -> Surface:
    """Warm polished metal; wear tarnishes it and grows verdigris patina in the cavities."""
    w = ctx.wear
    f = _forged_base(ctx, brushed=0.4)
    tone = F32(1.0) + f["streak"] * F32(0.02) + f["mottle"] * F32(0.07)
    albedo = tone * ctx.base
    rough = F32(0.28) + f["mottle"] * F32(0.04) + f["streak"] * F32(0.015)
    metal: np.ndarray | float = 1.0
    height = f["height"]
    if w > 0:
        tarnish = smoothstep(-1.5, 1.5, f["mottle"]) * F32(0.45 * w)
        albedo *= F32(1.0) - tarnish
        rough = rough + tarnish * F32(0.3)
        sc = ctx.scratches(int(60 + 300 * w), length=(0.02, 0.1))
        albedo *= F32(1.0) + sc * F32(0.3)
        pat_n = ctx.noise(beta=1.8, fmin=4.0, fmax=120.0)
        pat_n += f["cavity"] * F32(2.5)
        patina = ctx.coverage_mask(pat_n, 0.45 * w * w + 0.05 * w, 0.3)
        pat_col = color((0.15, 0.32, 0.26)) * (F32(0.85) + f["mottle"] * F32(0.1))
        mix(albedo, pat_col, patina)
        rough = rough + patina * F32(0.55)
        metal = F32(1.0) - patina
        height = height + patina * F32(0.15)
    return Surface(
        albedo=albedo, height=height, roughness=rough, metallic=metal, depth=0.002, ao_strength=0.7
    )


def rusted_metal(ctx: SynthContext) -> Surface:
    """Steel with rust patches (the base colour) that are rough and non-metallic."""
    w = ctx.wear
    f = _forged_base(ctx, brushed=0.6)
    steel = saturate(ctx.base, 0.12)
    steel = steel * F32(0.36 / max(float(steel.max()), 1e-3))  # bare steel is bright
    rust_n = ctx.noise(beta=2.1, fmin=2.5, fmax=90.0)
    flake = ctx.noise(beta=1.4, fmin=20.0, fmax=128.0)
    rust_n += flake * F32(0.12) + f["cavity"] * F32(0.8)
    rust = ctx.coverage_mask(rust_n, 0.3 + 0.55 * w, 0.08)
    # Rust colour: from dark brown crust to orange bloom, around the base colour.
    bloom = smoothstep(-1.0, 1.5, flake + f["mottle"] * F32(0.5))
    rust_col = ctx.base * (F32(0.55) + bloom * F32(0.9))
    rust_col[0] *= F32(1.0) + bloom * F32(0.12)
    albedo = steel * (F32(1.0) + f["streak"] * F32(0.04) + f["mottle"] * F32(0.05))
    # Run-off stains: vertical streaks tint the bare steel below and around rusty areas.
    runs = ctx.noise(beta=1.6, fmin=10.0, fmax=160.0, stretch=(1.0, 14.0))
    stain = smoothstep(0.0, 2.0, runs + rust_n * F32(0.6)) * F32(0.45 + 0.3 * w)
    mix(albedo, ctx.base * F32(0.8), stain)
    mix(albedo, rust_col, rust)
    pits = smoothstep(1.8, 2.6, flake) * (F32(1.0) - rust)
    albedo *= F32(1.0) - pits * F32(0.6)
    rough = F32(0.4) + stain * F32(0.2) + (F32(0.5) + flake * F32(0.04)) * rust
    metal = (F32(1.0) - rust) * (F32(1.0) - stain * F32(0.5))
    height = f["height"] * F32(0.5) + rust * F32(0.35) + np.abs(flake) * rust * F32(0.2)
    height -= pits * F32(0.2)
    if w > 0:
        sc = ctx.scratches(int(40 + 200 * w), length=(0.02, 0.12))
        sc *= F32(1.0) - rust
        albedo *= F32(1.0) + sc * F32(0.4)
    return Surface(
        albedo=albedo, height=height, roughness=rough, metallic=metal, depth=0.003, ao_strength=0.9
    )


FAMILIES = {"iron": iron, "brass": brass, "rusted_metal": rusted_metal}
