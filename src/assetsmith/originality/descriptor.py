"""The default image embedder: a deterministic descriptor that needs no weights.

What it must survive, and how:
- resizing: everything is computed on a fixed 128 px square (area-averaged), so scale is gone;
- recolouring: the colours are whitened per image (their 3x3 covariance), and the structure
  tensor is summed over the whitened channels; together invariant to any affine colour map
  (tints, channel swaps, hue rotation about the grey axis, brightness, contrast, saturation);
- JPEG: features are pooled gradient energies at 1-4 px scales, not pixel values;
- mirroring: the spatial grids are folded (sums and |differences| of mirrored columns) and the
  statistics are mirror-invariant by construction (magnitudes, ring averages);
- rotation up to 15 degrees and crops up to 25%: the grids are coarse (4x4, 6x6) with wide
  Gaussian cells, the statistics are rotation/shift-invariant, and the corpus side also stores
  each image under a few rotations and crops (`AUGMENTATIONS`), so a query needs one vector.

Blocks are each zero-mean / unit-norm and weighted; the whole vector is centred on a fixed
mean (fitted once on generated assets, `_center.py`) so unrelated images spread apart.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from ._center import CENTER, DESCRIPTOR_ID
from .images import resize_float

SIZE = 128
SCALES = (1.0, 2.0, 4.0)
GRIDS = (4, 6)
STATS_WEIGHT = 0.7
HARMONICS_WEIGHT = 0.5
# (angle degrees, crop side fraction, crop x position, crop y position) stored per corpus image.
AUGMENTATIONS = (
    (0.0, 1.0, 0.5, 0.5),
    (-12.0, 1.0, 0.5, 0.5),
    (-6.0, 1.0, 0.5, 0.5),
    (6.0, 1.0, 0.5, 0.5),
    (12.0, 1.0, 0.5, 0.5),
    (0.0, 0.85, 0.0, 0.0),
    (0.0, 0.85, 1.0, 0.0),
    (0.0, 0.85, 0.0, 1.0),
    (0.0, 0.85, 1.0, 1.0),
    (0.0, 0.85, 0.5, 0.5),
)


@lru_cache(maxsize=16)
def _gauss(n: int, sigma: float) -> np.ndarray:
    """(n, n) Gaussian blur matrix with mirrored borders."""
    r = int(math.ceil(3 * sigma))
    k = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    k /= k.sum()
    m = np.zeros((n, n), np.float32)
    for i in range(n):
        for d, w in zip(range(-r, r + 1), k, strict=True):
            j = i + d
            j = -j - 1 if j < 0 else (2 * n - j - 1 if j >= n else j)
            m[i, j] += w
    return m


@lru_cache(maxsize=8)
def _pool(n: int, g: int) -> np.ndarray:
    """(g, n) soft cell weights: wide Gaussians so a shifted edge moves weight gradually."""
    c = (np.arange(g) + 0.5) * n / g
    w = np.exp(-0.5 * ((np.arange(n)[None] + 0.5 - c[:, None]) / (0.6 * n / g)) ** 2)
    return (w / w.sum(axis=1, keepdims=True)).astype(np.float32)


@lru_cache(maxsize=2)
def _spectrum_bands(n: int, bands: int = 8, kmax: int = 3):
    f = np.fft.fftfreq(n)
    fy, fx = np.meshgrid(f, f, indexing="ij")
    lr = np.log(np.maximum(np.hypot(fx, fy), 1e-9))
    edges = np.geomspace(1.5 / n, 0.3, bands + 1)
    centres = np.log(np.sqrt(edges[:-1] * edges[1:]))
    width = np.log(edges[1] / edges[0])
    w = np.maximum(0, 1 - np.abs(lr[None] - centres[:, None, None]) / width).astype(np.float32)
    phi = np.arctan2(fy, fx)
    harm = np.stack([np.exp(2j * k * phi) for k in range(1, kmax + 1)])
    return w, harm


@lru_cache(maxsize=2)
def _lag_rings(n: int) -> np.ndarray:
    """(5, n*n) averaging weights over rings of autocorrelation lags 2..51 px."""
    d = np.fft.fftfreq(n) * n
    r = np.hypot(*np.meshgrid(d, d, indexing="ij")).ravel()
    m = np.stack([((r >= r0) & (r < r0 * 1.6)).astype(np.float32) for r0 in (2, 4, 8, 16, 32)])
    return m / m.sum(axis=1, keepdims=True)


def _unit(v, weight: float = 1.0) -> np.ndarray:
    v = np.asarray(v, np.float64).ravel()
    v = v - v.mean()
    n = np.linalg.norm(v)
    return (v / n if n > 0 else v) * weight


def _fold(g: np.ndarray) -> np.ndarray:
    """Mirror-invariant form of a (G, G) grid: column pairs j, G-1-j as sum and |difference|."""
    half = g.shape[1] // 2
    a, b = g[:, :half], g[:, ::-1][:, :half]
    return np.concatenate([(a + b).ravel(), np.abs(a - b).ravel()])


def _whiten(x: np.ndarray) -> np.ndarray:
    """Decorrelate the three colour channels (eigenvalues floored at 10% of the largest, so a
    nearly grey image does not blow up its chroma noise)."""
    f = x.reshape(3, -1)
    f = f - f.mean(axis=1, keepdims=True)
    w, v = np.linalg.eigh(f @ f.T / f.shape[1])
    w = np.maximum(w, 0.1 * w.max() + 1e-8)
    return ((v @ np.diag(w**-0.5) @ v.T) @ f).reshape(x.shape).astype(np.float32)


def _soft_hist(v: np.ndarray, lo: float, hi: float, bins: int, w: np.ndarray) -> np.ndarray:
    t = (np.clip(v, lo, hi) - lo) / (hi - lo) * (bins - 1)
    i0 = np.floor(t).astype(np.intp)
    f = t - i0
    i1 = np.minimum(i0 + 1, bins - 1)
    return np.bincount(i0.ravel(), (w * (1 - f)).ravel(), bins) + np.bincount(
        i1.ravel(), (w * f).ravel(), bins
    )


def _spectrum(x: np.ndarray) -> list[np.ndarray]:
    n = x.shape[1]
    p = (np.abs(np.fft.fft2(x)) ** 2).sum(axis=0)
    w, harm = _spectrum_bands(n)
    band = np.einsum("byx,yx->b", w, p)
    rot = np.abs(np.einsum("byx,kyx->bk", w * p[None], harm)) / (band[:, None] + 1e-12)
    return [_unit(np.log(band + 1e-12), STATS_WEIGHT), _unit(rot, STATS_WEIGHT * HARMONICS_WEIGHT)]


def _scale_blocks(x: np.ndarray, sigma: float) -> list[np.ndarray]:
    n = x.shape[1]
    b = _gauss(n, sigma)
    lum = b @ x @ b.T
    gy, gx = np.gradient(lum, axis=(1, 2))
    t = np.stack([(gx * gx).sum(0), (gy * gy).sum(0), (gx * gy).sum(0)])
    r = _gauss(n, 2 * sigma)
    jxx, jyy, jxy = r @ t @ r.T
    energy = jxx + jyy + 1e-12
    z = ((jxx - jyy) + 2j * jxy) / energy
    aniso = np.abs(z)
    energy = energy / energy.mean()
    out = []
    for g in GRIDS:
        p = _pool(n, g)
        out.append(_unit(_fold(np.sqrt(p @ energy @ p.T))))
        out.append(_unit(_fold(np.sqrt(p @ aniso @ p.T))))
    weight = energy / energy.sum()
    out.append(_unit(_soft_hist(aniso, 0.0, 1.0, 8, weight), STATS_WEIGHT))
    zf = np.fft.fft2(z * np.sqrt(weight))
    ac = np.abs(np.fft.ifft2(np.abs(zf) ** 2))
    ac /= ac[0, 0] + 1e-12
    out.append(_unit(_lag_rings(n) @ ac.ravel().astype(np.float32), STATS_WEIGHT))
    return out


def describe_float(x: np.ndarray) -> np.ndarray:
    """The descriptor of a (3, SIZE, SIZE) float image in 0..1 (unit float32 vector)."""
    x = _whiten(x)
    blocks = _spectrum(x)
    for s in SCALES:
        blocks.extend(_scale_blocks(x, s))
    v = np.concatenate(blocks) - CENTER
    return (v / (np.linalg.norm(v) + 1e-12)).astype(np.float32)


def describe(pixels: np.ndarray) -> np.ndarray:
    """The descriptor of an RGB uint8 image (H, W, 3): one unit vector of DIM floats."""
    return describe_float(resize_float(pixels, SIZE))


def _warp(x: np.ndarray, angle: float, side: float, fx: float, fy: float) -> np.ndarray:
    """Rotate (keeping the largest upright square inside, as photo editors do) or crop a
    (3, 2*SIZE, 2*SIZE) image, resampled bilinearly to (3, SIZE, SIZE)."""
    n_in = x.shape[1]
    t = math.radians(abs(angle))
    k = side / (math.cos(t) + math.sin(t))
    u = (np.arange(SIZE) + 0.5) / SIZE - 0.5
    vv, uu = np.meshgrid(u * k, u * k, indexing="ij")
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx = 0.5 + (fx - 0.5) * (1 - side)
    cy = 0.5 + (fy - 0.5) * (1 - side)
    sx = (cx + ca * uu - sa * vv) * n_in - 0.5
    sy = (cy + sa * uu + ca * vv) * n_in - 0.5
    x0 = np.clip(np.floor(sx).astype(np.intp), 0, n_in - 2)
    y0 = np.clip(np.floor(sy).astype(np.intp), 0, n_in - 2)
    ax = np.clip(sx - x0, 0, 1).astype(np.float32)
    ay = np.clip(sy - y0, 0, 1).astype(np.float32)
    top = x[:, y0, x0] * (1 - ax) + x[:, y0, x0 + 1] * ax
    bottom = x[:, y0 + 1, x0] * (1 - ax) + x[:, y0 + 1, x0 + 1] * ax
    return top * (1 - ay) + bottom * ay


def describe_augmented(pixels: np.ndarray) -> np.ndarray:
    """(len(AUGMENTATIONS), DIM): the image as stored in the corpus, under each augmentation;
    row 0 is exactly `describe(pixels)`."""
    big = resize_float(pixels, 2 * SIZE)
    rows = [describe(pixels)]
    rows += [describe_float(_warp(big, *aug)) for aug in AUGMENTATIONS[1:]]
    return np.stack(rows)


DIM = 8 + 24 + len(SCALES) * (sum(2 * (g * (g // 2) * 2) for g in GRIDS) + 8 + 5)

__all__ = [
    "AUGMENTATIONS",
    "DESCRIPTOR_ID",
    "DIM",
    "describe",
    "describe_augmented",
    "describe_float",
]
