"""Measurements the geometry tests assert on (kept apart so failures print useful numbers)."""

from __future__ import annotations

import numpy as np

from assetsmith.geometry.mesh import Mesh


def triangle_normals(mesh: Mesh) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-triangle winding normals (unnormalised: length = 2 * area), centroids, areas."""
    p = mesh.positions.astype(np.float64)[mesh.indices.astype(np.int64)]
    n = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    return n, p.mean(axis=1), 0.5 * np.linalg.norm(n, axis=1)


def outwardness(mesh: Mesh) -> float:
    """Sum over triangles of area-weighted n . (c - C) / total area; = 3 * volume / area for a closed
    surface: positive when faces wind counter-clockwise seen from outside."""
    n, c, a = triangle_normals(mesh)
    centre = mesh.positions.astype(np.float64).mean(axis=0)
    return float(0.5 * np.sum(n * (c - centre)) / max(a.sum(), 1e-30))


def normal_agreement(mesh: Mesh) -> float:
    """Fraction of triangles whose vertex normals agree with their winding (mean dot > 0)."""
    n, _, a = triangle_normals(mesh)
    vn = mesh.normals.astype(np.float64)[mesh.indices.astype(np.int64)].mean(axis=1)
    dots = np.sum(vn * n, axis=1)
    return float(np.sum(a * (dots > 0)) / max(a.sum(), 1e-30))


def closed_components_volume(mesh: Mesh) -> float | None:
    """Signed volume when the part is closed (every welded edge used exactly twice), else None."""
    pos = np.round(mesh.positions.astype(np.float64), 5)
    _, weld = np.unique(pos, axis=0, return_inverse=True)
    idx = weld.reshape(-1)[mesh.indices.astype(np.int64)]
    edges = np.sort(np.concatenate([idx[:, [0, 1]], idx[:, [1, 2]], idx[:, [2, 0]]]), axis=1)
    _, counts = np.unique(edges, axis=0, return_counts=True)
    if not np.all(counts == 2):
        return None
    p = mesh.positions.astype(np.float64)[mesh.indices.astype(np.int64)]
    return float(np.einsum("ij,ij->i", p[:, 0], np.cross(p[:, 1], p[:, 2])).sum() / 6.0)


def texel_ratios(mesh: Mesh, min_edge: float = 1e-3) -> np.ndarray:
    """|delta UV| / |delta position| over every triangle edge longer than `min_edge` metres."""
    idx = mesh.indices.astype(np.int64)
    a = np.concatenate([idx[:, 0], idx[:, 1], idx[:, 2]])
    b = np.concatenate([idx[:, 1], idx[:, 2], idx[:, 0]])
    dp = np.linalg.norm(mesh.positions[a].astype(np.float64) - mesh.positions[b], axis=1)
    du = np.linalg.norm(mesh.uvs[a].astype(np.float64) - mesh.uvs[b], axis=1)
    keep = dp > min_edge
    return du[keep] / dp[keep]


def all_positions(parts) -> np.ndarray:
    return np.concatenate([p.mesh.positions for p in parts]).astype(np.float64)


def vertex_face_normals(mesh: Mesh) -> np.ndarray:
    """Area-weighted normals from the triangles around each vertex (by index)."""
    n, _, _ = triangle_normals(mesh)
    out = np.zeros((mesh.vertex_count, 3))
    for k in range(3):
        np.add.at(out, mesh.indices[:, k].astype(np.int64), n)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-30)
