"""A small, fast, deterministic PNG encoder (8-bit gray, RGB, RGBA).

Every row uses the Up filter (type 2): one vectorised numpy subtraction, and on this project's
maps it compressed about as well as adaptive filtering at a fraction of the cost (per-row
adaptive filtering saved 7% more for 2-4x the time). The first row's "up" neighbour is zero by
definition, so it needs no special case.

The IDAT stream is compressed with libdeflate (the `deflate` package) rather than zlib. On the
barrel's 1024-px maps (15 maps, one core): zlib 1 11.2 MB in 0.41 s; libdeflate 4 9.0 MB in
0.36 s; libdeflate 6 8.6 MB in 0.63 s; zlib 6 8.6 MB in 2.2 s. Level 6 is the default: the maps
are now stored once, so the extra encode time is repaid by writing, hashing and zipping far fewer
bytes (benchmarks/pack_size.py). It releases the GIL, so a thread pool encodes on every core.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

import deflate
import numpy as np

from assetsmith.errors import InvalidInput

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOR_TYPE = {1: 0, 3: 2, 4: 6}  # channels -> PNG colour type (gray, RGB, RGBA)
_SRGB_GAMA = 45455  # 1/2.2 * 100000, the value the PNG spec pairs with sRGB
MAX_LEVEL = 12  # libdeflate's levels: 0 stored, 1 fastest ... 12 smallest
DEFAULT_LEVEL = 6


def _chunk(kind: bytes, payload: bytes | bytearray) -> bytes:
    crc = zlib.crc32(payload, zlib.crc32(kind))
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _as_rows(pixels: np.ndarray) -> tuple[np.ndarray, int]:
    if not isinstance(pixels, np.ndarray) or pixels.dtype != np.uint8:
        raise ValueError("encode_png needs a uint8 numpy array")
    if pixels.ndim == 2:
        channels = 1
    elif pixels.ndim == 3 and pixels.shape[2] in (1, 3, 4):
        channels = pixels.shape[2]
    else:
        raise ValueError(f"encode_png needs (H, W), (H, W, 3) or (H, W, 4), got {pixels.shape}")
    h, w = pixels.shape[:2]
    if h == 0 or w == 0:
        raise ValueError("encode_png needs a non-empty image")
    return pixels.reshape(h, w * channels), channels


def _up_filtered(rows: np.ndarray) -> np.ndarray:
    h, stride = rows.shape
    out = np.empty((h, stride + 1), dtype=np.uint8)
    out[:, 0] = 2
    out[0, 1:] = rows[0]
    np.subtract(
        rows[1:], rows[:-1], out=out[1:, 1:]
    )  # uint8 arithmetic wraps mod 256, as PNG wants
    return out


def encode_png(pixels: np.ndarray, *, srgb: bool = False, level: int = DEFAULT_LEVEL) -> bytes:
    """Encode a uint8 (H, W) gray, (H, W, 3) RGB or (H, W, 4) RGBA array as PNG bytes.

    `srgb=True` marks colour data (albedo) as sRGB; leave it False for linear data (normals, ORM).
    `level` is the libdeflate level, 0 (stored) to 12 (smallest, slowest); 6 is the default.
    The same pixels and arguments always give the same bytes. Raises ValueError on a bad array or
    level.
    """
    if not 0 <= level <= MAX_LEVEL:
        raise ValueError(f"PNG compression level must be 0..{MAX_LEVEL}, got {level}")
    rows, channels = _as_rows(pixels)
    h, w = pixels.shape[:2]
    ihdr = struct.pack(">IIBBBBB", w, h, 8, _COLOR_TYPE[channels], 0, 0, 0)
    idat = deflate.zlib_compress(_up_filtered(rows), level)
    parts = [PNG_SIGNATURE, _chunk(b"IHDR", ihdr)]
    if srgb:
        parts.append(_chunk(b"sRGB", b"\x00"))  # rendering intent: perceptual
        parts.append(_chunk(b"gAMA", struct.pack(">I", _SRGB_GAMA)))
    parts += [_chunk(b"IDAT", idat), _chunk(b"IEND", b"")]
    return b"".join(parts)


def encode_pngs_parallel(
    items: list[tuple[np.ndarray, bool]],
    *,
    level: int = DEFAULT_LEVEL,
    workers: int = 2,
    on_done: Callable[[int], None] | None = None,
) -> list[bytes]:
    """Encode many `(pixels, srgb)` images, in order, on a thread pool.

    libdeflate and the numpy filter release the GIL, so threads give real parallelism here.
    `on_done(i)` is called (from the calling thread, in completion order) as image i finishes:
    the materials stage reports progress per map through it.
    """
    notify = on_done or (lambda i: None)
    if workers <= 1 or len(items) <= 1:
        out = []
        for i, (p, s) in enumerate(items):
            out.append(encode_png(p, srgb=s, level=level))
            notify(i)
        return out
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        futures = {
            pool.submit(encode_png, p, srgb=s, level=level): i for i, (p, s) in enumerate(items)
        }
        for fut in as_completed(futures):
            fut.result()
            notify(futures[fut])
        return [f.result() for f in sorted(futures, key=futures.__getitem__)]


def decode_png_size(data: bytes) -> tuple[int, int]:
    """Return `(width, height)` from a PNG's IHDR; InvalidInput when it is not a PNG."""
    if len(data) < 24 or data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise InvalidInput("Not a PNG image.", "Pass the bytes of a .png file.")
    w, h = struct.unpack(">II", data[16:24])
    return int(w), int(h)
