"""Quad-grid surfaces, the common core of lathes, tubes, lofts and blobs, plus planar helpers.

A grid is (rows x cols x 3) points; columns run to the right and rows upwards as seen from outside,
so each quad (i, j) -> (i, j+1) -> (i+1, j+1) -> (i+1, j) is counter-clockwise and outward. UVs are
arc lengths in metres: U along the rows, centred on each UV island's middle column (so curved
surfaces shear little), V down the columns. Islands ("sectors") split the columns; row breaks
leave hard edges between stacked profile runs. Everything is vectorised: one call per surface.
Distortion stays small because both arc lengths are measured along each island's middle row and
column; where rows or columns differ much in length (a torus), use more islands.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .mesh import Mesh
from .ops import cross, unit

MIN_AREA2 = 2e-10  # twice the smallest triangle area kept (m^2)


def image_up(n) -> np.ndarray:
    """The in-plane direction textures read as 'up' on a face with unit normal n: world +Y projected
    onto the face, or -Z/+Z on faces looking up/down (so the asset's front is at the image bottom)."""
    n = np.asarray(n, dtype=np.float64)
    up = np.array([0.0, 1.0, 0.0]) - n * n[1]
    if np.sqrt(up @ up) < 0.3:
        up = np.array([0.0, 0.0, -1.0 if n[1] > 0 else 1.0])
        up = up - n * (up @ n)
    return up / np.sqrt(up @ up)


def planar_uv(points: np.ndarray, n, up=None) -> np.ndarray:
    """Project points onto the plane with normal n: U to the right, V down (seen from outside)."""
    n = np.asarray(n, dtype=np.float64)
    n = n / np.sqrt(n @ n)
    if up is None:
        upd = image_up(n)
    else:
        upd = np.asarray(up, dtype=np.float64) - n * (np.asarray(up, dtype=np.float64) @ n)
        upd = upd / np.sqrt(upd @ upd)
    right = cross(upd, n)
    return np.stack([points @ right, -(points @ upd)], axis=-1)


def grid_normals(P: np.ndarray, wrap_cols: bool = False, wrap_rows: bool = False) -> np.ndarray:
    """Smooth normals from central differences; collapsed rows (poles) take the axis direction
    implied by their neighbouring row."""
    if wrap_cols:
        dj = np.roll(P, -1, axis=1) - np.roll(P, 1, axis=1)
    else:
        dj = np.empty_like(P)
        dj[:, 1:-1] = P[:, 2:] - P[:, :-2]
        dj[:, 0] = P[:, 1] - P[:, 0]
        dj[:, -1] = P[:, -1] - P[:, -2]
    if wrap_rows:
        di = np.roll(P, -1, axis=0) - np.roll(P, 1, axis=0)
    else:
        di = np.empty_like(P)
        di[1:-1] = P[2:] - P[:-2]
        di[0] = P[1] - P[0]
        di[-1] = P[-1] - P[-2]
    n = cross(dj, di)
    ln = np.sqrt(np.sum(n * n, axis=2))
    tiny = ln < max(float(ln.max()), 1e-30) * 1e-6
    if tiny.any():
        rows = np.nonzero(tiny.all(axis=1))[0]
        for i in rows:
            j = i + 1 if i + 1 < len(P) and not tiny[i + 1].all() else i - 1
            if 0 <= j < len(P):
                n[i] = n[j].sum(axis=0)
        rest = tiny & ~tiny.all(axis=1, keepdims=True)
        if rest.any():
            n[rest] = (np.roll(n, 1, axis=1) + np.roll(n, -1, axis=1))[rest]
    return unit(n)


def _bounds(cols: int, sectors) -> np.ndarray:
    """Vertex-column indices where UV islands start/end (first 0, last cols - 1)."""
    if isinstance(sectors, int | np.integer):
        k = max(1, min(int(sectors), cols - 1))
        return np.round(np.linspace(0, cols - 1, k + 1)).astype(np.int64)
    b = np.unique(np.concatenate([[0, cols - 1], np.asarray(sectors, dtype=np.int64)]))
    return b[(b >= 0) & (b <= cols - 1)]


@lru_cache(maxsize=512)
def _layout(R: int, C: int, sectors, row_breaks: tuple, col_breaks: tuple):
    """Everything about a grid that depends only on its shape: the gathered (seam-duplicated)
    columns, each one's island centre, and the quads as triangles. Cached: builders repeat shapes."""
    b = _bounds(C, sectors)
    gather = np.sort(np.concatenate([np.arange(C), b[1:-1]]))
    G = len(gather)
    new = np.zeros(G, dtype=bool)  # gathered column starts a new UV island
    new[0] = True
    new[1:] |= gather[1:] == gather[:-1]  # a duplicated seam column
    if col_breaks:
        new[1:] |= np.isin(gather[:-1], np.asarray(col_breaks, dtype=np.int64))
    island = np.cumsum(new) - 1
    first = np.nonzero(new)[0]
    lengths = np.diff(np.append(first, G))
    centre = (first + (lengths - 1) // 2)[island]
    ok_r = np.ones(R - 1, dtype=bool)
    if row_breaks:
        ok_r[np.asarray(row_breaks, dtype=np.int64)] = False
    ii = np.nonzero(ok_r)[0]
    jj = np.nonzero(~new[1:])[0]  # no quads across an island seam or a column break
    a = (ii[:, None] * G + jj[None, :]).ravel()
    tri = np.empty((2 * len(a), 3), dtype=np.int64)
    tri[0::2, 0], tri[0::2, 1], tri[0::2, 2] = a, a + 1, a + G + 1
    tri[1::2, 0], tri[1::2, 1], tri[1::2, 2] = a, a + G + 1, a + G
    for arr in (gather, centre, tri):
        arr.setflags(write=False)
    return gather, centre, tri


def _key(x) -> tuple | int:
    return int(x) if isinstance(x, int | np.integer) else tuple(int(i) for i in x)


def grid_mesh(
    P: np.ndarray,
    N: np.ndarray | None = None,
    *,
    wrap_cols: bool = False,
    wrap_rows: bool = False,
    sectors=1,
    row_breaks=(),
    col_breaks=(),
    u0: float = 0.0,
    v0: float = 0.0,
) -> Mesh:
    """A mesh from a point grid. `sectors`: a count, or column indices where UV islands split
    (vertices duplicated there). `row_breaks` / `col_breaks`: indices after which no quads join
    row i to i + 1 (column j to j + 1): the caller stacked separate strips there (hard edges; a
    column break also starts a new UV island)."""
    P = np.asarray(P, dtype=np.float64)
    if N is None:
        N = grid_normals(P, wrap_cols, wrap_rows)
    if wrap_cols:
        P = np.concatenate([P, P[:, :1]], axis=1)
        N = np.concatenate([N, N[:, :1]], axis=1)
    if wrap_rows:
        P = np.concatenate([P, P[:1]], axis=0)
        N = np.concatenate([N, N[:1]], axis=0)
    R, C = P.shape[:2]
    gather, centre, tri = _layout(R, C, _key(sectors), _key(row_breaks), _key(col_breaks))
    G = len(gather)
    Pg = P[:, gather]
    uv = np.empty((R, G, 2))
    d = Pg[:, 1:] - Pg[:, :-1]
    u = uv[..., 0]
    u[:, 0] = 0.0
    np.cumsum(np.sqrt(np.einsum("ijk,ijk->ij", d, d)), axis=1, out=u[:, 1:])
    u += u[R // 2, centre] + u0 - u[:, centre]
    # V: arc length down each island's middle column, shared across the island (measuring every
    # column on its own would shear the island wherever columns differ in length, as round a torus).
    d = Pg[1:, centre] - Pg[:-1, centre]
    v = uv[..., 1]
    v[0] = -v0
    np.cumsum(np.sqrt(np.einsum("ijk,ijk->ij", d, d)), axis=0, out=v[1:])
    v[1:] = -v0 - v[1:]
    pos = Pg.reshape(-1, 3)
    t0 = pos[tri[:, 0]]
    area2 = cross(pos[tri[:, 1]] - t0, pos[tri[:, 2]] - t0)
    keep = np.einsum("ij,ij->i", area2, area2) > MIN_AREA2 * MIN_AREA2
    return Mesh(
        pos,
        N[:, gather].reshape(-1, 3),
        uv.reshape(-1, 2),
        tri[keep] if not keep.all() else tri.copy(),
    )


def fan_cap(points: np.ndarray, outward, up=None) -> Mesh:
    """Close a (roughly planar, star-shaped) loop of points with a fan around its centroid, facing
    `outward`; planar UVs in the cap's plane."""
    pts = np.asarray(points, dtype=np.float64)
    c = pts.mean(axis=0)
    m = len(pts)
    outward = np.asarray(outward, dtype=np.float64)
    if cross(pts - c, np.roll(pts, -1, axis=0) - c).sum(axis=0) @ outward < 0:
        pts = pts[::-1]
    n = outward / np.sqrt(outward @ outward)
    allp = np.vstack([c[None], pts])
    j = np.arange(m)
    idx = np.stack([np.zeros(m, dtype=np.int64), 1 + j, 1 + (j + 1) % m], axis=1)
    t = allp[idx]
    area2 = cross(t[:, 1] - t[:, 0], t[:, 2] - t[:, 0])
    keep = np.sum(area2 * area2, axis=1) > MIN_AREA2 * MIN_AREA2
    return Mesh(allp, np.tile(n, (m + 1, 1)), planar_uv(allp - c, n, up), idx[keep])
