"""Container recipes: open lids, contents, styles and shapes set by prompt words."""

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


def names(g) -> set[str]:
    return {p.name for p in g.parts}


def part(g, name: str):
    return next(p for p in g.parts if p.name == name)


def test_open_chest_throws_its_lid_back():
    shut, opened = build("chest"), build("chest", open=True)
    lid_shut, lid_open = C.extents([part(shut, "lid")]), C.extents([part(opened, "lid")])
    # Shut, the lid is a half cylinder on the body; open, it stands up behind it.
    assert lid_open[1][1] > lid_shut[1][1] + 0.2
    assert (lid_open[1] - lid_open[0])[2] < 0.7 * (lid_shut[1] - lid_shut[0])[2]
    assert "lining" in names(opened) and "lining" not in names(shut)


def test_treasure_chest_full_of_gold_is_open():
    g = build("chest", contents="gold")
    assert {"treasure", "gems", "lining"} <= names(g)
    assert C.extents([part(g, "lid")])[1][1] > C.extents([part(build("chest"), "lid")])[1][1] + 0.2
    assert get_recipe("chest").param("contents").words["coins"] == "gold"


def test_barrel_and_basket_contents():
    assert "contents" not in names(build("barrel"))
    apples = build("barrel", contents="apples")
    assert "contents" in names(apples)
    # The apples heap up above the barrel's rim.
    assert C.extents([part(apples, "contents")])[1][1] > C.extents([part(apples, "body")])[1][1]
    assert "bread" in names(build("basket", contents="bread"))
    assert "eggs" in names(build("basket", contents="eggs"))
    assert "lid" not in names(build("basket", shape="rectangular"))


def test_crate_styles():
    wooden, scifi = names(build("crate")), names(build("crate", style="scifi"))
    assert wooden == {"panels", "frame"}
    assert {"shell", "corners", "lights"} <= scifi
    mats, _ = get_recipe("crate").spec_tables()
    assert next(m for m in mats if m["id"] == "glow")["emissive"]


def test_box_open_and_cardboard():
    shut, opened = build("box"), build("box", open=True)
    assert C.extents([part(opened, "lid")])[1][1] > C.extents([part(shut, "lid")])[1][1] + 0.1
    assert {"lining", "jewels"} <= names(opened)
    carton, flaps = build("box", style="cardboard"), build("box", style="cardboard", open=True)
    assert "tape" in names(carton) and "tape" not in names(flaps)
    # Open, the four flaps fold out past the carton's sides.
    lo, hi = C.extents([part(flaps, "flaps")])
    clo, chi = C.extents([part(flaps, "carton")])
    assert hi[1] > chi[1] + 0.1 and hi[0] > chi[0] and hi[2] > chi[2]


def test_sack_open_shows_its_contents():
    tied, opened = build("sack"), build("sack", open=True, contents="flour")
    assert "tie" in names(tied) and "tie" not in names(opened)
    assert "flour" in names(opened) and "grain" in names(build("sack", open=True))


def test_bucket_styles_and_water():
    wooden, metal = names(build("bucket")), names(build("bucket", style="metal"))
    assert "hoops" in wooden and "body" in wooden and "pail" in metal and "grip" in metal
    assert "water" in names(build("bucket", water=True))


@pytest.mark.parametrize(
    "lid,part_name", [("cork", "cork"), ("metal", "cork_cap"), ("cloth", "cloth")]
)
def test_jar_lids(lid, part_name):
    g = build("jar", lid=lid)
    assert part_name in names(g)
    assert not ({"cork", "cork_cap", "cloth"} - {part_name}) & names(g)
    assert not {"cork", "cork_cap", "cloth"} & names(build("jar", lid="none"))


def test_vessels_are_hollow_at_the_mouth():
    # A vessel's lathe profile goes back down inside: at the mouth there are points well inside
    # the rim (the inner wall), not only on the outside.
    for name in ("vase", "urn", "jug", "bucket"):
        g = build(name, 3000)
        body = next(p for p in g.parts if p.name in ("body",)).mesh.positions.astype(np.float64)
        top = body[:, 1] > body[:, 1].max() - 0.02
        centre = (body.min(axis=0) + body.max(axis=0)) / 2
        r = np.hypot(body[top, 0] - centre[0], body[top, 2] - centre[2])
        assert r.max() - r.min() > 0.003, name


def test_bottle_shapes():
    wine, beer, flask = (
        build("bottle"),
        build("bottle", shape="beer"),
        build("bottle", shape="flask"),
    )
    h = [C.extents(g.parts)[1][1] for g in (wine, beer, flask)]
    assert h[0] > max(h[1], h[2])
    w = [(C.extents(g.parts)[1] - C.extents(g.parts)[0])[0] for g in (wine, flask)]
    assert w[1] > 2 * w[0]  # the round flask is much wider than a wine bottle
    assert "label" not in names(build("bottle", label=False))


def test_vase_flowers_and_pitcher_spout():
    assert {"stems", "blooms"} <= names(build("vase", flowers=True))
    jug, pitcher = build("jug"), build("jug", style="pitcher")
    assert C.extents(pitcher.parts)[1][0] - C.extents(pitcher.parts)[0][0] > 0.2
    assert "cork" in names(build("jug", cork=True)) and "cork" not in names(jug)
