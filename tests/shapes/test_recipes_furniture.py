"""Furniture recipes: the parameters prompt words set change the object the way the words say."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from assetsmith.shapes import build_shape, get_recipe

from . import meshcheck as C


@cache
def build(name: str, budget: int = 3000, **params):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=params, seed=5, poly_budget=budget, lod_ratios=())


def part(g, name: str):
    found = [p for p in g.parts if p.name == name]
    assert found, (name, [p.name for p in g.parts])
    return found[0]


def on_floor(g, name: str) -> int:
    """Pieces of a part that stand on the floor (legs, feet, brackets)."""
    return sum(1 for lo, _ in C.piece_boxes(part(g, name).mesh) if lo[1] < 1e-3)


@pytest.mark.parametrize("legs", [3, 4, 6, 8])
def test_table_with_n_legs_stands_on_n_legs(legs):
    assert on_floor(build("table", legs=legs), "legs") == legs


def test_pedestal_and_trestle_tables():
    pedestal = build("table", legs=1)
    lo, hi = C.extents([part(pedestal, "legs")])
    assert (
        on_floor(pedestal, "legs") >= 1 and hi[0] - lo[0] < 0.8
    )  # one column on feet, in the middle
    trestle = build("table", legs=2)
    assert on_floor(trestle, "legs") == 2


def test_round_table_has_a_round_top():
    g = build("table", shape="round")
    top = part(g, "top").mesh.positions.astype(np.float64)
    lo, hi = top.min(axis=0), top.max(axis=0)
    centre = (lo + hi) / 2
    r = np.hypot(top[:, 0] - centre[0], top[:, 2] - centre[2])
    assert np.isclose(hi[0] - lo[0], hi[2] - lo[2], rtol=1e-3)
    assert r.max() == pytest.approx((hi[0] - lo[0]) / 2, rel=1e-3)  # no corners past the circle


def test_long_table_is_longer_and_stool_counts_its_legs():
    base, long = build("table"), build("table", length=1.3)
    (a, b), (c, d) = C.extents(base.parts), C.extents(long.parts)
    assert (d - c)[0] == pytest.approx(1.3 * (b - a)[0], rel=1e-3)
    assert on_floor(build("stool", legs=3), "legs") == 3
    assert on_floor(build("stool", legs=4), "legs") == 4


def test_bookshelf_shelf_count_and_height():
    # "tall bookcase with five shelves": taller, five shelves of books whatever the height says.
    def shelf_levels(g):  # books' bottoms, grouped where they jump by more than a pile's height
        ys = sorted(
            float(lo[1])
            for p in g.parts
            if p.name.startswith("books")
            for lo, _ in C.piece_boxes(p.mesh)
        )
        return 1 + sum(1 for a, b in zip(ys, ys[1:], strict=False) if b - a > 0.2)

    tall5 = build("bookshelf", 6000, shelves=5, height=1.3)
    assert C.extents(tall5.parts)[1][1] == pytest.approx(1.9 * 1.3, rel=0.02)
    assert shelf_levels(tall5) == 5
    assert shelf_levels(build("bookshelf", 6000, shelves=3)) == 3
    assert shelf_levels(build("bookshelf", 6000, height=1.6)) > shelf_levels(
        build("bookshelf", 6000)
    )


def test_bookshelf_uses_the_realistic_budget():
    g = build_shape("bookshelf", seed=1, poly_budget=12000)
    assert g.triangle_count > 8000


def test_open_doors_and_drawers_stand_out_in_front():
    def reach(
        g, name
    ):  # how far a part comes forward of the carcass (the pivot moves with the box)
        return C.extents([part(g, name)])[1][2] - C.extents([part(g, "carcass")])[1][2]

    for name in ("wardrobe", "cupboard"):
        assert reach(build(name, open=True), "doors") > reach(build(name), "doors") + 0.3
    assert reach(build("chest_of_drawers", open=True), "drawers") == pytest.approx(
        reach(build("chest_of_drawers"), "drawers") + 0.22, abs=1e-3
    )


@pytest.mark.parametrize("rows,fronts", [(2, 2), (3, 3), (4, 5), (6, 7)])
def test_chest_of_drawers_rows(rows, fronts):
    # From four rows the top row is two small drawers.
    assert (
        len(C.piece_boxes(part(build("chest_of_drawers", drawers=rows), "drawers").mesh)) == fronts
    )


def test_counts_of_doors_brackets_seats_and_pedestals():
    def doors(n):
        return len(C.piece_boxes(part(build("wardrobe", doors=n), "doors").mesh))

    assert doors(1) < doors(2) < doors(3)
    assert on_floor(build("shelf", brackets=3), "brackets") == 3
    two, four = C.extents(build("sofa", seats=2).parts), C.extents(build("sofa", seats=4).parts)
    assert (four[1] - four[0])[0] == pytest.approx((two[1] - two[0])[0] + 2 * 0.6, rel=1e-3)
    assert on_floor(build("desk", pedestals=2), "carcass") == 2
    assert on_floor(build("desk", pedestals=0), "carcass") == 4  # four legs


def test_bed_styles():
    bed, poster, cot = build("bed"), build("bed", style="four-poster"), build("bed", style="cot")
    assert C.extents(poster.parts)[1][1] > 2.0 > C.extents(bed.parts)[1][1]
    assert {"canopy", "curtains"} <= {p.name for p in poster.parts}
    assert C.extents(cot.parts)[1][1] < 0.7
    double = build("bed", width=1.45)
    assert (C.extents(double.parts)[1] - C.extents(double.parts)[0])[0] > 1.4


def test_fireplace_fire_glows_and_goes_out():
    lit, cold = build("fireplace"), build("fireplace", lit=False)
    assert "flames" in {p.name for p in lit.parts} and "flames" not in {p.name for p in cold.parts}
    mats, _ = get_recipe("fireplace").spec_tables()
    fire = next(m for m in mats if m["id"] == "fire")
    assert fire["emissive"] and fire["emissive_strength"] > 1


def test_rug_shapes_and_throne_dais():
    rect, round_ = build("rug"), build("rug", shape="round")
    assert "fringe" in {p.name for p in rect.parts} and "fringe" not in {
        p.name for p in round_.parts
    }
    lo, hi = C.extents(round_.parts)
    assert hi[0] - lo[0] == pytest.approx(hi[2] - lo[2], rel=1e-3) and hi[1] - lo[1] < 0.03
    assert C.extents(build("throne", dais=True).parts)[1][1] == pytest.approx(
        C.extents(build("throne").parts)[1][1] + 0.3, abs=0.01
    )


def test_bench_styles_use_their_own_parts():
    assert {"frames", "back"} <= {p.name for p in build("bench", style="park").parts}
    stone = {p.name for p in build("bench", style="stone").parts}
    assert stone == {"slab", "supports"}


def test_clutter_on_desk_and_shelf():
    assert {"papers", "inkwell", "quill"} <= {p.name for p in build("desk").parts}
    assert not {"papers", "inkwell", "quill"} & {p.name for p in build("desk", clutter=False).parts}
    assert {p.name for p in build("shelf", clutter=False, tiers=2).parts} == {"board", "brackets"}
