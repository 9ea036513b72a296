"""synthesize_material: one family, one style, one seed -> every PBR map of a tileable material."""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable

import numpy as np

from assetsmith.errors import InvalidInput, UnknownName
from assetsmith.materials import (
    families_building,
    families_fibre,
    families_metal,
    families_misc,
    families_nature,
    families_organic,
    families_painted,
    families_stone,
    families_wood,
)
from assetsmith.materials._alloc import keep_freed_buffers
from assetsmith.materials.context import Surface, SynthContext
from assetsmith.materials.derive import (
    encode_srgb_u8,
    encode_unit_u8,
    normal_from_height,
    occlusion_from_height,
    parse_hex_color,
    srgb_to_linear,
)
from assetsmith.materials.emission import (
    EMISSIVE_PATTERNS,
    MAX_EMISSIVE_STRENGTH,
    check_strength,
    emission_mask,
    emissive_map,
)
from assetsmith.materials.maps import MaterialMaps
from assetsmith.materials.progress import tick, ticking
from assetsmith.materials.style import STYLES, band_albedo, flatten_roughness

F32 = np.float32

FamilyFn = Callable[[SynthContext], Surface]

_FAMILIES: dict[str, FamilyFn] = {
    **families_wood.FAMILIES,
    **families_metal.FAMILIES,
    **families_stone.FAMILIES,
    **families_organic.FAMILIES,
    **families_misc.FAMILIES,
    **families_nature.FAMILIES,
    **families_fibre.FAMILIES,
    **families_building.FAMILIES,
    **families_painted.FAMILIES,
}

# World size of one texture repeat, metres: geometry divides surface lengths by this for UVs.
FAMILY_TILE_SIZE_M: dict[str, float] = {
    "wood_planks": 1.0,
    "painted_wood": 1.0,
    "end_grain": 0.5,  # one log/lid cross-section per tile
    "bark": 1.0,
    "iron": 0.5,
    "brass": 0.3,
    "rusted_metal": 1.0,
    "rough_stone": 2.0,
    "brick": 1.0,
    "cobblestone": 1.0,
    "marble": 1.0,
    "crystal": 0.25,
    "leather": 0.3,
    "fabric": 0.25,
    "ground_moss": 2.0,
    "ceramic": 0.5,
    "plastic": 0.5,
    "foliage": 0.5,
    "organic": 0.25,
    "soil": 2.0,
    "bone": 0.25,
    "paper": 0.3,
    "straw": 0.5,
    "wicker": 0.25,
    "rope": 0.1,
    "concrete": 2.0,
    "roof_tiles": 1.0,
    "painted_metal": 1.0,
    "metal_panels": 2.0,
}

MIN_SIZE, MAX_SIZE = 64, 4096


def _check_unit(name: str, value: float | None, allow_none: bool) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise InvalidInput(f"{name} must be a number between 0 and 1, got {value!r}.")
    if not 0.0 <= float(value) <= 1.0:
        raise InvalidInput(f"{name} must be between 0 and 1, got {value!r}.")
    return float(value)


def _validate(family, base_color, wear, style, size, seed, roughness, metallic) -> np.ndarray:
    if family not in _FAMILIES:
        raise UnknownName("material family", str(family), _FAMILIES)
    if style not in STYLES:
        raise UnknownName("style", str(style), STYLES)
    try:
        srgb = parse_hex_color(base_color)
    except ValueError:
        raise InvalidInput(
            f"base_color must be a '#RRGGBB' hex colour, got {base_color!r}.",
            "For example '#8a5a32'.",
        ) from None
    if (
        isinstance(size, bool)
        or not isinstance(size, numbers.Integral)
        or not MIN_SIZE <= int(size) <= MAX_SIZE
        or size & (size - 1)
    ):
        raise InvalidInput(
            f"size must be a power of two from {MIN_SIZE} to {MAX_SIZE}, got {size!r}.",
            "Use 512, 1024, 2048 or 4096.",
        )
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise InvalidInput(f"seed must be a non-negative integer, got {seed!r}.")
    _check_unit("wear", wear, allow_none=False)
    _check_unit("roughness", roughness, allow_none=True)
    _check_unit("metallic", metallic, allow_none=True)
    return srgb_to_linear(srgb).astype(F32)


def _validate_emission(emissive, strength, pattern) -> np.ndarray | None:
    """The emissive colour as linear RGB (None when the material does not glow)."""
    if pattern not in EMISSIVE_PATTERNS:
        raise InvalidInput(
            f"Unknown emissive pattern {pattern!r}.", f"Use one of: {', '.join(EMISSIVE_PATTERNS)}."
        )
    try:
        check_strength(strength)
    except ValueError:
        raise InvalidInput(
            f"emissive_strength must be a number from 0 to {MAX_EMISSIVE_STRENGTH:g}, "
            f"got {strength!r}.",
            "1 glows like a lit screen; 5-20 reads as a lamp or a flame.",
        ) from None
    if emissive is None:
        return None
    try:
        srgb = parse_hex_color(emissive)
    except ValueError:
        raise InvalidInput(
            f"emissive must be a '#RRGGBB' hex colour, got {emissive!r}.", "For example '#ffb347'."
        ) from None
    return srgb_to_linear(srgb).astype(F32)


def _with_mean(field: np.ndarray | float, target: float) -> np.ndarray | float:
    """Move a 0..1 field's mean to `target` while staying inside 0..1 and keeping its shape."""
    if not isinstance(field, np.ndarray) or field.ndim == 0:
        return target
    mean = float(field.mean())
    if target >= mean:
        t = 0.0 if mean >= 1.0 else (target - mean) / (1.0 - mean)
        return field + (F32(1.0) - field) * F32(t)
    return field * F32(target / mean) if mean > 0 else np.full_like(field, target)


