"""Sized solids, each standing on the origin: box (rounded), cylinder (tube, bevel, facets), cone,
sphere (UV or geodesic, domes), capsule, torus (full or an arc). Closed and outward-facing; UVs in
metres (grid arc lengths, planar on flat caps)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ...geometry.grid import fan_cap, grid_mesh, planar_uv
from ...geometry.mesh import Mesh
from ...geometry.ops import cross, merge, unit
from ...geometry.primitives import box as plain_box
from ...geometry.primitives import faceted_loft
from ...geometry.revolve import TAU, arc, lathe, tube
from ..detail import Resolution

_AX = np.eye(3)


@lru_cache(maxsize=32)
def _rounded_box_dirs(k: int):
    """Unit directions and per-axis signs of a rounded box's six face grids (each 2k + 2 columns
    and rows: k + 1 over each half of the face, the middle pair coincident in direction so the
    flat part of the face is one quad), stacked into one grid with the rows between faces broken."""
    half = np.tan(np.linspace(-np.pi / 4, 0.0, k + 1))
    coords = np.concatenate([half, -half[::-1]])
    side = np.concatenate([-np.ones(k + 1), np.ones(k + 1)])
    dirs, signs = [], []
    for a in range(3):
        for sg in (1.0, -1.0):
            n = sg * _AX[a]
            up = _AX[1] if a != 1 else np.array([0.0, 0.0, -sg])
            right = cross(up, n)
            d = n + coords[None, :, None] * right + coords[:, None, None] * up
            s = n + side[None, :, None] * right + side[:, None, None] * up  # per-axis side: -1 / +1
            dirs.append(unit(d))
            signs.append(np.broadcast_to(s, d.shape))
    d, s = np.concatenate(dirs), np.concatenate(signs)
    breaks = np.arange(1, 6) * (2 * k + 2) - 1
    for arr in (d, s, breaks):
        arr.setflags(write=False)
    return d, s, breaks


def box(p: dict, res: Resolution) -> Mesh:
    size = np.asarray(p["size"], dtype=np.float64)
    r = float(p["bevel"])
    k = res.bevel(r) if r > 0 else 0
    if k == 0:
        return plain_box(size, (0.0, size[1] / 2, 0.0))
    d, s, breaks = _rounded_box_dirs(k)
    inner = size / 2 - r
    P = s * inner + r * d + (0.0, size[1] / 2, 0.0)
    return grid_mesh(P, d, row_breaks=breaks)


def profile_runs(corners, bevels, k: int, closed: bool = False):
    """Lathe runs of a profile given as corners (r, y) in travel order, corners with `bevels[i] > 0`
    rounded by k arc segments. Runs break at hard corners (their own normals) and where a flat
    horizontal cap meets anything else (there only the UVs change: caps get planar UVs).
    Returns (runs, cap_run_indices)."""
    pts = np.asarray(corners, dtype=np.float64)
    n = len(pts)
    seq: list[tuple[np.ndarray, bool]] = []  # points, each flagged "a hard corner"
    for i in range(n):
        interior = closed or 0 < i < n - 1
        b = bevels[i] if interior else 0.0
        c = pts[i]
        if k == 0 or b <= 0:
            seq.append((c, interior))
            continue
        a_dir, b_dir = unit(pts[i - 1] - c, (1.0, 0.0)), unit(pts[(i + 1) % n] - c, (1.0, 0.0))
        half = np.arccos(np.clip(a_dir @ b_dir, -1.0, 1.0)) / 2
        d = b / np.tan(half)  # tangent length of a fillet of radius b
        start, end = c + a_dir * d, c + b_dir * d
        center = c + unit(a_dir + b_dir, (1.0, 0.0)) * (b / np.sin(half))
        v0, v1 = start - center, end - center
        a0 = np.arctan2(v0[1], v0[0])
        da = (np.arctan2(v1[1], v1[0]) - a0 + np.pi) % TAU - np.pi
        ang = a0 + np.linspace(0.0, 1.0, k + 1) * da
        for q in center + b * np.stack([np.cos(ang), np.sin(ang)], axis=1):
            seq.append((q, False))
    if closed:
        hard = [i for i, (_, h) in enumerate(seq) if h]
        first = hard[0] if hard else 0
        seq = seq[first:] + seq[:first] + [seq[first]]
    P = np.array([q for q, _ in seq])
    flat = np.abs(np.diff(P[:, 1])) <= 1e-12 * (1 + np.abs(P[:, 1]).max())
    runs: list[np.ndarray] = []
    caps: list[int] = []
    start = 0
    for j in range(1, len(P)):
        end_here = j == len(P) - 1 or seq[j][1] or flat[j] != flat[j - 1]
        if end_here:
            if flat[j - 1]:
                caps.append(len(runs))
            runs.append(P[start : j + 1])
            start = j
    return runs, tuple(caps)


def _revolve(runs, caps, res: Resolution, radius: float, sides: int | None) -> Mesh:
    if sides:
        return _faceted(runs, caps, sides)
    return lathe(runs, res.around(radius), planar_runs=caps)


def _faceted(runs, caps, sides: int) -> Mesh:
    """A revolved profile with `sides` flat facets (hard edges between them)."""
    phi = TAU * np.arange(sides) / sides - np.pi / sides
    out = []
    for i, run in enumerate(runs):
        rings = np.stack(
            [run[:, :1] * np.sin(phi), np.repeat(run[:, 1:2], sides, 1), run[:, :1] * np.cos(phi)],
            axis=2,
        )
        m = faceted_loft(rings)
        if i in caps:
            up = 1.0 if run[-1, 0] < run[0, 0] else -1.0
            m.uvs = planar_uv(m.positions, (0.0, up, 0.0))
        out.append(m)
    return merge(out)


def cylinder(p: dict, res: Resolution) -> Mesh:
    R, h, ri, b = (
        float(p["radius"]),
        float(p["height"]),
        float(p["inner_radius"]),
        float(p["bevel"]),
    )
    k = res.bevel(b) if b > 0 else 0
    if ri > 0:  # a tube: a closed loop up the outside and down the inside
        runs, caps = profile_runs([(ri, 0.0), (R, 0.0), (R, h), (ri, h)], [b] * 4, k, closed=True)
    else:
        runs, caps = profile_runs([(0.0, 0.0), (R, 0.0), (R, h), (0.0, h)], [0.0, b, b, 0.0], k)
    return _revolve(runs, caps, res, R, p.get("sides"))


def cone(p: dict, res: Resolution) -> Mesh:
    rb, rt, h = float(p["radius_bottom"]), float(p["radius_top"]), float(p["height"])
    sides = p.get("sides")
    runs: list[np.ndarray] = []
    caps: list[int] = []
    if rb > 0:
        caps.append(len(runs))
        runs.append(np.array([[0.0, 0.0], [rb, 0.0]]))
    runs.append(np.array([[rb, 0.0], [rt, h]]))
    if rt > 0:
        caps.append(len(runs))
        runs.append(np.array([[rt, h], [0.0, h]]))
    if sides:
        return _faceted(runs, tuple(caps), sides)
    segs = res.around(max(rb, rt))
    pieces = [lathe([r], segs, planar_runs=(0,)) for i, r in enumerate(runs) if i in caps]
    # The slanted side built directly, so a pointed apex keeps the slant normal of its column
    # (a lathe would point the pole straight up and light the tip wrongly).
    phi = TAU * np.arange(segs + 1) / segs
    s, c = np.sin(phi), np.cos(phi)
    slope = np.array([h, rb - rt]) / np.hypot(h, rb - rt)  # (radial, up) of the outward normal
    P = np.stack(
        [
            np.stack([rb * s, np.zeros_like(s), rb * c], 1),
            np.stack([rt * s, np.full_like(s, h), rt * c], 1),
        ]
    )
    Nrow = np.stack([slope[0] * s, np.full_like(s, slope[1]), slope[0] * c], 1)
    pieces.append(grid_mesh(P, np.stack([Nrow, Nrow]), sectors=min(segs, 8)))
    return merge(pieces)


def sphere(p: dict, res: Resolution) -> Mesh:
    r = float(p["radius"])
    if p["kind"] == "ico":
        return ico_sphere(r, res)
    portion = float(p["portion"])
    a0 = float(np.arccos(np.clip(2 * portion - 1, -1.0, 1.0)))
    rows = res.segments(r * (np.pi - a0), lo=2 if portion < 0.5 else 4)
    prof = arc((0.0, r), r, a0, np.pi, rows)
    y0 = prof[0, 1]
    runs = [prof]
    caps: tuple[int, ...] = ()
    if a0 > 1e-6:
        runs = [np.array([[0.0, y0], [prof[0, 0], y0]]), prof]
        caps = (0,)
    m = lathe(runs, res.around(r, lo=6 if portion < 0.5 else 8), planar_runs=caps)
    m.positions[:, 1] -= y0
    return m


@lru_cache(maxsize=16)
def _geodesic(freq: int):
    """Unit sphere points and triangles of an icosahedron whose faces are split into freq^2."""
    t = (1 + 5**0.5) / 2
    v = np.array(
        [
            [-1, t, 0],
            [1, t, 0],
            [-1, -t, 0],
            [1, -t, 0],
            [0, -1, t],
            [0, 1, t],
            [0, -1, -t],
            [0, 1, -t],
            [t, 0, -1],
            [t, 0, 1],
            [-t, 0, -1],
            [-t, 0, 1],
        ],
        float,
    )
    f = [
        (0, 11, 5),
        (0, 5, 1),
        (0, 1, 7),
        (0, 7, 10),
        (0, 10, 11),
        (1, 5, 9),
        (5, 11, 4),
        (11, 10, 2),
        (10, 7, 6),
        (7, 1, 8),
        (3, 9, 4),
        (3, 4, 2),
        (3, 2, 6),
        (3, 6, 8),
        (3, 8, 9),
        (4, 9, 5),
        (2, 4, 11),
        (6, 2, 10),
        (8, 6, 7),
        (9, 8, 1),
    ]
    ij = [(i, j) for i in range(freq + 1) for j in range(freq + 1 - i)]
    index = {q: n for n, q in enumerate(ij)}
    tri = []
    for i in range(freq):
        for j in range(freq - i):
            tri.append((index[(i, j)], index[(i + 1, j)], index[(i, j + 1)]))
            if j < freq - i - 1:
                tri.append((index[(i + 1, j)], index[(i + 1, j + 1)], index[(i, j + 1)]))
    w = np.array(ij, dtype=np.float64)
    pts: list[np.ndarray] = []
    tris: list[np.ndarray] = []
    for a, b, c in f:
        # Integer weights summed in one order: points on a shared edge come out bit-identical.
        q = (w[:, 0:1] * v[b] + w[:, 1:2] * v[c] + (freq - w[:, 0:1] - w[:, 1:2]) * v[a]) / freq
        tris.append(np.array(tri) + len(pts) * len(ij))
        pts.append(q)
    P = unit(np.concatenate(pts))
    return P, np.concatenate(tris)


def ico_sphere(r: float, res: Resolution) -> Mesh:
    from ..uv import project_uv

    freq = max(1, res.around(r, lo=5) // 5)
    P, T = _geodesic(freq)
    m = Mesh(P * r + (0.0, r, 0.0), P.copy(), np.zeros((len(P), 2)), T.copy())
    m.positions[:, 1] -= m.positions[:, 1].min()  # no vertex sits exactly at the pole: stand on it
    return project_uv(m, "spherical", "y")


def capsule(p: dict, res: Resolution) -> Mesh:
    r, h = float(p["radius"]), float(p["height"])
    rows = res.segments(r * np.pi / 2, lo=2)
    bottom = arc((0.0, r), r, 0.0, np.pi / 2, rows)
    top = arc((0.0, h - r), r, np.pi / 2, np.pi, rows)
    prof = np.vstack([bottom, top]) if h - 2 * r > 1e-9 else np.vstack([bottom, top[1:]])
    return lathe([prof], res.around(r))


def torus(p: dict, res: Resolution) -> Mesh:
    R, r, span = float(p["radius"]), float(p["tube_radius"]), float(p["arc"])
    ring = res.around(r, lo=4)
    segs = res.around(R + r, lo=6, arc_deg=span)
    if span >= 360.0:
        th = np.linspace(0.0, TAU, ring, endpoint=False)
        circle = np.stack([R + r * np.sin(th), r - r * np.cos(th)], axis=1)
        return lathe([circle], segs, closed_runs=(0,), sectors=8)
    half = np.radians(span) / 2
    phi = np.linspace(-half, half, segs + 1)
    path = np.stack([R * np.sin(phi), np.full_like(phi, r), R * np.cos(phi)], axis=1)
    return capped_tube(path, r, ring)


def capped_tube(path: np.ndarray, radii, ring: int) -> Mesh:
    """A tube along an open path closed by flat discs made from its own end rings (the same
    frames, so the discs meet the tube exactly)."""
    from ...geometry.revolve import parallel_frames

    path = np.asarray(path, dtype=np.float64)
    radii = np.broadcast_to(np.asarray(radii, dtype=np.float64), (len(path),))
    body = tube(path, radii, ring, sectors=4)
    _, n, b = parallel_frames(path, False)
    th = TAU * np.arange(ring) / ring
    caps = []
    for i, out in ((0, path[0] - path[1]), (-1, path[-1] - path[-2])):
        pts = path[i] + radii[i] * (np.cos(th)[:, None] * n[i] + np.sin(th)[:, None] * b[i])
        caps.append(fan_cap(pts, out))
    return merge([body, *caps])
