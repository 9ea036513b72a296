"""Perceptual hashes (pHash, dHash), bit-for-bit what `imagehash` computes, without its scipy and
PyWavelets dependencies, and their form as index vectors.

A 64-bit hash becomes a 64-d vector of +-1/8 (unit length). For two such vectors the cosine is
1 - 2 * hamming / 64, a monotone function of the Hamming distance, so the same cosine index that
holds embeddings answers "nearest hashes" exactly. The similarity reported is 1 - hamming / 64.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

HASH_BITS = 64


@lru_cache(maxsize=2)
def _dct_matrix(n: int) -> np.ndarray:
    """Unnormalised DCT-II (scipy.fftpack.dct's default) as a matrix."""
    k = np.arange(n)[:, None]
    return 2.0 * np.cos(np.pi * k * (2 * np.arange(n)[None] + 1) / (2 * n))


def _grey(pixels: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    from PIL import Image

    im = Image.fromarray(np.ascontiguousarray(pixels)).convert("L")
    return np.asarray(im.resize(size, Image.Resampling.LANCZOS), dtype=np.float64)


def phash(pixels: np.ndarray) -> int:
    """pHash of an RGB uint8 image: the signs of the 8x8 lowest DCT terms of a 32x32 grey copy
    against their median, as a 64-bit integer (row-major, first bit most significant)."""
    g = _grey(pixels, (32, 32))
    d = _dct_matrix(32)
    low = (d @ g @ d.T)[:8, :8]
    return _pack(low > np.median(low))


def dhash(pixels: np.ndarray) -> int:
    """dHash: whether each pixel of a 9x8 grey copy is brighter than its left neighbour."""
    g = _grey(pixels, (9, 8))
    return _pack(g[:, 1:] > g[:, :-1])


def _pack(bits: np.ndarray) -> int:
    return int("".join("1" if b else "0" for b in bits.ravel()), 2)


def hash_vector(h: int) -> np.ndarray:
    """The unit +-1/8 vector of a 64-bit hash."""
    bits = np.array([(h >> (HASH_BITS - 1 - i)) & 1 for i in range(HASH_BITS)], dtype=np.float32)
    return (bits * 2 - 1) / np.float32(8.0)


def cosine_to_similarity(cos: float) -> float:
    """1 - hamming/64 from the cosine of two hash vectors."""
    return (1.0 + float(cos)) / 2.0


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()
