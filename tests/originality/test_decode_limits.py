"""Issue 13 item 2: an image costs what the audit needs, not what its header says. Over the pixel
limit is refused from the header (TooLarge, HTTP 413, the limit and its setting named); within it,
large images come back reduced (JPEG at the DCT, others strip by strip) to at least DECODE_SIDE on
their long side, the same pixels as a full decode box-reduced by the same factor."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PIL import Image

from assetsmith import errors
from assetsmith.cli.main import main
from assetsmith.originality import descriptor, images
from assetsmith.originality.images import decode_image, over_grey


def _blocks(w: int, h: int, mode: str = "RGBA", seed: int = 3) -> Image.Image:
    """Flat random blocks with a smooth ramp: structure to describe, yet small on the wire."""
    rng = np.random.default_rng(seed)
    small = Image.fromarray(rng.integers(0, 255, (24, 24, 4), dtype=np.uint8), "RGBA")
    im = small.resize(
        (w, h), Image.Resampling.BILINEAR if w * h < 20_000_000 else Image.Resampling.NEAREST
    )
    return im.convert(mode)


def _encode(im: Image.Image, fmt: str = "PNG", **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def _header_only_png(w: int, h: int) -> bytes:
    """A PNG whose header declares w x h (the decoder is never reached: only the size matters)."""
    data = _encode(Image.new("L", (16, 16)))
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        data[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]
    )


def test_large_png_is_decoded_reduced_to_the_same_pixels_as_a_full_decode():
    im = _blocks(4200, 4100)
    data = _encode(im)
    px = decode_image(data, name="big.png")
    assert px.shape == (2050, 2100, 3)  # factor 4200 // 2048 = 2, rounded up
    full = Image.open(io.BytesIO(data)).convert("RGBA").reduce(2)
    assert np.array_equal(px, over_grey(np.asarray(full)))
    assert decode_image(data, max_side=None).shape == (4100, 4200, 3)  # full size when asked


def test_palette_png_with_transparency_reduces_like_its_rgba_form():
    im = _blocks(4300, 2200, "RGB").quantize(32)
    im.info["transparency"] = 0
    data = _encode(im, transparency=0)
    px = decode_image(data, name="p.png")
    assert max(px.shape[:2]) >= images.DECODE_SIDE and px.shape[1] == 2150
    full = Image.open(io.BytesIO(data)).convert("RGBA").reduce(2)
    assert np.array_equal(px, over_grey(np.asarray(full)))


def test_large_jpeg_is_decoded_at_a_reduced_dct_scale():
    data = _encode(_blocks(6000, 4200, "RGB"), "JPEG", quality=90)
    px = decode_image(data, name="big.jpg")
    assert images.DECODE_SIDE <= max(px.shape[:2]) < 6000 and px.shape[:2] == (2100, 3000)


def test_reduced_decode_leaves_the_descriptor_where_it_was():
    data = _encode(_blocks(4096, 4096, "RGB"))
    reduced = descriptor.describe(decode_image(data))
    full = descriptor.describe(decode_image(data, max_side=None))
    assert float(reduced @ full) > 0.999


def test_over_the_limit_is_refused_from_the_header_as_too_large():
    data = _header_only_png(8001, 8000)
    assert len(data) < 200
    with pytest.raises(errors.TooLarge) as exc:
        decode_image(data, name="huge.png", max_pixels=64_000_000)
    err = exc.value
    assert err.http_status == 413 and err.exit_code == 2 and err.code == "too_large"
    assert (
        "8001x8000" in err.message
        and "64,000,000" in err.message
        and "originality_max_pixels" in err.message
    )


def test_small_images_are_untouched():
    im = _blocks(600, 400, "RGB")
    assert np.array_equal(decode_image(_encode(im)), np.asarray(im))


@pytest.mark.slow
def test_cli_audit_and_corpus_add_name_the_limit(tmp_path, capsys):
    big = tmp_path / "huge.png"
    big.write_bytes(_header_only_png(9000, 9000))
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(tmp_path / "data"), "audit", str(big)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "64,000,000 pixels" in err and "originality_max_pixels" in err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "corpus", "add", str(big)])
    err = capsys.readouterr().err
    assert "64,000,000 pixels" in err


@pytest.mark.slow
def test_peak_memory_of_the_largest_allowed_png_stays_small(tmp_path):
    """The issue's image: 7999x8000, just under the 64,000,000-pixel limit. main decoded it to
    full-size RGBA and composited it in float32: ~2.5 GB over the baseline; now one native-mode
    copy plus strips. The full figures are benchmarks/audit_memory.py's."""
    path = tmp_path / "big.png"
    path.write_bytes(_encode(_blocks(7999, 8000, "RGBA")))
    code = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from assetsmith.originality.images import decode_image
        from assetsmith.originality import descriptor

        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024

        data = Path({str(path)!r}).read_bytes()
        open("/proc/self/clear_refs", "w").write("5")  # peak RSS := RSS now (ru_maxrss keeps the parent's)
        before = status("VmRSS")
        px = decode_image(data, name="big.png")
        descriptor.describe(px)
        print(json.dumps({{"mb": status("VmHWM") - before, "shape": list(px.shape)}}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout)
    assert got["mb"] < 600, got  # here ~250-360 MB
    assert got["shape"] == [2667, 2667, 3]  # reduced by 8000 // 2048 = 3
