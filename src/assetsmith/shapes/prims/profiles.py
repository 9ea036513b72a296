"""Primitives drawn from coordinates: lathe (profile revolved), extrude (outline with holes), sweep
(section along a path), loft (sections along an axis). They keep the coordinates they are given.
Caps are triangulated by manifold3d (robust ear clipping with holes)."""

from __future__ import annotations

import numpy as np

from ...geometry.grid import grid_mesh, planar_uv
from ...geometry.mesh import Mesh
from ...geometry.ops import merge, unit
from ...geometry.primitives import faceted_loft, rounded_rect
from ...geometry.revolve import lathe, tube
from ..curves import (
    arc_lengths,
    bezier_chain,
    catmull_rom,
    resample_closed,
    round_corners,
    split_at_creases,
)
from ..detail import Resolution
from ..geom2d import ccw, dedupe_closed, signed_area
from .solids import _faceted, capped_tube


def triangulate(loops: list[np.ndarray]) -> np.ndarray:
    """Triangles (indices into the concatenated loops) of an outline (CCW) with holes (CW)."""
    import manifold3d

    return np.asarray(
        manifold3d.triangulate([np.ascontiguousarray(lp, dtype=np.float64) for lp in loops]),
        dtype=np.int64,
    ).reshape(-1, 3)


def apply_linear(mesh: Mesh, M: np.ndarray) -> Mesh:
    """A linear map of positions and normals; a reflection also flips the winding and U, so faces
    stay outward and textures unmirrored."""
    pos = mesh.positions @ M.T
    nrm = unit(mesh.normals @ np.linalg.inv(M))
    if np.linalg.det(M) < 0:
        return Mesh(pos, nrm, mesh.uvs * (-1.0, 1.0), mesh.indices[:, ::-1].copy())
    return Mesh(pos, nrm, mesh.uvs, mesh.indices)


def lathe_prim(p: dict, res: Resolution) -> Mesh:
    pts = np.asarray(p["profile"], dtype=np.float64)
    loop = dedupe_closed(np.vstack([[0.0, pts[0, 1]], pts, [0.0, pts[-1, 1]]]))
    if signed_area(loop) < 0:  # drawn top to bottom: turn it round so faces point outward
        pts = pts[::-1].copy()
    if p["smooth"] and len(pts) > 2:
        pts = catmull_rom(pts, res.segments(arc_lengths(pts)[-1], lo=len(pts) - 1))
        pts[:, 0] = np.maximum(pts[:, 0], 0.0)
    runs = split_at_creases(pts, p["crease"])
    if pts[0, 0] > 1e-9:
        runs.insert(0, np.array([[0.0, pts[0, 1]], pts[0]]))
    if pts[-1, 0] > 1e-9:
        runs.append(np.array([pts[-1], [0.0, pts[-1, 1]]]))
    caps = tuple(i for i, r in enumerate(runs) if np.ptp(r[:, 1]) <= 1e-12 and np.ptp(r[:, 0]) > 0)
    if p.get("sides"):
        return _faceted(runs, caps, p["sides"])
    return lathe(runs, res.around(float(pts[:, 0].max())), planar_runs=caps)


def miters(loop: np.ndarray) -> np.ndarray:
    """Per vertex of a closed 2D loop (outward to the right of travel): the outward miter, scaled
    so moving a vertex by -miter * d moves both its edges inward by d (capped at 2.5 d, so sharp
    corners do not spike)."""
    d = np.diff(np.vstack([loop, loop[:1]]), axis=0)
    n = unit(np.stack([d[:, 1], -d[:, 0]], axis=1), (1.0, 0.0))
    m = unit(np.roll(n, 1, axis=0) + n, (1.0, 0.0))
    cos = np.maximum(np.sum(m * n, axis=1), 0.4)
    return m / cos[:, None]


