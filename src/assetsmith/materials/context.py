"""What a family function receives (SynthContext) and returns (Surface).

Family functions describe a material in linear float32 fields; `synth` turns a Surface into the
8-bit maps (style banding, overrides, normal and occlusion derivation, encoding).

Colour images are planar, (3, H, W), and colour constants (3, 1, 1): numpy is several times
slower on (H, W, 3) arrays mixed with (H, W) masks, whose innermost loop is only 3 long.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from assetsmith.materials import noise
from assetsmith.materials.derive import parse_hex_color, srgb_to_linear
from assetsmith.materials.progress import tick
from assetsmith.materials.style import StyleParams

F32 = np.float32


def _no_step() -> None:
    return None


@dataclass
class Surface:
    """A material as linear float fields, before styling and encoding."""

    albedo: np.ndarray  # (3, H, W) float32, linear RGB, planar (see `color`)
    height: np.ndarray  # (H, W) float32, any range (normalised to 0..1 afterwards)
    roughness: np.ndarray | float  # 0..1
    metallic: np.ndarray | float  # 0..1
    depth: float  # relief of the whole height range, in tile units (drives normal strength)
    ao_strength: float = 1.0
    ao_radius: float = 1.0 / 96.0  # tile units
    cavity: np.ndarray | None = None  # extra occlusion factor 0..1 (joints, gaps)
    alpha: np.ndarray | None = None  # opacity 0..1: the albedo becomes RGBA
    # Where the material glows when asked to glow in its own pattern: a 0..1 field, or a function
    # that makes one (so materials that do not glow never pay for it); None: it glows evenly.
    emission: np.ndarray | Callable[[], np.ndarray] | None = None


class SynthContext:
    """Size, seeded generator, style, wear and base colour, plus noise helpers bound to them."""

    def __init__(
        self,
        size: int,
        rng: np.random.Generator,
        style: StyleParams,
        wear: float,
        base_linear: np.ndarray,
        on_step: Callable[[], None] | None = None,
    ) -> None:
        self.size = size
        # Called after each full-size field (noise, cells, scratches, grain): at 4096 px one costs
        # 0.1-0.5 s, so the materials stage can show a material's synthesis moving.
        self.step = on_step or _no_step
        self.rng = rng
        self.style = style
        self.wear = float(wear)
        self.base = np.asarray(base_linear, dtype=F32).reshape(3, 1, 1)
        self.u, self.v = noise.grid_coords(size)

    # -- noise -------------------------------------------------------------------------------
    def detail(self, freq: float) -> float:
        """How much of a feature at `freq` cycles/tile the style keeps (1 = all)."""
        cap = self.style.freq_cap
        return 1.0 if cap <= 0 else math.exp(-((freq / cap) ** 2))

    def noise(
        self,
        *,
        beta: float = 2.0,
        fmin: float = 1.0,
        fmax: float = 0.0,
        stretch: tuple[float, float] = (1.0, 1.0),
        size: int | None = None,
    ) -> np.ndarray:
        """Unit-std tileable spectral noise (see `noise.spectral_noise`), styled.

        Stylised presets cap the frequencies; the field keeps the amplitude its surviving band
        had, so detail fades out instead of being renormalised (toon loses fine grain).
        `size` asks for a smaller grid (for fields combined at low resolution, then upsampled).
        """
        size = size or self.size
        cap = self.style.freq_cap
        nyq = size / 2.0
        if cap <= 0:
            out = noise.spectral_noise(
                self.rng, size, beta=beta, fmin=fmin, fmax=fmax, stretch=stretch
            )
            self.step()
            return out
        eff = cap if fmax <= 0 else 1.0 / math.sqrt(1.0 / fmax**2 + 1.0 / cap**2)
        gain = noise.band_energy(beta, fmin, fmax, cap, nyq)
        if gain < 0.03:
            # Nothing visible survives: skip the FFT, but keep the generator's stream aligned.
            self.rng.random(1)
            return np.zeros((size, size), dtype=F32)
        n = noise.spectral_noise(self.rng, size, beta=beta, fmin=fmin, fmax=eff, stretch=stretch)
        n *= F32(gain)
        self.step()
        return n

    def full(self, small: np.ndarray) -> np.ndarray:
        """Smooth periodic upsampling of a low-resolution field to the texture size (safe for
        fields that end up in the height, see `noise.upsample_smooth`)."""
        if small.shape[0] == self.size:
            out = small
        elif small.shape[0] * 2 == self.size:
            # One Chaikin step makes neighbouring texel pairs alternate in contrast; at 2x a
            # bilinear kink is too small to see in a normal map, so bilinear is the better 2x.
            out = noise.upsample_wrap(small, self.size, self.size)
        else:
            out = noise.upsample_smooth(small, self.size, self.size)
        tick()  # in every branch, so a small dry run counts the same ticks (materials/batch.py)
        return out

    def grain(self) -> np.ndarray:
        """Unit-std pixel-scale grain (white noise, lightly blurred): a cheap stand-in for
        spectral noise whose energy sits at the very top of the spectrum (sand, pores, specks).

        Stylised presets fade it out like any detail above their frequency cap.
        """
        keep = self.detail(self.size / 4.0)
        if keep < 0.03:
            self.rng.random(1)
            return np.zeros((self.size, self.size), dtype=F32)
        g = noise.white_noise(self.rng, self.size)
        if keep < 1.0:
            g *= F32(keep)
        self.step()
        return g

    def cells(
        self,
        cells_x: int,
        cells_y: int | None = None,
        *,
        jitter: float = 0.9,
        want_f2: bool = True,
        reduce: int = 1,
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray, np.ndarray]:
        """Tileable Worley noise (see `noise.cellular`); `reduce` computes at size/reduce.

        Cell structure is smooth apart from its edges, so computing at half resolution and
        interpolating is invisible for wide joints and four times cheaper; the smooth
        interpolation keeps distances centred on the blocks the cell ids are repeated over.
        """
        r = self._cell_reduce(cells_x, cells_y or cells_x, reduce)
        n = self.size // r
        f1, f2, cid, pts = noise.cellular(self.rng, n, cells_x, cells_y or cells_x, jitter, want_f2)
        if r > 1:
            f1 = self.full(f1)
            if f2 is not None:
                f2 = self.full(f2)
            cid = self._repeat_ids(cid, r)
        self.step()
        return f1, f2, cid, pts

    def _repeat_ids(self, cid: np.ndarray, r: int) -> np.ndarray:
        """Nearest-neighbour upsampling of cell ids, aligned with `full` at the same factor."""
        out = np.repeat(np.repeat(cid, r, axis=0), r, axis=1)
        if r > 2:  # `full` went through upsample_smooth, which shifts by half a block
            out = np.roll(out, (r // 2, r // 2), (0, 1))
        return out

    def _cell_reduce(self, cells_x: int, cells_y: int, reduce: int) -> int:
        r = reduce
        while r > 1 and (self.size // r < max(cells_x, cells_y) * 8 or self.size // r < 64):
            r //= 2
        return r

    def cell_edges(
        self,
        cells_x: int,
        cells_y: int | None = None,
        *,
        jitter: float = 0.9,
        reduce: int = 1,
        want_f1: bool = False,
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """(F2 - F1, F1 or None, cell id) of tileable Worley noise; like `cells`, but the edge
        distance is formed before upsampling, which saves a full-size pass."""
        cy = cells_y or cells_x
        r = self._cell_reduce(cells_x, cy, reduce)
        n = self.size // r
        f1: np.ndarray | None
        f1, f2, cid, _ = noise.cellular(self.rng, n, cells_x, cy, jitter, True)
        edge = f2 - f1
        if not want_f1:
            f1 = None
        if r > 1:
            edge = self.full(edge)
            if f1 is not None:
                f1 = self.full(f1)
            cid = self._repeat_ids(cid, r)
        self.step()
        return edge, f1, cid

    def scratches(self, count: int, **kw) -> np.ndarray:
        """Scratch coverage 0..1 (see `noise.scratches`); the count scales with image size."""
        scaled = int(round(count * min(1.0, self.size / 1024.0) ** 0.5))
        if self.detail(32.0) < 0.05:
            scaled = 0  # hairline detail: toon keeps only broad shapes
        out = noise.scratches(self.rng, self.size, scaled, **kw)
        self.step()
        return out

    # -- helpers ------------------------------------------------------------------------------
    def coverage_mask(
        self, field: np.ndarray, coverage: float, softness: float = 0.15
    ) -> np.ndarray:
        """0..1 mask over about `coverage` of the tile where `field` is highest.

        The threshold is the field's own quantile (on a subsample, so it is cheap), so the
        coverage holds whatever mix of noise and structure the field is; `softness` is the
        width of the transition in units of the field's standard deviation.
        """
        if coverage <= 0:
            return np.zeros_like(field)
        step = max(1, field.shape[0] // 128)
        sample = field[::step, ::step].ravel()
        std = float(sample.std())
        if std < 1e-6:  # a flat field (fine noise a stylised preset removed) marks nothing
            return np.zeros_like(field)
        k = min(sample.size - 1, max(0, int((1.0 - coverage) * sample.size)))
        t = float(np.partition(sample, k)[k])
        soft = softness * std
        return noise.ramp(t - soft, t + soft, field)  # ramp ticks

    def rand(self, *shape: int) -> np.ndarray:
        """Uniform 0..1 float32 of `shape` from the material's generator."""
        return self.rng.random(shape, dtype=F32)


