"""Furniture: table, chair."""

from __future__ import annotations

import numpy as np

from ..ops import rotation, transform
from ..primitives import box
from ..revolve import lathe
from .base import GROWTH, ArchetypeBuilder, BarSet, Detail, Pieces


def _turned_leg(x: float, z: float, width: float, height: float, segs: int, rows: int) -> list:
    """A lathe-turned leg with a square block at the top (where the aprons join)."""
    block = 0.22 * height
    t = np.linspace(0.0, 1.0, rows + 1)
    r = width * (
        0.3
        + 0.07 * t
        + 0.14 * np.exp(-(((t - 0.1) / 0.06) ** 2))
        + 0.1 * np.exp(-(((t - 0.88) / 0.05) ** 2))
    )
    ys = t * (height - block + 0.002)
    leg = lathe([np.array([[0.0, 0.0], [r[0], 0.0]]), np.stack([r, ys], 1)], segs, planar_runs=(0,))
    top = box((width, block, width), (0, height - block / 2, 0), grain=1)
    return [transform(leg, None, (x, 0, z)), transform(top, None, (x, 0, z))]


def _legs(
    d: Detail, turned_from: int | None, bs: BarSet, spots, width: float, height: float, k: int
) -> Pieces:
    """Four legs: square bars (bevelled by k), or turned legs from level `turned_from` on (chosen
    where the square legs cost a little less than the coarsest turned ones)."""
    if turned_from is not None and d.level >= turned_from:
        sk = d.s / GROWTH**turned_from  # start coarse so the switch adds few triangles
        segs, rows = min(32, int(5 * sk)), min(28, int(6 * sk))
        return [("legs", m) for x, z in spots for m in _turned_leg(x, z, width, height, segs, rows)]
    for x, z in spots:
        bs.add("legs", (width, height, width), (x, height / 2, z), axis=1, bevel=0.2 * width, k=k)
    return []


def table(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    turned = bool(rng.integers(0, 2))
    uvj = rng.uniform(0, 3, (6, 2))
    width, depth = (1.5 + 0.2 * rng.uniform()) * h, 0.93 * h
    top_t, leg_w, inset = 0.055 * h, 0.07 * h, 0.06 * h
    leg_h = h - top_t + 0.002 * h
    k = d.bevels(["top", "legs", "aprons"], start=3, k_max=6)
    bs = BarSet()
    bs.add(
        "top",
        (width, top_t, depth),
        (0, h - top_t / 2, 0),
        axis=0,
        bevel=0.35 * top_t,
        k=k["top"],
        uv=uvj[0],
    )
    lx, lz = width / 2 - inset - leg_w / 2, depth / 2 - inset - leg_w / 2
    spots = [(sx * lx, sz * lz) for sx in (-1, 1) for sz in (-1, 1)]
    out = _legs(d, 12 if turned else None, bs, spots, leg_w, leg_h, k["legs"])
    if d.level >= 2:  # aprons under the top
        ah, at = 0.1 * h, 0.022 * h
        y = h - top_t - ah / 2 + 0.001 * h
        for sz in (-1, 1):
            bs.add(
                "legs",
                (2 * lx, ah, at),
                (0, y, sz * (lz + leg_w / 2 - at / 2 - 0.005 * h)),
                axis=0,
                bevel=0.3 * at,
                k=k["aprons"],
            )
        for sx in (-1, 1):
            bs.add(
                "legs",
                (at, ah, 2 * lz),
                (sx * (lx + leg_w / 2 - at / 2 - 0.005 * h), y, 0),
                axis=2,
                bevel=0.3 * at,
                k=k["aprons"],
            )
    return out + bs.pieces()


def chair(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_slats = int(rng.integers(2, 5))
    lean = np.radians(rng.uniform(4.0, 10.0))
    turned = bool(rng.integers(0, 2))
    seat_top, seat_t = 0.47 * h, 0.045 * h
    width, depth = 0.47 * h, 0.45 * h
    leg_w = 0.045 * h
    k = d.bevels(["seat", "legs", "posts", "rail", "slats", "stretchers"], start=4, k_max=5)
    bs = BarSet()
    bs.add(
        "seat",
        (width, seat_t, depth),
        (0, seat_top - seat_t / 2, 0),
        axis=0,
        bevel=0.3 * seat_t,
        k=k["seat"],
    )
    lx, lz = width / 2 - leg_w / 2 - 0.01 * h, depth / 2 - leg_w / 2 - 0.01 * h
    leg_h = seat_top - seat_t + 0.002 * h
    spots = [(sx * lx, sz * lz) for sx in (-1, 1) for sz in (-1, 1)]
    out = _legs(d, 18 if turned else None, bs, spots, leg_w, leg_h, k["legs"])
    if d.level >= 3:  # stretchers between the legs
        sh, st = 0.03 * h, 0.022 * h
        for sx in (-1, 1):
            bs.add(
                "legs",
                (st, sh, 2 * lz),
                (sx * lx, 0.16 * h, 0),
                axis=2,
                bevel=0.3 * st,
                k=k["stretchers"],
            )
        bs.add(
            "legs", (2 * lx, sh, st), (0, 0.12 * h, 0), axis=0, bevel=0.3 * st, k=k["stretchers"]
        )
    # The back leans back about the rear edge of the seat; its top stays at the asset height.
    zb = -lz
    pivot = np.array([0.0, seat_top, zb])
    rot = rotation("x", -lean)
    back_h = (h - seat_top) / np.cos(lean)

    def add_back(size, center, axis, bevel, kk):
        c = np.asarray(center, dtype=float)
        bs.add("back", size, rot @ (c - pivot) + pivot, axis=axis, bevel=bevel, k=kk, rot=rot)

    if d.level == 0:
        add_back((width, back_h, leg_w), (0, seat_top + back_h / 2, zb), 1, 0.0, 0)
        return out + bs.pieces()
    for sx in (-1, 1):
        add_back(
            (leg_w, back_h, leg_w), (sx * lx, seat_top + back_h / 2, zb), 1, 0.2 * leg_w, k["posts"]
        )
    rail_h = 0.08 * h
    add_back(
        (2 * lx, rail_h, 0.03 * h),
        (0, seat_top + back_h - rail_h / 2 - 0.01 * h, zb),
        0,
        0.01 * h,
        k["rail"],
    )
    if d.level >= 2:
        slat_w = 0.05 * h
        slat_h = back_h - rail_h - 0.04 * h
        span = lx - 0.6 * leg_w - slat_w / 2
        for x in np.linspace(-span, span, n_slats + 2)[1:-1]:
            add_back(
                (slat_w, slat_h, 0.018 * h),
                (x, seat_top + 0.02 * h + slat_h / 2, zb),
                1,
                0.006 * h,
                k["slats"],
            )
    return out + bs.pieces()


BUILDERS = {  # collected by archetypes/__init__.py
    "table": ArchetypeBuilder("table", table, max_level=36),
    "chair": ArchetypeBuilder("chair", chair, max_level=36),
}
