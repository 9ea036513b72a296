"""Operators that copy a shape: array (a row), radial (round an axis), mirror, scatter.

A shape is a list of (piece name or None, Mesh). Copies are made in one vectorised pass; each copy
gets a random UV offset (seeded), so a row of planks or books does not repeat one texture patch.
"""

from __future__ import annotations

import numpy as np

from ...geometry.mesh import Mesh
from ...geometry.ops import rotation
from ..detail import Resolution
from ..limits import MAX_TRIANGLES, OverLimit

Shape = list[tuple[str | None, Mesh]]
_AXIS = {"x": 0, "y": 1, "z": 2}


def bounds(shape: Shape) -> tuple[np.ndarray, np.ndarray]:
    pts = [m.positions for _, m in shape if m.vertex_count]
    if not pts:
        return np.zeros(3), np.zeros(3)
    allp = np.concatenate(pts)
    return allp.min(axis=0), allp.max(axis=0)


def euler(deg) -> np.ndarray:
    """Rotation about X, then Y, then Z (degrees)."""
    rx, ry, rz = np.radians(np.asarray(deg, dtype=np.float64))
    return rotation("z", rz) @ rotation("y", ry) @ rotation("x", rx)


def copies(
    shape: Shape,
    rots: np.ndarray,
    moves: np.ndarray,
    pivot: np.ndarray,
    uv_offsets: np.ndarray | None = None,
) -> Shape:
    """K copies of every piece: p -> R_k (p - pivot) + pivot + t_k (rotations may include a
    uniform scale)."""
    out: Shape = []
    K = len(moves)
    total = K * sum(m.triangle_count for _, m in shape)
    if total > MAX_TRIANGLES:  # refuse before allocating: copies multiply memory too
        raise OverLimit(total)
    for name, m in shape:
        q = m.positions - pivot
        P = np.einsum("kij,vj->kvi", rots, q) + (pivot + moves)[:, None, :]
        R = rots / np.cbrt(np.abs(np.linalg.det(rots)))[:, None, None]  # normals: the pure rotation
        N = np.einsum("kij,vj->kvi", R, m.normals)
        uv = np.broadcast_to(m.uvs, (K, *m.uvs.shape))
        if uv_offsets is not None:
            scale = np.cbrt(np.abs(np.linalg.det(rots)))[:, None, None]
            uv = uv * scale + uv_offsets[:, None, :]
        idx = (m.indices[None] + (np.arange(K) * m.vertex_count)[:, None, None]).reshape(-1, 3)
        out.append(
            (
                name,
                Mesh(
                    P.reshape(-1, 3), N.reshape(-1, 3), np.ascontiguousarray(uv).reshape(-1, 2), idx
                ),
            )
        )
    return out


