"""Colliders: box and capsule enclose LOD0; convex hulls stay within Unity's 255 triangles and
contain every vertex."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.geometry.collider import MAX_HULL_TRIANGLES, make_collider
from assetsmith.geometry.hull import bounded_hull, convex_hull

from . import geo_metrics as M
from .geo_builds import build


def _hull_planes(verts: np.ndarray, faces: np.ndarray):
    a, b, c = (verts[faces[:, k]].astype(np.float64) for k in range(3))
    n = np.cross(b - a, c - a)
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    return n, np.sum(n * a, axis=1)


def _lod0_points(name: str) -> np.ndarray:
    return M.all_positions(build(name).parts)


@pytest.mark.parametrize("kind", ["box", "capsule", "mesh_convex", "none"])
def test_build_geometry_returns_the_requested_collider(kind):
    g = build("crate", budget=1000, collider=kind)
    assert (g.collider is None) if kind == "none" else (g.collider.kind == kind)


def test_box_collider_is_the_bounds(name):
    p = _lod0_points(name)
    c = make_collider("box", p)
    assert c.kind == "box"
    lo = np.array(c.center) - np.array(c.size) / 2
    hi = np.array(c.center) + np.array(c.size) / 2
    assert np.allclose(lo, p.min(axis=0), atol=1e-6) and np.allclose(hi, p.max(axis=0), atol=1e-6)
    assert c.to_json()["kind"] == "box"


def test_capsule_collider_encloses_every_vertex(name):
    p = _lod0_points(name)
    c = make_collider("capsule", p)
    assert c.kind == "capsule" and c.radius > 0 and c.height >= 2 * c.radius
    cx, cy, cz = c.center
    half = c.height / 2 - c.radius
    y = np.clip(p[:, 1], cy - half, cy + half)
    d = np.sqrt((p[:, 0] - cx) ** 2 + (p[:, 1] - y) ** 2 + (p[:, 2] - cz) ** 2)
    assert d.max() <= c.radius * (1 + 1e-5)
    assert c.to_json()["axis"] == "y"


def test_convex_hull_collider_is_small_and_encloses(name):
    p = _lod0_points(name)
    collider = make_collider("mesh_convex", p)
    hull = collider.hull
    assert collider.kind == "mesh_convex"
    assert 4 <= hull.triangle_count <= MAX_HULL_TRIANGLES
    n, off = _hull_planes(hull.positions, hull.indices.astype(np.int64))
    size = np.ptp(p, axis=0).max()
    assert (p @ n.T - off).max() <= 1e-5 * size  # every vertex inside or on the hull
    # Outward, closed, and not much bigger than the mesh.
    assert M.closed_components_volume(hull) > 0
    lo, hi = hull.positions.min(axis=0), hull.positions.max(axis=0)
    assert np.all(lo >= p.min(axis=0) - 0.05 * size) and np.all(hi <= p.max(axis=0) + 0.05 * size)
    assert hull.tangents is not None and np.isfinite(hull.tangents).all()
    assert collider.to_json()["hull_triangles"] == hull.triangle_count


def test_exact_hull_of_random_points_contains_them():
    rng = np.random.default_rng(3)
    for pts in (rng.normal(size=(400, 3)), rng.uniform(-1, 1, (300, 3)) * (3, 1, 0.2)):
        faces = convex_hull(pts)
        n, off = _hull_planes(pts, faces)
        assert (pts @ n.T - off).max() < 1e-9
        edges = np.sort(
            np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1
        )
        _, counts = np.unique(edges, axis=0, return_counts=True)
        assert np.all(counts == 2)  # closed and manifold


def test_bounded_hull_caps_the_vertex_count_of_a_dense_sphere():
    rng = np.random.default_rng(4)
    pts = rng.normal(size=(5000, 3))
    pts /= np.linalg.norm(pts, axis=1, keepdims=True)
    verts, faces = bounded_hull(pts)
    assert len(verts) <= 128 and len(faces) <= MAX_HULL_TRIANGLES
    n, off = _hull_planes(verts, faces)
    assert (pts @ n.T - off).max() <= 1e-9
    assert np.linalg.norm(verts, axis=1).max() < 1.1  # only a little inflated


def test_flat_point_sets_are_rejected():
    pts = np.random.default_rng(5).uniform(size=(50, 3))
    pts[:, 1] = 0.0
    with pytest.raises(ValueError):
        convex_hull(pts)


def test_make_collider_kinds():
    pts = np.random.default_rng(6).uniform(-1, 1, (200, 3))
    assert make_collider("none", pts) is None
    for kind in ("box", "capsule", "mesh_convex"):
        assert make_collider(kind, pts).kind == kind


def test_hulls_of_boxy_point_sets_stay_manifold_and_enclosing():
    """Box faces give many exactly coplanar points: the classic trap for incremental hulls."""
    g = np.linspace(-1, 1, 7)
    grid = np.array(np.meshgrid(g, g, g)).reshape(3, -1).T
    shell = grid[np.abs(grid).max(axis=1) == 1]  # points on the six faces only
    rng = np.random.default_rng(8)
    for pts in (shell, shell * (2.0, 0.1, 1.0), np.vstack([shell, rng.uniform(-1, 1, (50, 3))])):
        verts, faces = bounded_hull(pts)
        edges = np.sort(
            np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1
        )
        _, counts = np.unique(edges, axis=0, return_counts=True)
        assert np.all(counts == 2)
        n, off = _hull_planes(verts, faces)
        assert (pts @ n.T - off).max() <= 1e-6
        assert np.allclose(np.ptp(verts, axis=0), np.ptp(pts, axis=0), rtol=0.02)
