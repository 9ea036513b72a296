"""Physics colliders for a finished LOD0: box, Y-axis capsule, bounded convex hull."""

from __future__ import annotations

import numpy as np

from .hull import bounded_hull
from .mesh import Collider, Mesh
from .ops import vertex_normals
from .tangents import compute_tangents

COLLIDER_KINDS = ("box", "capsule", "mesh_convex", "none")
MAX_HULL_TRIANGLES = 255  # Unity's limit for a convex MeshCollider


def _vec3(v: np.ndarray) -> tuple[float, float, float]:
    return float(v[0]), float(v[1]), float(v[2])


def box_collider(points: np.ndarray) -> Collider:
    lo, hi = points.min(axis=0), points.max(axis=0)
    return Collider("box", center=_vec3((lo + hi) / 2), size=_vec3(hi - lo))


def _capsule_span(y: np.ndarray, rho: np.ndarray, radius: float) -> tuple[float, float]:
    """The shortest axis segment [a, b] whose radius-`radius` capsule holds every point (a > b:
    any centre in [b, a] works)."""
    reach = np.sqrt(np.maximum(radius * radius - rho * rho, 0.0))
    return float((y + reach).min()), float((y - reach).max())


def capsule_collider(points: np.ndarray) -> Collider:
    """A Y-axis capsule around the XZ bounds centre that encloses every point: the radius is at
    least the largest radial distance, chosen (from a few candidates) for the smallest volume.
    Its rounded ends may reach a little beyond the mesh's top and bottom."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    cx, cz = (lo[0] + hi[0]) / 2, (lo[2] + hi[2]) / 2
    y = points[:, 1]
    rho = np.hypot(points[:, 0] - cx, points[:, 2] - cz)
    r_min = max(float(rho.max()), 1e-6)
    best = None
    for f in np.linspace(1.0, 1.6, 13):
        r = r_min * f * (1 + 1e-6)
        a, b = _capsule_span(y, rho, r)
        if a > b:  # a sphere anywhere on [b, a] holds every point
            a = b = (a + b) / 2
        vol = np.pi * r * r * (b - a) + 4.0 / 3.0 * np.pi * r**3
        if best is None or vol < best[0]:
            best = (vol, r, a, b)
    assert best is not None  # the loop above runs 13 times
    _, r, a, b = best
    return Collider(
        "capsule",
        center=(float(cx), (a + b) / 2, float(cz)),
        radius=float(r),
        height=float(b - a + 2 * r),
    )


def convex_collider(points: np.ndarray) -> Collider:
    verts, faces = bounded_hull(points)
    if len(faces) > MAX_HULL_TRIANGLES:  # cannot happen with <= 128 directions; keep the promise
        verts, faces = bounded_hull(points, directions=64)
    nrm = vertex_normals(verts, faces)
    hull = Mesh(
        positions=verts.astype(np.float32),
        normals=nrm.astype(np.float32),
        uvs=np.zeros((len(verts), 2), dtype=np.float32),
        indices=faces.astype(np.uint32),
    )
    hull.tangents = compute_tangents(hull.positions, hull.normals, hull.uvs, hull.indices)
    lo, hi = verts.min(axis=0), verts.max(axis=0)
    return Collider("mesh_convex", center=_vec3((lo + hi) / 2), hull=hull)


def make_collider(kind: str, points: np.ndarray) -> Collider | None:
    """The collider `kind` ("box", "capsule", "mesh_convex", "none") around the given points."""
    if kind == "none":
        return None
    points = np.asarray(points, dtype=np.float64)
    return {"box": box_collider, "capsule": capsule_collider, "mesh_convex": convex_collider}[kind](
        points
    )
