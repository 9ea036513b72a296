"""Periodic (tileable) noise and field helpers, numpy only, float32 throughout.

Everything here is periodic over the image by construction: spectral noise lives on the integer
frequency lattice of the tile, cellular noise uses a wrapped feature grid, resampling and blurs
wrap around. Frequencies are in cycles per tile, so a field looks the same at every image size
(larger images only add detail that smaller ones cannot hold).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from assetsmith.materials.progress import minor_tick, tick

F32 = np.float32


def pow2_at_least(x: float) -> int:
    """The smallest power of two >= x (and >= 1)."""
    return 1 << max(0, math.ceil(math.log2(max(x, 1.0))))


_RAND_SCALE = 32768.0  # spectra are drawn as int16 pairs (see spectral_noise)


@lru_cache(maxsize=256)
def _spectral_filter(
    hy: int, hx: int, beta: float, fmin: float, fmax: float, sx: float, sy: float
) -> np.ndarray:
    """Amplitude per rfft2 bin, pre-scaled so the synthesised field has unit variance."""
    ky = (np.fft.fftfreq(hy) * hy).astype(np.float64)[:, None]
    kx = np.arange(hx // 2 + 1, dtype=np.float64)[None, :]
    f2 = (kx * sx) ** 2 + (ky * sy) ** 2
    amp = (f2 + fmin * fmin) ** (-beta / 4.0)
    if fmax > 0:
        amp *= np.exp(-f2 / (fmax * fmax))
    amp[0, 0] = 0.0
    # Parseval over the Hermitian-completed spectrum: interior columns count twice.
    power = amp * amp
    total = 2.0 * power.sum() - power[:, 0].sum()
    if hx % 2 == 0 and hx > 1:
        total -= power[:, -1].sum()
    e_c2 = 2.0 * _RAND_SCALE**2 / 3.0  # E|c|^2 for uniform int16 real and imaginary parts
    std = np.sqrt(total * e_c2) / (hy * hx)
    if std > 0:
        amp /= std
    out = amp.astype(F32)
    out.flags.writeable = False
    return out


@lru_cache(maxsize=256)
def band_energy(beta: float, fmin: float, fmax: float, cap: float, nyquist: float) -> float:
    """Fraction of a power-law spectrum's amplitude (std) that survives a soft cap at `cap`.

    Stylised looks drop fine detail by capping frequencies; the field keeps the amplitude its low
    frequencies had in the full spectrum instead of being re-normalised, so toon detail fades out
    rather than becoming low-frequency noise of full strength.
    """
    f = np.linspace(0.0, nyquist, 2048)
    p = (f * f + fmin * fmin) ** (-beta / 2.0) * f
    if fmax > 0:
        p = p * np.exp(-2.0 * f * f / (fmax * fmax))
    full = float(p.sum())
    kept = float((p * np.exp(-2.0 * f * f / (cap * cap))).sum())
    return math.sqrt(kept / full) if full > 0 else 0.0


def spectral_noise(
    rng: np.random.Generator,
    size: int,
    *,
    beta: float = 2.0,
    fmin: float = 1.0,
    fmax: float = 0.0,
    stretch: tuple[float, float] = (1.0, 1.0),
) -> np.ndarray:
    """Tileable Gaussian-like noise with a power-law spectrum, zero mean and unit std.

    beta: spectral slope (power ~ f^-beta; 2 is cloudy, 3-4 smooth, 1 grainy).
    fmin: frequency (cycles/tile) below which the spectrum flattens: the largest feature size.
    fmax: soft upper cut-off (Gaussian taper); 0 keeps everything up to the image's Nyquist.
    stretch: (sx, sy) elongation of features along U (x) and V (y); (1, 20) gives vertical streaks.

    A band-limited field is synthesised at the smallest power-of-two resolution that holds it
    (per axis) and upsampled periodically (bilinear for 2x, B-spline subdivision beyond), which
    is what keeps smooth and anisotropic fields cheap at 1024 px and above.
    """
    sx, sy = stretch
    if fmax > 0:
        hx = min(size, max(8, pow2_at_least(4.0 * fmax / sx)))
        hy = min(size, max(8, pow2_at_least(4.0 * fmax / sy)))
    else:
        hx = hy = size
    amp = _spectral_filter(hy, hx, float(beta), float(fmin), float(fmax), float(sx), float(sy))
    # Uniform int16 pairs straight from the bit generator: half the cost of rng.random, and the
    # filter (not the distribution) shapes the field.
    n = hy * (hx // 2 + 1)
    raw = rng.bit_generator.random_raw((n + 1) // 2).view(np.int16)[: 2 * n]
    spec = raw.astype(F32).view(np.complex64).reshape(hy, hx // 2 + 1)
    spec *= amp
    tick()
    field = np.fft.irfft2(spec, s=(hy, hx)).astype(F32, copy=False)
    tick()  # the inverse FFT is the costly half; the caller's step marks the upsampled field
    if (hy, hx) != (size, size):
        # Large factors go through B-spline subdivision: bilinear kinks every f texels would
        # print a grid into normal maps derived from the field.
        big = max(size // hy, size // hx) >= 4
        field = upsample_smooth(field, size, size) if big else upsample_wrap(field, size, size)
    return field


def line_index(size: int, direction: tuple[int, int]) -> np.ndarray:
    """(size, size) int32 positions c*i + d*j (mod size) along a 1-D profile (see `line_noise`);
    one index serves every profile of the same direction."""
    c, d = direction
    i = np.arange(size, dtype=np.int32)
    index = (i[:, None] * np.int32(c)) + (i[None, :] * np.int32(d))
    index &= np.int32(size - 1)
    return index


def line_profile(
    rng: np.random.Generator,
    size: int,
    direction: tuple[int, int],
    *,
    beta: float = 1.0,
    fmin: float = 1.0,
    fmax: float = 0.0,
) -> np.ndarray:
    """The 1-D noise profile `line_noise` reads: `size` samples, unit std, zero mean."""
    norm = math.hypot(*direction) or 1.0
    # The profile repeats `size` samples apart; one tile across the lines holds `norm` repeats.
    f = np.arange(size // 2 + 1, dtype=np.float64) * norm
    amp = (f * f + fmin * fmin) ** (-beta / 4.0)
    if fmax > 0:
        amp *= np.exp(-f * f / (fmax * fmax))
    amp[0] = 0.0
    spec = (rng.standard_normal(f.size) + 1j * rng.standard_normal(f.size)) * amp
    profile = np.fft.irfft(spec, n=size)
    std = profile.std()
    return (profile / std if std > 0 else profile).astype(F32)


def line_noise(
    rng: np.random.Generator,
    size: int,
    direction: tuple[int, int],
    *,
    beta: float = 1.0,
    fmin: float = 1.0,
    fmax: float = 0.0,
) -> np.ndarray:
    """Tileable noise that is constant along straight parallel lines (strands, fibres, streaks).

    direction (c, d): the field at row i, column j is a 1-D noise profile read at c*i + d*j, so
    the lines run perpendicular to (c, d) (0, 1 gives vertical lines; 1, 6 leans them a
    little); integers keep the tile periodic. fmin / fmax / beta shape the profile as in
    `spectral_noise`, in cycles per tile across the lines. Unit std, zero mean.
    """
    profile = line_profile(rng, size, direction, beta=beta, fmin=fmin, fmax=fmax)
    return profile.take(line_index(size, direction))


def white_noise(rng: np.random.Generator, size: int) -> np.ndarray:
    """Unit-std white noise with one [1, 2, 1] blur per axis (wrap-around), float32."""
    raw = rng.bit_generator.random_raw(size * size // 4).view(np.int16)
    x = raw.astype(F32).reshape(size, size)
    y = x * F32(2.0)
    y[:, 1:] += x[:, :-1]
    y[:, 0] += x[:, -1]
    y[:, :-1] += x[:, 1:]
    y[:, -1] += x[:, 0]
    z = y * F32(2.0)
    z[1:] += y[:-1]
    z[0] += y[-1]
    z[:-1] += y[1:]
    z[-1] += y[0]
    # Uniform int16 has std 32768/sqrt(3); each [1,2,1] pass scales std by sqrt(6)/4 (and x4).
    z *= F32(1.0 / (_RAND_SCALE / np.sqrt(3.0) * 6.0))
    return z


def _upsample_axis(a: np.ndarray, factor: int, axis: int) -> np.ndarray:
    if factor == 1:
        return a
    t = np.arange(factor, dtype=F32) / F32(factor)
    diff = np.roll(a, -1, axis=axis) - a
    if axis == 0:
        out = a[:, None, :] + diff[:, None, :] * t[None, :, None]
        return out.reshape(a.shape[0] * factor, a.shape[1])
    if factor >= 8:
        out = a[:, :, None] + diff[:, :, None] * t[None, None, :]
        return out.reshape(a.shape[0], a.shape[1] * factor)
    # Small factors: a broadcast over a short last axis is slow in numpy; strided writes are not.
    out = np.empty((a.shape[0], a.shape[1] * factor), dtype=F32)
    for k in range(factor):
        view = out[:, k::factor]
        np.multiply(diff, t[k], out=view)
        view += a
    return out


def _half_step(a: np.ndarray, axis: int) -> np.ndarray:
    """a + (next - a) / 2 along `axis`, wrapping: the arithmetic of `_upsample_axis` at t = 1/2."""
    d = np.roll(a, -1, axis=axis)
    d -= a
    d *= F32(0.5)
    d += a
    return d


def _upsample2(a: np.ndarray) -> np.ndarray:
    """2x periodic bilinear upsampling, bit-identical to the general path and about 2.5x faster
    (the even samples are copied, only the odd ones are interpolated)."""
    a = a.astype(F32, copy=False)
    h, w = a.shape
    rows = np.empty((2 * h, w), F32)
    rows[0::2] = a
    rows[1::2] = _half_step(a, 0)
    out = np.empty((2 * h, 2 * w), F32)
    out[:, 0::2] = rows
    out[:, 1::2] = _half_step(rows, 1)
    minor_tick()
    return out


def upsample_wrap(a: np.ndarray, height: int, width: int) -> np.ndarray:
    """Periodic bilinear upsampling by integer factors (sample i of `a` lands on pixel i*f).

    The half-texel shift this grid alignment implies is irrelevant for noise; callers that
    align the result with full-resolution structure compensate (see `blur_wrap`).
    """
    fy, fx = height // a.shape[0], width // a.shape[1]
    if fy * a.shape[0] != height or fx * a.shape[1] != width:
        raise ValueError("upsample_wrap needs integer factors")
    if fy == fx == 2:
        return _upsample2(a)
    if fx >= 8 and fy > 1:
        # Large factors: widen through the transpose while the array is still short (rows
        # are numpy's fast axis to interpolate along); only the last pass is full-size.
        wide = np.ascontiguousarray(_upsample_axis(np.ascontiguousarray(a.T), fx, 0).T)
        minor_tick()
        out = _upsample_axis(wide, fy, 0)
    else:
        rows = _upsample_axis(a, fy, 0)
        minor_tick()
        out = _upsample_axis(rows, fx, 1)
    minor_tick()
    return out


def _subdivide_rows(a: np.ndarray) -> np.ndarray:
    """Double the rows with the quadratic B-spline (Chaikin) rule, wrapping around:
    out[2i] = a[i] - (a[i] - a[i-1]) / 4 and out[2i+1] = a[i] + (a[i+1] - a[i]) / 4."""
    d = np.empty_like(a)
    np.subtract(a[1:], a[:-1], out=d[1:])
    np.subtract(a[0], a[-1], out=d[0])
    d *= F32(0.25)
    out = np.empty((2 * a.shape[0], a.shape[1]), dtype=F32)
    np.subtract(a, d, out=out[0::2])
    np.add(a[:-1], d[1:], out=out[1:-1:2])
    np.add(a[-1], d[0], out=out[-1])
    minor_tick()
    return out


def upsample_smooth(a: np.ndarray, height: int, width: int) -> np.ndarray:
    """Periodic upsampling by powers of two with quadratic B-spline subdivision.

    Bilinear interpolation leaves a slope kink at every source sample, which a normal map
    (the derivative of the height) shows as a grid of faint lines; repeated Chaikin steps give
    a C1 surface instead. Sample i lands at i*f + f - 1/2, on the border between two output
    blocks; `SynthContext.cells` shifts its repeated cell ids by the same half block.
    """
    fy, fx = height // a.shape[0], width // a.shape[1]
    if fy * a.shape[0] != height or fx * a.shape[1] != width:
        raise ValueError("upsample_smooth needs integer factors")
    # Columns first, through the transpose while the array is small; rows last, full width.
    t = np.ascontiguousarray(a.T, dtype=F32)
    while fx > 1:
        t = _subdivide_rows(t)
        fx //= 2
    out = np.ascontiguousarray(t.T)
    while fy > 1:
        out = _subdivide_rows(out)
        fy //= 2
    # Half a block of shift puts the tile border on a control point, where the spline is
    # flattest, instead of between two (where neighbouring texels differ most).
    half = (height // a.shape[0] // 2, width // a.shape[1] // 2)
    out = np.roll(out, half, (0, 1))
    minor_tick()
    return out


def downsample_box(a: np.ndarray, factor: int) -> np.ndarray:
    """Mean over factor x factor blocks (the box filter); factor a power of two."""
    a = a.astype(F32, copy=False)
    while factor > 1:
        a = a[0::2] + a[1::2]
        a = (a[:, 0::2] + a[:, 1::2]) * F32(0.25)
        factor //= 2
    return a


def _blur121(a: np.ndarray, passes: int) -> np.ndarray:
    for _ in range(passes):
        a = (np.roll(a, 1, 0) + np.roll(a, -1, 0) + a * F32(2.0)) * F32(0.25)
        a = (np.roll(a, 1, 1) + np.roll(a, -1, 1) + a * F32(2.0)) * F32(0.25)
        minor_tick()
    return a


def blur_wrap(a: np.ndarray, radius: float) -> np.ndarray:
    """Approximately Gaussian periodic blur with std `radius` pixels (cheap at any radius).

    Wide kernels run on a box-downsampled copy (to about one pixel of blur there) and are
    upsampled again, which costs a few full-resolution operations however wide the kernel is.
    """
    size = a.shape[0]
    factor = 1
    while radius / (factor * 2) >= 0.5 and size // (factor * 2) >= 8:
        factor *= 2
    small = downsample_box(a, factor)
    r = radius / factor
    # One [1,2,1] pass has variance 0.5 per axis; the box downsample adds about factor/sqrt(12).
    passes = max(1, min(8, round(2.0 * r * r)))
    small = _blur121(small, passes)
    if factor == 1:
        return small
    out = upsample_wrap(small, a.shape[0], a.shape[1])
    # Block means sit at block centres, upsampled samples at block corners: shift back.
    shift = factor // 2
    return np.roll(out, (shift, shift), axis=(0, 1))


def cellular(
    rng: np.random.Generator,
    size: int,
    cells_x: int,
    cells_y: int | None = None,
    jitter: float = 0.9,
    want_f2: bool = True,
) -> tuple[np.ndarray, np.ndarray | None, np.ndarray, np.ndarray]:
    """Tileable Worley noise on a jittered grid of cells_x x cells_y feature points.

    Returns (f1, f2, cell_id, points): distances to the nearest and second-nearest feature point
    in cell units (f2 is None unless `want_f2`), the flat id (row * cells_x + col) of the
    nearest point's cell, and the points as (cells_y, cells_x, 2) positions (x, y) within their
    cells. The lattice is offset by half a cell, so point (row, col) sits at
    ((col + 0.5 + x) / cells_x, (row + 0.5 + y) / cells_y) in tile units. Cell counts must be
    powers of two <= size so cells are whole pixel blocks: the distance computation then
    broadcasts per block and costs one full-size add per neighbour.
    """
    cy = cells_y or cells_x
    cx = cells_x
    if size % cx or size % cy:
        raise ValueError("cell counts must divide the image size")
    bx, by = size // cx, size // cy
    pts = (rng.random((cy, cx, 2), dtype=F32) - F32(0.5)) * F32(jitter) + F32(0.5)
    lx = ((np.arange(bx, dtype=F32) + F32(0.5)) / F32(bx))[None, None, None, :]
    ly = ((np.arange(by, dtype=F32) + F32(0.5)) / F32(by))[None, :, None, None]
    shape = (cy, by, cx, bx)
    f1 = np.empty(shape, dtype=F32)
    f2: np.ndarray | None = np.full(shape, np.inf, dtype=F32) if want_f2 else None
    which = np.zeros(shape, dtype=np.uint8)
    d2 = np.empty(shape, dtype=F32)
    tmp = np.empty(shape, dtype=F32)
    closer = np.empty(shape, dtype=bool)
    step = np.empty(shape, dtype=np.uint8)
    closer_u8 = closer.view(np.uint8)
    offsets = [(0, 0)] + [(oy, ox) for oy in (-1, 0, 1) for ox in (-1, 0, 1) if oy or ox]
    for k, (oy, ox) in enumerate(offsets):
        p = np.roll(pts, (-oy, -ox), axis=(0, 1))
        dx = (lx - (p[..., 0] + F32(ox))[:, None, :, None]) ** 2
        dy = (ly - (p[..., 1] + F32(oy))[:, None, :, None]) ** 2
        if k == 0:
            np.add(dx, dy, out=f1)
            continue
        np.add(dx, dy, out=d2)
        np.less(d2, f1, out=closer)
        if f2 is not None:
            np.maximum(f1, d2, out=tmp)
            np.minimum(f2, tmp, out=f2)
        np.minimum(f1, d2, out=f1)
        # Masked writes are several times slower than this branch-free uint8 update
        # (which + (k - which) wraps to k exactly where closer is 1).
        np.subtract(np.uint8(k), which, out=step)
        np.multiply(step, closer_u8, out=step)
        which += step
    # Which neighbour won, per pixel, becomes a cell id through a small per-cell table.
    ids = np.arange(cy * cx, dtype=np.int32).reshape(cy, cx)
    table = np.stack([np.roll(ids, (-oy, -ox), axis=(0, 1)) for oy, ox in offsets], axis=-1)
    block = np.arange(cy * cx, dtype=np.int32).reshape(cy, 1, cx, 1) * len(offsets)
    cid = table.reshape(-1).take(block + which)
    # Shift the lattice by half a cell: Voronoi edges crowd around the block boundaries the
    # jittered points are drawn in, and without the shift the tile border is one of them.
    half = (by // 2, bx // 2)
    f1 = np.roll(np.sqrt(f1).reshape(size, size), half, (0, 1))
    if f2 is not None:
        f2 = np.roll(np.sqrt(f2).reshape(size, size), half, (0, 1))
    return f1, f2, np.roll(cid.reshape(size, size), half, (0, 1)), pts


def scratches(
    rng: np.random.Generator,
    size: int,
    count: int,
    *,
    length: tuple[float, float] = (0.03, 0.2),
    angle: float | None = None,
    spread: float = math.pi,
) -> np.ndarray:
    """Thin straight scratches as a (size, size) float32 coverage map in 0..1.

    Segments are splatted point by point with bilinear weights at wrapped coordinates, so
    scratches that cross the border continue on the other side. `angle` is the mean direction
    in radians (None: uniformly random), `spread` the width of the angle distribution.
    From 1024 px up they are drawn at half resolution and interpolated: the splat's cost is
    in the full-size accumulator, and a 2-texel scratch at 1024 reads the same.
    """
    if count <= 0:
        return np.zeros((size, size), dtype=F32)
    full = size
    if size >= 1024:
        size //= 2
    x0 = rng.random(count) * size
    y0 = rng.random(count) * size
    ln = rng.uniform(length[0], length[1], count) * size
    base = rng.random() * math.pi if angle is None else angle
    ang = base + (rng.random(count) - 0.5) * spread
    strength = rng.uniform(0.35, 1.0, count)
    tick()
    steps = np.maximum(2, np.ceil(ln).astype(np.int64))
    seg = np.repeat(np.arange(count), steps)
    start = np.cumsum(steps) - steps
    t = (np.arange(seg.size) - np.repeat(start, steps)) / np.repeat(steps, steps)
    # Scratches taper at both ends, as a stylus does entering and leaving the surface.
    w = (np.sin(np.pi * t) ** 0.5) * strength[seg]
    px = x0[seg] + np.cos(ang[seg]) * ln[seg] * t
    py = y0[seg] + np.sin(ang[seg]) * ln[seg] * t
    ix = np.floor(px).astype(np.int64)
    iy = np.floor(py).astype(np.int64)
    fx = px - ix
    fy = py - iy
    # One bincount over all four bilinear corners: each call walks the whole output.
    flat = np.concatenate(
        [((iy + dy) % size) * size + (ix + dx) % size for dy in (0, 1) for dx in (0, 1)]
    )
    wts = np.concatenate(
        [w * (1 - fx) * (1 - fy), w * fx * (1 - fy), w * (1 - fx) * fy, w * fx * fy]
    )
    tick()
    out = np.bincount(flat, weights=wts, minlength=size * size).astype(F32)
    out = np.minimum(out, F32(1.0), out=out).reshape(size, size)
    tick()
    return out if size == full else upsample_wrap(out, full, full)


def smoothstep(e0: float, e1: float, x: np.ndarray) -> np.ndarray:
    """Hermite step from 0 at e0 to 1 at e1 (float32; e1 < e0 gives the falling step)."""
    t = np.subtract(x, F32(e0), dtype=F32)
    t *= F32(1.0 / (e1 - e0))
    np.clip(t, 0.0, 1.0, out=t)
    out = t * t
    t *= F32(-2.0)
    t += F32(3.0)
    out *= t
    tick()
    return out


def ramp(e0: float, e1: float, x: np.ndarray) -> np.ndarray:
    """Linear step from 0 at e0 to 1 at e1, clamped (half the cost of `smoothstep`; use it for
    masks, keep smoothstep for shapes whose slope feeds the normal map)."""
    k = 1.0 / (e1 - e0)
    t = np.multiply(x, F32(k), dtype=F32)
    t -= F32(e0 * k)
    np.clip(t, 0.0, 1.0, out=t)
    tick()
    return t


def grid_coords(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in tile units: u as (1, size), v as (size, 1) for broadcasting."""
    c = (np.arange(size, dtype=F32) + F32(0.5)) / F32(size)
    return c[None, :], c[:, None]
