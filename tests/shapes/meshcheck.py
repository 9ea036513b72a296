"""Mesh measurements the shape tests assert on: closedness, orientation, volume, normals."""

from __future__ import annotations

import numpy as np

from assetsmith.geometry.mesh import Mesh


def welded(mesh: Mesh, decimals: int = 7) -> np.ndarray:
    """Triangles over welded vertices (positions equal to `decimals` places share one index)."""
    pos = np.round(np.asarray(mesh.positions, dtype=np.float64), decimals)
    _, weld = np.unique(pos, axis=0, return_inverse=True)
    return weld.reshape(-1)[np.asarray(mesh.indices, dtype=np.int64)]


def is_closed_and_oriented(mesh: Mesh, decimals: int = 7) -> bool:
    """Every edge used by exactly two triangles, in opposite directions (a watertight surface
    with consistent winding); degenerate triangles after welding are ignored."""
    t = welded(mesh, decimals)
    t = t[(t[:, 0] != t[:, 1]) & (t[:, 1] != t[:, 2]) & (t[:, 0] != t[:, 2])]
    directed = np.concatenate([t[:, [0, 1]], t[:, [1, 2]], t[:, [2, 0]]])
    n = int(directed.max()) + 1 if len(directed) else 1
    key = directed[:, 0] * n + directed[:, 1]
    rev = directed[:, 1] * n + directed[:, 0]
    uniq, counts = np.unique(key, return_counts=True)
    if np.any(counts != 1):
        return False
    return bool(np.all(np.isin(rev, uniq)))


def signed_volume(mesh: Mesh) -> float:
    p = np.asarray(mesh.positions, dtype=np.float64)[np.asarray(mesh.indices, dtype=np.int64)]
    return float(np.einsum("ij,ij->i", p[:, 0], np.cross(p[:, 1], p[:, 2])).sum() / 6.0)


def normal_agreement(mesh: Mesh) -> float:
    """Area fraction of triangles whose vertex normals agree with their winding."""
    p = np.asarray(mesh.positions, dtype=np.float64)[np.asarray(mesh.indices, dtype=np.int64)]
    n = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    a = np.linalg.norm(n, axis=1)
    vn = np.asarray(mesh.normals, dtype=np.float64)[np.asarray(mesh.indices, dtype=np.int64)].mean(
        axis=1
    )
    return float(np.sum(a * (np.sum(vn * n, axis=1) > 0)) / max(a.sum(), 1e-30))


def extents(mesh_or_parts) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(mesh_or_parts, Mesh):
        p = np.asarray(mesh_or_parts.positions, dtype=np.float64)
    else:
        p = np.concatenate([q.mesh.positions for q in mesh_or_parts]).astype(np.float64)
    return p.min(axis=0), p.max(axis=0)


def finite(mesh: Mesh) -> bool:
    arrays = [mesh.positions, mesh.normals, mesh.uvs]
    if mesh.tangents is not None:
        arrays.append(mesh.tangents)
    return all(np.all(np.isfinite(a)) for a in arrays)


def prog(*parts: dict, materials: dict | None = None, collider: str = "box") -> dict:
    """A program of raw part dicts, every material declared as iron unless given."""
    mats = materials or {
        m: {"family": "iron"} for m in {p.get("material", "m") for p in parts} if m
    }
    return {
        "version": "1",
        "materials": mats or {"m": {"family": "iron"}},
        "parts": list(parts),
        "collider": collider,
    }


def one(primitive: dict, **extra) -> dict:
    """A one-part program."""
    return prog({"id": "a", "material": "m", "primitive": primitive, **extra})


def piece_boxes(mesh: Mesh, decimals: int = 6) -> list[tuple[np.ndarray, np.ndarray]]:
    """The (min, max) corners of each connected piece of a mesh (vertices at one position count
    as one), smallest min-Y first: a table's legs, a chest's drawer fronts."""
    t = welded(mesh, decimals)
    n = int(t.max()) + 1
    label = np.arange(n)
    edges = np.concatenate([t[:, [0, 1]], t[:, [1, 2]]])
    while True:  # propagate the smallest label along edges until nothing changes
        low = np.minimum(label[edges[:, 0]], label[edges[:, 1]])
        new = label.copy()
        np.minimum.at(new, edges[:, 0], low)
        np.minimum.at(new, edges[:, 1], low)
        new = new[new]
        if np.array_equal(new, label):
            break
        label = new
    pos = np.round(np.asarray(mesh.positions, dtype=np.float64), decimals)
    _, weld = np.unique(pos, axis=0, return_inverse=True)
    weld = weld.reshape(-1)
    vlabel = label[weld]
    out = []
    for lab in np.unique(vlabel):
        p = pos[vlabel == lab]
        out.append((p.min(axis=0), p.max(axis=0)))
    return sorted(out, key=lambda b: (b[0][1], b[0][0], b[0][2]))


def pieces(mesh: Mesh, decimals: int = 6) -> int:
    """Connected pieces of a mesh (vertices at the same position count as one): the number of
    separate objects in a part, e.g. the rungs of a ladder."""
    return len(piece_boxes(mesh, decimals))
