"""Shared, cached syntheses at 128 px so the whole suite stays fast."""

from __future__ import annotations

from functools import cache

import numpy as np

from assetsmith.materials import MaterialMaps, synthesize_material
from assetsmith.spec.catalog import MATERIAL_FAMILIES, STYLE_PRESETS

FAMILIES = tuple(MATERIAL_FAMILIES)
STYLES = tuple(STYLE_PRESETS)
SIZE = 128


@cache
def synth(
    family: str,
    style: str = "realistic_hd_pbr",
    seed: int = 7,
    wear: float = 0.35,
    base_color: str | None = None,
    size: int = SIZE,
) -> MaterialMaps:
    """synthesize_material with test defaults, memoised (treat the result as read-only)."""
    colour = base_color or MATERIAL_FAMILIES[family]["base_color"]
    return synthesize_material(
        family, base_color=colour, wear=wear, style=style, size=size, seed=seed
    )


def seam_report(img: np.ndarray, axis: int) -> tuple[float, np.ndarray]:
    """Wrap-around seam difference and the interior neighbour differences along `axis`.

    axis=1 compares column W-1 with column 0 (the horizontal repeat); axis=0 compares rows.
    Returns (seam, interior) where interior[i] is the mean |line i+1 - line i|.
    """
    a = img.astype(np.float64)
    if a.ndim == 2:
        a = a[..., None]
    a = np.moveaxis(a, axis, 0)  # lines along the first axis
    interior = np.abs(np.diff(a, axis=0)).mean(axis=tuple(range(1, a.ndim)))
    seam = float(np.abs(a[0] - a[-1]).mean())
    return seam, interior


def seam_is_inconspicuous(img: np.ndarray, axis: int, eps: float = 0.75) -> bool:
    """True when the wrap-around seam looks like any other pair of neighbouring lines.

    The seam difference must stay within 1.5x the typical neighbour difference (plus eps) and
    inside the range of the interior ones (with 25% slack: for a stationary texture the seam is
    just one more sample, and one in W samples is the largest). "Typical" is the larger of the
    whole image's mean and the mean of the four line pairs next to the seam: a vein or joint
    that happens to cross the border raises its neighbours' differences as much as the seam's;
    a broken seam does not.
    """
    seam, interior = seam_report(img, axis)
    local = float(np.concatenate([interior[:2], interior[-2:]]).mean())
    typical = max(float(interior.mean()), local)
    return seam <= 1.5 * typical + eps and seam <= 1.25 * float(interior.max()) + eps
