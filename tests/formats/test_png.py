import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from assetsmith.errors import InvalidInput
from assetsmith.formats.png import decode_png_size, encode_png, encode_pngs_parallel


def chunk_types(data: bytes) -> list[bytes]:
    out, pos = [], 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind, payload = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + n]
        (crc,) = struct.unpack(">I", data[pos + 8 + n : pos + 12 + n])
        assert crc == zlib.crc32(kind + payload)
        out.append(kind)
        pos += 12 + n
    return out


@pytest.mark.parametrize(
    ("shape", "mode"),
    [((7, 13), "L"), ((1, 1), "L"), ((5, 9, 3), "RGB"), ((17, 3, 4), "RGBA"), ((64, 33, 3), "RGB")],
)
def test_pillow_decodes_exact_pixels(shape, mode):
    pixels = np.random.default_rng(1).integers(0, 256, shape, dtype=np.uint8)
    data = encode_png(pixels)
    img = Image.open(io.BytesIO(data))
    assert img.mode == mode
    assert img.size == (shape[1], shape[0])
    assert np.array_equal(np.asarray(img), pixels)
    assert decode_png_size(data) == (shape[1], shape[0])


def test_non_contiguous_input_and_levels():
    base = np.random.default_rng(2).integers(0, 256, (40, 30, 3), dtype=np.uint8)
    view = base[::2, ::3]
    for level in (0, 1, 9):
        assert np.array_equal(
            np.asarray(Image.open(io.BytesIO(encode_png(view, level=level)))), view
        )


def test_srgb_chunk_only_when_asked():
    pixels = np.zeros((4, 4, 3), np.uint8)
    assert chunk_types(encode_png(pixels, srgb=True)) == [
        b"IHDR",
        b"sRGB",
        b"gAMA",
        b"IDAT",
        b"IEND",
    ]
    assert chunk_types(encode_png(pixels, srgb=False)) == [b"IHDR", b"IDAT", b"IEND"]


def test_deterministic_and_parallel_matches_serial():
    rng = np.random.default_rng(3)
    items = [(rng.integers(0, 256, (33, 20, c), dtype=np.uint8), c == 3) for c in (3, 4, 3, 1)]
    serial = [encode_png(p, srgb=s) for p, s in items]
    assert encode_pngs_parallel(items) == serial
    assert encode_pngs_parallel(items, workers=1) == serial
    assert [encode_png(p, srgb=s) for p, s in items] == serial


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((4, 4), np.float32),
        np.zeros((4, 4, 2), np.uint8),
        np.zeros((0, 4), np.uint8),
        [[1, 2]],
    ],
)
def test_bad_arrays_raise_value_error(bad):
    with pytest.raises(ValueError):
        encode_png(bad)


@pytest.mark.parametrize("data", [b"", b"GIF89a" + bytes(30), b"\x89PNG\r\n\x1a\n" + bytes(16)])
def test_decode_png_size_rejects_non_png(data):
    with pytest.raises(InvalidInput):
        decode_png_size(data)
