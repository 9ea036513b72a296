"""Emission (glow): where a material glows, and the emissive map that says so.

A material glows when it is given an emissive colour. The pattern says where:
- `uniform`: the whole surface (lamp glass, candle flames, screens, slime);
- `family`: the family's own glow pattern (crystal facets, lava in rock cracks and in the joints
  of brick and cobblestone, marble veins, bone and concrete cracks, the light strips between
  hull panels, speckles on organic skin); evenly where a family has none;
- `runes`: glyphs carved into the surface that glow (rune stones, altars, magic props).

The emissive map is the colour times the pattern, sRGB-encoded like an albedo; the strength is
carried beside it (glTF emissiveFactor / KHR_materials_emissive_strength, USD's texture scale,
engine intensities), so one map serves every exporter.
"""

from __future__ import annotations

import math

import numpy as np

from assetsmith.materials.context import Surface, SynthContext
from assetsmith.materials.noise import ramp, smoothstep

F32 = np.float32
EMISSIVE_PATTERNS = ("uniform", "family", "runes")
MAX_EMISSIVE_STRENGTH = 100.0

# Glyph strokes on a 3 x 3 grid of nodes (x, y in 0..1 of the glyph box): rune-like glyphs are a
# stave plus a few branches, which reads as writing without being any real script.
_NODES = {(i, j): (0.15 + 0.35 * i, 0.05 + 0.45 * j) for i in range(3) for j in range(3)}
_STAVE = ((1, 0), (1, 2))
_BRANCHES = (
    ((1, 0), (2, 1)),
    ((1, 0), (0, 1)),
    ((1, 1), (2, 0)),
    ((1, 1), (0, 0)),
    ((1, 1), (2, 2)),
    ((1, 1), (0, 2)),
    ((1, 2), (2, 1)),
    ((1, 2), (0, 1)),
    ((0, 0), (2, 0)),
    ((0, 2), (2, 2)),
    ((2, 0), (2, 1)),
    ((0, 1), (0, 2)),
)


