"""Every primitive: closed and outward where it should be, finite, unit normals, deterministic,
standing where the vocabulary says, triangle counts that never drop as the level rises."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.shapes.detail import Resolution
from assetsmith.shapes.prims import BUILDERS
from assetsmith.shapes.validate import check_program
from assetsmith.shapes.vocabulary import PRIMITIVES

from . import meshcheck as C

SAMPLES = {
    "box": {"type": "box", "size": [1.0, 0.5, 0.8]},
    "box_bevel": {"type": "box", "size": [1.0, 0.5, 0.8], "bevel": 0.05},
    "cylinder": {"type": "cylinder", "radius": 0.3, "height": 1.0},
    "cylinder_bevel": {"type": "cylinder", "radius": 0.3, "height": 1.0, "bevel": 0.04},
    "tube": {"type": "cylinder", "radius": 0.5, "height": 0.6, "inner_radius": 0.4, "bevel": 0.02},
    "prism": {"type": "cylinder", "radius": 0.3, "height": 1.0, "sides": 6},
    "cone": {"type": "cone", "radius_bottom": 0.4, "height": 0.8},
    "frustum": {"type": "cone", "radius_bottom": 0.4, "radius_top": 0.2, "height": 0.8},
    "pyramid": {"type": "cone", "radius_bottom": 0.4, "height": 0.8, "sides": 4},
    "sphere": {"type": "sphere", "radius": 0.4},
    "ico": {"type": "sphere", "radius": 0.4, "kind": "ico"},
    "dome": {"type": "sphere", "radius": 0.4, "portion": 0.5},
    "capsule": {"type": "capsule", "radius": 0.2, "height": 1.0},
    "torus": {"type": "torus", "radius": 0.4, "tube_radius": 0.08},
    "torus_arc": {"type": "torus", "radius": 0.4, "tube_radius": 0.08, "arc": 200},
    "lathe": {
        "type": "lathe",
        "profile": [[0, 0], [0.3, 0], [0.35, 0.3], [0.15, 0.6], [0.1, 0.8]],
        "smooth": True,
    },
    "lathe_vessel": {
        "type": "lathe",
        "profile": [[0, 0], [0.3, 0], [0.32, 0.4], [0.29, 0.4], [0.27, 0.03], [0, 0.03]],
    },
    "lathe_reversed": {"type": "lathe", "profile": [[0.1, 0.8], [0.35, 0.3], [0.3, 0], [0, 0]]},
    "extrude": {
        "type": "extrude",
        "outline": [[0, 0], [1, 0], [1, 1], [0, 1]],
        "depth": 0.2,
        "holes": [[[0.3, 0.3], [0.7, 0.3], [0.7, 0.7], [0.3, 0.7]]],
    },
    "extrude_bevel": {
        "type": "extrude",
        "outline": [[0, 0], [1, 0], [1, 1], [0.5, 1.4], [0, 1]],
        "depth": 0.2,
        "bevel": 0.03,
        "holes": [[[0.3, 0.3], [0.7, 0.3], [0.7, 0.7], [0.3, 0.7]]],
    },
    "extrude_y": {
        "type": "extrude",
        "outline": [[0, 0], [0.5, 1], [1, 0]],
        "depth": 0.2,
        "axis": "y",
    },
    "extrude_x_smooth": {
        "type": "extrude",
        "outline": [[0, 0], [1, 0], [0.5, 1]],
        "depth": 0.2,
        "axis": "x",
        "smooth": True,
    },
    "sweep": {"type": "sweep", "path": [[0, 0, 0], [0, 1, 0], [0.5, 1.2, 0]], "radius": 0.05},
    "sweep_taper_round": {
        "type": "sweep",
        "path": [[0, 0, 0], [0, 1, 0], [0.5, 1.2, 0], [1, 1, 0]],
        "radii": [0.1, 0.08, 0.05, 0.02],
        "curve": "smooth",
        "caps": "round",
    },
    "sweep_bezier_rect": {
        "type": "sweep",
        "path": [[0, 0, 0], [0.3, 0.2, 0], [0.6, 0.2, 0], [1, 0, 0]],
        "radius": 0.05,
        "curve": "bezier",
        "section": [[-1, -0.5], [1, -0.5], [1, 0.5], [-1, 0.5]],
    },
    "sweep_ring": {
        "type": "sweep",
        "path": [[0, 0, 0], [1, 0, 0], [1, 0, 1], [0, 0, 1]],
        "radius": 0.05,
        "closed": True,
    },
    "loft_rect": {
        "type": "loft",
        "sections": [
            {"at": 0, "shape": "rect", "size": [1, 0.5]},
            {"at": 1, "shape": "rect", "size": [0.5, 0.25]},
        ],
    },
    "loft_mixed": {
        "type": "loft",
        "axis": "z",
        "smooth": True,
        "sections": [
            {"at": 0, "shape": "circle", "radius": 0.3},
            {
                "at": 0.5,
                "shape": "rounded_rect",
                "size": [0.6, 0.4],
                "corner": 0.1,
                "offset": [0, 0.1],
            },
            {"at": 1, "shape": "ellipse", "size": [0.2, 0.4]},
        ],
    },
    "loft_outline": {
        "type": "loft",
        "axis": "x",
        "sections": [
            {"at": 0, "shape": "outline", "points": [[0, 0.3], [0.3, -0.2], [-0.3, -0.2]]},
            {"at": 1, "shape": "circle", "radius": 0.1},
        ],
    },
    "boards": {"type": "boards", "size": [1, 0.05, 0.6], "count": 5},
    "boards_upright": {
        "type": "boards",
        "size": [0.8, 1.8, 0.04],
        "count": 6,
        "run": "y",
        "thickness_axis": "z",
    },
    "blob": {"type": "blob", "size": [1, 0.6, 0.8], "facets": 4, "flat_bottom": 0.2},
}
STANDING = {
    "box",
    "box_bevel",
    "cylinder",
    "cylinder_bevel",
    "tube",
    "prism",
    "cone",
    "frustum",
    "pyramid",
    "sphere",
    "ico",
    "dome",
    "capsule",
    "torus",
    "boards",
    "boards_upright",
    "blob",
}
LEVELS = (0, 8, 16, 24, 32)


def build(prim: dict, level: int, seed: int = 3):
    full = check_program(
        {
            "version": "1",
            "materials": {"m": {"family": "iron"}},
            "parts": [{"id": "a", "material": "m", "primitive": prim}],
        }
    )
    p = full["parts"][0]["primitive"]
    return BUILDERS[p["type"]](p, Resolution(level, 1.0, 1.0, seed, "a"))


def test_every_primitive_has_a_sample_and_a_builder():
    assert {s["type"] for s in SAMPLES.values()} | {"macro"} == set(PRIMITIVES) == set(BUILDERS)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_primitive_is_a_closed_outward_solid(name):
    for level in (0, 20):
        m = build(SAMPLES[name], level)
        assert m.triangle_count > 0
        assert C.finite(m)
        assert np.allclose(np.linalg.norm(m.normals, axis=1), 1.0, atol=1e-6)
        assert C.is_closed_and_oriented(m), (name, level)
        assert C.signed_volume(m) > 0, (name, level)
        assert C.normal_agreement(m) > 0.97, (name, level, C.normal_agreement(m))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_triangles_never_drop_as_the_level_rises(name):
    counts = [build(SAMPLES[name], lv).triangle_count for lv in LEVELS]
    assert counts == sorted(counts), counts


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_same_seed_same_bytes(name):
    a, b = build(SAMPLES[name], 20, seed=5), build(SAMPLES[name], 20, seed=5)
    for x, y in (
        (a.positions, b.positions),
        (a.normals, b.normals),
        (a.uvs, b.uvs),
        (a.indices, b.indices),
    ):
        assert x.tobytes() == y.tobytes()


def test_random_primitives_vary_with_the_seed():
    a, b = build(SAMPLES["blob"], 20, seed=1), build(SAMPLES["blob"], 20, seed=2)
    assert not np.array_equal(a.positions, b.positions)
    # ... but a level changes only the resolution: the extents stay those declared.
    for lv in (4, 30):
        lo, hi = C.extents(build(SAMPLES["blob"], lv, seed=1))
        assert np.allclose(hi - lo, [1, 0.6, 0.8], atol=1e-9)


@pytest.mark.parametrize("name", sorted(STANDING))
def test_sized_primitives_stand_on_the_origin(name):
    lo, hi = C.extents(build(SAMPLES[name], 24))
    assert abs(lo[1]) < 1e-9
    assert abs(lo[0] + hi[0]) < 1e-6 and abs(lo[2] + hi[2]) < 0.02 * (hi[2] - lo[2])


def test_declared_sizes_come_out():
    lo, hi = C.extents(build(SAMPLES["box_bevel"], 24))
    assert np.allclose(hi - lo, [1.0, 0.5, 0.8])
    lo, hi = C.extents(build(SAMPLES["cylinder"], 24))
    assert np.allclose(hi - lo, [0.6, 1.0, 0.6], atol=1e-9)  # segments in multiples of 4: exact
    lo, hi = C.extents(build(SAMPLES["dome"], 24))
    assert np.isclose(hi[1] - lo[1], 0.4) and np.isclose(hi[0] - lo[0], 0.8, atol=0.01)
    lo, hi = C.extents(build(SAMPLES["extrude_y"], 0))
    assert np.allclose(lo, [0, 0, 0]) and np.allclose(hi, [1, 0.2, 1])  # outline [x, z], up from 0
    lo, hi = C.extents(build(SAMPLES["extrude"], 0))
    assert np.allclose(lo, [0, 0, -0.1]) and np.allclose(hi, [1, 1, 0.1])


def test_uv_primitives_use_metres():
    """Texel density: UV distance along an edge equals its length in metres (1 UV unit = 1 m)."""
    for name in ("box", "cylinder", "extrude", "boards"):
        m = build(SAMPLES[name], 16)
        t = m.indices
        for a, b in ((0, 1), (1, 2), (2, 0)):
            dp = np.linalg.norm(m.positions[t[:, a]] - m.positions[t[:, b]], axis=1)
            du = np.linalg.norm(m.uvs[t[:, a]] - m.uvs[t[:, b]], axis=1)
            keep = dp > 1e-3
            ratio = np.median(du[keep] / dp[keep])
            assert 0.8 < ratio < 1.25, (name, ratio)


def test_explicit_sides_make_a_faceted_prism():
    m = build(SAMPLES["prism"], 30)
    side = np.abs(m.normals[:, 1]) < 0.5
    dirs = np.unique(np.round(np.arctan2(m.normals[side, 0], m.normals[side, 2]), 4))
    assert len(dirs) == 6  # six flat faces, whatever the level
