"""Lumpy closed shapes (rocks, foliage): a cube-sphere displaced by a smooth function of direction.

A cube-sphere (six warped grids) has no poles and its triangle count, 2 * (4 * n * m + 2 * n^2),
can grow in small steps, which lets the LOD search hit its targets; every face is a grid, so UVs are
arc-length grids with no stretching and V runs up the sides.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from .grid import grid_mesh
from .mesh import Mesh
from .ops import cross, unit

# unit directions (..., 3) -> radius (...) and its gradient (..., 3)
RadiusField = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]

_AX = np.eye(3)


def _warp(n: int) -> np.ndarray:
    s = np.tan(np.linspace(-1.0, 1.0, n + 1) * np.pi / 4)
    s[0], s[-1] = -1.0, 1.0  # exact, so neighbouring faces share bit-identical border vertices
    return s


@lru_cache(maxsize=64)
def cube_sphere(n: int, m: int):
    """The six faces' unit directions stacked into one grid (rows x (n + 1) x 3: four sides of
    m + 1 rows, then top and bottom of n + 1 rows) and the row breaks between faces."""
    faces = []
    for a in range(3):
        for sg in (1.0, -1.0):
            nrm = sg * _AX[a]
            upd = _AX[1] if a != 1 else np.array([0.0, 0.0, -sg])
            right = cross(upd, nrm)
            rows = _warp(m if a != 1 else n)
            faces.append(nrm + _warp(n)[None, :, None] * right + rows[:, None, None] * upd)
    d = unit(np.concatenate(faces))
    breaks = np.cumsum([len(f) for f in faces])[:-1] - 1
    d.setflags(write=False)  # cached and shared between calls
    breaks.setflags(write=False)
    return d, breaks


def blob(fn: RadiusField, n: int, m: int, scale=(1.0, 1.0, 1.0), center=(0.0, 0.0, 0.0)) -> Mesh:
    """A closed star-shaped surface r(direction), scaled per axis and moved to `center`; normals
    from the field's gradient, so they match across the cube faces."""
    return blobs([(fn, scale, center)], n, m)


def blobs(shapes, n: int, m: int) -> Mesh:
    """Several blobs ((field, scale, center) each) of one resolution, built in one vectorised pass.

    For p = r(d) d on the unit sphere the outward normal is r d - grad_s r, grad_s being the part
    of the field's gradient tangent to the sphere; an axis scaling S turns normals by S^-1."""
    d, breaks = cube_sphere(n, m)
    rows = len(d)
    P, N, all_breaks = [], [], []
    for k, (fn, scale, center) in enumerate(shapes):
        scale = np.asarray(scale, dtype=np.float64)
        r, g = fn(d)
        g_s = g - d * np.sum(g * d, axis=-1, keepdims=True)
        P.append(d * r[..., None] * scale + np.asarray(center, dtype=np.float64))
        N.append(unit((d * r[..., None] - g_s) / scale))
        all_breaks.append(breaks + k * rows)
        if k:
            all_breaks.append([k * rows - 1])
    return grid_mesh(np.concatenate(P), np.concatenate(N), row_breaks=np.concatenate(all_breaks))


def _dots(d: np.ndarray, c: np.ndarray) -> np.ndarray:
    """(..., K) dot products of directions (..., 3) with K centres, without a BLAS call."""
    out = d[..., 0:1] * c[:, 0]
    out += d[..., 1:2] * c[:, 1]
    out += d[..., 2:3] * c[:, 2]
    return out


def bump_field(
    rng: np.random.Generator, count: int, amp: tuple[float, float], sharp: tuple[float, float]
) -> RadiusField:
    """A smooth random radius field: 1 + a sum of Gaussian-like bumps on the sphere, with its
    gradient (one exp per bump and point serves both)."""
    centers = unit(rng.normal(size=(count, 3)))
    amps = rng.uniform(amp[0], amp[1], size=count)
    kappa = rng.uniform(sharp[0], sharp[1], size=count)

    def fn(d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        e = np.exp(kappa * (_dots(d, centers) - 1.0)) * amps
        return 1.0 + e.sum(axis=-1), _dots(e * kappa, centers.T)

    return fn
