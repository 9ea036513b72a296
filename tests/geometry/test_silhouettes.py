"""Does each archetype still look like what it is? Shape checks with real meaning, at two
budgets (the coarse LOD must keep the silhouette too)."""

from __future__ import annotations

import numpy as np
import pytest

from .geo_builds import build

BUDGETS = [1000, 5000]


def parts(name: str, budget: int) -> dict[str, np.ndarray]:
    g = build(name, budget=budget)
    return {p.name: p.mesh.positions.astype(np.float64) for p in g.parts}


def radial(p: np.ndarray) -> np.ndarray:
    return np.hypot(p[:, 0], p[:, 2])


def band(p: np.ndarray, y0: float, y1: float) -> np.ndarray:
    return p[(p[:, 1] >= y0) & (p[:, 1] <= y1)]


def ext(p: np.ndarray) -> np.ndarray:
    return p.max(axis=0) - p.min(axis=0)


@pytest.mark.parametrize("budget", BUDGETS)
def test_barrel_bulges_with_raised_hoops_and_inset_lids(budget):
    p = parts("barrel", budget)
    body, hoops, lids = p["body"], p["hoops"], p["lids"]
    h = body[:, 1].max()
    mid = radial(band(body, 0.45 * h, 0.55 * h)).max()
    top = radial(band(body, 0.97 * h, h)).max()
    assert mid > 1.1 * top
    for y in np.unique(np.round(hoops[:, 1], 3)):  # every hoop stands proud of the staves there
        near = radial(band(body, y - 0.01 * h, y + 0.01 * h))
        ring = radial(band(hoops, y - 0.01 * h, y + 0.01 * h))
        if len(near) and len(ring):
            assert ring.max() > near.max() + 0.004 * h
    assert lids[:, 1].min() > 0.0 and lids[:, 1].max() < h


@pytest.mark.parametrize("budget", BUDGETS)
def test_crate_is_a_planked_cube_in_a_frame(budget):
    p = parts("crate", budget)
    frame, panels = p["frame"], p["panels"]
    e = ext(np.vstack([frame, panels]))
    assert np.allclose(e, e[1], rtol=0.05)
    lo, hi = frame.min(axis=0), frame.max(axis=0)
    assert np.all(panels.min(axis=0) > lo) and np.all(
        panels.max(axis=0) < hi
    )  # battens stand proud
    for axis in range(3):  # panels reach every face
        assert panels[:, axis].max() > hi[axis] - 0.05 * e[axis]
        assert panels[:, axis].min() < lo[axis] + 0.05 * e[axis]


@pytest.mark.parametrize("budget", BUDGETS)
def test_chest_has_a_curved_lid_bands_and_a_lock(budget):
    p = parts("chest", budget)
    body, lid, bands, lock = p["body"], p["lid"], p["bands"], p["lock"]
    assert lid[:, 1].min() >= body[:, 1].max() - 1e-4
    top = lid[lid[:, 1] > lid[:, 1].max() - 0.02 * ext(lid)[1]]
    assert np.abs(top[:, 2]).max() < 0.3 * ext(lid)[2]  # the lid's crown runs along the middle
    assert bands[:, 1].max() > lid[:, 1].max()  # straps wrap over the lid
    assert lock[:, 2].max() > body[:, 2].max()  # the lock plate sits on the front
    assert abs(lock[:, 0].mean()) < 0.05 * ext(body)[0]


@pytest.mark.parametrize("budget", BUDGETS)
def test_bottle_neck_is_narrower_than_its_body(budget):
    p = parts("bottle", budget)
    glass, liquid, stopper = p["glass"], p["liquid"], p["stopper"]
    hg = glass[:, 1].max()
    body_r = radial(glass).max()
    neck_r = radial(band(glass, 0.8 * hg, 0.88 * hg)).max()
    assert neck_r < 0.5 * body_r
    assert stopper[:, 1].max() >= glass[:, 1].max()
    assert (
        radial(liquid).max() < body_r and liquid[:, 1].max() < 0.8 * hg and liquid[:, 1].min() > 0
    )