def synthesize_material(
    family: str,
    *,
    base_color: str,
    wear: float,
    style: str,
    size: int,
    seed: int,
    roughness: float | None = None,
    metallic: float | None = None,
    emissive: str | None = None,
    emissive_strength: float = 1.0,
    emissive_pattern: str = "uniform",
    on_step: Callable[[], None] | None = None,
) -> MaterialMaps:
    """Synthesise a tileable PBR material of one family.

    base_color: '#RRGGBB' (sRGB) that sets the albedo's mean hue and brightness.
    wear: 0..1, from new to battered (scratches, dirt, grime, rust, chipped paint, patina...).
    style: one of STYLE_PRESETS (realistic_hd_pbr, anime_stylized, toon_bold).
    size: power of two, 64..4096. seed: non-negative int; the same arguments give
    byte-identical maps. roughness / metallic: optional 0..1 overrides of the family's mean
    value (the map keeps its variation).
    emissive: '#RRGGBB' glow colour, or None for a material that does not glow; then
    emissive_strength (0..100, a multiplier carried beside the map) and emissive_pattern (see
    EMISSIVE_PATTERNS: uniform, the family's own pattern, or carved glowing runes) apply.
    `on_step()` is called after each full-size field and each derived map, and after each pass
    of the shared helpers (see materials/progress.py): progress reporting, a few hundred calls
    per material, so it must be cheap; it runs on the synthesising thread.

    Every map tiles seamlessly. The albedo is sRGB uint8 (H, W, 3), or (H, W, 4) RGBA for the
    translucent `crystal` family, whose alpha is opacity for alpha blending (glass, liquids).
    Raises InvalidInput for an unknown family, style or emissive pattern, a malformed colour, a
    bad size or seed, wear/roughness/metallic outside 0..1 or a strength outside 0..100.
    """
    base = _validate(family, base_color, wear, style, size, seed, roughness, metallic)
    glow = _validate_emission(emissive, emissive_strength, emissive_pattern)
    keep_freed_buffers()
    params = STYLES[style]
    ctx = SynthContext(
        int(size), np.random.default_rng(int(seed)), params, float(wear), base, on_step
    )
    with ticking(on_step):  # the shared helpers report sub-steps through progress.tick
        surf = _FAMILIES[family](ctx)
        mask = emission_mask(surf, ctx, emissive_pattern, int(seed)) if glow is not None else None
        maps = _finish(surf, ctx, roughness, metallic)
        if glow is not None and mask is not None:  # (mask is made exactly when glow is)
            maps.emissive = emissive_map(glow, mask, ctx.size)
            maps.emissive_strength = float(emissive_strength)
    return maps


STEP_PROBE_SIZE = 64


def synthesis_steps(family: str, **kwargs: object) -> int:
    """How many times `synthesize_material(family, **kwargs)` will call its `on_step`.

    Counted by running the same synthesis at 64 px (a few milliseconds): the families make the
    same fields and helper passes at every size, so the count matches to within a few steps (a
    loop whose length a random draw sets can differ). The materials stage turns it into the
    fraction of a set done (materials/batch.py).
    """
    count = [0]

    def step() -> None:
        count[0] += 1

    args = {k: v for k, v in kwargs.items() if k not in ("size", "on_step")}
    synthesize_material(family, size=STEP_PROBE_SIZE, on_step=step, **args)  # type: ignore[arg-type]
    return count[0]


def _finish(
    surf: Surface, ctx: SynthContext, roughness: float | None, metallic: float | None
) -> MaterialMaps:
    shape = (ctx.size, ctx.size)
    height = np.asarray(surf.height, dtype=F32)
    lo, hi = float(height.min()), float(height.max())
    if hi > lo:
        height = np.subtract(height, F32(lo), dtype=F32)  # a fresh array: callers keep theirs
        height *= F32(1.0 / (hi - lo))
        np.minimum(height, F32(1.0), out=height)  # rounding can overshoot by one ulp
    else:
        height = np.zeros(shape, F32)
    tick()

    albedo = band_albedo(surf.albedo, ctx.style)
    rough = flatten_roughness(surf.roughness, ctx.style)
    metal = surf.metallic
    if roughness is not None:
        rough = _with_mean(np.clip(rough, 0.0, 1.0), roughness)
    if metallic is not None:
        metal = _with_mean(np.clip(metal, 0.0, 1.0), metallic)
    tick()

    depth = surf.depth * ctx.style.bump_scale
    normal = normal_from_height(height, depth)
    ctx.step()
    ao = occlusion_from_height(
        height,
        surf.ao_strength * ctx.style.bump_scale**0.5,
        surf.ao_radius * ctx.size,
        surf.cavity,
    )
    ctx.step()
    orm = np.empty((*shape, 3), dtype=np.uint8)
    encode_unit_u8(ao, shape, out=orm[..., 0])
    encode_unit_u8(rough, shape, out=orm[..., 1])
    encode_unit_u8(metal, shape, out=orm[..., 2])

    channels = 4 if surf.alpha is not None else 3
    albedo_u8 = np.empty((*shape, channels), dtype=np.uint8)
    for c in range(3):
        encode_srgb_u8(albedo[c], out=albedo_u8[..., c])
    if surf.alpha is not None:
        encode_unit_u8(surf.alpha, shape, out=albedo_u8[..., 3])
    return MaterialMaps(albedo=albedo_u8, normal=normal, orm=orm, height=height)
