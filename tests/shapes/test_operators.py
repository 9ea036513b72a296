"""Operators: copies land where they should, deformations move what they should and keep the
surface closed, booleans give the volumes set arithmetic says; UV strategies give metres."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.shapes.assemble import ProgramBuilder
from assetsmith.shapes.detail import Resolution
from assetsmith.shapes.ops import ShapeError
from assetsmith.shapes.uv import project_uv
from assetsmith.shapes.validate import check_program

from . import meshcheck as C

BOX = {"type": "box", "size": [1.0, 1.0, 1.0]}
UNIT_POST = {"type": "box", "size": [0.2, 1.0, 0.2]}


def build(prim: dict, ops: list[dict], level: int = 16, seed: int = 1):
    """The one part's merged mesh (its own frame) at `level`."""
    full = check_program(C.one(prim, ops=ops))
    shape = ProgramBuilder(full, seed).local(0, level)
    from assetsmith.geometry.ops import merge

    return merge([m for _, m in shape])


def centres_of_copies(mesh, n: int) -> np.ndarray:
    return mesh.positions.reshape(n, -1, 3).mean(axis=1)


def test_array_places_copies_in_a_row():
    m = build(UNIT_POST, [{"op": "array", "count": 4, "offset": [0.5, 0, 0]}])
    assert m.triangle_count == 4 * 12
    c = centres_of_copies(m, 4)
    assert np.allclose(c[:, 0], [0, 0.5, 1.0, 1.5]) and np.allclose(c[:, 1], 0.5)
    centred = build(UNIT_POST, [{"op": "array", "count": 3, "offset": [0, 0, 1], "center": True}])
    assert np.allclose(centres_of_copies(centred, 3)[:, 2], [-1, 0, 1])


def test_radial_places_copies_round_the_axis():
    m = build(UNIT_POST, [{"op": "radial", "count": 6, "radius": 2.0}])
    c = centres_of_copies(m, 6)
    assert np.allclose(np.hypot(c[:, 0], c[:, 2]), 2.0)
    ang = np.sort(np.degrees(np.arctan2(c[:, 0], c[:, 2])) % 360)
    assert np.allclose(np.diff(ang), 60.0)
    part = build(UNIT_POST, [{"op": "radial", "count": 3, "radius": 1.0, "start": -45, "span": 90}])
    ang = np.sort(np.degrees(np.arctan2(*centres_of_copies(part, 3)[:, [0, 2]].T)))
    assert np.allclose(ang, [-45, 0, 45])


def test_jitter_is_seeded_and_bounded():
    ops = [
        {
            "op": "array",
            "count": 8,
            "offset": [1, 0, 0],
            "jitter": {"translate": [0.1, 0, 0], "rotate": [0, 20, 0], "scale": 0.2},
        }
    ]
    a, b, c = (
        build(UNIT_POST, ops, seed=1),
        build(UNIT_POST, ops, seed=1),
        build(UNIT_POST, ops, seed=2),
    )
    assert a.positions.tobytes() == b.positions.tobytes()
    assert not np.array_equal(a.positions, c.positions)
    cx = centres_of_copies(a, 8)[:, 0]
    assert np.all(np.abs(cx - np.arange(8)) <= 0.1 + 1e-9)
    assert C.is_closed_and_oriented(a) and C.signed_volume(a) > 0


def test_mirror_keeps_faces_outward():
    wing = {
        "type": "extrude",
        "outline": [[0.2, 0], [1, 0.3], [1, 0.5], [0.2, 0.6]],
        "depth": 0.05,
        "axis": "y",
    }
    m = build(wing, [{"op": "mirror", "axis": "x"}])
    lo, hi = C.extents(m)
    assert np.isclose(lo[0], -1) and np.isclose(hi[0], 1)
    assert C.is_closed_and_oriented(m) and C.signed_volume(m) > 0
    assert C.normal_agreement(m) > 0.99
    only = build(wing, [{"op": "mirror", "axis": "x", "keep": False}])
    assert C.extents(only)[1][0] < -0.19


def test_scatter_keeps_its_spacing_and_stays_on_the_ground():
    pebble = {"type": "sphere", "radius": 0.05}
    m = build(pebble, [{"op": "scatter", "count": 12, "size": [1, 1], "spacing": 0.2}])
    n = m.vertex_count // build(pebble, []).vertex_count
    c = centres_of_copies(m, n)
    d = np.linalg.norm(c[:, None, [0, 2]] - c[None, :, [0, 2]], axis=2) + np.eye(n) * 9
    assert n == 12 and d.min() >= 0.2 - 1e-9
    assert abs(C.extents(m)[0][1]) < 1e-9 and np.all(np.hypot(c[:, 0], c[:, 2]) <= 1.0 + 1e-9)


def test_scatter_in_a_crowded_area_keeps_fewer_copies_apart():
    pebble = {"type": "sphere", "radius": 0.02}
    m = build(pebble, [{"op": "scatter", "count": 60, "size": [0.3, 0.3], "spacing": 0.12}])
    n = m.vertex_count // build(pebble, []).vertex_count
    c = centres_of_copies(m, n)
    d = np.linalg.norm(c[:, None, [0, 2]] - c[None, :, [0, 2]], axis=2) + np.eye(n) * 9
    assert 4 <= n < 60 and d.min() >= 0.12 - 1e-9  # as many as fit, never closer than the spacing
    again = build(
        pebble, [{"op": "scatter", "count": 60, "size": [0.3, 0.3], "spacing": 0.12}], level=8
    )
    assert (
        again.vertex_count // build(pebble, [], level=8).vertex_count == n
    )  # the same spots at any level