@pytest.mark.parametrize("budget", BUDGETS)
def test_lantern_has_a_frame_glass_candle_and_top_handle(budget):
    p = parts("lantern", budget)
    frame, glass, handle, candle = p["frame"], p["glass"], p["handle"], p["candle"]
    allp = np.vstack(list(p.values()))
    assert handle[:, 1].max() == pytest.approx(allp[:, 1].max())
    assert np.all(candle.min(axis=0) > glass.min(axis=0) - 0.005)  # the candle stands inside
    assert np.all(candle.max(axis=0)[[0, 2]] < glass.max(axis=0)[[0, 2]])
    corners = frame[
        (np.abs(frame[:, 0]) > 0.8 * frame[:, 0].max())
        & (np.abs(frame[:, 2]) > 0.8 * frame[:, 2].max())
    ]
    assert len(corners) and frame[:, 1].max() > glass[:, 1].max()  # a roof above the panes


@pytest.mark.parametrize("budget", BUDGETS)
def test_sword_is_upright_blade_up_pommel_down(budget):
    p = parts("sword", budget)
    blade, guard, grip, pommel = p["blade"], p["guard"], p["grip"], p["pommel"]
    eb = ext(blade)
    assert eb[1] > 8 * eb[0] and eb[0] > 3 * eb[2]  # long, flat
    assert ext(guard)[0] > 2.5 * eb[0]
    assert pommel[:, 1].min() < 1e-4 and blade[:, 1].max() == pytest.approx(1.0, rel=0.01)
    assert pommel[:, 1].mean() < grip[:, 1].mean() < guard[:, 1].mean() < blade[:, 1].mean()
    tip = blade[blade[:, 1] > blade[:, 1].max() - 0.01]
    assert ext(tip)[0] < 0.3 * eb[0]  # a point


@pytest.mark.parametrize("budget", BUDGETS)
def test_shield_stands_facing_front_with_rim_and_boss(budget):
    p = parts("shield", budget)
    face, rim, boss = p["face"], p["rim"], p["boss"]
    allp = np.vstack(list(p.values()))
    e = ext(allp)
    assert e[0] == pytest.approx(e[1], rel=0.05) and e[2] < 0.25 * e[1]
    assert boss[:, 2].max() > face[:, 2].max() + 0.02 * e[1]  # the boss bulges to the front
    assert ext(rim)[0] >= ext(face)[0]


@pytest.mark.parametrize("budget", BUDGETS)
def test_pillar_has_base_shaft_capital(budget):
    p = parts("pillar", budget)
    base, shaft, cap = p["base"], p["shaft"], p["capital"]
    assert base[:, 1].min() < 1e-4 and cap[:, 1].max() == pytest.approx(3.0, rel=0.01)
    assert base[:, 1].mean() < shaft[:, 1].mean() < cap[:, 1].mean()
    assert (
        radial(shaft).max() < 0.8 * ext(base)[0] / 2 and radial(shaft).max() < 0.8 * ext(cap)[0] / 2
    )


@pytest.mark.parametrize("budget", BUDGETS)
def test_rock_is_lumpy_with_a_flat_bottom(budget):
    rock = parts("rock", budget)["rock"]
    c = (rock.max(axis=0) + rock.min(axis=0)) / 2
    d = np.linalg.norm((rock - c) / (ext(rock) / 2), axis=1)
    assert d.std() / d.mean() > 0.05
    flat = np.mean(rock[:, 1] < 0.01 * ext(rock)[1])
    assert flat > 0.03
    assert not np.allclose(ext(rock)[[0, 2]], ext(rock)[1], rtol=0.05)  # not a ball


def test_rock_shape_depends_on_seed():
    a = build("rock", budget=1000, seed=1).parts[0].mesh.positions
    b = build("rock", budget=1000, seed=2).parts[0].mesh.positions
    assert a.shape != b.shape or not np.allclose(a, b, atol=0.01)


