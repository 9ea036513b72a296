"""Farm recipes: counts, kinds and states set by prompt words change the object ("fence with three
rails", "broken fence", "stack of hay bales", "jack-o'-lantern", "tool shed", "horse stable")."""

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


def test_fence_rails_styles_and_damage():
    assert C.pieces(part(built("fence", rails=3), "rails")) == 3
    assert C.pieces(part(built("fence", style="rail", rails=4), "rails")) == 4
    picket = built("fence")
    assert C.pieces(part(picket, "pickets")) == 13
    assert "pickets" not in names(built("fence", style="rail"))
    assert size(built("fence", style="palisade"))[1] > 1.7
    broken = built("fence", condition="broken")
    # two pickets gone, one of them fallen at the foot; the top rail snapped in two
    assert C.pieces(part(broken, "pickets")) == 13 - 2 + 1
    assert C.pieces(part(broken, "rails")) == 3

    def right_apex_x(g):
        pts = part(g, "posts").positions
        right = pts[pts[:, 0] > 0]
        return float(right[np.argmax(right[:, 1]), 0])

    assert right_apex_x(broken) < right_apex_x(picket) - 0.1  # the right post leans over


def test_hay_bales_stack_and_other_shapes():
    three = built("hay_bale", count=3)
    assert C.pieces(part(three, "hay")) == 3
    assert np.isclose(size(three)[1], 2 * size(built("hay_bale"))[1], rtol=0.05)  # two rows
    assert C.pieces(part(built("hay_bale", count=6), "hay")) == 6
    assert size(built("hay_bale", shape="round"))[1] > 1.3
    assert size(built("hay_bale", shape="stack"))[1] > 2.5


def test_scarecrow_hat_and_trough_kinds():
    assert "hat" in names(built("scarecrow")) and "hat" not in names(built("scarecrow", hat=False))
    planks, carved = built("trough"), built("trough", kind="carved")
    assert {"boards", "legs", "water"} <= names(planks)
    assert "basin" in names(carved) and "legs" not in names(carved)
    assert "water" not in names(built("trough", water=False))


def test_jack_o_lantern_is_hollow_with_a_light_inside():
    whole, carved = built("pumpkin"), built("pumpkin", carved=True)
    assert "glow" not in names(whole) and "glow" in names(carved)

    # Hollowed out: the rind is a shell, well under the solid pumpkin's volume.
    assert C.signed_volume(part(carved, "rind")) < 0.6 * C.signed_volume(part(whole, "rind"))
    glow = part(carved, "glow")
    lo, hi = C.extents(part(carved, "rind"))
    glo, ghi = C.extents(glow)
    assert np.all(glo > lo) and np.all(ghi < hi)  # the light sits inside


def test_beehive_kinds_and_stand():
    skep, box = built("beehive"), built("beehive", kind="box")
    assert "skep" in names(skep) and "boxes" in names(box)
    assert size(built("beehive", stand=False))[1] < size(skep)[1] - 0.3


def test_barn_kinds_sizes_and_stalls():
    barn, shed = built("barn"), built("barn", kind="shed")
    assert size(barn)[1] > 9 and size(shed)[1] < 3.5
    four, six = built("barn", kind="stable"), built("barn", kind="stable", stalls=6)
    assert C.pieces(part(six, "hollow")) == 6  # one open upper door per stall
    assert np.isclose(size(six)[0] - size(four)[0], 2 * 2.6, atol=0.05)
    assert size(built("barn", cupola=False))[1] < size(barn)[1] - 1.0


def test_windmill_sails_and_coop_ramp():
    assert C.pieces(part(built("windmill"), "canvas")) == 4
    assert C.pieces(part(built("windmill", sails=6), "canvas")) == 6
    assert C.pieces(part(built("windmill", condition="broken"), "canvas")) == 1
    coop = built("chicken_coop")
    assert "ramp" in names(coop) and "ramp" not in names(built("chicken_coop", ramp=False))
    lo, hi = C.extents(part(coop, "ramp"))
    assert lo[1] < 0.05 and hi[1] > 0.45  # from the ground up to the pop hole
