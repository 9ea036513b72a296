"""Surfaces of revolution and swept tubes: lathe profiles (barrel staves, bottles, pillars, hoops)
and tubes along a path (limbs, handles, rings)."""

from __future__ import annotations

import numpy as np

from .grid import grid_mesh, planar_uv
from .mesh import Mesh
from .ops import cross, unit

TAU = 2.0 * np.pi


def profile_normals(run: np.ndarray, closed: bool = False) -> np.ndarray:
    """Smooth 2D (r, y) normals of a profile run drawn bottom-to-top around the outside of a solid
    (outward is to the right of the direction of travel)."""
    pts = np.vstack([run, run[:1]]) if closed else run
    d = np.diff(pts, axis=0)
    seg = unit(np.stack([d[:, 1], -d[:, 0]], axis=1), (0.0, 1.0))
    if closed:
        n = seg + np.roll(seg, 1, axis=0)
    else:
        n = np.empty_like(run)
        n[0], n[-1] = seg[0], seg[-1]
        n[1:-1] = seg[:-1] + seg[1:]
    n = unit(n, (1.0, 0.0))
    pole = run[:, 0] < 1e-9
    if pole.any():
        n[pole] = np.stack([np.zeros(pole.sum()), np.where(n[pole, 1] >= 0, 1.0, -1.0)], axis=1)
    return n


def arc(center, radius: float, a0: float, a1: float, n: int) -> np.ndarray:
    """Points on a circle in the (r, y) plane; angle 0 is the bottom, pi/2 the outside, pi the top."""
    a = np.linspace(a0, a1, max(int(n), 1) + 1)
    return np.stack([center[0] + radius * np.sin(a), center[1] - radius * np.cos(a)], axis=1)


def revolve_grid(run: np.ndarray, n2: np.ndarray, s: np.ndarray, c: np.ndarray):
    """Positions and normals (rows x cols x 3) of a profile revolved to angles with sin s, cos c."""
    rows, cols = len(run), len(s)
    P = np.empty((rows, cols, 3))
    N = np.empty((rows, cols, 3))
    P[..., 0], P[..., 1], P[..., 2] = run[:, :1] * s, run[:, 1:2], run[:, :1] * c
    N[..., 0], N[..., 1], N[..., 2] = n2[:, :1] * s, n2[:, 1:2], n2[:, :1] * c
    return P, N


def stack_runs(runs, closed_runs=()):
    """Profile runs stacked into one (rows, 2) profile with their normals, row breaks between
    runs (hard edges) and each run's row range."""
    pts, nrm, breaks, ranges = [], [], [], []
    row = 0
    for i, run in enumerate(runs):
        run = np.asarray(run, dtype=np.float64)
        closed = i in closed_runs
        n2 = profile_normals(run, closed)
        if closed:
            run, n2 = np.vstack([run, run[:1]]), np.vstack([n2, n2[:1]])
        pts.append(run)
        nrm.append(n2)
        ranges.append((row, row + len(run)))
        row += len(run)
        breaks.append(row - 1)
    return np.vstack(pts), np.vstack(nrm), breaks[:-1], ranges


def lathe(
    runs,
    segments: int,
    *,
    phi0: float = 0.0,
    phi1: float = TAU,
    closed_runs=(),
    planar_runs=(),
    sectors: int | None = None,
    phis: np.ndarray | None = None,
) -> Mesh:
    """Revolve profile runs ((k, 2) arrays of (r, y), bottom to top around the outside) about +Y.

    Consecutive runs meet at hard edges (their own vertices); within a run normals are smooth.
    x = r sin(phi), z = r cos(phi): phi = 0 faces +Z. `closed_runs` lists runs that are loops (a
    torus section), `planar_runs` runs textured by a projection along Y (lids, discs). `phis`:
    explicit angles of a full revolution (uneven columns, e.g. matching barrel staves).
    """
    prof, n2, breaks, ranges = stack_runs(runs, closed_runs)
    if phis is not None:
        phi, full, span, segments = np.asarray(phis, dtype=np.float64), True, TAU, len(phis)
    else:
        span = phi1 - phi0
        full = abs(span - TAU) < 1e-9
        phi = phi0 + span * np.arange(segments + (0 if full else 1)) / segments
    P, N = revolve_grid(prof, n2, np.sin(phi), np.cos(phi))
    if sectors is None:
        if not full:
            sectors = int(np.ceil(span / (np.pi / 4) - 1e-9))
        else:
            sectors = 8 if np.ptp(prof[:, 0]) > 1e-6 * max(1e-9, float(prof[:, 0].max())) else 1
    m = grid_mesh(P, N, wrap_cols=full, sectors=min(sectors, segments), row_breaks=breaks)
    if planar_runs:
        G = m.vertex_count // len(prof)
        for i in planar_runs:
            a, b = ranges[i]
            sl = slice(a * G, b * G)
            up = 1.0 if n2[a:b, 1].mean() >= 0 else -1.0
            m.uvs[sl] = planar_uv(m.positions[sl], (0.0, up, 0.0))
    return m