@pytest.mark.parametrize("budget", BUDGETS)
def test_wall_section_with_coping_and_horizontal_courses(budget):
    g = build("wall", budget=budget)
    p = {q.name: q.mesh for q in g.parts}
    w = p["wall"].positions.astype(np.float64)
    assert ext(w)[0] == pytest.approx(2.0, rel=0.05) and ext(w)[2] == pytest.approx(0.4, rel=0.15)
    assert p["coping"].positions[:, 1].min() > 0.8 * 2.5
    # Brick courses run horizontally: on the front faces U follows X and V follows Y (downwards).
    m = p["wall"]
    idx = m.indices.astype(np.int64)
    front = np.all(m.normals[idx][:, :, 2] > 0.99, axis=1)
    pos, uv = m.positions[idx[front]].astype(np.float64), m.uvs[idx[front]].astype(np.float64)
    dp = (pos[:, 1:] - pos[:, :1])[:, :, :2]  # (T, 2 edges, xy)
    du = uv[:, 1:] - uv[:, :1]
    jac = np.linalg.solve(dp, du)  # rows: d/dx, d/dy of (u, v)
    assert np.allclose(jac[:, 0, 0], 1.0, atol=1e-3) and np.allclose(jac[:, 1, 1], -1.0, atol=1e-3)
    assert np.allclose(jac[:, 0, 1], 0.0, atol=1e-3) and np.allclose(jac[:, 1, 0], 0.0, atol=1e-3)


@pytest.mark.parametrize("budget", [12, 1000])
def test_floor_tile_is_a_bevelled_metre_slab(budget):
    tile = parts("floor_tile", budget)["tile"]
    e = ext(tile)
    assert e[0] == pytest.approx(1.0, rel=0.01) and e[2] == pytest.approx(1.0, rel=0.01)
    assert e[1] == pytest.approx(0.1, rel=0.01)
    if budget > 12:
        top = tile[tile[:, 1] > e[1] - 1e-5]
        assert np.abs(top[:, 0]).max() < 0.5 - 1e-3  # the top edge is bevelled in


@pytest.mark.parametrize("budget", BUDGETS)
def test_stump_tapers_flares_and_is_cut_flat(budget):
    p = parts("stump", budget)
    trunk, top = p["trunk"], p["top"]
    h = trunk[:, 1].max()
    assert radial(band(trunk, 0, 0.05 * h)).max() > 1.3 * radial(band(trunk, 0.9 * h, h)).max()
    assert ext(top)[1] < 0.1 * h and top[:, 1].min() > 0.9 * h


@pytest.mark.parametrize("budget", BUDGETS)
def test_tree_has_a_trunk_under_a_canopy(budget):
    p = parts("tree", budget)
    trunk, canopy = p["trunk"], p["canopy"]
    assert trunk[:, 1].min() < 1e-4 and canopy[:, 1].min() > 0.3 * 4.0
    assert ext(canopy)[0] > 4 * radial(band(trunk, 0.5, 1.0)).max()
    assert canopy[:, 1].max() == pytest.approx(4.0, rel=0.01)


@pytest.mark.parametrize("budget", BUDGETS)
def test_table_top_rests_on_four_legs(budget):
    p = parts("table", budget)
    top, legs = p["top"], p["legs"]
    assert top[:, 1].min() >= legs[:, 1].max() - 0.01  # legs reach a little into the top
    floor = band(legs, 0, 0.01)
    for sx in (-1, 1):
        for sz in (-1, 1):
            assert np.any((np.sign(floor[:, 0]) == sx) & (np.sign(floor[:, 2]) == sz))
    assert ext(top)[0] > ext(top)[2] > 5 * ext(top)[1]


@pytest.mark.parametrize("budget", BUDGETS)
def test_chair_back_rises_above_its_seat(budget):
    p = parts("chair", budget)
    seat, legs, back = p["seat"], p["legs"], p["back"]
    assert back[:, 1].max() > seat[:, 1].max() + 0.3 * 0.95
    assert back[:, 2].mean() < seat[:, 2].mean()  # at the rear
    assert legs[:, 1].min() < 1e-4 and legs[:, 1].max() <= seat[:, 1].max()