def _jitter(op: dict, res: Resolution, tag: str, K: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-copy jitter rotations (with scale) and moves; identity when the op has none. Draws a
    fixed number of values whatever K is, so copy i's jitter never depends on the count."""
    j = op.get("jitter") or {}
    rng = res.rng(tag)
    draws = rng.uniform(-1.0, 1.0, (256, 7))[:K]
    rots = np.repeat(np.eye(3)[None], K, axis=0)
    moves = np.zeros((K, 3))
    if j.get("rotate"):
        rots = np.stack([euler(draws[k, 3:6] * np.asarray(j["rotate"])) for k in range(K)])
    if j.get("scale"):
        rots = rots * (1.0 + float(j["scale"]) * draws[:, 6])[:, None, None]
    if j.get("translate"):
        moves = draws[:, :3] * np.asarray(j["translate"])
    return rots, moves


def _uv_offsets(res: Resolution, tag: str, K: int) -> np.ndarray:
    off = res.rng(tag + "_uv").uniform(0.0, 3.0, (256, 2))[:K].copy()
    off[0] = 0.0  # the original keeps its UVs
    return off


def array(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    K = int(op["count"])
    step = np.asarray(op["offset"], dtype=np.float64)
    moves = np.arange(K)[:, None] * step
    if op["center"]:
        moves -= (K - 1) / 2 * step
    jr, jm = _jitter(op, res, tag, K)
    lo, hi = bounds(shape)
    return copies(shape, jr, moves + jm, (lo + hi) / 2, _uv_offsets(res, tag, K))


def radial(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    K = int(op["count"])
    span, start = float(op["span"]), float(op["start"])
    if abs(span) >= 360.0 or K == 1:
        ang = start + np.arange(K) * (360.0 / K if abs(span) >= 360.0 else 0.0)
    else:
        ang = start + np.arange(K) * span / (K - 1)
    axis = op["axis"]
    out_dir = {"y": (0.0, 0.0, 1.0), "x": (0.0, 1.0, 0.0), "z": (1.0, 0.0, 0.0)}[axis]
    radius = float(op["radius"])
    moved = [
        (n, Mesh(m.positions + np.asarray(out_dir) * radius, m.normals, m.uvs, m.indices))
        for n, m in shape
    ]
    turns = np.stack([rotation(axis, np.radians(a)) for a in ang])
    jr, jm = _jitter(op, res, tag, K)
    lo, hi = bounds(moved)
    c = (lo + hi) / 2
    if op["face_out"]:  # p -> T (J (p - c) + c + j): jitter about the copy's centre, then the turn
        rots = np.einsum("kij,kjl->kil", turns, jr)
        moves = np.einsum("kij,kj->ki", turns, c + jm) - c
        return copies(moved, rots, moves, c, _uv_offsets(res, tag, K))
    moves = np.einsum("kij,j->ki", turns, c) - c + jm
    return copies(moved, jr, moves, c, _uv_offsets(res, tag, K))


def mirror(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    a = _AXIS[op["axis"]]
    off = float(op["offset"])
    out: Shape = list(shape) if op["keep"] else []
    for name, m in shape:
        p = m.positions.copy()
        p[:, a] = 2 * off - p[:, a]
        n = m.normals.copy()
        n[:, a] = -n[:, a]
        # A reflection turns faces inside out and mirrors the texture: reverse the winding and U.
        out.append((name, Mesh(p, n, m.uvs * (-1.0, 1.0), m.indices[:, ::-1].copy())))
    return out


def scatter(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    K = int(op["count"])
    rng = res.rng(tag)
    tries = rng.uniform(0.0, 1.0, (K * 40, 4))  # fixed draws: the same spots at every level
    w, d = (float(v) for v in op["size"])
    if op["area"] == "disc":
        r = np.sqrt(tries[:, 0]) * w
        th = 2 * np.pi * tries[:, 1]
        xz = np.stack([r * np.sin(th), r * np.cos(th)], axis=1)
    else:
        xz = (tries[:, :2] - 0.5) * (w, d)
    spacing = float(op["spacing"])
    keep: list[int] = []
    # Greedy in draw order: a candidate is kept unless a kept one is closer than `spacing`. Each
    # kept copy marks the candidates it blocks in one vectorised pass, so a crowded area (most
    # of the K x 40 draws rejected) costs K distance passes, not one per draw.
    blocked = np.zeros(len(xz), dtype=bool)
    for i in range(len(xz)):
        if len(keep) == K:
            break
        if blocked[i]:
            continue
        keep.append(i)
        if spacing > 0:
            blocked |= np.linalg.norm(xz - xz[i], axis=1) < spacing
    sel = np.asarray(keep)
    lo_s, hi_s = op["scale"]
    scales = lo_s + (hi_s - lo_s) * tries[sel, 3]
    yaw = np.radians(float(op["turn"])) * tries[sel, 2]
    rots = np.stack([rotation("y", a) * s for a, s in zip(yaw, scales, strict=True)])
    lo, hi = bounds(shape)
    pivot = np.array([(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2])  # copies stay on the ground
    moves = np.stack([xz[sel, 0], np.zeros(len(sel)), xz[sel, 1]], axis=1)
    return copies(shape, rots, moves, pivot, _uv_offsets(res, tag, len(sel)))


def transform(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    """Scale, then rotate (X, Y, Z), then move, about the origin."""
    return transform_shape(shape, op["translate"], op["rotate"], op["scale"])


def transform_shape(shape: Shape, translate, rotate, scale) -> Shape:
    from ...geometry.ops import unit

    s = np.broadcast_to(np.asarray(scale, dtype=np.float64), (3,))
    R = euler(rotate)
    t = np.asarray(translate, dtype=np.float64)
    if np.allclose(s, 1.0) and np.allclose(R, np.eye(3)) and not t.any():
        return shape
    f = float(np.cbrt(np.prod(s)))
    out: Shape = []
    for name, m in shape:
        n = unit(m.normals / s) @ R.T
        out.append((name, Mesh((m.positions * s) @ R.T + t, n, m.uvs * f, m.indices)))
    return out
