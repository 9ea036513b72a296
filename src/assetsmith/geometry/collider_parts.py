"""Collision meshes for engines that import collision by mesh name (Unreal's UCX_/UBX_ prefixes).

One hull around a whole asset is too coarse where parts stand apart (a table's legs, a chair's
back, a lantern's handle): physics sees a solid block. The asset's parts are its natural convex
decomposition (each is a primitive or a revolved profile, close to convex), so `part_hulls` makes
one bounded hull per part (`hull.bounded_hull`, at most 196 triangles each) rather than running a
general decomposer: coacd would cost seconds per asset on two cores and split a barrel's staves.
Parts too flat or too small for a hull of their own (under 1% of the asset's extent in any
direction, or fewer than 4 points) are merged into the next hull so nothing is left uncovered.
"""

from __future__ import annotations

import numpy as np

from .hull import bounded_hull
from .mesh import Mesh, Part
from .ops import vertex_normals

MAX_HULLS = 16  # Unreal handles more, but each costs physics time; parts beyond this are merged


def hull_mesh(points: np.ndarray) -> Mesh:
    """The bounded enclosing hull of `points` as a mesh (positions, normals; no UVs used)."""
    verts, faces = bounded_hull(points)
    nrm = vertex_normals(verts, faces)
    return Mesh(
        positions=verts.astype(np.float32),
        normals=nrm.astype(np.float32),
        uvs=np.zeros((len(verts), 2), dtype=np.float32),
        indices=faces.astype(np.uint32),
    )


def part_hulls(parts: list[Part]) -> list[Mesh]:
    """One enclosing convex hull per part (in part order), at most MAX_HULLS."""
    clouds = [
        np.asarray(p.mesh.positions, dtype=np.float64) for p in parts if p.mesh.triangle_count
    ]
    if not clouds:
        return []
    everything = np.concatenate(clouds)
    extent = np.maximum(everything.max(axis=0) - everything.min(axis=0), 1e-9)
    groups: list[np.ndarray] = []
    carry = np.zeros((0, 3))
    for cloud in clouds:
        pts = np.concatenate([carry, cloud])
        thin = (pts.max(axis=0) - pts.min(axis=0)) < 0.01 * extent
        if len(pts) < 4 or thin.any():
            carry = pts  # too flat for a hull of its own: ride along with the next part
            continue
        groups.append(pts)
        carry = np.zeros((0, 3))
    if len(carry):
        if groups:
            groups[-1] = np.concatenate([groups[-1], carry])
        else:
            groups.append(carry)
    while len(groups) > MAX_HULLS:  # merge the two smallest neighbours
        i = min(range(len(groups) - 1), key=lambda k: len(groups[k]) + len(groups[k + 1]))
        groups[i : i + 2] = [np.concatenate(groups[i : i + 2])]
    return [hull_mesh(g) for g in groups]


def box_mesh(points: np.ndarray) -> Mesh:
    """The axis-aligned box around `points` as a closed 12-triangle mesh (Unreal's UBX_)."""
    lo, hi = np.asarray(points).min(axis=0), np.asarray(points).max(axis=0)
    corners = np.array(
        [[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
    )
    return hull_mesh(corners)
