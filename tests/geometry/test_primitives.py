"""The building blocks on their own: closed outward solids, exact UV density, tangents."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.geometry.blob import blob, bump_field
from assetsmith.geometry.grid import fan_cap, grid_mesh
from assetsmith.geometry.mesh import Mesh
from assetsmith.geometry.ops import finalize, rotation, transform
from assetsmith.geometry.primitives import bars, box, faceted_loft, rounded_rect
from assetsmith.geometry.revolve import arc, cylinder, lathe, tube
from assetsmith.geometry.tangents import compute_tangents

from . import geo_metrics as M


def _solid_checks(m: Mesh, volume: float | None = None, rel: float = 0.05):
    vol = M.closed_components_volume(m)
    assert vol is not None and vol > 0
    if volume is not None:
        assert vol == pytest.approx(volume, rel=rel)
    assert M.normal_agreement(m) > 0.99
    r = M.texel_ratios(m, min_edge=1e-4)
    assert np.median(r) == pytest.approx(1.0, abs=0.03)


def test_box_is_a_closed_box_with_split_normals():
    m = box((1.0, 2.0, 3.0), center=(0, 1, 0))
    _solid_checks(m, 6.0, rel=1e-9)
    assert m.vertex_count == 24 and m.triangle_count == 12
    assert set(map(tuple, np.abs(m.normals).round(6))) == {(1, 0, 0), (0, 1, 0), (0, 0, 1)}


@pytest.mark.parametrize("k", [0, 1, 3])
@pytest.mark.parametrize("axis", [0, 1, 2])
def test_bars_along_each_axis(k, axis):
    size = np.array([0.1, 0.2, 0.3])
    size[axis] = 1.0
    m = bars([size, size * 0.5], [(0, 0, 0), (2, 0, 0)], axis=axis, bevel=0.02, k=k)
    _solid_checks(m, volume=1.125 * np.prod(size), rel=0.06)  # bevels shave a little off
    lo, hi = (
        m.positions[: m.vertex_count // 2].min(axis=0),
        m.positions[: m.vertex_count // 2].max(axis=0),
    )
    assert np.allclose(hi - lo, size, atol=1e-9)
    t = compute_tangents(m.positions, m.normals, m.uvs, m.indices)
    assert np.all(t[:, 3] == 1.0)  # no mirrored UV islands


def test_rotated_bars_keep_their_shape():
    rot = rotation("z", 0.4)
    m = bars([(1, 0.1, 0.1)], [(0, 0, 0)], axis=0, bevel=0.02, k=2, rots=[rot])
    _solid_checks(m, volume=0.01, rel=0.06)
    assert np.ptp(m.positions[:, 1]) > 0.3


def test_lathe_sphere_and_cylinder_volumes():
    sphere = lathe([arc((0.0, 0.0), 1.0, 0.0, np.pi, 24)], 48)
    _solid_checks(sphere, 4 / 3 * np.pi, rel=0.02)
    cyl = cylinder(0.5, 0.0, 2.0, 64)
    _solid_checks(cyl, np.pi * 0.25 * 2, rel=0.01)


def test_lathe_hard_runs_get_their_own_vertices():
    cyl = cylinder(0.5, 0.0, 1.0, 16)
    top = cyl.positions[:, 1] > 0.999
    up = cyl.normals[top, 1] > 0.99
    assert up.any() and (~up).any()  # rim vertices duplicated: cap normals up, side normals out


def test_tube_ring_and_capped_tube():
    th = np.linspace(0, 2 * np.pi, 32, endpoint=False)
    ring = tube(np.stack([2 * np.sin(th), 0 * th, 2 * np.cos(th)], 1), 0.25, 16, closed=True)
    _solid_checks(ring, 2 * np.pi**2 * 2 * 0.25**2, rel=0.05)  # polygonal: a little less
    rod = tube(np.array([[0, 0, 0], [0, 1, 0], [0.5, 2, 0]]), [0.2, 0.2, 0.1], 12, cap_rows=4)
    _solid_checks(rod)


def test_blob_is_closed_with_matching_normals():
    m = blob(bump_field(np.random.default_rng(1), 10, (-0.2, 0.2), (2, 6)), 8, 6, (1.0, 0.7, 1.2))
    _solid_checks(m)
    agree = np.sum(m.normals * M.vertex_face_normals(m), axis=1)
    assert np.median(agree) > 0.98


def test_faceted_loft_pyramid_and_fan_cap():
    sq = np.array([(-1, -1), (-1, 1), (1, 1), (1, -1)], dtype=float)
    rings = np.array([[(a, 0.0, b) for a, b in sq], [(0.0, 1.0, 0.0)] * 4])
    m = faceted_loft(rings)
    from assetsmith.geometry.ops import merge

    solid = merge([m, fan_cap(rings[0], (0, -1, 0))])
    _solid_checks(solid, 4 / 3, rel=1e-6)
    assert m.triangle_count == 4


def test_rounded_rect_is_in_lathe_order():
    pts, n2 = rounded_rect(1.0, 0.5, 0.1, 3)
    ang = np.unwrap(np.arctan2(pts[:, 0], pts[:, 1]))
    assert np.all(np.diff(ang) >= -1e-9)  # phi increases: x = r sin(phi), z = r cos(phi)
    assert np.allclose(np.linalg.norm(n2, axis=1), 1.0)


def test_grid_drops_collapsed_triangles():
    P = np.zeros((3, 4, 3))
    P[0] = (1.5, -1.0, 0.0)
    P[1:, :, 0] = np.arange(4)
    P[2, :, 1] = 1.0
    m = grid_mesh(P)  # the first row is a single point
    assert m.triangle_count == 3 * 2 + 3
    assert M.triangle_normals(m)[2].min() > 0


def test_tangents_follow_u_and_handedness():
    m = box((1, 1, 1), grain=1)
    t = compute_tangents(m.positions, m.normals, m.uvs, m.indices)
    front = m.normals[:, 2] > 0.5
    assert np.allclose(t[front, :3], (1, 0, 0)) and np.all(t[:, 3] == 1)
    mirrored = compute_tangents(m.positions, m.normals, m.uvs * (-1, 1), m.indices)
    assert np.all(mirrored[:, 3] == -1)


def test_tangents_survive_degenerate_uvs():
    m = box((1, 1, 1))
    t = compute_tangents(m.positions, m.normals, np.zeros_like(m.uvs), m.indices)
    assert np.isfinite(t).all()
    assert np.allclose(np.linalg.norm(t[:, :3], axis=1), 1.0)
    assert np.allclose(np.sum(t[:, :3] * m.normals, axis=1), 0.0, atol=1e-6)


def test_finalize_drops_degenerate_and_unused():
    m = box((1, 1, 1))
    extra = Mesh(
        np.vstack([m.positions, [[0, 0, 0], [1e-7, 0, 0]]]),
        np.vstack([m.normals, [[0, 1, 0]] * 2]),
        np.vstack([m.uvs, [[0, 0]] * 2]),
        np.vstack([m.indices, [[24, 25, 24], [0, 1, 1]]]),
    )
    out = finalize(extra)
    assert out.triangle_count == 12 and out.vertex_count == 24
    assert out.positions.dtype == np.float32 and out.indices.dtype == np.uint32


def test_transform_rejects_mirroring():
    with pytest.raises(ValueError):
        transform(box((1, 1, 1)), np.diag([-1.0, 1.0, 1.0]))
