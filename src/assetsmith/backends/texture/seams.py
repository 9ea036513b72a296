"""Seam check and repair for generated textures.

The statistic is the one the tests use for procedural maps: the mean absolute difference across
the wrap-around edges (last column vs first, last row vs first) over the mean difference between
neighbouring interior pixels. A texture that tiles scores about 1; a visible seam scores well above.
"""

from __future__ import annotations

import numpy as np

F32 = np.float32
SEAM_LIMIT = 1.6


def seam_stats(img: np.ndarray) -> tuple[float, float]:
    """(wrap-around edge difference, interior mean neighbour difference), both summed over x and y."""
    a = img.astype(F32)
    interior = np.abs(np.diff(a, axis=1)).mean() + np.abs(np.diff(a, axis=0)).mean()
    seam = np.abs(a[:, 0] - a[:, -1]).mean() + np.abs(a[0, :] - a[-1, :]).mean()
    return float(seam), float(interior)


def seam_ratio(img: np.ndarray) -> float:
    """Wrap-around edge difference over the interior's mean neighbour difference."""
    seam, interior = seam_stats(img)
    return seam / max(interior, 1e-3)


def tiles(img: np.ndarray, limit: float = SEAM_LIMIT) -> bool:
    """The seam check: the ratio is under `limit`, or the seam exceeds the interior by less than
    one 8-bit code value (a very smooth image has a tiny interior, and rounding alone would
    otherwise fail it)."""
    seam, interior = seam_stats(img)
    slack = 1.0 if np.issubdtype(img.dtype, np.integer) else 1.0 / 255.0
    return seam <= limit * interior or seam - interior <= slack


def _ramp(n: int) -> np.ndarray:
    """1 in the middle, 0 at both ends: the weight of the unshifted image along one axis."""
    x = (np.arange(n, dtype=F32) + F32(0.5)) / F32(n)
    return (F32(1.0) - np.abs(x * F32(2.0) - F32(1.0))).astype(F32)


def offset_blend(img: np.ndarray) -> np.ndarray:
    """Make an image tile by the offset-and-blend method, one axis at a time.

    Along x the image is cross-faded with a copy rolled by half its width: at the borders only
    the rolled copy shows (its wrap-around is the original's contiguous middle), in the middle
    only the original (where the rolled copy has its seam). Rolling and blending along y keeps
    every row periodic in x, so the second pass does not undo the first.
    """
    a = img.astype(F32)
    h, w = a.shape[:2]
    wx = _ramp(w).reshape(1, w, *([1] * (a.ndim - 2)))
    a = a * wx + np.roll(a, w // 2, axis=1) * (F32(1.0) - wx)
    wy = _ramp(h).reshape(h, 1, *([1] * (a.ndim - 2)))
    a = a * wy + np.roll(a, h // 2, axis=0) * (F32(1.0) - wy)
    if np.issubdtype(img.dtype, np.integer):
        info = np.iinfo(img.dtype)
        return np.clip(np.rint(a), info.min, info.max).astype(img.dtype)
    return a.astype(img.dtype)


def ensure_seamless(img: np.ndarray, limit: float = SEAM_LIMIT) -> tuple[np.ndarray, dict]:
    """(image, report): the image unchanged when it tiles, else repaired by offset-and-blend.

    The report says {"seam_ratio", "repaired", "seam_ratio_after", "ok"}; `ok` False means even
    the repaired image failed the check and the caller should fall back.
    """
    before = seam_ratio(img)
    if tiles(img, limit):
        return img, {"seam_ratio": round(before, 3), "repaired": False, "ok": True}
    fixed = offset_blend(img)
    return fixed, {
        "seam_ratio": round(before, 3),
        "repaired": True,
        "seam_ratio_after": round(seam_ratio(fixed), 3),
        "ok": tiles(fixed, limit),
    }
