"""A full PBR material from a model's albedo (and optional height): normal and ORM are derived from
a height field with the materials package's helpers, never drawn by the image model.

The family's procedural material at a small size is the reference for what the model cannot say:
mean roughness and its spread, metallic, and how strong the relief is (the mean normal tilt), so a
model-painted "iron" reads as metal in the engine the way the procedural one does.
"""

from __future__ import annotations

import numpy as np

from assetsmith.materials import MaterialMaps, synthesize_material
from assetsmith.materials.derive import encode_unit_u8, normal_from_height, occlusion_from_height
from assetsmith.materials.noise import blur_wrap
from assetsmith.materials.style import STYLES

F32 = np.float32
_REFERENCE_SIZE = 128
_REC709 = np.array([0.2126, 0.7152, 0.0722], dtype=F32)
# 8-bit sRGB -> linear, exact per code value (the albedo stays in sRGB; only height uses this).
_LINEAR_OF_SRGB = np.where(
    np.arange(256) / 255.0 <= 0.04045,
    np.arange(256) / 255.0 / 12.92,
    ((np.arange(256) / 255.0 + 0.055) / 1.055) ** 2.4,
).astype(F32)


def resize_periodic(img: np.ndarray, size: int) -> np.ndarray:
    """Resample a tileable (H, W[, C]) image to (size, size) with wrap-around bilinear filtering
    (box-filtered first when shrinking by 2x or more, so it does not alias)."""
    a = img.astype(F32)
    while (
        a.shape[0] >= 2 * size
        and a.shape[1] >= 2 * size
        and a.shape[0] % 2 == 0
        and a.shape[1] % 2 == 0
    ):
        a = (a[0::2] + a[1::2]) * F32(0.5)
        a = (a[:, 0::2] + a[:, 1::2]) * F32(0.5)
    for axis in (0, 1):
        n = a.shape[axis]
        if n == size:
            continue
        pos = (np.arange(size, dtype=F32) + F32(0.5)) * F32(n / size) - F32(0.5)
        i0 = np.floor(pos).astype(np.int64)
        t = (pos - i0).astype(F32)
        i0 %= n
        i1 = (i0 + 1) % n
        shape = [1] * a.ndim
        shape[axis] = size
        t = t.reshape(shape)
        a = np.take(a, i0, axis=axis) * (F32(1.0) - t) + np.take(a, i1, axis=axis) * t
    return a


def height_from_albedo(albedo: np.ndarray) -> np.ndarray:
    """A plausible height field from an sRGB uint8 albedo (H, W, 3): linear luminance with its
    broad gradients removed (light falloff is not relief), normalised to 0..1. Dark grooves read
    as low, bright ridges high."""
    lum = _LINEAR_OF_SRGB[albedo[..., :3]] @ _REC709
    size = lum.shape[0]
    detail = lum - blur_wrap(lum, max(1.0, size / 16.0))
    detail = blur_wrap(detail, 0.75) if size >= 64 else detail  # one-texel noise is not relief
    return _unit(detail)


def _unit(field: np.ndarray) -> np.ndarray:
    lo, hi = float(field.min()), float(field.max())
    return (
        ((field - F32(lo)) * F32(1.0 / (hi - lo))).astype(F32)
        if hi > lo
        else np.zeros_like(field, F32)
    )


def _mean_slope(height: np.ndarray) -> float:
    """Mean gradient magnitude of a periodic field, per tile width (as normal_from_height sees it)."""
    size = height.shape[1]
    gx = (np.roll(height, -1, 1) - np.roll(height, 1, 1)) * F32(0.5 * size)
    gy = (np.roll(height, -1, 0) - np.roll(height, 1, 0)) * F32(0.5 * size)
    return float(np.sqrt(gx * gx + gy * gy).mean())


def _tilt(normal_u8: np.ndarray) -> float:
    n = normal_u8.astype(F32) / F32(127.5) - F32(1.0)
    return float((np.hypot(n[..., 0], n[..., 1]) / np.maximum(n[..., 2], F32(1e-3))).mean())


def maps_from_albedo(
    albedo: np.ndarray,
    *,
    family: str,
    style: str,
    size: int,
    seed: int,
    base_color: str = "#808080",
    wear: float = 0.35,
    height: np.ndarray | None = None,
    roughness: float | None = None,
    metallic: float | None = None,
) -> MaterialMaps:
    """MaterialMaps at `size` from an external sRGB albedo (H, W, 3) uint8 and optional height.

    The albedo is resampled periodically and kept as painted (the style is in the prompt).
    Height defaults to one derived from the albedo; normal and occlusion come from
    `materials.derive`; roughness follows the family's mean and spread (crevices rougher),
    metallic the family's mean; `roughness`/`metallic` override the means as in the spec.
    """
    ref = synthesize_material(
        family,
        base_color=base_color,
        wear=wear,
        style=style,
        size=min(size, _REFERENCE_SIZE),
        seed=seed,
        roughness=roughness,
        metallic=metallic,
    )
    params = STYLES[style]
    rgb = np.clip(np.rint(resize_periodic(albedo[..., :3], size)), 0, 255).astype(np.uint8)
    h = _unit(resize_periodic(height, size)) if height is not None else height_from_albedo(rgb)

    slope = _mean_slope(h)
    depth = _tilt(ref.normal) / slope if slope > 1e-6 else 0.0
    normal = normal_from_height(h, depth)
    ao = occlusion_from_height(h, params.bump_scale**0.5, size / 96.0)

    r_ref = ref.roughness.astype(F32) / F32(255.0)
    spread = float(r_ref.std())
    hs = float(h.std())
    rough = F32(r_ref.mean()) + (F32(h.mean()) - h) * F32(spread / hs if hs > 1e-6 else 0.0)
    shape = (size, size)
    orm = np.empty((*shape, 3), dtype=np.uint8)
    orm[..., 0] = encode_unit_u8(ao, shape)
    orm[..., 1] = encode_unit_u8(rough, shape)
    orm[..., 2] = encode_unit_u8(float(ref.metallic.mean()) / 255.0, shape)
    return MaterialMaps(albedo=rgb, normal=normal, orm=orm, height=h)


__all__ = ["height_from_albedo", "maps_from_albedo", "resize_periodic"]
