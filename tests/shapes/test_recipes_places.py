"""What the parameters of the dungeon, castle, graveyard, town, signage and camp recipes do to the
shape: counts give that many pieces, states move parts, styles change the silhouette; the skull's
sockets are deep; parts that give light glow."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from assetsmith.shapes import build_shape, get_recipe

from . import meshcheck as C

SEED = 5


@cache
def built(name: str, budget: int = 3000, **params):
    # No LODs: these tests look at LOD0 and the collider, which are the same without them (test_build
    # checks the LODs); a third less work per build.
    return build_shape(name, params=params, seed=SEED, poly_budget=budget, lod_ratios=())


def parts_of(g) -> dict:
    return {p.name: p for p in g.parts}


def piece_boxes(mesh) -> list[tuple[np.ndarray, np.ndarray]]:
    """(min, max) corners of each connected piece of a mesh (triangles sharing welded vertices)."""
    pos = np.round(np.asarray(mesh.positions, dtype=np.float64), 6)
    uniq, weld = np.unique(pos, axis=0, return_inverse=True)
    t = weld.reshape(-1)[np.asarray(mesh.indices, dtype=np.int64)]
    n = len(uniq)
    rows = np.concatenate([t[:, 0], t[:, 1]])
    cols = np.concatenate([t[:, 1], t[:, 2]])
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    used = np.unique(t)
    return [
        (uniq[used][labels[used] == k].min(axis=0), uniq[used][labels[used] == k].max(axis=0))
        for k in np.unique(labels[used])
    ]


def pieces(mesh) -> int:
    """Connected pieces of a mesh."""
    return len(piece_boxes(mesh))


def size(g_or_parts) -> np.ndarray:
    parts = g_or_parts.parts if hasattr(g_or_parts, "parts") else g_or_parts
    lo, hi = C.extents(parts)
    return hi - lo


def first_hit(parts, origin, direction) -> tuple[str | None, float]:
    """The part a ray meets first and the distance (Moller-Trumbore over every triangle)."""
    best, name = np.inf, None
    o, d = np.asarray(origin, dtype=np.float64), np.asarray(direction, dtype=np.float64)
    for p in parts:
        tri = np.asarray(p.mesh.positions, dtype=np.float64)[
            np.asarray(p.mesh.indices, dtype=np.int64)
        ]
        e1, e2 = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
        h = np.cross(d, e2)
        a = np.einsum("ij,ij->i", e1, h)
        ok = np.abs(a) > 1e-12
        f = np.where(ok, 1.0 / np.where(ok, a, 1.0), 0.0)
        s = o - tri[:, 0]
        u = f * np.einsum("ij,ij->i", s, h)
        q = np.cross(s, e1)
        v = f * (q @ d)
        t = f * np.einsum("ij,ij->i", e2, q)
        hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t > 1e-9)
        if hit.any() and t[hit].min() < best:
            best, name = float(t[hit].min()), p.name
    return name, best


# --- the skull and the skeleton -------------------------------------------------------------


@pytest.mark.parametrize("budget", [3000, 12000])
def test_skull_eye_sockets_and_nose_are_deep_dark_cavities(budget):
    g = built("skull", budget)
    parts = parts_of(g)
    face_front = float(np.asarray(parts["cranium"].mesh.positions)[:, 2].max())
    hollows = sorted(piece_boxes(parts["hollows"].mesh), key=lambda b: b[0][1])
    assert len(hollows) == 3  # the nose (lowest) and the two orbits
    for lo, hi in hollows:
        cx, cy = (lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2
        name, dist = first_hit(g.parts, (cx, cy, 1.0), (0.0, 0.0, -1.0))
        assert name == "hollows", name  # looking straight in, the ray meets the dark back first
        assert 1.0 - dist < face_front - 0.012  # ... more than a centimetre behind the face


def test_skull_reads_as_a_skull_in_proportion():
    g = built("skull", 6000)
    w, h, d = size(g)
    assert 0.12 < w < 0.16 and 0.19 < h < 0.24 and 0.18 < d < 0.23  # a real skull's size
    parts = parts_of(g)
    teeth = np.asarray(parts["teeth"].mesh.positions)
    jaw = np.asarray(parts["jaw"].mesh.positions)
    assert pieces(parts["teeth"].mesh) >= 24  # two rows of separate teeth
    assert jaw[:, 1].min() < teeth[:, 1].min()  # the mandible is under the teeth
    assert "jaw" not in parts_of(built("skull", 3000, jaw=False))


def test_glowing_eyes_glow():
    assert "eyes" not in parts_of(built("skull"))
    g = built("skull", glowing=True)
    assert "eyes" in parts_of(g)
    mats, _ = get_recipe("skull").spec_tables()
    glow = {m["id"]: m for m in mats}["glow"]
    assert glow["emissive"].startswith("#") and glow["emissive_strength"] > 1


def test_skeleton_lies_full_length_or_heaps_into_a_pile():
    lying = built("skeleton")
    names = set(parts_of(lying))
    assert {"skull", "spine", "ribs", "pelvis", "arms", "legs"} <= names
    ext = size(lying)
    assert 1.6 < ext[0] < 2.1 and ext[1] < 0.3  # a person's length, lying down
    assert pieces(parts_of(lying)["ribs"].mesh) >= 16  # ribs, pairs of them
    pile = built("skeleton", pose="pile")
    assert size(pile)[0] < 0.6 * ext[0] and "skull" in parts_of(pile)


# --- dungeon and castle ---------------------------------------------------------------------


def test_chain_length_follows_the_link_count():
    def span(n):
        return size([p for p in built("chain", links=n).parts if p.name == "links"])[1]

    assert pieces(parts_of(built("chain", links=8))["links"].mesh) == 8
    step = (span(16) - span(8)) / 8
    assert 0.03 < step < 0.07  # each link adds one pitch
    lying = size(built("chain", style="lying"))
    assert lying[0] > lying[1] * 5  # laid along the ground
    assert "shackle" in parts_of(built("chain", shackle=True))


def test_altar_candles_count_and_glow():
    assert pieces(parts_of(built("altar", candles=4))["candles"].mesh) == 4
    assert "candles" not in parts_of(built("altar", candles=0))
    mats, _ = get_recipe("altar").spec_tables()
    assert {m["id"]: m for m in mats}["flame"]["emissive"]


def test_cage_kinds_and_portcullis_raised():
    prison, bird = size(built("cage")), size(built("cage", kind="bird"))
    assert prison[1] > 2.0 and bird[1] < 0.6
    down = np.asarray(parts_of(built("portcullis"))["bars"].mesh.positions)[:, 1].min()
    up = np.asarray(parts_of(built("portcullis", raised=True))["bars"].mesh.positions)[:, 1].min()
    assert up - down == pytest.approx(1.5, abs=0.01)
    assert "jambs" not in parts_of(built("portcullis", frame=False))


def test_lever_up_and_down():
    def grip_y(state):
        return float(
            np.asarray(parts_of(built("lever", state=state))["grip"].mesh.positions)[:, 1].mean()
        )

    assert grip_y("up") > grip_y("down") + 0.2


def test_staircase_steps_and_spiral():
    six, twelve = size(built("staircase", steps=6)), size(built("staircase", steps=12))
    assert twelve[1] == pytest.approx(2 * six[1] - 0.45, abs=0.05)  # the rise doubles (walls +0.45)
    assert twelve[2] == pytest.approx(2 * six[2], abs=0.05)
    spiral = size(built("staircase", shape="spiral"))
    assert abs(spiral[0] - spiral[2]) < 0.15  # round, not long
    assert "railing" in parts_of(built("staircase", railing=True))


def test_tower_roof_and_shape_and_pillar_breaks():
    plain, roofed = size(built("tower")), size(built("tower", roof=True))
    assert roofed[1] > plain[1] + 2.0
    assert "merlons" not in parts_of(built("tower", roof=True)) and "roof" in parts_of(
        built("tower", roof=True)
    )
    whole, broken = size(built("pillar")), size(built("pillar", condition="broken"))
    assert broken[1] < 0.7 * whole[1] and broken[0] > whole[0]  # a stump, the drum lying beside it
    assert "capital" not in parts_of(built("pillar", condition="broken"))


def test_arch_pointed_is_taller_than_round():
    assert size(built("arch", shape="pointed"))[1] > size(built("arch"))[1] + 0.2


# --- graveyard ------------------------------------------------------------------------------


def test_coffin_open_and_sarcophagus():
    closed, opened = parts_of(built("coffin")), parts_of(built("coffin", open=True))
    body_top = np.asarray(closed["body"].mesh.positions)[:, 1].max()
    assert np.asarray(closed["lid"].mesh.positions)[:, 1].min() > body_top - 0.02  # lid on top
    lid = np.asarray(opened["lid"].mesh.positions)
    assert (
        lid[:, 0].min() > np.asarray(opened["body"].mesh.positions)[:, 0].max() - 0.2
    )  # beside it
    assert {"chest", "slab"} <= set(parts_of(built("coffin", style="sarcophagus")))


def test_grave_marker_open_and_cross_styles():
    assert "cross" in parts_of(built("grave")) and "headstone" in parts_of(
        built("grave", marker="stone")
    )
    assert not {"cross", "headstone"} & set(parts_of(built("grave", marker="none")))
    assert {"pit", "spade"} <= set(parts_of(built("grave", open=True)))
    assert "ring" in parts_of(built("cross")) and "ring" not in parts_of(
        built("cross", style="stone")
    )
    assert {"mound", "lashing"} <= set(parts_of(built("cross", style="wooden")))


def test_mausoleum_columns_and_tombstone_moss():
    assert pieces(parts_of(built("mausoleum", columns=2))["columns"].mesh) == 2
    assert pieces(parts_of(built("mausoleum", columns=6))["columns"].mesh) == 6
    assert "moss" in parts_of(built("tombstone", moss=True)) and "moss" not in parts_of(
        built("tombstone")
    )


# --- market and town ------------------------------------------------------------------------


def test_fountain_tiers_stack_up():
    heights = [size(built("fountain", tiers=n))[1] for n in (1, 2, 3)]
    assert heights[0] + 0.4 < heights[1] < heights[2] - 0.3


def test_market_stall_goods_and_awning():
    stall = parts_of(built("market_stall"))
    assert {"awning", "awning_stripes", "apples", "oranges"} <= set(stall)
    assert pieces(stall["awning_stripes"].mesh) >= 4  # stripes of the second colour
    veg = parts_of(built("market_stall", goods="vegetables"))
    assert "cabbages" in veg and "apples" not in veg
    bare = parts_of(built("market_stall", goods="none", awning=False))
    assert "awning" not in bare and "crates" not in bare


def test_statue_figurine_is_small_and_mailbox_styles_differ():
    assert size(built("statue"))[1] > 2.5 and size(built("statue", kind="figurine"))[1] < 0.4
    assert "post" in parts_of(built("mailbox", style="rural")) and "post" not in parts_of(
        built("mailbox")
    )
    assert "rubbish" in parts_of(built("trash_can", lid=False))
    assert "frame" not in parts_of(built("bell", frame=False))


# --- signage and camp -----------------------------------------------------------------------


def test_notice_board_posters_and_banner_shapes():
    assert pieces(parts_of(built("notice_board", posters=6))["posters"].mesh) == 6
    assert "posters" not in parts_of(built("notice_board", posters=0))
    pennant = parts_of(built("banner", shape="pennant"))
    assert "emblem" not in pennant and "emblem" in parts_of(built("banner"))
    cloth = size([pennant["cloth"]])
    assert cloth[0] > 2 * cloth[1]  # a long triangle flying sideways


def test_tattered_flag_loses_cloth():
    whole = C.signed_volume(parts_of(built("flag"))["cloth"].mesh)
    torn = C.signed_volume(parts_of(built("flag", tattered=True))["cloth"].mesh)
    assert 0 < torn < 0.95 * whole


def test_campfire_flames_glow_and_go_out():
    assert "flames" in parts_of(built("campfire")) and "flames" not in parts_of(
        built("campfire", lit=False)
    )
    mats, _ = get_recipe("campfire").spec_tables()
    fire = {m["id"]: m for m in mats}["fire"]
    assert fire["emissive"] and fire["emissive_strength"] >= 1


def test_tent_styles_and_camp_kit_options():
    ridge, teepee = size(built("tent")), size(built("tent", style="teepee"))
    assert ridge[2] > ridge[0] + 0.5  # long
    assert abs(teepee[0] - teepee[2]) < 0.1 and teepee[1] > ridge[1] + 1.0  # round and tall
    laid, rolled = size(built("sleeping_bag")), size(built("sleeping_bag", rolled=True))
    assert laid[2] > 1.8 and rolled[2] < 0.35
    assert "bedroll" not in parts_of(built("backpack", bedroll=False))
    assert "reel" not in parts_of(built("fishing_rod", reel=False))
    coil2, coil6 = size(built("rope", turns=2)), size(built("rope", turns=6))
    assert coil6[1] > coil2[1] + 0.1  # more turns stack higher
    assert size(built("rope", style="lasso"))[2] > coil2[2] + 0.2
