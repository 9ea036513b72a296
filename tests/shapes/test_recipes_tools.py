"""Tool recipes: kinds, counts and states set by prompt words change the object ("double-headed
axe", "wooden mallet", "ladder with six rungs", "broken rake")."""

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


def names(g) -> set[str]:
    return {p.name for p in g.parts}


def relative_x(g, name: str, haft: str = "handle") -> tuple[float, float]:
    """A part's X extent measured from the handle's axis at the top of the handle."""
    h = part(g, haft)
    top = h.positions[h.positions[:, 1] > h.positions[:, 1].max() - 0.05]
    axis = float(top[:, 0].min() + top[:, 0].max()) / 2
    lo, hi = C.extents(part(g, name))
    return float(lo[0]) - axis, float(hi[0]) - axis


def test_long_tools_stand_on_their_handles_working_end_up():
    for name in ("axe", "pickaxe", "shovel", "rake", "pitchfork", "broom", "saw"):
        g = built(name)
        x, y, z = size(g)
        assert y > 1.4 * max(x, z), name
        butt = [p for p in g.parts if p.name in ("handle", "grip")]  # a shovel's knob grip
        assert C.extents(butt)[0][1] < 0.01, name  # the handle's end is on the ground


def test_axe_bits_and_double_heads():
    single, double = built("axe"), built("axe", double=True)
    lo, hi = relative_x(single, "head")
    assert hi > 0.15 and lo > -0.07  # a bit in front, a short poll behind
    lo, hi = relative_x(double, "head")
    assert hi > 0.15 and lo < -0.15
    bearded = built("axe", blade="bearded")
    assert size(part(bearded, "head"))[1] > size(part(single, "head"))[1] + 0.05


def test_hammer_kinds():
    claw, mallet, sledge = (
        built("hammer"),
        built("hammer", kind="mallet"),
        built("hammer", kind="sledge"),
    )
    assert "block" in names(mallet) and "head" not in names(mallet)  # a wooden head
    assert "head" in names(claw) and "block" not in names(claw)
    assert size(sledge)[1] > 2.4 * size(claw)[1]
    smith = built("hammer", kind="smith")
    lo, hi = relative_x(smith, "head")
    assert lo < -0.05 and hi > 0.04  # a peen behind, a face in front


def test_pickaxe_mattock_and_spade():
    pick, mattock = built("pickaxe"), built("pickaxe", head="mattock")
    assert abs(sum(relative_x(pick, "head"))) < 0.02  # two points, symmetric
    assert size(part(mattock, "head"))[2] > size(part(pick, "head"))[2]  # the broad adze blade
    spade, shovel = built("shovel", kind="spade"), built("shovel")
    assert size(spade)[1] < 0.8 * size(shovel)[1]
    assert size(part(spade, "grip"))[0] > 0.1  # a D-grip


def test_rake_and_pitchfork_tine_counts():
    assert C.pieces(part(built("rake", tines=6), "tines")) == 6
    assert C.pieces(part(built("rake", tines=16), "tines")) == 16
    assert (
        size(part(built("rake", tines=16), "head"))[0]
        > size(part(built("rake", tines=6), "head"))[0]
    )
    assert C.pieces(part(built("rake", condition="broken"), "tines")) == 12 - 2
    three, five = built("pitchfork"), built("pitchfork", tines=5)
    # tines plus the ferrule and the crossbar that join them
    assert C.pieces(part(five, "tines")) - C.pieces(part(three, "tines")) == 2
    assert size(part(five, "tines"))[0] > size(part(three, "tines"))[0] + 0.1


def test_sickle_and_scythe():
    sickle, scythe = built("sickle"), built("sickle", kind="scythe")
    assert size(sickle)[1] < 0.5
    assert size(scythe)[1] > 1.4
    lo, hi = relative_x(scythe, "blade")
    assert hi > 0.6  # the blade reaches out across the top


def test_ladder_rungs_set_the_height_and_break():
    six = built("ladder", rungs=6)
    assert C.pieces(part(six, "rungs")) == 6
    assert np.isclose(size(six)[1], 0.3 * 7, atol=0.01)
    broken = built("ladder", condition="broken")
    assert C.pieces(part(broken, "rungs")) == 8 - 2 + 1  # two gone, a snapped stub hanging
    step = built("ladder", kind="step")
    assert size(step)[2] > 0.5 and size(step)[1] < 1.7  # an A-frame


def test_workbench_options_and_other_kinds():
    full, bare = built("workbench"), built("workbench", vise=False, tools=False, shelf=False)
    assert {"vise", "tools"} <= names(full)
    assert not {"vise", "tools"} & names(bare)
    assert size(full)[1] > size(bare)[1]  # tools lie on the top
    assert "bristles" in names(built("broom", kind="push")) and "twigs" in names(built("broom"))
    bow_saw = built("saw", kind="bow")
    assert size(bow_saw)[1] > size(built("saw"))[1]
