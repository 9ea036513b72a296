"""Building blocks: boxes and bevelled bars (batched), rounded rectangles, faceted lofts.

Every primitive returns a Mesh (float64 while building) with counter-clockwise outward faces, unit
normals and UVs in metres (1 UV unit = 1 m; build.py divides by the material's tile size). UV layout
rule: on every face or strip, U runs to the right and V downwards as seen from outside, so image-up
is the piece's "up" or grain direction and no UV island is mirrored (tangent w = +1).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .grid import grid_mesh
from .mesh import Mesh
from .ops import cross, rotation

_AXES = np.eye(3)


@lru_cache(maxsize=64)
def _box_template(grain: int, faces: str):
    """Corner signs, normals, U and image-up directions per vertex, and triangles, for the faces."""
    signs: list[np.ndarray] = []
    normals: list[np.ndarray] = []
    rights: list[np.ndarray] = []
    ups: list[np.ndarray] = []
    tris: list[tuple[int, int, int]] = []
    for letter in faces:
        a = "xyz".index(letter.lower())
        sg = 1.0 if letter.isupper() else -1.0
        n = sg * _AXES[a]
        if grain != a:
            upd = _AXES[grain]
        elif a != 1:
            upd = _AXES[1]
        else:
            upd = np.array([0.0, 0.0, -sg])
        right = np.cross(upd, n)
        base = len(signs)
        for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            signs.append(n + su * right + sv * upd)
            normals.append(n)
            rights.append(right)
            ups.append(upd)
        tris += [(base, base + 1, base + 2), (base, base + 2, base + 3)]
    return (
        np.array(signs),
        np.array(normals),
        np.array(rights),
        np.array(ups),
        np.array(tris, dtype=np.int64),
    )


@lru_cache(maxsize=32)
def _rect_template(k: int):
    """Unit rounded-rectangle pattern: per point the corner signs (x, z) and the 2D normal."""
    ts = np.linspace(0.0, 1.0, k + 1) if k > 0 else np.array([0.0, 1.0])
    signs, nrm = [], []
    for sx, sz, a0 in ((-1, -1, np.pi), (-1, 1, 1.5 * np.pi), (1, 1, 0.0), (1, -1, 0.5 * np.pi)):
        a = a0 + ts * np.pi / 2
        nrm.append(np.stack([np.sin(a), np.cos(a)], axis=1))
        signs.append(np.tile([sx, sz], (len(ts), 1)))
    return np.concatenate(signs).astype(np.float64), np.concatenate(nrm)


def rounded_rect(hx: float, hz: float, radius: float, k: int):
    """A rounded rectangle around the Y axis in lathe order (x = r sin(phi), z = r cos(phi), phi
    increasing), starting at the back-left corner, with its 2D outward normals.

    Each corner is an arc of k segments (k + 1 points); k = 0 gives sharp corners as two coincident
    points carrying the two sides' normals (a hard edge). k = 1 is a chamfer.
    """
    signs, n2 = _rect_template(k)
    r = float(min(radius, hx, hz)) if k > 0 else 0.0
    return signs * (np.array([hx, hz]) - r) + r * n2, n2


_TO_AXIS = {0: rotation("z", -np.pi / 2), 1: np.eye(3), 2: rotation("x", np.pi / 2)}


def _place(p: np.ndarray, n: np.ndarray, rots, centers):
    """Apply per-bar rotations (M, 3, 3) or None and centres (M, 3) to (M, V, 3) arrays."""
    if rots is not None:
        p = np.einsum("mij,mvj->mvi", rots, p)
        n = np.einsum("mij,mvj->mvi", rots, n)
    return p + centers[:, None, :], n


def bars(
    sizes,
    centers,
    *,
    axis: int,
    bevel=0.0,
    k: int = 0,
    ends: bool = True,
    uv_offsets=None,
    rots=None,
) -> Mesh:
    """Many planks/legs/battens at once: boxes of `sizes` (M, 3) along `axis`, their long edges
    rounded with k segments of radius `bevel` (k = 0: plain boxes, split normals), V along the axis.
    `ends=False` leaves out both end faces (hidden where a bar butts into another); `rots` (M, 3, 3)
    turns each bar about its centre."""
    sizes = np.atleast_2d(np.asarray(sizes, dtype=np.float64))
    centers = np.atleast_2d(np.asarray(centers, dtype=np.float64))
    M = len(sizes)
    offs = np.zeros((M, 2)) if uv_offsets is None else np.atleast_2d(np.asarray(uv_offsets, float))
    rots = None if rots is None else np.asarray(rots, dtype=np.float64).reshape(M, 3, 3)
    if k <= 0 or np.all(np.asarray(bevel) <= 0):
        faces = "xXyYzZ" if ends else "xXyYzZ".replace("xyz"[axis], "").replace("XYZ"[axis], "")
        signs, nrm, right, up, tris = _box_template(axis, faces)
        pl = signs[None] * sizes[:, None, :] / 2
        uv = (
            np.stack([np.sum(pl * right, axis=2), -np.sum(pl * up, axis=2)], axis=2) + offs[:, None]
        )
        p, n = _place(pl, np.broadcast_to(nrm, pl.shape), rots, centers)
    else:
        R = _TO_AXIS[axis]
        ext = np.abs(sizes @ R)  # local extents; local y is the bar's axis
        hx, L, hz = ext[:, 0] / 2, ext[:, 1], ext[:, 2] / 2
        rad = np.minimum(np.broadcast_to(np.asarray(bevel, float), (M,)), np.minimum(hx, hz))
        signs, n2 = _rect_template(k)
        m = len(signs)
        ring = (
            signs[None] * (np.stack([hx, hz], 1) - rad[:, None])[:, None]
            + rad[:, None, None] * n2[None]
        )
        ring = np.concatenate([ring, ring[:, :1]], axis=1)  # close the loop for the UV seam
        n2c = np.concatenate([n2, n2[:1]])
        seg = np.sqrt(np.sum(np.diff(ring, axis=1) ** 2, axis=2))
        u = np.concatenate([np.zeros((M, 1)), np.cumsum(seg, axis=1)], axis=1)
        z = np.zeros((M, m + 1))
        rows = [np.stack([ring[..., 0], z + s * L[:, None] / 2, ring[..., 1]], 2) for s in (-1, 1)]
        pl = np.concatenate(rows, axis=1)
        nl = np.tile(np.stack([n2c[:, 0], 0 * n2c[:, 0], n2c[:, 1]], 1), (2, 1))
        uv = np.concatenate([np.stack([u, z], 2), np.stack([u, z - L[:, None]], 2)], axis=1)
        j = np.arange(m)
        tris = np.concatenate(
            [np.stack([j, j + 1, j + m + 2], 1), np.stack([j, j + m + 2, j + m + 1], 1)]
        )
        nl = np.broadcast_to(nl, pl.shape)
        if ends:
            nv = pl.shape[1]
            ctr = np.zeros((M, 2, 3))
            ctr[:, 0, 1], ctr[:, 1, 1] = -L / 2, L / 2
            caps = np.concatenate([ctr[:, :1], rows[0][:, :m], ctr[:, 1:], rows[1][:, :m]], axis=1)
            cap_n = np.zeros((2 * (m + 1), 3))
            cap_n[: m + 1, 1], cap_n[m + 1 :, 1] = -1.0, 1.0
            sgn = np.repeat([-1.0, 1.0], m + 1)
            cap_uv = np.stack([caps[..., 0], sgn * caps[..., 2]], axis=2)
            nxt = (j + 1) % m
            bot = np.stack([np.zeros(m, np.int64), 1 + nxt, 1 + j], 1) + nv
            top = np.stack([np.zeros(m, np.int64), 1 + j, 1 + nxt], 1) + nv + m + 1
            pl = np.concatenate([pl, caps], axis=1)
            nl = np.concatenate([nl, np.broadcast_to(cap_n, caps.shape)], axis=1)
            uv = np.concatenate([uv, cap_uv], axis=1)
            tris = np.concatenate([tris, bot, top])
        uv = uv + offs[:, None]
        p = np.einsum("ij,mvj->mvi", R, pl)
        nn = np.einsum("ij,mvj->mvi", R, nl)
        p, n = _place(p, nn, rots, centers)
    V = p.shape[1]
    idx = (tris[None] + (np.arange(M) * V)[:, None, None]).reshape(-1, 3)
    return Mesh(p.reshape(-1, 3), np.ascontiguousarray(n).reshape(-1, 3), uv.reshape(-1, 2), idx)


def box(
    size,
    center=(0.0, 0.0, 0.0),
    grain: int | None = None,
    faces: str = "xXyYzZ",
    uv_offset=(0.0, 0.0),
) -> Mesh:
    """An axis-aligned box with split (hard) normals. `grain` is the axis mapped to V on the faces
    that contain it (default: the longest); `faces` picks faces by axis letter, capital = + side."""
    size = np.asarray(size, dtype=np.float64)
    g = int(np.argmax(size)) if grain is None else grain
    signs, nrm, right, up, tris = _box_template(g, faces)
    pl = signs * size / 2
    uv = np.stack([np.sum(pl * right, axis=1), -np.sum(pl * up, axis=1)], axis=1) + uv_offset
    return Mesh(pl + np.asarray(center, dtype=np.float64), nrm.copy(), uv, tris.copy())


def bar(
    size,
    center=(0.0, 0.0, 0.0),
    *,
    axis: int | None = None,
    bevel: float = 0.0,
    k: int = 0,
    uv_offset=(0.0, 0.0),
    ends: bool = True,
) -> Mesh:
    """One bar (see `bars`); `axis` defaults to the longest side."""
    axis = int(np.argmax(size)) if axis is None else axis
    return bars([size], [center], axis=axis, bevel=bevel, k=k, ends=ends, uv_offsets=[uv_offset])


def faceted_loft(rings: np.ndarray, closed: bool = True) -> Mesh:
    """Hard-edged strips between consecutive ring points (rows x m x 3, rows upwards, ring points in
    lathe order): a pyramid roof, a diamond-section blade. Collapsed rings (a tip) are fine."""
    rings = np.asarray(rings, dtype=np.float64)
    m = rings.shape[1]
    cols = list(range(m)) + ([0] if closed else [])
    # Duplicate every inner ring point so each face strip gets its own vertices (hard edges).
    order = [cols[0]] + [c for c in cols[1:-1] for _ in (0, 1)] + [cols[-1]]
    P = rings[:, order]
    breaks = np.arange(1, len(order) - 1, 2)
    return grid_mesh(P, face_normals_grid(P), col_breaks=breaks)


def face_normals_grid(P: np.ndarray) -> np.ndarray:
    """Per-strip normals for column pairs (0,1), (2,3), ...: each strip shaded flat across."""
    d_across = np.repeat(P[:, 1::2] - P[:, 0::2], 2, axis=1)
    d_up = np.empty_like(P)
    d_up[1:-1] = P[2:] - P[:-2]
    d_up[0] = P[1] - P[0]
    d_up[-1] = P[-1] - P[-2]
    mid = (d_up[:, 0::2] + d_up[:, 1::2]) / 2
    n = cross(d_across, np.repeat(mid, 2, axis=1))
    ln = np.sqrt(np.sum(n * n, axis=2, keepdims=True))
    # A collapsed tip row: borrow the row below.
    for i in range(len(P)):
        bad = ln[i, :, 0] < 1e-12
        if bad.any():
            j = i - 1 if i > 0 else i + 1
            n[i, bad] = n[j, bad]
    return n / np.maximum(np.sqrt(np.sum(n * n, axis=2, keepdims=True)), 1e-30)
