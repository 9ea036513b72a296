"""Armour recipes: shapes, styles, pairs and the suit on its stand."""

from __future__ import annotations

from functools import cache

import pytest

from assetsmith.shapes import build_shape

from . import meshcheck as C


@cache
def build(name: str, budget: int = 3000, **params):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=params, seed=5, poly_budget=budget, lod_ratios=())


def names(g) -> set[str]:
    return {p.name for p in g.parts}


def size(g):
    lo, hi = C.extents(g.parts)
    return hi - lo


@pytest.mark.parametrize("shape", ["kite", "heater", "tower"])
def test_shield_shapes_are_taller_than_wide_and_curved(shape):
    s = size(build("shield", shape=shape))
    assert s[1] > s[0] * 1.15
    assert s[2] > 0.05  # curved round a vertical axis, not a flat board
    assert {"face", "rim", "boss"} <= names(build("shield", shape=shape))


def test_round_shield_is_the_archetype():
    assert names(build("shield")) == {"face", "rim", "boss"}
    s = size(build("shield"))
    assert s[0] == pytest.approx(s[1], rel=0.02)


def test_helmet_styles_horns_and_plume():
    knight, viking = build("helmet"), build("helmet", style="viking")
    assert "hollows" in names(knight) and "hollows" not in names(viking)
    horned = build("helmet", style="viking", horns=True)
    assert "horns" in names(horned) and size(horned)[0] > 2 * size(viking)[0]
    assert "plume" in names(build("helmet", plume=True))


def test_pairs_stand_side_by_side():
    one, two = size(build("boot", pair=False)), size(build("boot"))
    assert two[0] > 1.8 * one[0] and two[1] == pytest.approx(one[1], rel=1e-3)
    g1, g2 = size(build("gauntlet")), size(build("gauntlet", pair=True))
    assert g2[0] > 1.8 * g1[0]


def test_styles_change_the_material_parts():
    assert "glove" in names(build("gauntlet", style="leather"))
    assert "gauntlet" not in names(build("gauntlet", style="leather"))
    assert "plates" in names(build("boot", style="plate")) and "boot" not in names(
        build("boot", style="plate")
    )


def test_breastplate_stand():
    on_stand, loose = build("breastplate"), build("breastplate", stand=False)
    assert "stand" in names(on_stand) and "stand" not in names(loose)
    assert size(on_stand)[1] > 1.2 > size(loose)[1]


def test_suit_of_armour_stands_on_a_plinth():
    g = build("suit_of_armour")
    assert {"helmet", "plate", "arms", "gauntlet", "legs", "plates", "stand"} <= names(g)
    assert size(g)[1] == pytest.approx(1.93, rel=0.05)
    stand = C.extents([p for p in g.parts if p.name == "stand"])
    assert stand[0][1] == pytest.approx(0.0, abs=1e-4)  # the plinth is the bottom
    assert "trim" in names(build("suit_of_armour", ornate=True))
    assert "plume" in names(build("suit_of_armour", plume=True))
