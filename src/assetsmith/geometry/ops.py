"""Mesh operations shared by the primitives and builders: merge, rigid transforms, normals, clean-up.

While an asset is being built, meshes carry float64 arrays and UVs in metres; `finalize` casts to
the glTF types (float32 attributes, uint32 indices) once a part is complete.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .mesh import Mesh

# Triangles with less area than this (m^2, about a 10 um square) count as degenerate and are dropped.
MIN_TRIANGLE_AREA = 1e-10


def make_mesh(positions, normals, uvs, indices) -> Mesh:
    return Mesh(
        positions=np.asarray(positions, dtype=np.float64).reshape(-1, 3),
        normals=np.asarray(normals, dtype=np.float64).reshape(-1, 3),
        uvs=np.asarray(uvs, dtype=np.float64).reshape(-1, 2),
        indices=np.asarray(indices, dtype=np.int64).reshape(-1, 3),
    )


def merge(meshes: Iterable[Mesh]) -> Mesh:
    """Concatenate meshes into one (indices offset; no welding)."""
    meshes = [m for m in meshes if m.triangle_count]
    if not meshes:
        return make_mesh(np.zeros((0, 3)), np.zeros((0, 3)), np.zeros((0, 2)), np.zeros((0, 3)))
    offsets = np.cumsum([0] + [m.vertex_count for m in meshes[:-1]])
    return Mesh(
        positions=np.concatenate([m.positions for m in meshes]),
        normals=np.concatenate([m.normals for m in meshes]),
        uvs=np.concatenate([m.uvs for m in meshes]),
        indices=np.concatenate([m.indices + o for m, o in zip(meshes, offsets, strict=True)]),
    )


def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """np.cross for (..., 3) arrays without its per-call overhead."""
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    return np.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)


def unit(v: np.ndarray, fallback=(0.0, 1.0, 0.0)) -> np.ndarray:
    """Unit vectors along the last axis; zero-length rows become `fallback`."""
    ln = np.sqrt(np.sum(v * v, axis=-1, keepdims=True))
    ok = ln > 1e-12
    return np.where(ok, v / np.where(ok, ln, 1.0), np.asarray(fallback, dtype=np.float64))


def rotation(axis: str | np.ndarray, angle: float) -> np.ndarray:
    """A 3x3 rotation matrix about a principal axis ('x', 'y', 'z') or a vector, right-handed."""
    if isinstance(axis, str):
        a = np.asarray(
            {"x": (1.0, 0, 0), "y": (0, 1.0, 0), "z": (0, 0, 1.0)}[axis], dtype=np.float64
        )
    else:
        a = np.asarray(axis, dtype=np.float64)
    a = a / np.linalg.norm(a)
    c, s = np.cos(angle), np.sin(angle)
    x, y, z = a
    return np.array(
        [
            [c + x * x * (1 - c), x * y * (1 - c) - z * s, x * z * (1 - c) + y * s],
            [y * x * (1 - c) + z * s, c + y * y * (1 - c), y * z * (1 - c) - x * s],
            [z * x * (1 - c) - y * s, z * y * (1 - c) + x * s, c + z * z * (1 - c)],
        ]
    )


def transform(mesh: Mesh, rot: np.ndarray | None = None, offset=(0.0, 0.0, 0.0)) -> Mesh:
    """Rigid transform (rotation then translation); UVs, being in metres, stay valid."""
    pos, nrm = mesh.positions, mesh.normals
    if rot is not None:
        if np.linalg.det(rot) <= 0:
            raise ValueError("transform() takes proper rotations only (mirroring flips winding)")
        pos = pos @ rot.T
        nrm = nrm @ rot.T
    return Mesh(
        positions=pos + np.asarray(offset, dtype=np.float64),
        normals=nrm,
        uvs=mesh.uvs,
        indices=mesh.indices,
    )


def triangle_areas(positions: np.ndarray, indices: np.ndarray) -> np.ndarray:
    p = positions[indices]
    c = cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    return 0.5 * np.sqrt(np.sum(c * c, axis=1))


def drop_degenerate(mesh: Mesh, min_area: float = MIN_TRIANGLE_AREA) -> Mesh:
    """Remove triangles that repeat an index or have (almost) no area, then unused vertices."""
    idx = mesh.indices
    keep = (idx[:, 0] != idx[:, 1]) & (idx[:, 1] != idx[:, 2]) & (idx[:, 0] != idx[:, 2])
    keep &= triangle_areas(mesh.positions, idx) > min_area
    if keep.all():
        return mesh
    return compact(Mesh(mesh.positions, mesh.normals, mesh.uvs, idx[keep], mesh.tangents))


def compact(mesh: Mesh) -> Mesh:
    """Drop vertices no triangle uses."""
    used = np.zeros(mesh.vertex_count, dtype=bool)
    used[mesh.indices.ravel()] = True
    if used.all():
        return mesh
    remap = np.cumsum(used) - 1
    tan = mesh.tangents[used] if mesh.tangents is not None else None
    return Mesh(mesh.positions[used], mesh.normals[used], mesh.uvs[used], remap[mesh.indices], tan)


def vertex_normals(positions: np.ndarray, indices: np.ndarray) -> np.ndarray:
    """Area-weighted smooth normals over the triangles that share each vertex index."""
    p = positions[indices]
    fn = cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])  # length = 2 * area: area weighting
    flat, rep = indices.ravel(), np.repeat(fn, 3, axis=0)
    n = np.stack(
        [np.bincount(flat, weights=rep[:, c], minlength=len(positions)) for c in range(3)], 1
    )
    return unit(n)


def scale_uniform(mesh: Mesh, s: float, offset=(0.0, 0.0, 0.0), uv_scale: float = 1.0) -> Mesh:
    """Translate then scale positions about the origin; UVs scale with them (texel density kept)."""
    pos = (mesh.positions + np.asarray(offset)) * s
    return Mesh(pos, mesh.normals, mesh.uvs * (s * uv_scale), mesh.indices, mesh.tangents)


def finalize(mesh: Mesh) -> Mesh:
    """Cast to the glTF types, renormalise normals, drop degenerate triangles and unused vertices."""
    pos32 = np.ascontiguousarray(mesh.positions, dtype=np.float32)
    m = drop_degenerate(Mesh(pos32.astype(np.float64), unit(mesh.normals), mesh.uvs, mesh.indices))
    m = compact(m)
    return Mesh(
        positions=np.ascontiguousarray(m.positions, dtype=np.float32),
        normals=np.ascontiguousarray(m.normals, dtype=np.float32),
        uvs=np.ascontiguousarray(m.uvs, dtype=np.float32),
        indices=np.ascontiguousarray(m.indices, dtype=np.uint32),
    )
