"""Art-style presets: how much detail a material keeps and how its shading is banded."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assetsmith.materials.derive import luminance
from assetsmith.materials.noise import smoothstep
from assetsmith.materials.progress import tick

F32 = np.float32


@dataclass(frozen=True)
class StyleParams:
    name: str
    freq_cap: float  # soft cap on noise frequency, cycles per tile (0: full detail)
    bump_scale: float  # multiplies the family's normal depth
    roughness_contrast: float  # 1 keeps roughness variation, 0 flattens it to the mean
    bands: int  # luminance bands across the material's own range (0: no banding)
    band_soft: float  # 0: hard steps (toon); up to 0.5: smoothstep ramps (cel gradients)


STYLES: dict[str, StyleParams] = {
    "realistic_hd_pbr": StyleParams("realistic_hd_pbr", 0.0, 1.0, 1.0, 0, 0.0),
    # Two octaves above the structural scale, soft cel ramps between bands.
    "anime_stylized": StyleParams("anime_stylized", 20.0, 0.6, 0.6, 5, 0.3),
    # Only the lowest frequencies, four flat bands.
    "toon_bold": StyleParams("toon_bold", 8.0, 0.35, 0.3, 4, 0.0),
}


def band_albedo(albedo: np.ndarray, style: StyleParams) -> np.ndarray:
    """Quantise the luminance of a planar (3, H, W) image into bands, keeping each texel's chroma.

    The bands split the material's own luminance range (2nd to 98th percentile), so a
    low-contrast material (marble, plastic) gets subtle steps rather than blown-out patches,
    and each band is drawn at its middle luminance. Hard floors give toon's flat fills; a
    smoothstep at each step gives cel gradients.
    """
    if style.bands <= 0:
        return albedo
    lum = luminance(albedo)
    step = max(1, lum.shape[0] // 128)
    lo, hi = (float(q) for q in np.quantile(lum[::step, ::step], [0.02, 0.98]))
    if hi - lo < 1e-4:
        return albedo
    n = style.bands
    x = (lum - F32(lo)) * F32(n / (hi - lo))
    np.clip(x, 0.0, n - 1e-3, out=x)
    level = np.floor(x)
    if style.band_soft > 0:
        level += smoothstep(1.0 - style.band_soft, 1.0, x - level)
    level += F32(0.5)
    level *= F32((hi - lo) / n)
    level += F32(lo)
    lum += F32(1e-6)
    level /= lum
    albedo *= level
    tick()
    return albedo


def flatten_roughness(rough: np.ndarray | float, style: StyleParams) -> np.ndarray | float:
    """Pull roughness toward its mean by the style's contrast factor."""
    if style.roughness_contrast >= 1.0 or not isinstance(rough, np.ndarray) or rough.ndim == 0:
        return rough
    mean = F32(rough.mean())
    return mean + (rough - mean) * F32(style.roughness_contrast)
