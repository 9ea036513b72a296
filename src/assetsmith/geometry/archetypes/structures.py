"""Architectural pieces: pillar, wall, floor tile, door, fence."""

from __future__ import annotations

import numpy as np

from ..grid import fan_cap, grid_mesh
from ..ops import merge, unit
from ..primitives import bar, box, faceted_loft, rounded_rect
from ..revolve import TAU, lathe, tube
from .base import ArchetypeBuilder, BarSet, Detail, Pieces


def pillar(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    fluted = bool(rng.integers(0, 2))
    rs = (0.065 + 0.01 * rng.uniform()) * h
    segs = d.n(8, 8, 96)
    rows = d.n(1, 1, 12)
    kb = d.step(3, 3, hi=3)
    plinth_w, plinth_t = 2.9 * rs, 0.04 * h
    out: Pieces = [
        (
            "base",
            bar((plinth_w, plinth_t, plinth_w), (0, plinth_t / 2, 0), axis=0, bevel=0.01 * h, k=kb),
        )
    ]
    mould_rows = d.n(1.3, 1, 10)
    a = np.linspace(0.0, np.pi, mould_rows + 1)
    y_m0, y_m1 = plinth_t, plinth_t + 0.04 * h
    torus = np.stack(
        [rs * 1.12 + 0.16 * rs * np.sin(a), y_m0 + (y_m1 - y_m0) * (1 - np.cos(a)) / 2], 1
    )
    out.append(("base", lathe([torus, np.array([[rs * 1.12, y_m1], [rs * 0.95, y_m1]])], segs)))
    y0, y1 = y_m1 - 0.005 * h, 0.9 * h
    ys = np.linspace(y0, y1, rows + 1)
    t = (ys - y0) / (y1 - y0)
    r_y = rs * (1.0 - 0.12 * t + 0.04 * np.sin(np.pi * t))  # entasis
    n_flutes = min(24, segs // 4)
    if fluted and n_flutes >= 8:
        phi = TAU * np.arange(segs) / segs
        ripple = 1.0 - 0.05 * (0.5 - 0.5 * np.cos(n_flutes * phi)) ** 0.6
        r = r_y[:, None] * ripple[None, :]
        P = np.stack([r * np.sin(phi), np.broadcast_to(ys[:, None], r.shape), r * np.cos(phi)], 2)
        out.append(("shaft", grid_mesh(P, wrap_cols=True, sectors=min(segs, 8))))
    else:
        out.append(("shaft", lathe([np.stack([r_y, ys], 1)], segs)))
    e_rows = d.n(1.6, 1, 8)
    tt = np.linspace(0.0, 1.0, e_rows + 1)
    ye = y1 - 0.005 * h + (0.05 * h) * tt
    re = r_y[-1] * 0.95 + (1.45 * rs - r_y[-1] * 0.95) * np.sin(tt * np.pi / 2) ** 2
    echinus = lathe(
        [
            np.array([[r_y[-1] * 0.9, ye[0] - 0.005 * h], [re[0], ye[0]]]),
            np.stack([re, ye], 1),
            np.array([[re[-1], ye[-1]], [0.0, ye[-1]]]),
        ],
        segs,
        planar_runs=(2,),
    )
    out.append(("capital", echinus))
    abacus_t = h - ye[-1]
    out.append(
        (
            "capital",
            bar(
                (3.0 * rs, abacus_t, 3.0 * rs),
                (0, h - abacus_t / 2, 0),
                axis=0,
                bevel=0.008 * h,
                k=kb,
            ),
        )
    )
    return out


def wall(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    width, depth = 2.0, 0.4
    cope_t = min(0.06 * h, 0.25)
    body_h = h - cope_t
    uv = tuple(rng.uniform(0, 2, 2))
    if d.level == 0:  # 12 triangles: an open-topped box and the coping as its lid
        body = box((width, h, depth), (0, h / 2, 0), grain=1, faces="xXyzZ", uv_offset=uv)
        return [
            ("wall", body),
            ("coping", box((width, h, depth), (0, h / 2, 0), grain=1, faces="Y")),
        ]
    k = d.step(3, 1, hi=6)
    over = 0.04
    out: Pieces = [
        (
            "wall",
            box((width, body_h + 0.01, depth), (0, (body_h + 0.01) / 2, 0), grain=1, uv_offset=uv),
        ),
        (
            "coping",
            bar(
                (width + 2 * over, cope_t, depth + 2 * over),
                (0, h - cope_t / 2, 0),
                axis=0,
                bevel=0.35 * cope_t,
                k=k,
            ),
        ),
    ]
    if d.stage >= 2:  # a plinth course
        pl_h = min(0.12 * h, 0.3)
        # Along Y, so its brick courses run horizontally like the wall's (U along the width).
        out.append(
            (
                "wall",
                bar(
                    (width + 0.04, pl_h, depth + 0.04),
                    (0, pl_h / 2, 0),
                    axis=1,
                    bevel=0.015,
                    k=max(0, k - 1),
                ),
            )
        )
    return out


def floor_tile(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    size = 1.0
    uv = tuple(rng.uniform(0, 2, 2))
    if d.level == 0:
        return [("tile", box((size, h, size), (0, h / 2, 0), grain=0, uv_offset=uv))]
    j = d.level - 1
    kc, m = (j + 1) // 2, j // 2 + 1
    bev = min(0.4 * h, 0.015)
    rad = 0.03
    rows_y = [0.0, h - bev]
    insets = [0.0, 0.0]
    norm_a = [0.0, 0.0]
    for i in range(1, m + 1):
        a = i / m * np.pi / 2
        rows_y.append(h - bev + bev * np.sin(a))
        insets.append(bev * (1 - np.cos(a)))
        norm_a.append(a)
    rows, row_normals = [], []
    for y, ins, a in zip(rows_y, insets, norm_a, strict=True):
        pts, n2 = rounded_rect(size / 2 - ins, size / 2 - ins, rad - ins, kc)
        rows.append(np.stack([pts[:, 0], np.full(len(pts), y), pts[:, 1]], 1))
        row_normals.append(
            np.stack([n2[:, 0] * np.cos(a), np.full(len(pts), np.sin(a)), n2[:, 1] * np.cos(a)], 1)
        )
    P, N = np.array(rows), unit(np.array(row_normals))
    side = grid_mesh(P, N, wrap_cols=True, sectors=4)
    side.uvs += uv
    top = fan_cap(P[-1], (0, 1, 0))
    bottom = fan_cap(P[0], (0, -1, 0))
    return [("tile", merge([side, top, bottom]))]


def door(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_planks = int(rng.integers(4, 7))
    jit = rng.uniform(-1, 1, 8)
    uvj = rng.uniform(0, 3, (8, 2))
    n_bands = int(rng.integers(2, 4))
    width, thick = 0.46 * h, 0.028 * h
    bt, bw = 0.006 * h, 0.04 * h
    k = d.bevels(["plate", "bands", "ledges"], start=5, k_max=5)
    k.update(d.bevels(["planks"], start=12, k_max=4))
    bs = BarSet()
    hx, hy, z0 = 0.33 * width, 0.47 * h, thick / 2
    if d.level == 0:
        out: Pieces = [
            ("panel", box((width, h, thick), (0, h / 2, 0), grain=1)),
            ("handle", box((0.06 * h, 0.06 * h, 0.02 * h), (hx, hy, z0 + 0.01 * h))),
        ]
    else:
        w = 1.0 + 0.15 * jit[:n_planks]
        w = w / w.sum() * width
        x = -width / 2 + np.cumsum(w) - w / 2
        for j in range(n_planks):
            bs.add(
                "panel",
                (w[j] - 0.003 * h, h, thick),
                (x[j], h / 2, 0),
                axis=1,
                bevel=0.004 * h,
                k=k["planks"],
                uv=uvj[j],
            )
        bs.add(
            "handle",
            (0.05 * h, 0.07 * h, 0.008 * h),
            (hx, hy, z0 + 0.004 * h),
            axis=1,
            bevel=0.003 * h,
            k=k["plate"],
        )
        out = []
    if d.level >= 2:  # a ring pull
        ring_r, wire = 0.035 * h, 0.005 * h
        n_path = d.n(5, 5, 40)
        th = np.linspace(0, TAU, n_path, endpoint=False)
        path = np.stack(
            [
                hx + ring_r * np.sin(th),
                hy + 0.01 * h - ring_r - ring_r * np.cos(th),
                np.full_like(th, z0 + 0.014 * h),
            ],
            1,
        )
        out.append(("handle", tube(path, wire, d.n(3, 3, 10), closed=True)))
    if d.level >= 4:  # ledges across the back
        for y in (0.15 * h, 0.85 * h):
            bs.add(
                "panel",
                (width * 0.92, 0.08 * h, thick * 0.6),
                (0, y, -thick * 0.8),
                axis=0,
                bevel=0.005 * h,
                k=k["ledges"],
            )
    ys = {2: (0.15, 0.85), 3: (0.12, 0.5, 0.88)}[n_bands if d.level >= 3 else 2]
    for y in ys:
        bs.add(
            "bands",
            (width * 0.96, bw, bt),
            (0, y * h, thick / 2 + bt / 2 - 0.001 * h),
            axis=0,
            bevel=bt * 0.4,
            k=k["bands"],
        )
    return out + bs.pieces()


def fence(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_posts = int(rng.integers(2, 4))
    pickets = bool(rng.integers(0, 2))
    jit = rng.uniform(-1, 1, 32)
    width, post = 2.0, 0.1 * min(h, 1.5)
    rail_h, rail_t = 0.09 * min(h, 1.5), 0.04 * min(h, 1.5)
    k = d.bevels(["posts", "rails"], start=6, k_max=12)
    k.update(d.bevels(["pickets"], start=18, k_max=3))  # 13 pickets: round them only late
    bs = BarSet()
    out: Pieces = []
    xs = np.linspace(-width / 2 + post / 2, width / 2 - post / 2, n_posts)
    cap = d.level >= 4
    post_h = h - (0.06 * h if cap else 0.0)
    sq = np.array([(-1, -1), (-1, 1), (1, 1), (1, -1)], dtype=float)  # lathe order
    for x in xs:
        bs.add("posts", (post, post_h, post), (x, post_h / 2, 0), axis=1, bevel=0.012, k=k["posts"])
        if cap:  # a pyramid cap
            hs = post / 2 * 1.1
            rings = np.array(
                [
                    [(x + hs * a, post_h, hs * b) for a, b in sq],
                    [(x + 0.001 * a, h, 0.001 * b) for a, b in sq],
                ]
            )
            out += [("posts", faceted_loft(rings)), ("posts", fan_cap(rings[0], (0, -1, 0)))]
    z_rail = post / 2 + rail_t / 2
    for y in (0.3 * h, 0.72 * h):
        bs.add("rails", (width, rail_h, rail_t), (0, y, z_rail), axis=0, bevel=0.01, k=k["rails"])
    n_p = (0, 4, 7, 13)[min(d.level, 3)] if pickets else 0
    pw, pt = 0.07 * min(h, 1.5), 0.02 * min(h, 1.5)
    zc = z_rail + rail_t / 2 + pt / 2
    pointed = d.level >= 5
    for i, x in enumerate(np.linspace(-width / 2 + 0.12, width / 2 - 0.12, n_p) if n_p else []):
        ph = (0.86 + 0.03 * jit[i]) * h
        top = 0.9 * pw if pointed else 0.0
        bs.add(
            "posts",
            (pw, ph - top, pt),
            (x, (ph - top) / 2, zc),
            axis=1,
            bevel=0.004,
            k=k["pickets"],
        )
        if top:  # a pointed top: a wedge, ridge along Z
            base = [(x + pw / 2 * a, ph - top, zc + pt / 2 * b) for a, b in sq]
            ridge = [(x, ph, zc + pt / 2 * b) for _, b in sq]
            out.append(("posts", faceted_loft(np.array([base, ridge]))))
    return out + bs.pieces()


BUILDERS = {  # collected by archetypes/__init__.py
    "pillar": ArchetypeBuilder("pillar", pillar, max_level=35),
    "wall": ArchetypeBuilder("wall", wall, max_level=12),
    "floor_tile": ArchetypeBuilder("floor_tile", floor_tile, max_level=12),
    "door": ArchetypeBuilder("door", door, max_level=40),
    "fence": ArchetypeBuilder("fence", fence, max_level=40),
}