def color(rgb: tuple[float, float, float] | np.ndarray) -> np.ndarray:
    """A linear colour constant as float32 (3, 1, 1), ready to broadcast against (H, W)."""
    return np.asarray(rgb, dtype=F32).reshape(3, 1, 1)


def hex_linear(text: str) -> np.ndarray:
    """'#RRGGBB' sRGB -> linear colour constant (3, 1, 1)."""
    return color(srgb_to_linear(parse_hex_color(text)))


_LUMA = np.array([0.2126, 0.7152, 0.0722], dtype=F32)


def saturate(c: np.ndarray, amount: float) -> np.ndarray:
    """Scale a colour constant's chroma around its luminance (0 = grey, 1 = unchanged)."""
    c = np.asarray(c, dtype=F32).reshape(3, 1, 1)
    lum = float(c.ravel() @ _LUMA)
    return (lum + (c - lum) * F32(amount)).astype(F32)


def lerp_colors(c0: np.ndarray, c1: np.ndarray, t: np.ndarray) -> np.ndarray:
    """A new (3, H, W) image running from colour c0 (t = 0) to colour c1 (t = 1)."""
    a = np.asarray(c0, dtype=F32).reshape(3)
    d = np.asarray(c1, dtype=F32).reshape(3) - a
    out = np.empty((3, *t.shape), dtype=F32)
    for c in range(3):
        np.multiply(t, d[c], out=out[c])
        out[c] += a[c]
    tick()
    return out


def warm_shift(albedo: np.ndarray, field: np.ndarray, amount: float) -> np.ndarray:
    """Shift hue toward warm (field > 0) or cool (field < 0) by scaling red and blue, in place."""
    f = field * F32(amount)
    albedo[2] *= F32(1.0) - f
    f += F32(1.0)
    albedo[0] *= f
    tick()
    return albedo


def mix(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Blend image `a` (3, H, W) toward `b` by mask `t` (H, W), in place; returns `a`.

    Works channel by channel on contiguous planes with scalar colours: about twice as fast as
    the broadcast expression, which allocates two full-size three-channel temporaries.
    """
    if a.ndim != 3 or a.shape[1] == 1:
        out = a + (b - a) * t
    elif b.ndim == 3 and b.shape[1] == 1 and b.shape[2] == 1:
        keep = F32(1.0) - t
        for c in range(3):
            bc = F32(b[c, 0, 0])
            a[c] -= bc
            a[c] *= keep
            a[c] += bc
        out = a
    else:
        for c in range(3):
            d = b[c] - a[c]
            d *= t
            a[c] += d
        out = a
    tick()
    return out