def _walls(
    loop: np.ndarray, crease: float, z0: float, z1: float, bevel: float = 0.0, k: int = 0
) -> Mesh:
    """Side walls of a closed 2D loop (outward to the right of travel) from z0 to z1, smooth
    between points that turn less than `crease` degrees; with a bevel, the edges at both ends
    round over (k rows each) to the loop inset by `bevel`."""
    from ..curves import turn_angles

    mit = miters(loop)
    sharp = np.nonzero(turn_angles(loop, closed=True) > np.radians(crease))[0]
    if len(sharp):
        loop, mit = np.roll(loop, -sharp[0], axis=0), np.roll(mit, -sharp[0], axis=0)
        sharp = np.sort((sharp - sharp[0]) % len(loop))
    closed, mclosed = np.vstack([loop, loop[:1]]), np.vstack([mit, mit[:1]])
    d = np.diff(closed, axis=0)
    seg_n = unit(np.stack([d[:, 1], -d[:, 0]], axis=1), (1.0, 0.0))
    strips, normals, mits, breaks = [], [], [], []
    bounds = list(sharp) + [len(loop)] if len(sharp) else [0, len(loop)]
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        cols = closed[a : b + 1]
        n = np.empty((len(cols), 2))
        n[0], n[-1] = seg_n[a], seg_n[b - 1]
        if len(cols) > 2:
            n[1:-1] = seg_n[a : b - 1] + seg_n[a + 1 : b]
        if not len(sharp):  # one smooth loop: the seam shares the averaged normal
            n[0] = n[-1] = seg_n[-1] + seg_n[0]
        strips.append(cols)
        mits.append(mclosed[a : b + 1])
        normals.append(unit(n, (1.0, 0.0)))
        breaks.append(sum(len(s) for s in strips) - 1)
    cols, n2, mc = np.vstack(strips), np.vstack(normals), np.vstack(mits)
    if k and bevel > 0:  # (inset, z, normal weight of the wall, normal weight of +z) per row
        turn = np.linspace(np.pi / 2, 0.0, k + 1)
        back = [
            (bevel * (1 - np.cos(t)), z0 + bevel - bevel * np.sin(t), np.cos(t), -np.sin(t))
            for t in turn
        ]
        front = [
            (bevel * (1 - np.cos(t)), z1 - bevel + bevel * np.sin(t), np.cos(t), np.sin(t))
            for t in turn[::-1]
        ]
        rows = back + front
    else:
        rows = [(0.0, z0, 1.0, 0.0), (0.0, z1, 1.0, 0.0)]
    P = np.stack(
        [np.column_stack([cols - mc * inset, np.full(len(cols), z)]) for inset, z, _, _ in rows]
    )
    N = np.stack([np.column_stack([n2 * cw, np.full(len(cols), zw)]) for _, _, cw, zw in rows])
    return grid_mesh(P, unit(N), col_breaks=breaks[:-1])


def _cap(points3: np.ndarray, tri: np.ndarray, normal) -> Mesh:
    n = np.asarray(normal, dtype=np.float64)
    return Mesh(points3.copy(), np.tile(n, (len(points3), 1)), planar_uv(points3, n), tri.copy())


_EXTRUDE_FRAME = {  # canonical (a, b, c) -> world, for an outline drawn in (a, b), extruded along c
    "z": np.eye(3),
    "x": np.array([[0.0, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]),
    "y": np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]),
}