@pytest.mark.parametrize("budget", BUDGETS)
def test_door_panel_with_bands_and_handle_in_front(budget):
    p = parts("door", budget)
    panel, bands, handle = p["panel"], p["bands"], p["handle"]
    assert ext(panel)[1] == pytest.approx(2.1, rel=0.01) and ext(panel)[0] < 0.6 * 2.1
    assert bands[:, 2].max() > panel[:, 2].max() and handle[:, 2].max() > panel[:, 2].max()
    assert 0.3 * 2.1 < handle[:, 1].mean() < 0.7 * 2.1


@pytest.mark.parametrize("budget", BUDGETS)
def test_fence_section_has_posts_and_two_rails(budget):
    p = parts("fence", budget)
    posts, rails = p["posts"], p["rails"]
    assert ext(np.vstack([posts, rails]))[0] == pytest.approx(2.0, rel=0.02)
    ys = np.unique(np.round(rails[:, 1], 2))
    assert ys.max() - ys.min() > 0.3  # two rails at different heights
    assert posts[:, 1].max() == pytest.approx(1.0, rel=0.01)
    assert ext(rails)[1] < ext(posts)[1]


@pytest.mark.parametrize("budget", BUDGETS)
def test_mannequin_is_a_figure_on_a_stand(budget):
    p = parts("mannequin", budget)
    body, stand = p["body"], p["stand"]
    e = ext(body)
    assert e[1] > 1.7 * e[0] and e[0] > 0.2 * 1.8  # tall, arms out
    head = body[body[:, 1] > body[:, 1].max() - 0.05 * 1.8]
    assert np.abs(head[:, 0]).max() < 0.1 * 1.8  # the head is centred on top
    assert stand[:, 1].min() < 1e-4 and radial(band(stand, 0, 0.02)).max() > 0.1 * 1.8


def _gradient(mesh, field: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Per-triangle 3D gradient of a per-vertex scalar within each triangle's plane."""
    idx = mesh.indices.astype(np.int64)[keep]
    p = mesh.positions.astype(np.float64)[idx]
    f = field[idx]
    e1, e2 = p[:, 1] - p[:, 0], p[:, 2] - p[:, 0]
    n = np.cross(e1, e2)
    a = np.stack([e1, e2, n], axis=1)
    b = np.stack([f[:, 1] - f[:, 0], f[:, 2] - f[:, 0], np.zeros(len(f))], axis=1)
    return np.linalg.solve(a, b[..., None])[..., 0]


@pytest.mark.parametrize(
    "name,part",
    [
        ("barrel", "body"),
        ("sword", "blade"),
        ("tree", "trunk"),
        ("stump", "trunk"),
        ("door", "panel"),
        ("pillar", "shaft"),
        ("wall", "wall"),
    ],
)
def test_grain_runs_along_v_up_the_piece(name, part):
    """Directional textures (wood grain, bark, brick courses) need the long axis on V."""
    mesh = next(p.mesh for p in build(name).parts if p.name == part)
    idx = mesh.indices.astype(np.int64)
    tri_n = np.cross(
        *(mesh.positions[idx[:, k]].astype(np.float64) - mesh.positions[idx[:, 0]] for k in (1, 2))
    )
    side = np.abs(tri_n[:, 1]) < 0.3 * np.linalg.norm(tri_n, axis=1)  # faces looking sideways
    gv = _gradient(mesh, mesh.uvs[:, 1].astype(np.float64), side)
    gu = _gradient(mesh, mesh.uvs[:, 0].astype(np.float64), side)
    along_v = np.abs(gv[:, 1]) / np.linalg.norm(gv, axis=1)
    along_u = np.abs(gu[:, 1]) / np.linalg.norm(gu, axis=1)
    assert np.median(along_v) > 0.9 and np.median(along_u) < 0.2
    assert np.median(np.sign(gv[:, 1])) < 0  # V grows downwards: image-up is up
