"""Decoding untrusted images safely, and the small numpy image helpers the layers share.

Every image an audit or the corpus sees comes through `decode_image`: empty, unreadable,
non-image and decompression-bomb inputs are refused with InvalidInput, and huge ones with TooLarge
(HTTP 413), before any pixel buffer is allocated (the header's size is checked first; Pillow's own
bomb guard stays on as a second line), so nothing malformed ever reaches an index. Images are
decoded reduced to the size the audit needs (`DECODE_SIDE`), never as full-size float arrays.
"""

from __future__ import annotations

import io
import warnings
from functools import lru_cache

import numpy as np

from ..errors import InvalidInput, TooLarge, import_extra

MIN_SIDE = 16  # smaller than this carries too little structure to fingerprint
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".gif", ".tif", ".tiff")


def _pillow():
    return import_extra("PIL.Image", "originality", "Reading images for the originality audit")


# The long side an image is decoded to for an audit or the corpus. Every layer works far below it:
# the descriptor on 128 px (256 px for the corpus's rotated and cropped views, from a copy block-
# averaged to at least twice that), CLIP on 224-336 px, the perceptual hashes on 32 px. Larger
# images are reduced while decoding (JPEG at the DCT, others in strips) by an integer box factor
# that keeps the long side at or above this, so what the layers see is what they saw before.
DECODE_SIDE = 2048
_STRIP_ROWS = 256  # output rows per strip when reducing a fully decoded image