def extrude(p: dict, res: Resolution) -> Mesh:
    outline = dedupe_closed(np.asarray(p["outline"], dtype=np.float64))
    holes = [dedupe_closed(np.asarray(h, dtype=np.float64)) for h in p["holes"]]
    if p["smooth"]:

        def smooth(lp):
            per = arc_lengths(np.vstack([lp, lp[:1]]))[-1]
            return catmull_rom(lp, res.segments(per, lo=len(lp)), closed=True)

        outline, holes = smooth(outline), [smooth(h) for h in holes]
    outline = ccw(outline)
    holes = [ccw(h)[::-1].copy() for h in holes]  # holes clockwise
    depth = float(p["depth"])
    z0, z1 = (0.0, depth) if p["axis"] == "y" else (-depth / 2, depth / 2)
    loops = [outline, *holes]
    tri = triangulate(loops)
    bevel = min(float(p["bevel"]), depth / 2)
    k = res.bevel(bevel, k_max=4) if bevel > 0 else 0
    # The caps are the loops inset by the bevel (the same points the walls' end rows reach).
    flat = np.vstack([lp - miters(lp) * (bevel if k else 0.0) for lp in loops])
    front = _cap(np.column_stack([flat, np.full(len(flat), z1)]), tri, (0.0, 0.0, 1.0))
    back = _cap(np.column_stack([flat, np.full(len(flat), z0)]), tri[:, ::-1], (0.0, 0.0, -1.0))
    walls = [_walls(lp, p["crease"], z0, z1, bevel, k) for lp in loops]
    return apply_linear(merge([front, back, *walls]), _EXTRUDE_FRAME[p["axis"]])