def test_taper_narrows_the_top():
    m = build({"type": "cylinder", "radius": 0.5, "height": 2.0}, [{"op": "taper", "scale": 0.5}])
    top = m.positions[m.positions[:, 1] > 1.999]
    assert np.isclose(np.abs(top[:, 0]).max(), 0.25, atol=1e-6)
    assert C.is_closed_and_oriented(m) and C.normal_agreement(m) > 0.99


def test_bend_curls_a_post_and_keeps_it_closed():
    m = build(UNIT_POST, [{"op": "bend", "angle": 90, "axis": "y", "toward": "x"}], level=24)
    lo, hi = C.extents(m)
    assert hi[0] > 0.5  # the top has swung over towards +x
    assert hi[1] < 0.75  # ... so the post is no longer 1 m tall
    assert C.is_closed_and_oriented(m) and C.signed_volume(m) > 0
    assert C.normal_agreement(m) > 0.98


def test_twist_keeps_heights_and_turns_the_top():
    m = build({"type": "box", "size": [1, 2, 0.2]}, [{"op": "twist", "angle": 90}], level=24)
    lo, hi = C.extents(m)
    assert np.isclose(lo[1], 0) and np.isclose(hi[1], 2)
    top = m.positions[m.positions[:, 1] > 1.999]
    assert np.ptp(top[:, 2]) > 0.9  # the top slab now lies across Z
    assert C.is_closed_and_oriented(m) and C.normal_agreement(m) > 0.98


def test_transform_operator_moves_before_later_ops():
    m = build(
        UNIT_POST, [{"op": "transform", "translate": [1, 0, 0]}, {"op": "mirror", "axis": "x"}]
    )
    lo, hi = C.extents(m)
    assert np.isclose(lo[0], -1.1) and np.isclose(hi[0], 1.1)


def test_difference_union_intersection_volumes():
    small = {
        "primitive": {"type": "box", "size": [0.5, 2.0, 0.5]},
        "transform": {"translate": [0, -0.5, 0]},
    }
    diff = build(BOX, [{"op": "difference", "shapes": [small]}])
    assert np.isclose(C.signed_volume(diff), 1 - 0.25, atol=1e-9)
    assert C.is_closed_and_oriented(diff) and C.normal_agreement(diff) > 0.999
    side = {"primitive": BOX, "transform": {"translate": [0.5, 0, 0]}}
    uni = build(BOX, [{"op": "union", "shapes": [side]}])
    assert np.isclose(C.signed_volume(uni), 1.5, atol=1e-9)
    inter = build(BOX, [{"op": "intersection", "shapes": [side]}])
    assert np.isclose(C.signed_volume(inter), 0.5, atol=1e-9)


def test_a_cut_keeps_uvs_and_the_cutter_faces_point_out():
    hole = {
        "primitive": {"type": "cylinder", "radius": 0.2, "height": 2},
        "transform": {"translate": [0, -0.5, 0]},
    }
    m = build(BOX, [{"op": "difference", "shapes": [hole]}], level=20)
    assert C.finite(m) and C.is_closed_and_oriented(m)
    inner = np.hypot(m.positions[:, 0], m.positions[:, 2]) < 0.21
    radial = m.positions[inner][:, [0, 2]] / np.linalg.norm(
        m.positions[inner][:, [0, 2]], axis=1, keepdims=True
    )
    walls = np.abs(m.normals[inner][:, 1]) < 0.5
    # The hole's wall normals point into the hole (away from the solid).
    assert np.all(np.sum(m.normals[inner][walls][:, [0, 2]] * radial[walls], axis=1) < -0.9)


def test_a_difference_that_removes_everything_is_an_error():
    eat = {"primitive": {"type": "box", "size": [3, 3, 3]}, "transform": {"translate": [0, -1, 0]}}
    with pytest.raises(ShapeError, match="leaves nothing"):
        build(BOX, [{"op": "difference", "shapes": [eat]}])


def test_smooth_rounds_a_box():
    m = build(BOX, [{"op": "smooth", "levels": 1, "sharp": 150}], level=0)
    assert m.triangle_count > 12 * 3
    # Interpolating subdivision keeps the corners and bulges the faces: rounder, a little larger.
    assert C.is_closed_and_oriented(m) and 1.0 < C.signed_volume(m) < 4 / 3 * np.pi * 0.87**3
    assert C.normal_agreement(m) > 0.99


@pytest.mark.parametrize("mode", ["box", "cylindrical", "spherical", "planar", "auto"])
def test_uv_projections_are_finite_and_in_metres(mode):
    from assetsmith.shapes.prims import BUILDERS

    prim = check_program(C.one({"type": "cylinder", "radius": 0.5, "height": 1.0}))["parts"][0][
        "primitive"
    ]
    m = project_uv(BUILDERS["cylinder"](prim, Resolution(20, 1.0)), mode, "y")
    assert C.finite(m) and C.is_closed_and_oriented(m)
    t = m.indices
    dp = np.linalg.norm(m.positions[t[:, 0]] - m.positions[t[:, 1]], axis=1)
    du = np.linalg.norm(m.uvs[t[:, 0]] - m.uvs[t[:, 1]], axis=1)
    keep = dp > 1e-3
    ratio = np.median(du[keep] / dp[keep])
    assert 0.7 < ratio < 1.4, ratio


def test_box_projection_maps_a_face_to_its_size():
    from assetsmith.shapes.prims import BUILDERS

    prim = check_program(C.one({"type": "box", "size": [2.0, 1.0, 0.5]}))["parts"][0]["primitive"]
    m = project_uv(BUILDERS["box"](prim, Resolution(0, 1.0)), "box")
    front = m.normals[:, 2] > 0.9
    assert np.allclose(np.ptp(m.uvs[front], axis=0), [2.0, 1.0])