def _segment_distance(px: np.ndarray, py: np.ndarray, a, b) -> np.ndarray:
    """Distance from points (px, py) to the segment a-b (glyph units)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    t = ((px - F32(ax)) * F32(dx) + (py - F32(ay)) * F32(dy)) * F32(1.0 / (dx * dx + dy * dy))
    np.clip(t, 0.0, 1.0, out=t)
    ex = px - F32(ax) - t * F32(dx)
    ey = py - F32(ay) - t * F32(dy)
    return np.sqrt(ex * ex + ey * ey)


def rune_strokes(
    rng: np.random.Generator, size: int, rows: int = 4, per_row: int = 8
) -> np.ndarray:
    """A 0..1 field of carved glyph strokes in `rows` lines of `per_row` glyphs across the tile.

    Every glyph is a stave with two or three branches picked from a fixed set, so lines of them
    read as runic writing. The glyph grid divides the tile, so the field tiles.
    """
    gx = (np.arange(size, dtype=F32) + F32(0.5)) / F32(size) * F32(per_row)
    gy = (np.arange(size, dtype=F32) + F32(0.5)) / F32(size) * F32(rows)
    col = np.floor(gx).astype(np.int32)
    row = np.floor(gy).astype(np.int32)
    # Glyph-local coordinates: the glyph box takes the middle of each cell (tall and narrow).
    lx = ((gx - col) - F32(0.2)) * F32(1.0 / 0.6)
    ly = ((gy - row) - F32(0.12)) * F32(1.0 / 0.76)
    lx = np.broadcast_to(lx[None, :], (size, size))
    ly = np.broadcast_to(ly[:, None], (size, size))
    glyph = row[:, None] * per_row + col[None, :]
    n = rows * per_row
    picks = np.zeros((n, len(_BRANCHES)), dtype=bool)
    for g in range(n):
        k = int(rng.integers(2, 4))
        picks[g, rng.choice(len(_BRANCHES), size=k, replace=False)] = True
    width = 0.07
    dist = _segment_distance(lx, ly, _NODES[_STAVE[0]], _NODES[_STAVE[1]])
    for s, (a, b) in enumerate(_BRANCHES):
        on = picks[:, s].take(glyph)
        if not on.any():
            continue
        d = _segment_distance(lx, ly, _NODES[a], _NODES[b])
        np.minimum(dist, np.where(on, d, F32(np.inf)), out=dist)
    return ramp(width, width * 0.45, dist)


def carve_runes(surf: Surface, ctx: SynthContext, seed: int) -> np.ndarray:
    """Carve glyph lines into `surf` (height, albedo, roughness) and return their 0..1 mask.

    The glyphs come from their own generator (seeded from `seed`), so asking for runes does not
    change the rest of the material. Stylised presets get them bolder.
    """
    rng = np.random.default_rng([seed, 0x52554E45])  # "RUNE"
    work = ctx.size // 2 if ctx.size >= 512 else ctx.size
    strokes = rune_strokes(rng, work)
    if work != ctx.size:
        strokes = ctx.full(strokes)
    groove = smoothstep(0.0, 1.0, strokes)
    relief = float(np.ptp(surf.height)) if np.ndim(surf.height) else 1.0
    surf.height = surf.height - groove * F32(0.6 * max(relief, 1e-3))
    surf.albedo *= F32(1.0) - groove * F32(0.45)
    surf.roughness = surf.roughness + groove * F32(0.1)
    return strokes


def emission_mask(surf: Surface, ctx: SynthContext, pattern: str, seed: int) -> np.ndarray | float:
    """Where the material glows (0..1 field, or 1.0 for an even glow), styled: toon presets get
    hard-edged glow shapes, anime soft ones."""
    if pattern == "runes":
        mask = carve_runes(surf, ctx, seed)
    elif pattern == "family" and surf.emission is not None:
        mask = surf.emission() if callable(surf.emission) else surf.emission
    else:
        return 1.0
    mask = np.clip(mask, 0.0, 1.0)
    if ctx.style.bands:
        soft = 0.5 * ctx.style.band_soft if ctx.style.band_soft > 0 else 0.08
        mask = smoothstep(0.5 - soft, 0.5 + soft, mask)
    return mask


def emissive_map(rgb_linear: np.ndarray, mask: np.ndarray | float, size: int) -> np.ndarray:
    """(size, size, 3) uint8 sRGB emissive texture: the linear colour times the mask."""
    from assetsmith.materials.derive import encode_srgb_u8

    out = np.empty((size, size, 3), dtype=np.uint8)
    for c in range(3):
        channel = np.multiply(mask, F32(rgb_linear[c]), dtype=F32)
        if np.ndim(channel) == 0:
            channel = np.full((size, size), channel, dtype=F32)
        encode_srgb_u8(channel, out=out[..., c])
    return out


def emission_args(material: dict) -> dict:
    """synthesize_material's glow arguments from a spec material (none when it does not glow)."""
    if material.get("emissive") is None:
        return {}
    return {
        "emissive": material["emissive"],
        "emissive_strength": float(material.get("emissive_strength", 1.0)),
        "emissive_pattern": material.get("emissive_pattern", "uniform"),
    }


def with_emission(maps, material: dict):
    """`maps` (MaterialMaps from a texture model, which knows nothing of glow) with an even glow
    map added when the spec material asks for one and the maps have none."""
    from assetsmith.materials.derive import parse_hex_color, srgb_to_linear

    args = emission_args(material)
    if not args or maps.emissive is not None:
        return maps
    rgb = srgb_to_linear(parse_hex_color(args["emissive"])).astype(F32)
    maps.emissive = emissive_map(rgb, 1.0, maps.size)
    maps.emissive_strength = check_strength(args["emissive_strength"])
    return maps


def check_strength(value: object) -> float:
    """The emissive strength as a float in 0..MAX_EMISSIVE_STRENGTH, or ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    if not 0.0 <= float(value) <= MAX_EMISSIVE_STRENGTH:
        raise ValueError(f"{value!r} is outside 0..{MAX_EMISSIVE_STRENGTH:g}")
    return float(value)


__all__ = [
    "EMISSIVE_PATTERNS",
    "MAX_EMISSIVE_STRENGTH",
    "carve_runes",
    "emission_args",
    "emission_mask",
    "emissive_map",
    "with_emission",
    "rune_strokes",
]