def decode_image(
    data: bytes,
    *,
    name: str = "image",
    max_pixels: int = 64_000_000,
    max_side: int | None = DECODE_SIDE,
) -> np.ndarray:
    """Decode image bytes to an RGB uint8 array (H, W, 3); alpha is composited over mid grey.

    The header's size is checked against `max_pixels` before any pixel is decoded (TooLarge,
    HTTP 413). Images whose long side is over `max_side` come back reduced by an integer box
    factor (at least `max_side` long): JPEG is decoded reduced (`Image.draft`, the DCT scaling),
    other formats are decoded in their own mode (1 to 4 bytes a pixel, never float) and reduced
    in strips, so the peak is about one native-mode copy of the image instead of several
    full-size float arrays. `max_side=None` keeps the full size.

    Raises InvalidInput for empty, non-image, truncated, too small or bomb inputs."""
    if not data:
        raise InvalidInput(f"'{name}' is empty (0 bytes).", "Pass a PNG, JPEG or WebP image file.")
    Image = _pillow()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size  # header only: nothing decoded yet
            check_declared_size(w, h, name=name, max_pixels=max_pixels)
            # Pillow's own bomb guard (its MAX_IMAGE_PIXELS, a warning turned into an error
            # here) stays on as the second line behind the header check above.
            im.seek(0)
            factor = 1 if max_side is None else max(1, max(w, h) // max_side)
            if factor > 1 and im.format == "JPEG":
                # The decoder scales by 1/2, 1/4 or 1/8 at the DCT: never below the requested size.
                im.draft("RGB", (-(-w // factor), -(-h // factor)))
                factor = max(1, max(im.size) // max_side)
            rgba = _reduced_rgba(im, factor)
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(
            f"'{name}' decompresses to more pixels than allowed (a decompression bomb?).",
            "Upload an ordinary image file.",
        ) from None
    except Exception as exc:  # PIL raises many types for garbage input; all mean "not an image"
        raise InvalidInput(
            f"'{name}' is not a readable image ({type(exc).__name__}).",
            "Pass a PNG, JPEG or WebP image file.",
        ) from None
    return over_grey(np.asarray(rgba))


def check_declared_size(w: int, h: int, *, name: str, max_pixels: int) -> None:
    """Refuse an image by the size its header declares: over `max_pixels` is TooLarge (413)."""
    if w * h > max_pixels:
        raise TooLarge(
            f"'{name}' is {w}x{h} = {w * h:,} pixels, over this server's limit of {max_pixels:,} "
            f"pixels (setting originality_max_pixels).",
            "Downscale the image (e.g. to 4096 px on its long side) and try again.",
        )
    if min(w, h) < MIN_SIDE:
        raise InvalidInput(
            f"'{name}' is only {w}x{h} pixels.", f"Use an image at least {MIN_SIDE} px a side."
        )


def _reduced_rgba(im, factor: int):
    """The decoded image as RGBA, box-reduced by `factor`. Reduced strip by strip so that only the
    native-mode decode is ever full size (a P or L image is 1 byte a pixel; RGBA at full size
    would be 4, and the float compositing after it 16 or more)."""
    im.load()
    if factor <= 1:
        return im.convert("RGBA")
    Image = _pillow()
    w, h = im.size
    out = Image.new("RGBA", (-(-w // factor), -(-h // factor)))
    step = _STRIP_ROWS * factor
    for y in range(0, h, step):
        strip = im.crop((0, y, w, min(h, y + step))).convert("RGBA")
        out.paste(strip.reduce(factor), (0, y // factor))
    return out


def over_grey(pixels: np.ndarray) -> np.ndarray:
    """RGB uint8 from RGB/RGBA/grey arrays; alpha composited over grey so cut-outs compare fairly."""
    a = np.asarray(pixels)
    if a.ndim == 2:
        a = np.repeat(a[..., None], 3, axis=2)
    if a.dtype != np.uint8:
        a = np.clip(a, 0, 255).astype(np.uint8)
    if a.shape[2] == 4:
        out = np.empty(a.shape[:2] + (3,), np.uint8)
        for y in range(0, a.shape[0], _STRIP_ROWS):  # in strips: the float temporaries stay small
            part = a[y : y + _STRIP_ROWS]
            alpha = part[..., 3:4].astype(np.float32) / 255.0
            rgb = part[..., :3].astype(np.float32) * alpha + 128.0 * (1.0 - alpha)
            out[y : y + _STRIP_ROWS] = (rgb + 0.5).astype(np.uint8)
        return out
    return np.ascontiguousarray(a[..., :3])


@lru_cache(maxsize=64)
def _resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in): area averaging when shrinking, linear interpolation when growing."""
    m = np.zeros((n_out, n_in), np.float32)
    if n_in >= n_out:
        step = n_in / n_out
        for i in range(n_out):
            a, b = i * step, (i + 1) * step
            for j in range(int(a), min(int(np.ceil(b)), n_in)):
                m[i, j] = min(b, j + 1) - max(a, j)
        return m / m.sum(axis=1, keepdims=True)
    x = np.clip((np.arange(n_out) + 0.5) * n_in / n_out - 0.5, 0, n_in - 1)
    j0 = np.floor(x).astype(int)
    j1 = np.minimum(j0 + 1, n_in - 1)
    f = (x - j0).astype(np.float32)
    m[np.arange(n_out), j0] += 1 - f
    m[np.arange(n_out), j1] += f
    return m


def resize_float(pixels: np.ndarray, size: int) -> np.ndarray:
    """An (H, W, C) image as float32 (C, size, size) in 0..1, deterministic and Pillow-free.

    Large images are first block-averaged by an integer factor (cheap), then resampled by two small
    matrix products, so a 4096 px map costs a few milliseconds."""
    a = np.asarray(pixels)
    h, w = a.shape[:2]
    fh, fw = max(1, h // (2 * size)), max(1, w // (2 * size))
    if (fh > 1 or fw > 1) and a.dtype == np.uint8 and a.shape[2] in (3, 4):
        try:  # Pillow's box reduce is ~10x faster than numpy's strided sums; same result to rounding
            from PIL import Image

            a = np.asarray(Image.fromarray(np.ascontiguousarray(a)).reduce((fw, fh)))
            fh = fw = 1
        except ImportError:
            pass
    if fh > 1 or fw > 1:  # integer block sums in uint16 first: a 4096 px map never becomes float
        h2, w2 = h // fh * fh, w // fw * fw
        acc = np.uint16 if a.dtype == np.uint8 and fh * fw <= 256 else np.float32
        rows = sum((a[i:h2:fh, :w2].astype(acc) for i in range(1, fh)), a[0:h2:fh, :w2].astype(acc))
        a = sum((rows[:, j::fw] for j in range(1, fw)), rows[:, 0::fw]).astype(
            np.float32
        ) / np.float32(fh * fw)
    a = np.moveaxis(a, 2, 0).astype(np.float32) / np.float32(255.0)
    return _resample_matrix(a.shape[1], size) @ a @ _resample_matrix(a.shape[2], size).T


def split_sheet(sheet: np.ndarray, columns: int = 4) -> list[np.ndarray]:
    """The square frames of a turntable sheet (frames tiled left to right, `columns` wide)."""
    h, w = sheet.shape[:2]
    side = w // columns
    if side < MIN_SIDE or h % side:
        return [sheet]
    frames = [
        sheet[r * side : (r + 1) * side, c * side : (c + 1) * side]
        for r in range(h // side)
        for c in range(columns)
    ]
    return [f for f in frames if f.std() > 0.5]  # drop the blank cells of a partial last row
