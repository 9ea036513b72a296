"""Weapon recipes: the parameters prompt words set change the object the way the words say
(a broken sword is snapped, a katana has a round guard, "seven arrows" are seven shafts)."""

from __future__ import annotations

from functools import cache

import numpy as np

from assetsmith.shapes import build_shape

from . import meshcheck as C


@cache
def built(name: str, budget: int = 3000, **params):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=params, seed=5, poly_budget=budget, lod_ratios=())


def part(g, name: str):
    found = [p for p in g.parts if p.name == name]
    assert found, (name, [p.name for p in g.parts])
    return found[0].mesh


def size(g_or_mesh) -> np.ndarray:
    lo, hi = C.extents(g_or_mesh.parts if hasattr(g_or_mesh, "parts") else g_or_mesh)
    return hi - lo


def axis_x(g, haft: str = "shaft") -> float:
    """X of the haft's axis (the object is centred on its bounding box, not on its haft)."""
    lo, hi = C.extents(part(g, haft))
    return float(lo[0] + hi[0]) / 2


def names(g) -> set[str]:
    return {p.name for p in g.parts}


def test_every_weapon_stands_upright_on_its_lowest_end():
    # Hand weapons stand on their pommel or butt: far taller than wide, pivot at the bottom.
    for name in (
        "sword",
        "dagger",
        "club",
        "mace",
        "war_hammer",
        "spear",
        "halberd",
        "bow",
        "arrow",
        "quiver",
        "crossbow",
        "rifle",
    ):
        x, y, z = size(built(name))
        assert y > 1.4 * max(x, z), name


def test_a_broken_sword_is_snapped_a_third_of_the_way_up():
    whole, broken = built("sword"), built("sword", condition="broken")
    lo, hi = C.extents(part(whole, "blade"))
    blo, bhi = C.extents(part(broken, "blade"))
    assert np.isclose(blo[1], lo[1], atol=1e-3)  # the same blade from the guard
    assert bhi[1] - blo[1] < 0.5 * (hi[1] - lo[1])
    assert size(part(broken, "guard"))[0] > 0.2  # the hilt is whole


def test_sword_styles_change_guard_and_blade():
    long_, katana, curved = (
        built("sword"),
        built("sword", style="katana"),
        built("sword", style="curved"),
    )
    gx, _, gz = size(part(long_, "guard"))
    assert gx > 4 * gz  # a cross-guard
    kx, _, kz = size(part(katana, "guard"))
    assert abs(kx - kz) < 0.01  # a round tsuba
    # A curved blade's point swings sideways; a straight one's stays over the grip.
    straight_x = C.extents(part(long_, "blade"))
    curved_x = C.extents(part(curved, "blade"))
    assert (curved_x[1][0] - curved_x[0][0]) > 2 * (straight_x[1][0] - straight_x[0][0])
    assert size(built("sword", style="greatsword"))[1] > 1.2 * size(long_)[1]


def test_mace_heads_and_war_hammer_faces():
    flanged = part(built("mace"), "spikes")
    spiked = part(built("mace", head="spiked"), "spikes")
    assert C.pieces(flanged) == 7  # seven flanges
    assert C.pieces(spiked) == 18  # three rings of six spikes
    double, beaked = built("war_hammer", double=True), built("war_hammer")
    lo, hi = C.extents(part(double, "head")) - axis_x(double) * np.array([1, 0, 0])
    assert abs(hi[0] + lo[0]) < 0.01  # two faces: symmetric about the haft
    lo, hi = C.extents(part(beaked, "head")) - axis_x(beaked) * np.array([1, 0, 0])
    assert -lo[0] > hi[0] + 0.05  # a face on one side, a longer beak on the other


def test_spear_lance_and_halberd_heads():
    spear, lance = built("spear"), built("spear", style="lance")
    assert size(lance)[1] > size(spear)[1] + 0.4
    assert size(part(lance, "head"))[0] > 0.25  # the vamplate, a hand guard
    halberd, glaive = built("halberd"), built("halberd", head="glaive")
    lo, hi = C.extents(part(halberd, "head")) - axis_x(halberd) * np.array([1, 0, 0])
    assert hi[0] > 0.2 and lo[0] < -0.15  # an axe blade on one side, a hook on the other
    assert C.pieces(part(glaive, "head")) < C.pieces(part(halberd, "head"))


def test_bow_string_and_recurve():
    strung, bare = built("bow"), built("bow", strung=False)
    assert "string" in names(strung) and "string" not in names(bare)
    s = part(strung, "string")
    assert size(s)[1] > 0.9 * size(strung)[1]  # tip to tip
    assert size(built("bow", style="recurve"))[1] < 0.8 * size(strung)[1]


def test_arrow_counts_make_bundles_and_quivers_hold_them():
    assert C.pieces(part(built("arrow"), "shafts")) == 1
    bundle = built("arrow", count=7)
    assert C.pieces(part(bundle, "shafts")) == 7
    assert "binding" in names(bundle)
    assert size(bundle)[0] > 2 * size(built("arrow"))[0]
    assert C.pieces(part(built("quiver", arrows=11), "a_shafts")) == 11
    empty = built("quiver", arrows=0)
    assert not any(n.startswith("a_") for n in names(empty))
    assert size(empty)[1] < 0.8 * size(built("quiver"))[1]  # nothing sticking out of it


def test_crossbow_loaded_and_firearm_styles():
    assert "bolt" in names(built("crossbow")) and "bolt" not in names(
        built("crossbow", loaded=False)
    )
    assert size(built("crossbow", size_class="heavy"))[0] > size(built("crossbow"))[0] + 0.1
    flint, revolver = built("pistol"), built("pistol", style="revolver")
    assert size(part(revolver, "barrel"))[0] < 0.75 * size(part(flint, "barrel"))[0]
    assert "fittings" in names(flint)  # brass trigger guard and butt cap
    assert size(built("rifle", bayonet=True))[1] > size(built("rifle"))[1] + 0.25


def test_cannon_carriages():
    field, naval = built("cannon"), built("cannon", carriage="naval", balls=True)
    assert size(part(field, "wheels"))[1] > 1.1  # two big spoked wheels
    assert size(naval)[1] < 0.9  # a low truck carriage
    wheels = part(naval, "wheels")
    assert C.pieces(wheels) == 4
    assert C.pieces(part(naval, "shot")) == 3
