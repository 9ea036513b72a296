"""Deformations: taper, bend, twist. The mesh is first sliced across the deformed axis (so a bent
box has rows to bend along), then every point moves; normals follow the deformation's Jacobian
(n' = cof(J) n), so smooth shading stays right.

Slicing is written here because no maintained library splits a mesh by planes while keeping split
normals and UVs (manifold3d's refine subdivides everything, in every direction)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ...geometry.mesh import Mesh
from ...geometry.ops import cross, unit
from ..detail import Resolution
from .arrays import Shape, bounds

_AXIS = {"x": 0, "y": 1, "z": 2}


def split_plane(m: Mesh, axis: int, c: float) -> Mesh:
    """Split every triangle crossing the plane p[axis] = c; new edge points are shared by the
    triangles on both sides of an edge (so a watertight mesh stays watertight)."""
    P, T = m.positions, m.indices
    d = P[:, axis] - c
    eps = 1e-12 * (1.0 + float(np.abs(P).max(initial=0.0)))
    s = np.where(d > eps, 1, np.where(d < -eps, -1, 0))
    st = s[T]
    crossing = (st.max(axis=1) == 1) & (st.min(axis=1) == -1)
    if not crossing.any():
        return m
    keep, tri = T[~crossing], T[crossing]
    ts = st[crossing]
    zero = ts == 0
    # Rotate each triangle so corner 0 is the lone vertex (or the one on the plane): the other two
    # lie on opposite sides (one on the plane) or on the same side.
    lone = np.where(
        zero.any(axis=1),
        np.argmax(zero, axis=1),
        np.argmax(ts == -np.sign(ts.sum(axis=1, keepdims=True)), axis=1),
    )
    r = (lone[:, None] + np.arange(3)[None]) % 3
    tri = np.take_along_axis(tri, r, axis=1)
    on_plane = zero.any(axis=1)
    a, b, cc = tri[:, 0], tri[:, 1], tri[:, 2]
    # Edge points, keyed by the (sorted) edge so both triangles of an edge share one.
    ea = np.stack([np.minimum(a, b), np.maximum(a, b)], 1)
    ec = np.stack([np.minimum(a, cc), np.maximum(a, cc)], 1)
    eb = np.stack([np.minimum(b, cc), np.maximum(b, cc)], 1)
    edges = np.concatenate([ea[~on_plane], ec[~on_plane], eb[on_plane]])
    key = edges[:, 0] * len(P) + edges[:, 1]  # one int64 per edge: a 1-D unique is much faster
    uniq, inv = np.unique(key, return_inverse=True)
    lo_i, hi_i = uniq // len(P), uniq % len(P)
    t = d[lo_i] / (d[lo_i] - d[hi_i])
    base = len(P)
    newP = P[lo_i] + t[:, None] * (P[hi_i] - P[lo_i])
    newN = unit(m.normals[lo_i] + t[:, None] * (m.normals[hi_i] - m.normals[lo_i]))
    newU = m.uvs[lo_i] + t[:, None] * (m.uvs[hi_i] - m.uvs[lo_i])
    nb = int((~on_plane).sum())
    ab = base + inv[:nb]
    ac = base + inv[nb : 2 * nb]
    bc = base + inv[2 * nb :]
    A, B, C = a[~on_plane], b[~on_plane], cc[~on_plane]
    three = np.concatenate(
        [np.stack([A, ab, ac], 1), np.stack([ab, B, C], 1), np.stack([ab, C, ac], 1)]
    )
    A2, B2, C2 = a[on_plane], b[on_plane], cc[on_plane]
    two = np.concatenate([np.stack([A2, B2, bc], 1), np.stack([A2, bc, C2], 1)])
    return Mesh(
        np.vstack([P, newP]),
        np.vstack([m.normals, newN]),
        np.vstack([m.uvs, newU]),
        np.concatenate([keep, three, two]),
    )


def slice_along(m: Mesh, axis: int, lo: float, hi: float, n: int) -> Mesh:
    """Cut the mesh by n - 1 evenly spaced planes between lo and hi."""
    for k in range(1, n):
        m = split_plane(m, axis, lo + (hi - lo) * k / n)
    return m


def _warp(shape: Shape, fn: Callable[[np.ndarray], np.ndarray], h: float) -> Shape:
    out: Shape = []
    for name, m in shape:
        p = m.positions
        q = fn(p)
        cols = []
        for k in range(3):
            e = np.zeros(3)
            e[k] = h
            cols.append((fn(p + e) - fn(p - e)) / (2 * h))
        j0, j1, j2 = cols
        n = m.normals
        nn = cross(j1, j2) * n[:, 0:1] + cross(j2, j0) * n[:, 1:2] + cross(j0, j1) * n[:, 2:3]
        out.append((name, Mesh(q, unit(nn), m.uvs, m.indices)))
    return out


MAX_SLICES = 32


def _prepare(shape: Shape, axis: int, n: int) -> tuple[Shape, np.ndarray, np.ndarray]:
    """Slice each piece into n slabs along the axis, unless its vertices already sit at n + 1 or
    more distinct positions along it (a lathe's rows, a sweep's rings): those bend well as they are."""
    lo, hi = bounds(shape)
    n = min(n, MAX_SLICES)
    if n > 1 and hi[axis] > lo[axis]:
        out = []
        for nm, m in shape:
            q = np.round((m.positions[:, axis] - lo[axis]) / (hi[axis] - lo[axis]) * 4096)
            if len(np.unique(q)) < n + 1:
                m = slice_along(m, axis, lo[axis], hi[axis], n)
            out.append((nm, m))
        shape = out
    return shape, lo, hi


def taper(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    a = _AXIS[op["axis"]]
    others = [i for i in range(3) if i != a]
    sc = op["scale"]
    end = np.array([sc, sc] if isinstance(sc, int | float) else sc, dtype=np.float64)
    curve = float(op["curve"])
    lo0, hi0 = bounds(shape)
    n = 1 if curve == 1.0 else res.segments(float(hi0[a] - lo0[a]), lo=4, hi=64)
    shape, lo, hi = _prepare(shape, a, n)
    ctr = (lo + hi) / 2
    length = max(float(hi[a] - lo[a]), 1e-12)

    def fn(p):
        t = np.clip((p[:, a] - lo[a]) / length, 0.0, 1.0) ** curve
        q = p.copy()
        for k, o in enumerate(others):
            q[:, o] = ctr[o] + (p[:, o] - ctr[o]) * (1.0 + (end[k] - 1.0) * t)
        return q

    return _warp(shape, fn, 1e-5 * length)


def twist(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    a = _AXIS[op["axis"]]
    u, v = [i for i in range(3) if i != a]
    total = np.radians(float(op["angle"]))
    lo0, hi0 = bounds(shape)
    n = max(
        res.segments(float(hi0[a] - lo0[a]), lo=2, hi=96), int(np.ceil(abs(total) / np.radians(10)))
    )
    shape, lo, hi = _prepare(shape, a, min(n, 96))
    ctr = (lo + hi) / 2
    length = max(float(hi[a] - lo[a]), 1e-12)

    def fn(p):
        ang = total * (p[:, a] - lo[a]) / length
        c, s = np.cos(ang), np.sin(ang)
        q = p.copy()
        du, dv = p[:, u] - ctr[u], p[:, v] - ctr[v]
        q[:, u] = ctr[u] + c * du - s * dv
        q[:, v] = ctr[v] + s * du + c * dv
        return q

    return _warp(shape, fn, 1e-5 * length)


def bend(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    a = _AXIS[op["axis"]]
    b = _AXIS[op["toward"].strip("-")]
    sign = -1.0 if op["toward"].startswith("-") else 1.0
    theta = np.radians(float(op["angle"]))
    if abs(theta) < 1e-9:
        return shape
    lo0, hi0 = bounds(shape)
    n = max(
        res.segments(float(hi0[a] - lo0[a]), lo=2, hi=96), int(np.ceil(abs(theta) / np.radians(8)))
    )
    shape, lo, hi = _prepare(shape, a, min(n, 96))
    ctr = (lo + hi) / 2
    length = max(float(hi[a] - lo[a]), 1e-12)
    R = length / theta  # signed: a negative angle bends the other way

    def fn(p):
        u = p[:, a] - lo[a]
        w = sign * (p[:, b] - ctr[b])
        phi = theta * u / length
        rho = R - w
        q = p.copy()
        q[:, a] = lo[a] + rho * np.sin(phi)
        q[:, b] = ctr[b] + sign * (R - rho * np.cos(phi))
        return q

    return _warp(shape, fn, 1e-5 * length)
