"""The nature, vehicle/ship and sci-fi recipes: the parameters prompt words set change the built
object the way the words say (counts of masts, wheels, rotors, flowers; kinds; states), vehicles
face +Z, lights glow, and the prompt reader's counts and collectives reach the parameters."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from assetsmith.shapes import RECIPES, build_shape
from assetsmith.shapes.lexicon import read_prompt

from . import meshcheck as C

SEED = 5


@cache
def built(name: str, params: tuple = (), budget: int = 3000):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=dict(params), seed=SEED, poly_budget=budget, lod_ratios=())


def part_named(g, name):
    found = [p for p in g.parts if p.name == name]
    assert found, (name, [p.name for p in g.parts])
    return found[0]


def clusters(values: np.ndarray, gap: float) -> int:
    """How many groups the values fall into when sorted, a gap wider than `gap` between groups."""
    v = np.sort(np.asarray(values, dtype=np.float64))
    return int(1 + np.sum(np.diff(v) > gap))


def positions(g, name) -> np.ndarray:
    return np.asarray(part_named(g, name).mesh.positions, dtype=np.float64)


@pytest.mark.parametrize("masts", [1, 2, 3, 4])
def test_ship_has_the_masts_it_is_asked_for(masts):
    p = positions(built("ship", (("masts", masts),)), "masts")
    assert clusters(p[:, 2], 1.0) == masts  # one mast every few metres along the keel


@pytest.mark.parametrize(("wheels", "axles"), [(4, 2), (6, 3), (10, 5)])
def test_truck_wheel_count_sets_its_axles(wheels, axles):
    p = positions(built("truck", (("wheels", wheels),)), "tyres")
    assert clusters(p[:, 2], 0.2) == axles
    assert clusters(p[:, 0], 0.3) == 2  # a tyre each side of every axle


def test_truck_kinds_default_to_their_usual_axles():
    assert clusters(positions(built("truck"), "tyres")[:, 2], 0.2) == 3
    assert clusters(positions(built("truck", (("kind", "pickup"),)), "tyres")[:, 2], 0.2) == 2


@pytest.mark.parametrize("rotors", [3, 4, 6, 8])
def test_drone_rotor_count(rotors):
    p = positions(built("drone", (("rotors", rotors),)), "motors")
    p = p - p.mean(axis=0)  # about the body's centre (the pivot centres the bounding box)
    a = np.sort(np.degrees(np.arctan2(p[:, 0], p[:, 2])))
    gaps = np.diff(np.append(a, a[0] + 360.0))  # round the circle, the last back to the first
    assert int(np.sum(gaps > 12.0)) == rotors
    # Each motor sits at the end of an arm: the same distance from the centre.
    r = np.hypot(p[:, 0], p[:, 2])
    assert r.max() - r.min() < 0.07


def test_bicycle_and_tricycle():
    two = positions(built("bicycle"), "tyres")
    three = positions(built("bicycle", (("wheels", 3),)), "tyres")
    assert clusters(two[:, 2], 0.2) == 2 and np.ptp(two[:, 0]) < 0.1  # in line
    assert np.ptp(three[:, 0]) > 0.6  # two rear wheels side by side


@pytest.mark.parametrize("count", [1, 3, 7])
def test_flower_count_makes_a_clump(count):
    p = positions(built("flower", (("count", count),)), "stems")
    base = p[p[:, 1] < 0.01]
    # Stems stand apart: count their feet by position on the ground (neighbouring 5 cm cells).
    keys = {(round(float(x) / 0.05), round(float(z) / 0.05)) for x, z in base[:, [0, 2]]}
    feet = 0
    seen: set = set()
    for k in sorted(keys):
        if k in seen:
            continue
        feet += 1
        stack = [k]
        while stack:
            a = stack.pop()
            if a in seen or a not in keys:
                continue
            seen.add(a)
            stack += [(a[0] + i, a[1] + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    assert feet == count


def test_flower_kinds_change_the_petals_and_the_size():
    daisy, sunflower = built("flower"), built("flower", (("kind", "sunflower"),))
    assert "daisy_petals" in {p.name for p in daisy.parts}
    assert "sunflower_petals" in {p.name for p in sunflower.parts}
    assert (
        C.extents(sunflower.parts)[1][1] > 3 * C.extents(daisy.parts)[1][1]
    )  # a sunflower is tall


def test_glowing_switches_to_a_light_giving_material():
    for name, plain, glowing in (
        ("crystal", "crystals", "glowing_crystals"),
        ("mushroom", "caps", "glowing_caps"),
    ):
        r = RECIPES[name]
        on = {p.name: p.material for p in built(name, (("glowing", True),)).parts}
        off = {p.name: p.material for p in built(name, (("glowing", False),)).parts}
        assert glowing in on and plain not in on and plain in off and glowing not in off
        assert r.materials[on[glowing]].emissive and not r.materials[off[plain]].emissive


def test_crystal_cluster_is_wider_than_one_crystal():
    one = C.extents(built("crystal", (("count", 1),)).parts)
    cluster = C.extents(built("crystal", (("count", 9),)).parts)
    assert (cluster[1] - cluster[0])[0] > (one[1] - one[0])[0] * 1.2


def test_tree_kinds():
    kinds = {k: built("tree", (("kind", k),)) for k in ("broadleaf", "dead", "willow", "birch")}
    assert "canopy" not in {p.name for p in kinds["dead"].parts}
    for k in ("broadleaf", "willow", "birch"):
        assert part_named(kinds[k], "canopy").material == "leaves"
    assert RECIPES["tree"].materials["leaves"].family == "foliage"
    # A willow's leaves hang nearly to the ground; a broadleaf crown starts well up the trunk.
    assert (
        positions(kinds["willow"], "canopy")[:, 1].min()
        < 0.5 * positions(kinds["broadleaf"], "canopy")[:, 1].min()
    )
    size = {k: C.extents(g.parts) for k, g in kinds.items()}
    assert (
        np.ptp(np.stack(size["birch"]), axis=0)[0] < np.ptp(np.stack(size["broadleaf"]), axis=0)[0]
    )


def test_pine_snow_and_tiers():
    assert "snow" in {p.name for p in built("pine_tree", (("snow", True),)).parts}
    assert "snow" not in {p.name for p in built("pine_tree").parts}
    few = part_named(built("pine_tree", (("tiers", 3),)), "needles").mesh.triangle_count
    many = part_named(built("pine_tree", (("tiers", 8),)), "needles").mesh.triangle_count
    assert many > few


def test_log_pile_stacks_up():
    one, pile = C.extents(built("log").parts), C.extents(built("log", (("count", 6),)).parts)
    assert (pile[1] - pile[0])[1] > 2.4 * (one[1] - one[0])[1]  # three rows high
    assert (pile[1] - pile[0])[2] > 2.4 * (one[1] - one[0])[2]  # three logs wide at the bottom


def test_cars_and_trucks_face_plus_z_with_glowing_lights_and_glass_windows():
    for name in ("car", "truck"):
        g, r = built(name), RECIPES[name]
        head = positions(g, "lights")
        lo, hi = C.extents(g.parts)
        assert head[:, 2].min() > hi[2] - 0.3  # headlights at the front (+Z)
        assert r.materials[part_named(g, "lights").material].emissive
        assert r.materials[part_named(g, "windows").material].family == "crystal"
        assert hi[2] - lo[2] > 2 * (hi[0] - lo[0])  # long along Z
    car = built("car")
    assert 3.8 < np.ptp(np.concatenate([p.mesh.positions for p in car.parts])[:, 2]) < 4.6


def test_taxi_is_yellow_with_a_roof_sign():
    names = {p.name: p.material for p in built("car", (("kind", "taxi"),)).parts}
    assert "taxi_sign" in names and names["taxi_body"] == "taxi_paint" and "body" not in names
    assert RECIPES["car"].materials["taxi_paint"].base_color == "#f2c12e"


@pytest.mark.parametrize("name", ["rowboat", "canoe"])
def test_open_boats_are_hollow(name):
    g = built(name, budget=6000)
    skin = part_named(g, "hull").mesh
    p = np.asarray(skin.positions, dtype=np.float64)
    lo, hi = C.extents(g.parts)
    mid = p[(np.abs(p[:, 0]) < 0.1) & (np.abs(p[:, 2]) < 0.3)]
    # Down the middle of the boat there is only its bottom (outside and inside): open above.
    assert len(mid) and mid[:, 1].max() < 0.3 * (hi[1] - lo[1])
    assert C.is_closed_and_oriented(skin, decimals=5) and C.signed_volume(skin) > 0
    # The gunwales stand at the sides, well above the bottom.
    side = p[np.abs(p[:, 2]) < 0.3]
    assert side[:, 1].max() > 0.45 * (hi[1] - lo[1])


def _area(mesh) -> float:
    p = np.asarray(mesh.positions, dtype=np.float64)[np.asarray(mesh.indices, dtype=np.int64)]
    return float(np.linalg.norm(np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0]), axis=1).sum() / 2)


def test_furled_sails_are_rolled_up_on_the_yards():
    square = part_named(built("ship"), "sails").mesh
    furled = part_named(built("ship", (("sails", "furled"),)), "sails").mesh
    assert 0 < _area(furled) < 0.5 * _area(square)


def test_biplane_has_two_stacked_wings():
    outer = positions(built("airplane", (("kind", "biplane"),)), "wings")
    outer = outer[np.abs(outer[:, 0]) > 3.0]
    assert clusters(outer[:, 1], 0.5) == 2
    mono = positions(built("airplane"), "wings")
    assert clusters(mono[np.abs(mono[:, 0]) > 3.0][:, 1], 0.5) == 1
    jet = C.extents(built("airplane", (("kind", "jet"),)).parts)
    assert (jet[1] - jet[0])[2] > 14.0  # a business jet is about 16 m long


def test_saucer_is_round_and_rocket_flame_reaches_below():
    lo, hi = C.extents(built("spaceship", (("kind", "saucer"),)).parts)
    assert abs((hi - lo)[0] - (hi - lo)[2]) < 0.05
    still, lit = built("rocket"), built("rocket", (("launching", True),))
    assert "flame" in {p.name for p in lit.parts} and "flame" not in {p.name for p in still.parts}
    assert positions(lit, "body")[:, 1].min() > 1.0  # lifted above the flame


def test_solar_panel_count_widens_the_array():
    widths = [
        np.ptp(positions(built("solar_panel", (("panels", n),)), "frame")[:, 0]) for n in (1, 2, 4)
    ]
    assert 0.9 < widths[0] < 1.1 and 1.9 < widths[1] < 2.1 and 3.9 < widths[2] < 4.1


def test_robot_base_and_anchor_stock():
    treads = {p.name for p in built("robot", (("base", "treads"),)).parts}
    assert "treads" in treads and "treads" not in {p.name for p in built("robot").parts}
    assert "stock" not in {p.name for p in built("anchor", (("stock", False),)).parts}
    lo, hi = C.extents(built("anchor").parts)
    assert (hi - lo)[2] > 1.0  # the stock reaches across


@pytest.mark.parametrize(
    "name",
    [
        "spaceship",
        "rocket",
        "drone",
        "robot",
        "ray_gun",
        "computer",
        "battery",
        "antenna",
        "generator",
    ],
)
def test_scifi_props_have_glowing_lights(name):
    mats, _ = RECIPES[name].spec_tables()
    assert any(m.get("emissive") for m in mats)


def _apply_reading(recipe, prompt: str) -> dict:
    """Parameter values from what the prompt reader found: counts on parts ("three masts"),
    collectives ("crystal cluster") and descriptors ("glowing"), through the recipe's
    count_nouns and words."""
    reading = read_prompt(prompt).to_dict()
    out = {}
    for p in recipe.params:
        for part in reading["parts"]:
            if part["count"] is not None and (
                part["lemma"] in p.count_nouns or part["text"] in p.count_nouns
            ):
                out[p.name] = p.clamp(part["count"])
        words = [reading["arrangement"], *reading["modifiers"]["descriptors"]]
        for w in words:
            if w in p.words:
                out[p.name] = p.words[w]
    return out


@pytest.mark.parametrize(
    ("recipe", "prompt", "want"),
    [
        ("ship", "sailing ship with three masts", {"masts": 3}),
        ("truck", "truck with six wheels", {"wheels": 6}),
        ("truck", "six-wheeled truck", {"wheels": 6}),
        ("crystal", "crystal cluster", {"count": 7}),
        ("crystal", "a cluster of glowing blue crystals", {"count": 7, "glowing": True}),
        ("log", "pile of logs", {"count": 6}),
        ("drone", "drone with six rotors", {"rotors": 6}),
        ("cart", "cart with two wheels", {"wheels": 2}),
    ],
)
def test_prompt_counts_and_collectives_reach_the_parameters(recipe, prompt, want):
    r = RECIPES[recipe]
    got = _apply_reading(r, prompt)
    assert got == want
    r.resolve(got)  # and they are valid values


def test_rock_kinds_and_moss():
    rock, pebble = (
        C.extents(built("rock").parts),
        C.extents(built("rock", (("kind", "pebble"),)).parts),
    )
    assert (rock[1] - rock[0])[0] > 1.2 and (pebble[1] - pebble[0])[
        0
    ] < 0.12  # a pebble fits in a hand
    mossy = built("rock", (("moss", True),))
    moss, stone = positions(mossy, "moss"), positions(mossy, "rock")
    assert moss[:, 1].min() > 0.4 * stone[:, 1].max()  # on top, not round the foot
    assert "moss" not in {p.name for p in built("rock").parts}
