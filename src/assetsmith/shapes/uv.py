"""UV strategies for a part: projections (box, cylindrical, spherical, planar) and an automatic
unwrap through xatlas (`auto`, slow: only where asked). All give UVs in metres, so dividing by a
material's tile size keeps the texel density uniform across parts.

Projections work per triangle corner (each triangle picks its face, or unwraps across the seam)
and then weld corners that share a vertex and a UV, so vertices split only where the UVs jump.
Layout: U to the right and V down as seen from outside, image-up along the axis (or -Z on faces
looking up), as the primitives' own UVs do, so no island is mirrored.
"""

from __future__ import annotations

import numpy as np

from ..errors import InvalidInput
from ..geometry.grid import planar_uv
from ..geometry.mesh import Mesh
from ..geometry.ops import cross

_AXIS = {"x": 0, "y": 1, "z": 2}
_CAP_COS = 0.75  # faces whose normal is this close to the axis get a planar cap projection


def _face_normals(m: Mesh) -> np.ndarray:
    p = m.positions[m.indices]
    n = cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    ln = np.sqrt(np.sum(n * n, axis=1, keepdims=True))
    return n / np.maximum(ln, 1e-30)


def _weld(m: Mesh, corner_uv: np.ndarray) -> Mesh:
    """A mesh whose corners carry `corner_uv` (F, 3, 2): one vertex per distinct (vertex, UV)."""
    idx = m.indices.reshape(-1)
    uv = np.ascontiguousarray(corner_uv.reshape(-1, 2))
    bits = uv.view(np.int64)  # exact equality of UVs, as integers
    # Group equal (vertex, u, v) triples: a lexsort is much faster than np.unique(axis=0).
    order = np.lexsort((bits[:, 1], bits[:, 0], idx))
    k_idx, k_bits = idx[order], bits[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = (k_idx[1:] != k_idx[:-1]) | np.any(k_bits[1:] != k_bits[:-1], axis=1)
    group = np.cumsum(new) - 1
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = group
    first = order[new]
    src = idx[first]
    return Mesh(
        m.positions[src], m.normals[src], uv[first].copy(), inverse.reshape(-1, 3).astype(np.int64)
    )


_DIRS = np.array([[1.0, 0, 0], [-1.0, 0, 0], [0, 1.0, 0], [0, -1.0, 0], [0, 0, 1.0], [0, 0, -1.0]])


def _axis_class(fn: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Per face: 2 * axis + (0 when its normal points along +axis, 1 along -axis)."""
    return 2 * axis + (fn[np.arange(len(fn)), axis] < 0)


def _planar_corners(m: Mesh, cls: np.ndarray, tri: np.ndarray | None = None) -> np.ndarray:
    """Per-corner planar UVs, each face projected along the axis direction its class names."""
    tri = m.indices if tri is None else tri
    out = np.empty((len(tri), 3, 2))
    for c in np.unique(cls):
        sel = cls == c
        pts = m.positions[tri[sel]].reshape(-1, 3)
        out[sel] = planar_uv(pts, _DIRS[c]).reshape(-1, 3, 2)
    return out


def box_uv(m: Mesh) -> Mesh:
    fn = _face_normals(m)
    return _weld(m, _planar_corners(m, _axis_class(fn, np.argmax(np.abs(fn), axis=1))))


def planar_axis_uv(m: Mesh, axis: str) -> Mesh:
    fn = _face_normals(m)
    return _weld(m, _planar_corners(m, _axis_class(fn, np.full(len(fn), _AXIS[axis]))))


def _frame(axis: str) -> tuple[int, int, int]:
    """(axis, 'sin' axis, 'cos' axis) in the lathe convention x = r sin(phi), z = r cos(phi)."""
    return {"y": (1, 0, 2), "x": (0, 2, 1), "z": (2, 1, 0)}[axis]


def _unwrap_angles(phi: np.ndarray) -> np.ndarray:
    """Per-triangle corner angles (F, 3) moved by 2 pi where a triangle straddles the seam."""
    span = phi.max(axis=1) - phi.min(axis=1)
    seam = span > np.pi
    return np.where(seam[:, None] & (phi < 0), phi + 2 * np.pi, phi)


def cylindrical_uv(m: Mesh, axis: str = "y") -> Mesh:
    a, s, c = _frame(axis)
    lo, hi = m.positions.min(axis=0), m.positions.max(axis=0)
    ctr = (lo + hi) / 2
    q = m.positions - ctr
    rho = np.hypot(q[:, s], q[:, c])
    r_ref = float(np.mean(rho)) if len(rho) else 1.0
    fn = _face_normals(m)
    cap = np.abs(fn[:, a]) > _CAP_COS
    corners = np.empty((len(m.indices), 3, 2))
    tri = m.indices
    phi = _unwrap_angles(np.arctan2(q[tri, s], q[tri, c]))
    phi = _fix_poles(phi, rho[tri])
    corners[..., 0] = phi * r_ref
    corners[..., 1] = -m.positions[tri, a]
    if cap.any():
        corners[cap] = _planar_corners(
            m, _axis_class(fn[cap], np.full(int(cap.sum()), a)), tri[cap]
        )
    return _weld(m, corners)


def _fix_poles(phi: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """A corner on the axis has no angle: give it the mean of its triangle's other corners."""
    pole = rho < 1e-9 * max(float(rho.max(initial=0.0)), 1e-12)
    if not pole.any():
        return phi
    rest = np.where(pole, 0.0, phi)
    cnt = np.maximum((~pole).sum(axis=1, keepdims=True), 1)
    mean = rest.sum(axis=1, keepdims=True) / cnt
    return np.where(pole, mean, phi)


def spherical_uv(m: Mesh, axis: str = "y") -> Mesh:
    a, s, c = _frame(axis)
    lo, hi = m.positions.min(axis=0), m.positions.max(axis=0)
    q = m.positions - (lo + hi) / 2
    dist = np.sqrt(np.sum(q * q, axis=1))
    r_ref = float(np.mean(dist)) if len(dist) else 1.0
    tri = m.indices
    rho = np.hypot(q[:, s], q[:, c])
    phi = _fix_poles(_unwrap_angles(np.arctan2(q[tri, s], q[tri, c])), rho[tri])
    lat = np.arctan2(q[tri, a], rho[tri])
    corners = np.stack([phi * r_ref, -lat * r_ref], axis=2)
    return _weld(m, corners)


def auto_uv(m: Mesh) -> Mesh:
    """An xatlas unwrap, scaled so that one UV unit is one metre (its charts' total UV area equals
    the surface area)."""
    try:
        import xatlas
    except ImportError as exc:  # a core dependency; only a broken install lacks it
        raise InvalidInput(
            "UV mode `auto` needs the xatlas package.",
            "Reinstall assetsmith (xatlas is a core dependency).",
        ) from exc
    vmap, idx, uv = xatlas.parametrize(
        np.ascontiguousarray(m.positions, dtype=np.float32),
        np.ascontiguousarray(m.indices, dtype=np.uint32),
    )
    pos, nrm = m.positions[vmap], m.normals[vmap]
    idx = idx.astype(np.int64)
    p = pos[idx]
    area3 = 0.5 * np.linalg.norm(cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0]), axis=1).sum()
    t = uv.astype(np.float64)[idx]
    e1, e2 = t[:, 1] - t[:, 0], t[:, 2] - t[:, 0]
    area_uv = 0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]).sum()
    scale = float(np.sqrt(area3 / max(area_uv, 1e-30)))
    return Mesh(pos, nrm, uv.astype(np.float64) * scale, idx)


def project_uv(m: Mesh, mode: str, axis: str = "y") -> Mesh:
    """The mesh with UVs by `mode` (`native` returns it unchanged)."""
    if mode == "native" or m.triangle_count == 0:
        return m
    if mode == "box":
        return box_uv(m)
    if mode == "cylindrical":
        return cylindrical_uv(m, axis)
    if mode == "spherical":
        return spherical_uv(m, axis)
    if mode == "planar":
        return planar_axis_uv(m, axis)
    if mode == "auto":
        return auto_uv(m)
    raise ValueError(f"unknown UV mode {mode!r}")
