"""Small props: bottle (potion), lantern."""

from __future__ import annotations

import numpy as np

from ..primitives import box, faceted_loft
from ..revolve import cylinder, lathe, tube
from .base import ArchetypeBuilder, BarSet, Detail, Pieces

# Outer glass profiles (r, y) in units of the asset height, bottom edge to the top of the neck.
_BOTTLES = {
    "potion": [
        (0.30, 0.0),
        (0.39, 0.07),
        (0.43, 0.22),
        (0.38, 0.40),
        (0.22, 0.53),
        (0.10, 0.60),
        (0.085, 0.70),
        (0.085, 0.80),
    ],
    "wine": [
        (0.25, 0.0),
        (0.27, 0.03),
        (0.27, 0.25),
        (0.27, 0.45),
        (0.22, 0.56),
        (0.12, 0.63),
        (0.09, 0.70),
        (0.085, 0.80),
    ],
    "flask": [
        (0.36, 0.0),
        (0.37, 0.03),
        (0.30, 0.22),
        (0.20, 0.42),
        (0.11, 0.56),
        (0.09, 0.64),
        (0.085, 0.72),
        (0.085, 0.80),
    ],
}


def _catmull_rom(ctrl: np.ndarray, n: int) -> np.ndarray:
    """n + 1 points on a Catmull-Rom spline through the control points, evenly by arc length."""
    p = np.vstack([2 * ctrl[0] - ctrl[1], ctrl, 2 * ctrl[-1] - ctrl[-2]])
    dense = []
    for i in range(1, len(p) - 2):
        t = np.linspace(0.0, 1.0, 24, endpoint=False)[:, None]
        a, b, c, e = p[i - 1], p[i], p[i + 1], p[i + 2]
        dense.append(
            0.5
            * (
                2 * b
                + (c - a) * t
                + (2 * a - 5 * b + 4 * c - e) * t**2
                + (3 * b - a - 3 * c + e) * t**3
            )
        )
    dense.append(ctrl[-1:])
    pts = np.vstack(dense)
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    q = np.linspace(0.0, s[-1], n + 1)
    return np.stack([np.interp(q, s, pts[:, 0]), np.interp(q, s, pts[:, 1])], axis=1)


def bottle(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    kind = list(_BOTTLES)[int(rng.integers(0, len(_BOTTLES)))]
    fill = rng.uniform(0.55, 0.8)
    ctrl = np.array(_BOTTLES[kind]) * h
    segs = d.n(6, 6, 64)
    rows = d.n(5, 5, 48)
    side = _catmull_rom(ctrl, rows)
    wall = 0.012 * h
    r_neck = side[-1, 0]
    y_top = side[-1, 1]
    lip_r = 0.018 * h
    lip_rows = d.n(1, 1, 8)
    a = np.linspace(0.0, np.pi, lip_rows + 1)
    lip = np.stack([r_neck + lip_r * np.sin(a), y_top + lip_r * (1.0 - np.cos(a))], 1)
    lip[-1, 0] = r_neck - wall  # roll over the lip into the neck
    y_lip = lip[-1, 1]
    inner = np.array([[r_neck - wall, y_lip], [r_neck - wall, y_lip - 0.06 * h]])
    plug = np.array([[r_neck - wall, y_lip - 0.06 * h], [0.0, y_lip - 0.06 * h]])
    glass = lathe(
        [np.array([[0.0, 0.0], [side[0, 0], 0.0]]), side, lip, inner, plug],
        segs,
        planar_runs=(0, 4),
    )
    # Liquid: the inside of the body, up to the fill line.
    y_fill = fill * ctrl[:, 1].max() * 0.75
    ys = np.linspace(wall, y_fill, max(2, rows // 2) + 1)
    order = np.argsort(side[:, 1], kind="stable")
    r_in = np.interp(ys, side[order, 1], side[order, 0]) - wall
    liquid = lathe(
        [
            np.array([[0.0, wall], [r_in[0], wall]]),
            np.stack([r_in, ys], 1),
            np.array([[r_in[-1], y_fill], [0.0, y_fill]]),
        ],
        segs,
        planar_runs=(0, 2),
    )
    stopper_r = r_neck - wall + 0.002 * h
    stopper = cylinder(stopper_r * 0.92, y_lip - 0.05 * h, h, segs, top_radius=stopper_r * 1.18)
    return [("glass", glass), ("liquid", liquid), ("stopper", stopper)]


def lantern(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    flare = rng.uniform(0.9, 1.05)
    w = 0.5 * h
    base_t, top_t = 0.06 * h, 0.04 * h
    y_top = 0.62 * h
    post = 0.035 * h
    a = w / 2 - 0.03 * h
    kb = d.step(2, 3, hi=3)
    bs = BarSet()
    bs.add("frame", (w, base_t, w), (0, base_t / 2, 0), axis=0, bevel=0.01 * h, k=kb)
    bs.add("frame", (w, top_t, w), (0, y_top + top_t / 2, 0), axis=0, bevel=0.008 * h, k=kb)
    for sx in (-1, 1):
        for sz in (-1, 1):
            bs.add(
                "frame",
                (post, y_top - base_t, post),
                (sx * a, (base_t + y_top) / 2, sz * a),
                axis=1,
                bevel=0.008 * h,
                k=d.step(1, 3, hi=3),
            )
    out: Pieces = bs.pieces()
    out.append(
        ("glass", box((2 * a, y_top - base_t, 2 * a), (0, (base_t + y_top) / 2, 0), grain=1))
    )
    # Roof: a faceted pyramid with a slightly concave profile, then a finial.
    roof_rows = d.n(1, 1, 6)
    t = np.linspace(0.0, 1.0, roof_rows + 1)
    y0, y1 = y_top + top_t, 0.8 * h
    half = (w / 2 * flare) * (1 - t) ** 1.3 + 0.05 * h * t
    ys = y0 + (y1 - y0) * t
    sq = np.array(
        [(-1, -1), (-1, 1), (1, 1), (1, -1)], dtype=float
    )  # lathe order from the back-left
    rings = np.stack(
        [
            half[:, None] * sq[None, :, 0],
            np.repeat(ys[:, None], 4, 1),
            half[:, None] * sq[None, :, 1],
        ],
        axis=2,
    )
    out.append(("frame", faceted_loft(rings)))
    segs = d.n(6, 6, 40)
    fin_top = 0.84 * h
    out.append(("frame", cylinder(0.045 * h, y1 - 0.005 * h, fin_top, segs, top_radius=0.03 * h)))
    # Handle: a vertical ring on top.
    ring_r, wire = 0.075 * h, 0.012 * h
    cy = h - ring_r - wire
    n_path = d.n(8, 8, 64)
    th = np.linspace(0, 2 * np.pi, n_path, endpoint=False)
    path = np.stack([ring_r * np.sin(th), cy - ring_r * np.cos(th), np.zeros_like(th)], 1)
    out.append(("handle", tube(path, wire, d.n(4, 4, 12), closed=True)))
    # Candle with a wick.
    cr = 0.065 * h
    out.append(("candle", cylinder(cr, base_t - 0.002 * h, 0.32 * h, segs)))
    if d.stage >= 3:
        out.append(("candle", cylinder(0.006 * h, 0.319 * h, 0.35 * h, max(4, segs // 4))))
    return out


BUILDERS = {  # collected by archetypes/__init__.py
    "bottle": ArchetypeBuilder("bottle", bottle, max_level=32),
    "lantern": ArchetypeBuilder("lantern", lantern, max_level=32),
}
