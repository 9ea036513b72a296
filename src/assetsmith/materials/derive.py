"""Maps derived from a height field, and colour encoding.

Normal-map convention (OpenGL / glTF): +X (red) points toward increasing U, i.e. to the right of
the image; +Y (green) points toward the TOP of the image (decreasing row index: glTF's v grows
downward, so this is decreasing v); +Z (blue) points out of the surface. A bump therefore shows
green > 128 on its upper side (rows above its peak) and red > 128 on its right side. The
DirectX/Unreal convention flips green (`packing.normal_directx`).
"""

from __future__ import annotations

import re

import numpy as np

from assetsmith.materials.noise import blur_wrap, downsample_box, upsample_wrap
from assetsmith.materials.progress import tick

F32 = np.float32
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def parse_hex_color(text: str) -> np.ndarray:
    """'#RRGGBB' -> sRGB floats (3,) in 0..1; raises ValueError for anything else."""
    m = _HEX.match(text.strip()) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"not a #RRGGBB colour: {text!r}")
    h = m.group(1)
    return np.array([int(h[i : i + 2], 16) / 255.0 for i in (0, 2, 4)], dtype=np.float64)


def srgb_to_linear(c: np.ndarray) -> np.ndarray:
    """sRGB transfer function, inverse (exact formula; for colour constants, not images)."""
    c = np.asarray(c, dtype=np.float64)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(c: np.ndarray) -> np.ndarray:
    """sRGB transfer function (exact formula; for colour constants, not images)."""
    c = np.clip(np.asarray(c, dtype=np.float64), 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055)


_LUT_N = 4096
# Linear->sRGB through a 12-bit lookup table: a power per pixel costs several times more, and
# 4096 linear steps are finer than one 8-bit sRGB step everywhere (12.92 * 255 / 4095 < 1).
_SRGB_LUT = np.round(linear_to_srgb(np.arange(_LUT_N) / (_LUT_N - 1)) * 255).astype(np.uint8)


def encode_srgb_u8(linear: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Linear float image -> sRGB-encoded uint8 of the same shape (written into `out` if given).

    Values are expected >= 0 (families produce non-negative colours); anything above 1 clamps
    to white through the padded table.
    """
    idx = linear * F32(_LUT_N - 1)
    idx += F32(0.5)
    np.clip(idx, 0.0, _LUT_N - 1, out=idx)
    codes = _SRGB_LUT.take(idx.astype(np.uint16))
    tick()
    if out is None:
        return codes
    out[...] = codes
    return out


def encode_unit_u8(
    x: np.ndarray | float, shape: tuple[int, int], out: np.ndarray | None = None
) -> np.ndarray:
    """Linear data in 0..1 (array or scalar) -> uint8 of `shape`, rounded (into `out` if given)."""
    if out is None:
        out = np.empty(shape, dtype=np.uint8)
    if np.isscalar(x) or np.ndim(x) == 0:
        out[...] = int(round(float(np.clip(x, 0.0, 1.0)) * 255))
        return out
    v = np.asarray(x) * F32(255.0)
    v += F32(0.5)
    np.clip(v, 0.0, 255.0, out=v)
    out[...] = v  # the cast truncates, and +0.5 made that a rounding
    tick()
    return out


def _central_diff(h: np.ndarray, axis: int) -> np.ndarray:
    """h[i+1] - h[i-1] along `axis` with wrap-around (slices, not np.roll: fewer copies)."""
    d = np.empty_like(h)
    if axis == 1:
        np.subtract(h[:, 2:], h[:, :-2], out=d[:, 1:-1])
        d[:, 0] = h[:, 1] - h[:, -1]
        d[:, -1] = h[:, 0] - h[:, -2]
    else:
        np.subtract(h[2:], h[:-2], out=d[1:-1])
        d[0] = h[1] - h[-1]
        d[-1] = h[0] - h[-2]
    return d


def normal_from_height(height: np.ndarray, depth: float) -> np.ndarray:
    """Tangent-space normal map (H, W, 3) uint8, OpenGL convention, from a periodic height field.

    `depth` is the relief of one height unit in tile units (texture widths), so the look does not
    change with resolution: slope = depth * dh/du with u in tiles.
    """
    size = height.shape[1]
    k = F32(0.5 * depth * size)
    gx = _central_diff(height, 1)
    gx *= -k
    gy = _central_diff(height, 0)  # rows grow downward, +Y is up: the sign flips twice
    gy *= k
    tick()
    inv = gx * gx
    inv += gy * gy
    inv += F32(1.0)
    np.sqrt(inv, out=inv)
    np.divide(F32(127.5), inv, out=inv)
    out = np.empty((*height.shape, 3), dtype=np.uint8)
    gx *= inv
    gx += F32(128.0)
    out[..., 0] = gx
    gy *= inv
    gy += F32(128.0)
    out[..., 1] = gy
    inv += F32(128.0)
    out[..., 2] = inv
    return out


def occlusion_from_height(
    height: np.ndarray, strength: float, radius: float, cavity: np.ndarray | None = None
) -> np.ndarray:
    """Ambient occlusion (H, W) float32 in 0..1 from how far each texel lies below its surround.

    Occlusion is soft by nature, so it is computed at half resolution (from 512 px up) and
    interpolated back; `cavity` multiplies in family-specific occlusion (mortar, plank gaps).
    """
    size = height.shape[0]
    factor = 2 if size >= 512 else 1
    h = downsample_box(height, factor)
    r = radius / factor
    wide = blur_wrap(h, r)
    tick()
    tight = blur_wrap(h, max(0.75, r * 0.25))
    tick()
    wide -= h
    tight -= h
    np.maximum(wide, 0.0, out=wide)
    np.maximum(tight, 0.0, out=tight)
    wide *= F32(-strength * 2.5)
    tight *= F32(strength * 4.0)
    wide -= tight
    wide += F32(1.0)
    if factor > 1:
        wide = np.roll(upsample_wrap(wide, size, size), (factor // 2, factor // 2), (0, 1))
    if cavity is not None:
        wide *= cavity
    return np.clip(wide, 0.0, 1.0, out=wide)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """Rec.709 luminance of a planar (3, H, W) linear RGB image."""
    out = rgb[0] * F32(0.2126)
    out += rgb[1] * F32(0.7152)
    out += rgb[2] * F32(0.0722)
    return out