def _path(p: dict, res: Resolution, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Sampled path points and, for each, its fraction along the control polyline."""
    ctrl = np.asarray(p["path"], dtype=np.float64)
    closed = p["closed"]
    length = arc_lengths(np.vstack([ctrl, ctrl[:1]]) if closed else ctrl)[-1]
    if p["curve"] == "smooth" and len(ctrl) > 2:
        pts = catmull_rom(ctrl, res.segments(length, lo=len(ctrl) + (2 if closed else 0)), closed)
    elif p["curve"] == "bezier":
        pts = bezier_chain(ctrl, res.segments(length, lo=max(2, (len(ctrl) - 1) // 3 * 2)))
    else:
        k = res.segments(radius * np.pi / 2, lo=1, hi=16)
        pts = round_corners(ctrl, radius, k, closed)
    s = arc_lengths(np.vstack([pts, pts[:1]]) if closed else pts)[: len(pts)]
    return pts, s / max(s[-1] if not closed else arc_lengths(np.vstack([pts, pts[:1]]))[-1], 1e-12)


def sweep(p: dict, res: Resolution) -> Mesh:
    radii_in = p.get("radii")
    rmax = float(max(radii_in)) if radii_in is not None else float(p["radius"])
    pts, frac = _path(p, res, rmax)
    if radii_in is not None:
        ctrl = np.asarray(p["path"], dtype=np.float64)
        cs = arc_lengths(ctrl)
        radii = np.interp(frac, cs / max(cs[-1], 1e-12), np.asarray(radii_in, dtype=np.float64))
    else:
        radii = np.full(len(pts), rmax)
    closed = p["closed"]
    ring = res.around(rmax, lo=4)
    if p.get("section") is None:
        cap_rows = res.segments(rmax * np.pi / 2, lo=1, hi=16) if p["caps"] == "round" else 0
        if closed or cap_rows:
            return tube(pts, radii, ring, closed=closed, cap_rows=0 if closed else cap_rows)
        return capped_tube(pts, radii, ring)
    sec = ccw(dedupe_closed(np.asarray(p["section"], dtype=np.float64)))
    t, n, b = upright_frames(pts, closed)
    rings = pts[:, None, :] + radii[:, None, None] * (
        sec[None, :, 0:1] * n[:, None, :] + sec[None, :, 1:2] * b[:, None, :]
    )
    # Columns must turn the way lathe columns do (outward = col x row); the frame (n, b, t) is
    # right-handed, so a CCW section already does.
    body = _section_skin(rings, sec, closed)
    if closed:
        return body
    tri = triangulate([sec])
    return merge([body, _cap(rings[-1], tri, t[-1]), _cap(rings[0], tri[:, ::-1], -t[0])])


def upright_frames(path: np.ndarray, closed: bool):
    """Rotation-minimising frames (t, a, b) along a path whose section `b` axis starts as close to
    world up as the path allows (world +Z when the path starts vertical) and is carried along
    without twist: a rail's section stays upright, a jaw's turns with it."""
    t = (
        unit(np.roll(path, -1, 0) - np.roll(path, 1, 0))
        if closed
        else unit(np.gradient(path, axis=0))
    )
    up = np.array([0.0, 1.0, 0.0]) if abs(t[0, 1]) < 0.95 else np.array([0.0, 0.0, 1.0])
    b = np.empty_like(path)
    b[0] = unit(up - t[0] * (up @ t[0]))
    for i in range(1, len(path)):
        v = b[i - 1] - t[i] * (b[i - 1] @ t[i])
        ln = np.sqrt(v @ v)
        b[i] = v / ln if ln > 1e-9 else b[i - 1]
    if closed:  # spread the leftover twist so the loop closes
        v = unit(b[-1] - t[0] * (b[-1] @ t[0]))
        ang = np.arctan2(np.cross(v, b[0]) @ t[0], v @ b[0])
        frac = (np.arange(len(path)) / len(path))[:, None]
        a0 = np.cross(b, t)
        b = b * np.cos(ang * frac) - a0 * np.sin(ang * frac)
    a = np.cross(b, t)
    return t, a, b


def _section_skin(rings: np.ndarray, sec: np.ndarray, closed_rows: bool) -> Mesh:
    """A skin through rings of a (possibly cornered) section: sharp corners become hard edges."""
    from ..curves import turn_angles

    sharp = np.nonzero(turn_angles(sec, closed=True) > np.radians(30.0))[0]
    if not len(sharp):
        return grid_mesh(rings, wrap_cols=True, wrap_rows=closed_rows, sectors=4)
    order = np.roll(np.arange(len(sec)), -sharp[0])
    marks = set(((sharp - sharp[0]) % len(sec)).tolist())
    cols, breaks = [], []
    for j in range(len(sec) + 1):
        idx = order[j % len(sec)]
        cols.append(idx)
        if 0 < j < len(sec) and j in marks:
            breaks.append(len(cols) - 1)
            cols.append(idx)
    P = rings[:, cols]
    pieces, start = [], 0
    for bk in breaks + [len(cols) - 1]:
        pieces.append(grid_mesh(P[:, start : bk + 1], wrap_rows=closed_rows))
        start = bk + 1
    return merge(pieces)


_LOFT_FRAME = {  # canonical (built along +Y, sections in x/z) -> world; section (a, b) -> (x_c, z_c)
    "y": (np.eye(3), (1.0, 0.0, 0.0, 1.0)),
    "z": (np.array([[1.0, 0.0, 0.0], [0.0, 0.0, -1.0], [0.0, 1.0, 0.0]]), (1.0, 0.0, 0.0, -1.0)),
    "x": (np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]), (0.0, -1.0, 1.0, 0.0)),
}


def _section_ring(s: dict, k: int, m: int, template: np.ndarray) -> np.ndarray:
    """A section's m points (x_c, z_c) in lathe order, point i matching point i of every other
    section (all are rounded rectangles of k segments per corner, or resampled outlines)."""
    shape = s["shape"]
    if shape == "circle":
        pts, _ = rounded_rect(s["radius"], s["radius"], s["radius"], k)
    elif shape == "ellipse":
        pts, _ = rounded_rect(1.0, 1.0, 1.0, k)
        pts = pts * np.asarray(s["size"]) / 2
    elif shape in ("rect", "rounded_rect"):
        hx, hz = s["size"][0] / 2, s["size"][1] / 2
        pts, _ = rounded_rect(hx, hz, s.get("corner", 0.0) if shape == "rounded_rect" else 0.0, k)
    else:
        pts = dedupe_closed(np.asarray(s["points"], dtype=np.float64))
        if np.sign(signed_area(pts)) != np.sign(signed_area(template)):
            pts = pts[::-1]
        ang = np.arctan2(pts[:, 0], pts[:, 1])  # lathe angle of each point
        start = int(
            np.argmin(
                np.abs(np.angle(np.exp(1j * (ang - np.arctan2(template[0, 0], template[0, 1])))))
            )
        )
        pts = resample_closed(np.roll(pts, -start, axis=0), m)
    return pts + np.asarray(s.get("offset", [0.0, 0.0]))


def loft(p: dict, res: Resolution) -> Mesh:
    secs = p["sections"]
    M, (aa, ab, ba, bb) = _LOFT_FRAME[p["axis"]]

    def to_c(s):  # section coordinates (a, b) -> canonical (x_c, z_c)
        if "offset" in s:
            s = {
                **s,
                "offset": [
                    aa * s["offset"][0] + ab * s["offset"][1],
                    ba * s["offset"][0] + bb * s["offset"][1],
                ],
            }
        if "points" in s:
            q = np.asarray(s["points"], dtype=np.float64)
            s = {
                **s,
                "points": np.stack([aa * q[:, 0] + ab * q[:, 1], ba * q[:, 0] + bb * q[:, 1]], 1),
            }
        if "size" in s and p["axis"] == "x":
            s = {**s, "size": s["size"][::-1]}
        return s

    secs = [to_c(s) for s in secs]
    all_rect = all(s["shape"] == "rect" for s in secs)
    reach = max(_reach(s) for s in secs)
    k = 0 if all_rect else max(1, res.around(reach, lo=8) // 4 - 1)
    m = 4 * (k + 1)
    template, _ = rounded_rect(1.0, 1.0, 1.0 if k else 0.0, k)
    rings2 = np.stack([_section_ring(s, k, m, template) for s in secs])
    ys = np.array([s["at"] for s in secs], dtype=np.float64)
    if p["smooth"] and len(secs) > 2:
        ys, rings2 = _smooth_stack(
            ys, rings2, res.segments(float(ys[-1] - ys[0]), lo=len(secs) - 1)
        )
    rings = np.stack(
        [rings2[..., 0], np.broadcast_to(ys[:, None], rings2.shape[:2]), rings2[..., 1]], 2
    )
    if all_rect:  # rounded_rect with k = 0 doubles each corner: keep one of each pair
        rings, rings2 = rings[:, ::2], rings2[:, ::2]
        body = faceted_loft(rings)
    else:
        body = grid_mesh(rings, wrap_cols=True, sectors=4)
    caps = []
    for i, up in ((0, -1.0), (-1, 1.0)):
        loop = ccw(dedupe_closed(rings2[i]))
        pts3 = np.stack([loop[:, 0], np.full(len(loop), ys[i]), loop[:, 1]], 1)
        t = triangulate([loop])
        # A counter-clockwise loop in (x, z) faces -Y: as it is for the bottom, flipped for the top.
        caps.append(_cap(pts3, t if up < 0 else t[:, ::-1], (0.0, up, 0.0)))
    return apply_linear(merge([body, *caps]), M)


def _smooth_stack(ys: np.ndarray, rings: np.ndarray, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows between sections: heights linear (never overshooting), section points on a uniform
    Catmull-Rom spline through the sections; each gap gets rows in proportion to its height."""
    n = len(ys)
    ext = np.concatenate([2 * rings[:1] - rings[1:2], rings, 2 * rings[-1:] - rings[-2:-1]])
    gaps = np.diff(ys)
    counts = np.maximum(1, np.round(rows * gaps / gaps.sum()).astype(int))
    out_y, out_r = [ys[:1]], [rings[:1]]
    for i in range(n - 1):
        t = (np.arange(1, counts[i] + 1) / counts[i])[:, None, None]
        a, b, c, e = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        out_r.append(
            0.5
            * (
                2 * b
                + (c - a) * t
                + (2 * a - 5 * b + 4 * c - e) * t**2
                + (3 * b - a - 3 * c + e) * t**3
            )
        )
        out_y.append(ys[i] + gaps[i] * t[:, 0, 0])
    return np.concatenate(out_y), np.concatenate(out_r)


def _reach(s: dict) -> float:
    if s["shape"] == "circle":
        return float(s["radius"])
    if "size" in s:
        return float(max(s["size"])) / 2
    q = np.asarray(s["points"], dtype=np.float64)
    return float(np.max(np.linalg.norm(q, axis=1)))
