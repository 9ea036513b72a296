"""Weapons: sword (upright, pommel at the bottom), shield (upright, face towards +Z)."""

from __future__ import annotations

import numpy as np

from ..grid import fan_cap
from ..ops import rotation, transform
from ..primitives import bar, faceted_loft
from ..revolve import arc, lathe, tube
from .base import ArchetypeBuilder, Detail, Pieces


def _blade(y0: float, length: float, width: float, thick: float, rows: int, tip: float) -> Pieces:
    """A flattened-diamond blade from y0 upwards, tapering slightly, then an ogive tip."""
    t = 1.0 - (1.0 - np.linspace(0.0, 1.0, rows + 1)) ** 1.6  # rows crowd towards the tip
    body = 1.0 - tip
    w = width * (1.0 - 0.22 * np.minimum(t, body) / body)
    in_tip = t > body
    w[in_tip] *= np.sqrt(np.clip(1.0 - ((t[in_tip] - body) / tip) ** 2, 0.0, 1.0))
    th = thick * (w / width) ** 0.7
    y = y0 + t * length
    z = np.zeros_like(y)
    # Ring order follows the lathe convention: +Z (front ridge), +X edge, -Z ridge, -X edge.
    rings = np.stack(
        [
            np.stack([z, y, th], 1),
            np.stack([w, y, z], 1),
            np.stack([z, y, -th], 1),
            np.stack([-w, y, z], 1),
        ],
        axis=1,
    )
    return [("blade", faceted_loft(rings)), ("blade", fan_cap(rings[0], (0, -1, 0)))]


def sword(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    guard_len = (0.22 + 0.04 * rng.uniform()) * h
    blade_w = (0.026 + 0.004 * rng.uniform()) * h
    pommel_r = 0.028 * h
    grip_y0, grip_y1 = 0.05 * h, 0.21 * h
    guard_h = 0.028 * h
    blade_y0 = grip_y1 + guard_h
    segs = d.n(6, 6, 32)
    out = _blade(
        blade_y0 - 0.005 * h, h - blade_y0 + 0.005 * h, blade_w, 0.0065 * h, d.n(3, 3, 36), tip=0.14
    )
    kg = d.step(2, 2, hi=4)
    guard = bar(
        (guard_len, guard_h, 0.036 * h),
        (0, grip_y1 + guard_h / 2, 0),
        axis=0,
        bevel=0.009 * h,
        k=kg,
    )
    out.append(("guard", guard))
    if d.level >= 5:  # rounded quillon ends, starting coarse
        qs = max(4, segs // 2)
        for sx in (-1, 1):
            end = lathe([arc((0.0, 0.0), 0.016 * h, 0.0, np.pi, max(2, qs // 2))], qs)
            out.append(
                ("guard", transform(end, None, (sx * guard_len / 2, grip_y1 + guard_h / 2, 0)))
            )
    ridges = d.step(6, 2, hi=8)
    n_rows = max(1, 2 * ridges) if ridges else 1
    ys = np.linspace(grip_y0 - 0.005 * h, grip_y1 + 0.002 * h, n_rows + 1)
    wrap = (
        0.0015 * h * np.abs(np.sin(np.linspace(0, ridges * np.pi, n_rows + 1))) if ridges else 0.0
    )
    r_grip = 0.016 * h * (1.0 + 0.12 * np.sin(np.linspace(0, np.pi, n_rows + 1))) + wrap
    out.append(("grip", lathe([np.stack([r_grip, ys], 1)], segs, sectors=1)))
    prow = d.n(3, 3, 16)
    prof = arc((0.0, 0.0), pommel_r, 0.0, np.pi, prow) * (1.0, 0.9) + (0.0, 0.9 * pommel_r)
    out.append(("pommel", lathe([prof], segs)))
    return out


def shield(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    dome = (0.015 + 0.02 * rng.uniform()) * h
    boss_r = (0.085 + 0.02 * rng.uniform()) * h
    rim_r = 0.022 * h
    face_r = h / 2 - rim_r
    thick = 0.025 * h
    segs = d.n(8, 8, 96)
    rows = d.n(1, 1, 8)
    rr = np.linspace(face_r, 0.0, rows + 1)
    front = np.stack([rr, thick / 2 + dome * (1.0 - (rr / face_r) ** 2)], 1)
    face = lathe(
        [
            np.array([[0.0, -thick / 2], [face_r, -thick / 2]]),
            np.array([[face_r, -thick / 2], [face_r, thick / 2]]),
            front,
        ],
        segs,
        planar_runs=(0, 2),
    )
    rim_path = np.stack(
        [
            face_r * np.sin(np.linspace(0, 2 * np.pi, segs, endpoint=False)),
            np.zeros(segs),
            face_r * np.cos(np.linspace(0, 2 * np.pi, segs, endpoint=False)),
        ],
        1,
    )
    rim = tube(rim_path, rim_r, d.n(4, 4, 16), closed=True)
    y_face = thick / 2 + dome * (1.0 - (boss_r / face_r) ** 2) - 0.002 * h
    boss_runs = []
    if d.stage >= 2:  # a flange ring under the dome
        fl = 1.35 * boss_r
        boss_runs += [
            np.array([[fl, y_face], [fl, y_face + 0.006 * h]]),
            np.array([[fl, y_face + 0.006 * h], [boss_r, y_face + 0.006 * h]]),
        ]
    dome_pts = arc((0.0, 0.0), 1.0, np.pi / 2, np.pi, d.n(2, 2, 16))
    boss_runs.append(
        np.stack([boss_r * dome_pts[:, 0], y_face + 0.006 * h + 0.75 * boss_r * dome_pts[:, 1]], 1)
    )
    boss = lathe(boss_runs, segs)
    up = rotation("x", np.pi / 2)  # the lathe axis (+Y) becomes the facing direction (+Z)
    return [
        ("face", transform(face, up)),
        ("rim", transform(rim, up)),
        ("boss", transform(boss, up)),
    ]


BUILDERS = {  # collected by archetypes/__init__.py
    "sword": ArchetypeBuilder("sword", sword, max_level=32),
    "shield": ArchetypeBuilder("shield", shield, max_level=32),
}
