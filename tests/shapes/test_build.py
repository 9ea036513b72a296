"""Building programs: attachments, detail within the budget, LODs, pivot and size, UV tiles,
colliders, determinism, the archetype macro path."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.geometry import build_geometry
from assetsmith.shapes import build_program
from assetsmith.shapes.vocabulary import OPERATORS

from . import meshcheck as C

BOX = {"type": "box", "size": [1.0, 0.5, 0.8]}
POST = {"type": "cylinder", "radius": 0.05, "height": 1.0}


def part_box(geom, name: str):
    (p,) = [q for q in geom.parts if q.name == name]
    return C.extents(p.mesh)


def table_like() -> dict:
    return C.prog(
        {
            "id": "top",
            "material": "wood",
            "primitive": {"type": "box", "size": [1.2, 0.05, 0.7], "bevel": 0.01},
            "attach": {"to": "legs", "on": "top", "gap": -0.01},
        },
        {
            "id": "legs",
            "material": "wood",
            "primitive": POST,
            "ops": [
                {"op": "array", "count": 2, "offset": [1.0, 0, 0], "center": True},
                {"op": "array", "count": 2, "offset": [0, 0, 0.5], "center": True},
            ],
        },
        {
            "id": "vase",
            "material": "clay",
            "primitive": {
                "type": "lathe",
                "smooth": True,
                "profile": [[0, 0], [0.08, 0], [0.1, 0.1], [0.04, 0.25], [0.05, 0.3]],
            },
            "attach": {"to": "top", "on": "top", "align": {"x": 0.8}},
        },
        materials={"wood": {"family": "wood_planks"}, "clay": {"family": "ceramic"}},
    )


def test_attachments_place_parts_against_their_targets():
    g = build_program(table_like(), seed=1, poly_budget=6000)
    top_lo, top_hi = part_box(g, "top")
    legs_lo, legs_hi = part_box(g, "legs")
    vase_lo, vase_hi = part_box(g, "vase")
    assert np.isclose(top_lo[1], legs_hi[1] - 0.01, atol=1e-5)  # sunk 1 cm into the legs
    assert np.isclose(vase_lo[1], top_hi[1], atol=1e-5)  # standing on the top
    # align x = 0.8: 80 % of the way from the centre to flush with the top's right edge
    free = (top_hi[0] - top_lo[0]) - (vase_hi[0] - vase_lo[0])
    assert np.isclose(
        (vase_lo[0] + vase_hi[0]) / 2 - (top_lo[0] + top_hi[0]) / 2, 0.8 * free / 2, atol=1e-5
    )


@pytest.mark.parametrize(
    "side,axis,sign",
    [("bottom", 1, -1), ("left", 0, -1), ("right", 0, 1), ("front", 2, 1), ("back", 2, -1)],
)
def test_every_side(side, axis, sign):
    data = C.prog(
        {"id": "a", "material": "m", "primitive": BOX},
        {
            "id": "b",
            "material": "m",
            "primitive": {"type": "box", "size": [0.2, 0.2, 0.2]},
            "attach": {"to": "a", "on": side, "gap": 0.05},
        },
    )
    g = build_program(data, poly_budget=1000)
    (alo, ahi), (blo, bhi) = part_box(g, "a"), part_box(g, "b")
    if sign > 0:
        assert np.isclose(blo[axis], ahi[axis] + 0.05, atol=1e-5)
    else:
        assert np.isclose(bhi[axis], alo[axis] - 0.05, atol=1e-5)


def test_around_along_and_fit():
    data = C.prog(
        {
            "id": "post",
            "material": "m",
            "primitive": {"type": "cylinder", "radius": 0.1, "height": 2},
        },
        {
            "id": "ring",
            "material": "m",
            "primitive": {"type": "torus", "radius": 0.12, "tube_radius": 0.02},
            "attach": {"to": "post", "on": "around", "align": {"y": 0.5}},
        },
        {
            "id": "beam",
            "material": "m",
            "primitive": {"type": "box", "size": [0.1, 0.1, 0.1]},
            "attach": {"to": "post", "on": "along"},
        },
        {
            "id": "slab",
            "material": "m",
            "primitive": {"type": "box", "size": [0.3, 0.05, 0.3]},
            "attach": {"to": "post", "on": "top", "fit": ["x", "z"]},
        },
    )
    g = build_program(data, poly_budget=4000)
    plo, phi = part_box(g, "post")
    rlo, rhi = part_box(g, "ring")
    # align y = 0.5: half way from centred to flush with the post's top
    want = (plo[1] + phi[1]) / 2 + 0.5 * ((phi[1] - plo[1]) - (rhi[1] - rlo[1])) / 2
    assert np.isclose((rlo[1] + rhi[1]) / 2, want, atol=1e-5)
    blo, bhi = part_box(g, "beam")
    assert np.isclose(bhi[1] - blo[1], phi[1] - plo[1], atol=1e-5)  # stretched along the post
    slo, shi = part_box(g, "slab")
    assert np.allclose((shi - slo)[[0, 2]], (phi - plo)[[0, 2]], atol=1e-5)


def test_budget_pivot_lods_and_bounds():
    for budget in (600, 3000, 12000):
        g = build_program(table_like(), seed=2, poly_budget=budget)
        assert g.triangle_count <= budget
        lo, hi = C.extents(g.parts)
        assert abs(lo[1]) < 1e-6 and abs(lo[0] + hi[0]) < 1e-5 and abs(lo[2] + hi[2]) < 1e-5
        prev = g.triangle_count
        for lod in g.lods:
            n = sum(p.mesh.triangle_count for p in lod)
            assert n <= prev
            prev = n
            llo, lhi = C.extents(lod)
            assert np.allclose(llo, lo, atol=1e-5) and np.allclose(lhi, hi, atol=1e-5)
    g = build_program(table_like(), seed=2, poly_budget=12000)
    n0 = g.triangle_count
    n1 = sum(p.mesh.triangle_count for p in g.lods[0])
    assert 0.3 * n0 < n1 < 0.7 * n0
    assert n0 > 0.5 * 12000  # the search uses most of the budget


def test_real_size_or_target_height():
    g = build_program(table_like(), poly_budget=3000)
    lo, hi = C.extents(g.parts)
    real = hi[1] - lo[1]
    assert np.isclose(real, 1.0 - 0.01 + 0.05 + 0.3, atol=0.01)
    g = build_program(table_like(), poly_budget=3000, target_height_m=2 * real)
    lo2, hi2 = C.extents(g.parts)
    assert np.isclose(hi2[1] - lo2[1], 2 * real, atol=1e-4)
    assert np.allclose((hi2 - lo2)[[0, 2]], 2 * (hi - lo)[[0, 2]], atol=1e-3)
    g = build_program(table_like(), poly_budget=3000, scale=(1.0, 1.5, 1.0))
    lo3, hi3 = C.extents(g.parts)
    assert np.isclose(hi3[1] - lo3[1], 1.5 * real, atol=1e-4) and np.isclose(
        hi3[0] - lo3[0], hi[0] - lo[0]
    )


def test_materials_tiles_and_glTF_types():
    g = build_program(
        table_like(),
        poly_budget=3000,
        materials={"wood": "oak", "clay": "glaze"},
        tile_size_m={"oak": 2.0},
    )
    assert {p.name: p.material for p in g.parts} == {"top": "oak", "legs": "oak", "vase": "glaze"}
    for p in g.parts:
        m = p.mesh
        assert m.positions.dtype == np.float32 and m.indices.dtype == np.uint32
        assert m.tangents is not None and m.tangents.shape == (m.vertex_count, 4)
        assert C.finite(m) and set(np.unique(m.tangents[:, 3])) <= {-1.0, 1.0}
    top = [p for p in g.parts if p.name == "top"][0].mesh
    ref = build_program(table_like(), poly_budget=3000)
    top1 = [p for p in ref.parts if p.name == "top"][0].mesh
    assert np.allclose(top.uvs * 2.0, top1.uvs, atol=1e-5)  # a 2 m tile halves the UVs


def test_same_seed_same_bytes_other_seed_other_shape():
    data = C.prog(
        {
            "id": "rock",
            "material": "m",
            "primitive": {"type": "blob", "size": [1, 0.6, 0.8]},
            "ops": [{"op": "scatter", "count": 5, "size": [2, 2], "turn": 360, "scale": [0.5, 1]}],
        }
    )
    a, b = (
        build_program(data, seed=4, poly_budget=5000),
        build_program(data, seed=4, poly_budget=5000),
    )
    for pa, pb in zip(
        [*a.parts, *[q for lod in a.lods for q in lod]],
        [*b.parts, *[q for lod in b.lods for q in lod]],
        strict=True,
    ):
        for x, y in (
            (pa.mesh.positions, pb.mesh.positions),
            (pa.mesh.uvs, pb.mesh.uvs),
            (pa.mesh.tangents, pb.mesh.tangents),
            (pa.mesh.indices, pb.mesh.indices),
        ):
            assert x.tobytes() == y.tobytes()
    c = build_program(data, seed=5, poly_budget=5000)
    assert not np.array_equal(a.parts[0].mesh.positions[:50], c.parts[0].mesh.positions[:50])


@pytest.mark.parametrize("kind", ["box", "capsule", "mesh_convex", "none"])
def test_colliders_enclose_the_object(kind):
    g = build_program(table_like(), poly_budget=3000, collider=kind)
    if kind == "none":
        assert g.collider is None
        return
    pts = np.concatenate([p.mesh.positions for p in g.parts]).astype(np.float64)
    c = g.collider
    if kind == "box":
        lo = np.asarray(c.center) - np.asarray(c.size) / 2
        assert np.all(pts >= lo - 1e-5) and np.all(pts <= lo + np.asarray(c.size) + 1e-5)
    elif kind == "capsule":
        d = np.hypot(pts[:, 0] - c.center[0], pts[:, 2] - c.center[2])
        assert np.all(d <= c.radius + 1e-5)
    else:
        assert c.hull.triangle_count <= 255 and C.is_closed_and_oriented(c.hull)


def test_budget_too_small_and_bad_arguments():
    with pytest.raises(InvalidInput, match="needs at least"):
        build_program(table_like(), poly_budget=50)
    for kwargs in (
        {"poly_budget": 0},
        {"poly_budget": 10**7},
        {"poly_budget": 1000, "lod_ratios": (1.5,)},
        {"poly_budget": 1000, "target_height_m": float("nan")},
        {"poly_budget": 1000, "scale": (1, 0, 1)},
        {"poly_budget": 1000, "collider": "sphere"},
        {"poly_budget": 1000, "tile_size_m": {"oak": -1}},
    ):
        with pytest.raises(InvalidInput):
            build_program(table_like(), **kwargs)


def test_a_program_too_rich_even_at_its_lowest_detail_is_refused():
    many = {
        "id": "a",
        "material": "m",
        "primitive": {"type": "sphere", "radius": 0.1},
        "ops": [
            {"op": "array", "count": 64, "offset": [0.3, 0, 0]},
            {"op": "array", "count": 64, "offset": [0, 0, 0.3]},
        ],
    }
    with pytest.raises(InvalidInput, match="lowest detail"):
        build_program(C.prog(many), poly_budget=100_000)


def test_a_lone_macro_is_the_archetype_itself():
    data = {
        "version": "1",
        "materials": {"oak": {"family": "wood_planks"}, "iron": {"family": "iron"}},
        "parts": [
            {
                "id": "b",
                "primitive": {
                    "type": "macro",
                    "name": "barrel",
                    "height": 1.0,
                    "materials": {"body": "oak", "hoops": "iron", "lids": "oak"},
                },
            }
        ],
        "collider": "mesh_convex",
    }
    g = build_program(data, seed=3, poly_budget=6000)
    ref = build_geometry(
        "barrel",
        height_m=1.0,
        poly_budget=6000,
        seed=3,
        collider="mesh_convex",
        part_materials={"body": "oak", "hoops": "iron", "lids": "oak"},
    )
    assert [p.name for p in g.parts] == ["body", "hoops", "lids"]
    for a, b in zip(g.parts, ref.parts, strict=True):
        assert a.mesh.positions.tobytes() == b.mesh.positions.tobytes()
    lo0, hi0 = C.extents(g.parts)
    for lod in g.lods:  # and its LODs share LOD0's bounding box exactly
        lo, hi = C.extents(lod)
        assert np.allclose(lo, lo0, atol=1e-6) and np.allclose(hi, hi0, atol=1e-6)


def test_a_macro_among_other_parts():
    data = C.prog(
        {"id": "cart", "material": "m", "primitive": {"type": "box", "size": [2, 0.1, 1]}},
        {
            "id": "keg",
            "primitive": {
                "type": "macro",
                "name": "barrel",
                "height": 0.5,
                "prefix": "keg_",
                "materials": {"body": "m", "hoops": "m", "lids": "m"},
            },
            "attach": {"to": "cart", "on": "top"},
        },
    )
    g = build_program(data, seed=1, poly_budget=5000)
    assert {p.name for p in g.parts} == {"cart", "keg_body", "keg_hoops", "keg_lids"}
    lo, hi = C.extents(g.parts)
    assert np.isclose(hi[1] - lo[1], 0.6, atol=1e-4)


MINIMAL_OPS = {
    "array": {"count": 2, "offset": [1, 0, 0]},
    "radial": {"count": 3},
    "mirror": {},
    "scatter": {"count": 3, "size": [1, 1]},
    "taper": {"scale": 0.5},
    "bend": {"angle": 30},
    "twist": {"angle": 30},
    "transform": {},
    "union": {"shapes": [{"primitive": BOX}]},
    "difference": {"shapes": [{"primitive": {"type": "sphere", "radius": 0.2}}]},
    "intersection": {"shapes": [{"primitive": BOX}]},
    "smooth": {},
}


@pytest.mark.parametrize("name", sorted(OPERATORS))
def test_every_operator_with_only_its_required_parameters(name):
    data = C.one(BOX, ops=[{"op": name, **MINIMAL_OPS[name]}])
    g = build_program(data, poly_budget=4000)
    assert 0 < g.triangle_count <= 4000 and all(C.finite(p.mesh) for p in g.parts)


def test_copies_of_a_rich_primitive_are_refused_before_they_are_made():
    rich = {"type": "lathe", "profile": [[0.1 + 0.05 * (i % 2), i * 0.01] for i in range(500)]}
    data = C.prog(
        {
            "id": "a",
            "material": "m",
            "primitive": rich,
            "ops": [
                {"op": "array", "count": 64, "offset": [1, 0, 0]},
                {"op": "array", "count": 64, "offset": [0, 0, 1]},
            ],
        }
    )
    with pytest.raises(InvalidInput, match="lowest detail"):
        build_program(data, poly_budget=1000)
    smooth = C.one(
        {"type": "sphere", "radius": 1},
        ops=[{"op": "array", "count": 200, "offset": [3, 0, 0]}, {"op": "smooth", "levels": 3}],
    )
    with pytest.raises(InvalidInput, match="lowest detail"):
        build_program(smooth, poly_budget=1000)