def cylinder(
    radius: float,
    y0: float,
    y1: float,
    segments: int,
    caps: bool = True,
    top_radius: float | None = None,
) -> Mesh:
    """A (possibly tapered) cylinder with hard-edged flat caps."""
    rt = radius if top_radius is None else top_radius
    runs = [np.array([[radius, y0], [rt, y1]])]
    if not caps:
        return lathe(runs, segments)
    runs = [np.array([[0.0, y0], [radius, y0]])] + runs + [np.array([[rt, y1], [0.0, y1]])]
    return lathe(runs, segments, planar_runs=(0, 2))


def parallel_frames(path: np.ndarray, closed: bool):
    """Tangents and twist-free normals along a polyline.

    Normals are a fixed reference axis projected off each tangent (vectorised, and free of twist
    while no tangent comes near that axis: the axis least aligned with the path is used); paths
    that turn every way fall back to rotation-minimising (parallel transport) frames."""
    if closed:
        t = np.roll(path, -1, axis=0) - np.roll(path, 1, axis=0)
    else:
        t = np.gradient(path, axis=0)
    t = unit(t)
    reach = np.abs(t).max(axis=0)
    axis = int(np.argmin(reach))
    if reach[axis] < 0.9:
        ref = np.eye(3)[axis]
        n = unit(ref - t * (t @ ref)[:, None])
        return t, n, cross(t, n)
    ref = np.eye(3)[int(np.argmin(np.abs(t[0])))]
    n = np.empty_like(path)
    n[0] = unit(ref - t[0] * (ref @ t[0]))
    for i in range(1, len(path)):
        v = n[i - 1] - t[i] * (n[i - 1] @ t[i])
        ln = np.sqrt(v @ v)
        n[i] = v / ln if ln > 1e-9 else n[i - 1]
    if closed:  # spread the accumulated twist evenly so the loop closes
        v = unit(n[-1] - t[0] * (n[-1] @ t[0]))
        ang = np.arctan2(cross(v, n[0]) @ t[0], v @ n[0])
        frac = np.arange(len(path)) / len(path)
        b = cross(t, n)
        n = n * np.cos(ang * frac)[:, None] + b * np.sin(ang * frac)[:, None]
    return t, n, cross(t, n)


def tube(
    path, radii, segments: int, *, closed: bool = False, cap_rows: int = 0, sectors: int = 4
) -> Mesh:
    """A tube of circular section swept along `path` ((n, 3), radii (n,)), optionally closed into a
    ring or ended with hemispherical caps of `cap_rows` rows. V runs along the path."""
    path = np.asarray(path, dtype=np.float64)
    radii = np.broadcast_to(np.asarray(radii, dtype=np.float64), (len(path),)).copy()
    t, n, b = parallel_frames(path, closed)
    if cap_rows > 0 and not closed:
        a = np.linspace(0, np.pi / 2, cap_rows + 1)[1:]  # the end ring itself is already there
        pre = path[0] - t[0] * radii[0] * np.sin(a[::-1])[:, None]
        post = path[-1] + t[-1] * radii[-1] * np.sin(a)[:, None]
        path = np.vstack([pre, path, post])
        radii = np.concatenate([radii[0] * np.cos(a[::-1]), radii, radii[-1] * np.cos(a)])

        def rep(x):
            return np.vstack([np.repeat(x[:1], cap_rows, 0), x, np.repeat(x[-1:], cap_rows, 0)])

        t, n, b = rep(t), rep(n), rep(b)
    th = TAU * np.arange(segments) / segments
    ring = np.cos(th)[None, :, None] * n[:, None, :] + np.sin(th)[None, :, None] * b[:, None, :]
    P = path[:, None, :] + radii[:, None, None] * ring
    return grid_mesh(P, wrap_cols=True, wrap_rows=closed, sectors=sectors)
