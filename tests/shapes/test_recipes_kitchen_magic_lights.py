"""The food_kitchen, magic and lights recipes: what their parameters do to the built object, that
light-giving parts glow (and unlit ones do not), and that small treasures keep their real size."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from assetsmith.shapes import ALL_RECIPES, build_shape, get_recipe
from assetsmith.shapes.dsl import part, program, sphere

from . import meshcheck as C

BUDGET = 3000


@cache
def built(name: str, params: tuple = ()):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=dict(params), seed=5, poly_budget=BUDGET, lod_ratios=())


def size(name: str, params: tuple = (), only: str | None = None) -> np.ndarray:
    g = built(name, params)
    parts = [p for p in g.parts if only is None or p.name == only]
    assert parts, (name, params, only, [p.name for p in g.parts])
    lo, hi = C.extents(parts)
    return hi - lo


def names(name: str, params: tuple = ()) -> set[str]:
    return {p.name for p in built(name, params).parts}


def glowing(name: str, params: tuple = ()) -> set[str]:
    """Output parts whose material role gives light."""
    r = get_recipe(name)
    return {p.name for p in built(name, params).parts if r.materials[p.material].emissive}


def test_a_sphere_can_be_an_icosphere_in_the_dsl():
    g = build_shape(
        program(part("ball", "m", sphere(0.1, kind="ico")), materials={"m": {"family": "iron"}}),
        poly_budget=2000,
    )
    assert 0.19 < size_of(g)[1] < 0.21


def size_of(g) -> np.ndarray:
    lo, hi = C.extents(g.parts)
    return hi - lo


def test_the_categories_have_their_planned_recipes():
    have = {r.name: r.category for r in ALL_RECIPES}
    planned = {
        "food_kitchen": "apple bowl bread cake cauldron cheese goblet kettle kitchen_knife mug pan plate pot spoon",
        "magic": "amulet book coin crown crystal_ball gem key potion ring runestone scroll staff wand",
        "lights": "brazier candle candlestick chandelier lamp lantern street_lamp torch",
    }
    for category, row in planned.items():
        for name in row.split():
            assert have.get(name) == category, name


@pytest.mark.parametrize(
    "name, lit_part",
    [
        ("candle", "flame"),
        ("candlestick", "flame"),
        ("chandelier", "flame"),
        ("torch", "flame"),
        ("brazier", "flames"),
        ("lantern", "lit_glass"),
        ("street_lamp", "lit_glass"),
    ],
)
def test_lit_lights_glow_and_unlit_ones_do_not(name, lit_part):
    assert lit_part in glowing(name)
    assert glowing(name, (("lit", False),)) == set()


@pytest.mark.parametrize(
    "name", ["lamp", "crystal_ball", "runestone", "potion", "cauldron", "staff", "wand"]
)
def test_magic_and_lamp_light_glows(name):
    assert glowing(name), name
    mats, _ = get_recipe(name).spec_tables()
    assert any("emissive" in m and m["emissive_strength"] > 0 for m in mats)


def test_runestone_runes_glow_in_the_runes_pattern():
    assert get_recipe("runestone").materials["runes"].emissive_pattern == "runes"
    assert "stone" in glowing("runestone")


def test_candle_count_and_melting():
    one = size("candle", (("candles", 1),), only="flame")
    three = size("candle", (("candles", 3),), only="flame")
    assert one[0] < 0.02 and three[0] > 0.06
    assert "socket" in names("candle") and "socket" not in names("candle", (("candles", 3),))
    tall = size("candle", (("holder", False),), only="wax")[1]
    melted = size("candle", (("holder", False), ("melted", True)), only="wax")[1]
    assert melted < tall


def test_candelabra_arms_spread_the_flames():
    assert size("candlestick", only="flame")[0] < 0.02
    three = size("candlestick", (("arms", 3),), only="flame")
    assert (
        0.25 < three[0] < 0.4 and three[2] < 0.02
    )  # two branches left and right, facing the front
    assert size("candlestick", (("arms", 5),), only="flame")[2] > 0.25  # four branches all round


def test_chandelier_candles_and_crystals():
    assert "crystals" not in names("chandelier")
    assert "crystals" in names("chandelier", (("crystals", True),))
    assert (
        size("chandelier", (("candles", 12),))[0] >= size("chandelier", (("candles", 3),))[0] * 0.95
    )


def test_lantern_styles_and_lamp_styles_differ():
    assert {"lit_paper", "ribs", "tassel"} <= names("lantern", (("style", "paper"),))
    assert "lit_glass" in names("lantern") and "paper" in names(
        "lantern", (("style", "paper"), ("lit", False))
    )
    assert "shade" in names("lamp") and "bulb" in names("lamp", (("style", "desk"),))
    assert "chimney" in names("lamp", (("style", "oil"),))


def test_wall_torch_has_a_bracket_and_leans_out():
    assert "bracket" not in names("torch")
    assert "bracket" in names("torch", (("mount", True),))
    assert size("torch", (("mount", True),))[2] > 2 * size("torch")[2]


def test_brazier_legs_and_cold_ash():
    assert "ash" in names("brazier", (("lit", False),)) and "coals" not in names(
        "brazier", (("lit", False),)
    )
    assert "coals" in glowing("brazier")
    assert (
        size("brazier", (("legs", 4),), only="legs")[2] > size("brazier", only="legs")[2]
    )  # 3 legs: one side open


def test_cake_layers_and_candles():
    assert size("cake", (("layers", 3),))[1] > size("cake", (("layers", 1),))[1] + 0.08
    assert "candles" not in names("cake")
    assert {"candles", "flames"} <= names("cake", (("candles", 6),))
    assert "flames" not in names("cake", (("candles", 6), ("lit", False)))


@pytest.mark.parametrize(
    "name, params, present, absent",
    [
        ("cauldron", (("full", False),), set(), {"brew"}),
        ("pot", (("lid", False),), set(), {"lid"}),
        ("pan", (("eggs", 2),), {"egg_white", "yolk"}, set()),
        ("plate", (("food", True),), {"food", "roll", "greens"}, set()),
        ("bowl", (("soup", True),), {"soup"}, set()),
        ("mug", (("style", "tankard"),), {"lid", "bands", "handle_metal"}, {"handle"}),
        ("mug", (("style", "teacup"),), {"saucer"}, set()),
        ("goblet", (("jewels", True), ("wine", True)), {"jewels", "wine"}, set()),
        ("cheese", (("cut", False),), set(), {"paste"}),
        ("apple", (("leaf", False),), set(), {"leaf"}),
        ("staff", (("head", "crook"),), set(), {"crystal"}),
        ("wand", (("tip", False),), set(), {"tip"}),
        ("book", (("sigil", True),), {"sigil"}, set()),
        ("crystal_ball", (("stand", False),), set(), {"stand", "claws"}),
        ("crown", (("style", "tiara"),), set(), {"cap"}),
        ("ring", (("style", "band"),), set(), {"gem"}),
        ("amulet", (("gem", False),), set(), {"gem"}),
        (
            "lantern",
            (("style", "pumpkin"),),
            {"pumpkin", "stalk", "lit_face"},
            {"frame", "lit_glass"},
        ),
        ("lantern", (("style", "pumpkin"), ("lit", False)), {"carving"}, {"lit_face"}),
    ],
)
def test_parameters_add_and_remove_parts(name, params, present, absent):
    got = names(name, params)
    assert present <= got and not (absent & got), (name, params, got)


def test_shape_choices_change_proportions():
    assert size("kitchen_knife", (("style", "cleaver"),))[2] > 1.5 * size("kitchen_knife")[2]
    assert size("spoon", (("style", "ladle"),))[1] > 2 * size("spoon")[1]
    assert size("bread", (("style", "baguette"),))[0] > 1.8 * size("bread")[0]
    assert size("potion", (("shape", "vial"),))[0] < 0.5 * size("potion")[0]
    assert size("plate", (("shape", "oval"),))[0] > 1.3 * size("plate")[0]
    assert (
        size("pot", (("style", "saucepan"),))[0]
        > size("pot", (("style", "saucepan"), ("lid", False)))[1]
    )
    assert size("mug", (("style", "tankard"),))[1] > 1.4 * size("mug")[1]


def test_book_opens_and_scroll_unrolls():
    closed, opened = size("book"), size("book", (("open", True),))
    assert opened[0] > 1.6 * closed[0] and opened[1] < closed[1]
    rolled, unrolled = size("scroll"), size("scroll", (("open", True),))
    assert unrolled[2] > 5 * rolled[2] and unrolled[1] < rolled[1]


def test_coins_one_stands_a_few_stack_many_heap():
    one = size("coin")
    assert one[1] > 5 * one[2]  # on its edge, face forward
    stack = size("coin", (("count", 8),))
    assert 8 * 0.0025 * 0.95 < stack[1] < 8 * 0.0025 * 1.1 and stack[0] < 0.03
    heap = size("coin", (("count", 60),))
    assert heap[0] > 0.15 and heap[0] > 2.5 * heap[1]  # wider than high: a mound


def test_crown_points_count_the_spikes():
    # Each point carries a ball on its tip; more points make more (and smaller-spaced) balls.
    def tips(n):
        g = built("crown", (("points", n), ("jewels", False)))
        band = next(p for p in g.parts if p.name == "band")
        y = band.mesh.positions[:, 1]
        top = band.mesh.positions[y > y.max() - 0.004]
        angles = np.round(np.degrees(np.arctan2(top[:, 0], top[:, 2])) / 360 * n) % n
        return len(np.unique(angles))

    assert tips(5) == 5 and tips(10) == 10


@pytest.mark.parametrize(
    "name, most",
    [
        ("ring", 0.035),
        ("coin", 0.03),
        ("gem", 0.035),
        ("key", 0.12),
        ("apple", 0.11),
        ("amulet", 0.3),
    ],
)
def test_small_treasures_are_built_at_their_real_size(name, most):
    s = size(name)
    assert s.max() < most and s.min() > 0.002


def test_gem_cuts_have_their_outlines():
    round_, oval, emerald = (
        size("gem"),
        size("gem", (("cut", "oval"),)),
        size("gem", (("cut", "emerald"),)),
    )
    assert abs(round_[0] - round_[2]) < 0.001
    assert oval[0] > 1.2 * oval[2] and emerald[0] > 1.2 * emerald[2]
    raw = size("gem", (("cut", "raw"),))
    assert raw[1] > raw[0]  # a crystal point stands taller than wide
