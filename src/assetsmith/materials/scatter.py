"""Overlapping shapes scattered on jittered grids, tileable: leaves, pebbles, spots, scales.

Worley noise gives each texel its nearest point, so its cells tile the plane and can never
overlap; leaves in a canopy or pebbles in soil lie over one another. Here every grid point
carries one shape (a rotated lens or ellipse of its own size) and a depth, and each texel keeps
the highest shape that covers it among the points of the 3x3 neighbouring cells: shapes overlap
in a stable order and keep their whole outline, and the tile wraps like `noise.cellular` does.
As there, the image is laid out as (cells_y, block_y, cells_x, block_x), so per-point values
broadcast over their block and each candidate costs a handful of full-size operations.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

F32 = np.float32


@dataclass
class Splats:
    """The top shape at every texel (all (size, size); coordinates in the shape's own frame)."""

    along: np.ndarray  # -1..1 from one tip of the shape to the other (0 at its centre)
    across: np.ndarray  # -1..1 across it, relative to the local half-width
    inside: np.ndarray  # > 0 inside the top shape (1 at its centre), <= 0 where nothing covers
    shape_id: np.ndarray  # int32 index of the top shape (layer * cells^2 + cell), -1 uncovered
    depth: np.ndarray  # the top shape's depth 0..1 (later layers lie higher), -1 uncovered
    count: int  # number of shapes (for per-shape random tables)


def scatter_shapes(
    rng: np.random.Generator,
    size: int,
    cells: int,
    *,
    layers: int = 1,
    length: tuple[float, float] = (0.6, 0.9),
    aspect: tuple[float, float] = (0.3, 0.45),
    angle: float | None = None,
    spread: float = math.pi,
    jitter: float = 0.9,
    lens: bool = True,
) -> Splats:
    """Scatter `layers` x cells^2 shapes over a size x size tile; returns the top one per texel.

    length: half-length range in cell widths (at most about 1 - jitter / 2 + 0.5, or a shape
    may reach beyond the 3x3 neighbourhood that is searched and be clipped). aspect: half-width
    / half-length. angle: mean direction in radians (None: uniform), spread: width of the angle
    distribution. lens: pointed leaf outline (|across| < 1 - along^2) instead of an ellipse.
    `cells` must divide `size`.
    """
    if size % cells:
        raise ValueError("cells must divide the image size")
    block = size // cells
    n = cells * cells
    # Coordinates in cell units: x across the whole tile (per column), y within a cell row.
    gx = ((np.arange(size, dtype=F32) + F32(0.5)) / F32(block))[None, None, :]  # (1, 1, W)
    ly = ((np.arange(block, dtype=F32) + F32(0.5)) / F32(block))[None, :, None]  # (1, block, 1)
    col = np.arange(size) // block  # cell column of every texel column
    colf = col.astype(F32)[None, None, :]
    shape = (cells, block, size)  # the image, rows grouped by cell row
    # Sort key of the top shape so far: 1 + its depth (in (1, 2]); 1 where nothing covers.
    best = np.ones(shape, F32)
    which = np.zeros(shape, np.uint8)  # index of the winning candidate (layer * 9 + offset)
    a = np.empty(shape, F32)
    b = np.empty(shape, F32)
    closer = np.empty(shape, bool)
    step = np.empty(shape, np.uint8)
    closer_u8 = closer.view(np.uint8)
    offsets = [(oy, ox) for oy in (-1, 0, 1) for ox in (-1, 0, 1)]
    ring = np.arange(cells)
    rows = []  # per candidate: its parameters as (cells, 1, W) rows
    for layer in range(layers):
        pts = (rng.random((cells, cells, 2), dtype=F32) - F32(0.5)) * F32(jitter) + F32(0.5)
        half = rng.uniform(length[0], length[1], (cells, cells)).astype(F32)
        width = half * rng.uniform(aspect[0], aspect[1], (cells, cells)).astype(F32)
        base = rng.random() * math.pi if angle is None else angle
        ang = (base + (rng.random((cells, cells)) - 0.5) * spread).astype(F32)
        # Each layer lies above the previous ones, the shapes of a layer in random order.
        z = (layer + rng.random((cells, cells), dtype=F32) * F32(0.98) + F32(0.01)) / layers
        sid = np.arange(n, dtype=np.int32).reshape(cells, cells) + np.int32(layer * n)
        p = dict(
            px=pts[..., 0],
            py=pts[..., 1],
            ca=np.cos(ang) / half,
            sa=np.sin(ang) / half,
            cb=np.cos(ang) / width,
            sb=np.sin(ang) / width,
            z=z.astype(F32) + F32(1.0),
            sid=sid,
        )
        for k, (oy, ox) in enumerate(offsets):
            # The neighbour's values, spread over the texel columns of each cell.
            pick = np.ix_((ring + oy) % cells, (col + ox) % cells)
            r: dict[str, np.ndarray] = {key: v[pick][:, None, :] for key, v in p.items()}
            # along = dx * ca + dy * sa with dx per column and dy = ly - (py + oy): the parts that
            # do not depend on ly are (cells, 1, W) rows, so each field costs two full operations.
            dx = gx - (colf + F32(ox) + r["px"])
            pyo = r["py"] + F32(oy)
            r["a0"] = dx * r["ca"] - pyo * r["sa"]
            r["b0"] = -(pyo * r["cb"]) - dx * r["sb"]
            rows.append(r)
            np.multiply(ly, r["sa"], out=a)
            a += r["a0"]
            np.multiply(ly, r["cb"], out=b)
            b += r["b0"]
            if lens:
                np.abs(b, out=b)
            else:
                b *= b
            a *= a
            a += b  # < 1 inside the shape
            # key = z - floor(a^2 + |b|): z inside, at most 1 outside (never above `best`).
            np.floor(a, out=a)
            np.subtract(r["z"], a, out=a)
            np.greater(a, best, out=closer)
            np.maximum(best, a, out=best)
            # Branch-free `which[closer] = index` (masked writes cost several times more).
            np.subtract(np.uint8(layer * 9 + k), which, out=step)
            np.multiply(step, closer_u8, out=step)
            which += step

    # The winner's coordinates again, from its rows gathered per texel.
    keys = ("a0", "sa", "b0", "cb", "sid")
    stacked = {key: np.stack([r[key][:, 0, :] for r in rows]).reshape(-1) for key in keys}
    flat = which.astype(np.int32)
    flat *= np.int32(cells * size)
    flat += (
        np.arange(cells, dtype=np.int32)[:, None, None] * np.int32(size)
        + np.arange(size, dtype=np.int32)[None, None, :]
    )
    g = {key: v.take(flat, mode="clip") for key, v in stacked.items()}
    along = g["sa"]
    along *= ly
    along += g["a0"]
    across = g["cb"]
    across *= ly
    across += g["b0"]
    inside = _inside(along, across, lens, out=np.empty(shape, F32), tmp=g["b0"])
    covered = best > 1
    # Where nothing covers, the winner is candidate 0: mark those texels.
    inside[~covered] = -1.0
    shape_id = g["sid"]
    shape_id[~covered] = -1
    depth = best - F32(1.0)
    depth[~covered] = -1.0

    # Half a cell of shift, as noise.cellular does: keeps cell edges off the tile border.
    h = (block // 2, block // 2)

    def out(x: np.ndarray) -> np.ndarray:
        return np.roll(x.reshape(size, size), h, (0, 1))

    return Splats(out(along), out(across), out(inside), out(shape_id), out(depth), layers * n)


def _inside(
    a: np.ndarray, b: np.ndarray, lens: bool, out: np.ndarray, tmp: np.ndarray
) -> np.ndarray:
    """1 - a^2 - |b| (lens) or 1 - a^2 - b^2 (ellipse), into `out`; `tmp` (may be `b`) is
    overwritten."""
    if lens:
        np.abs(b, out=tmp)
    else:
        np.multiply(b, b, out=tmp)
    np.multiply(a, a, out=out)
    out += tmp
    np.subtract(F32(1.0), out, out=out)
    return out
