"""Natural shapes: rock, stump, tree."""

from __future__ import annotations

import numpy as np

from ..blob import blob, blobs, bump_field
from ..grid import fan_cap, grid_mesh
from ..ops import unit
from ..revolve import TAU, tube
from .base import ArchetypeBuilder, Detail, Pieces


def cube_res(d: Detail, n0: int, m0: int, cap: int, delay: int = 0) -> tuple[int, int]:
    """Cube-sphere resolution: columns and rows grow alternately, one step per level at first
    (10-50 % more triangles), a little faster later; `delay` holds the first steps back."""
    i = max(0, int(4 * d.s + 1e-9) - 4 - delay)
    return min(cap, n0 + (i + 1) // 2), min(cap, m0 + i // 2)


def rock(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    lumps = bump_field(rng, 14, (-0.16, 0.22), (2.0, 7.0))
    grit = bump_field(rng, 24, (-0.04, 0.04), (12.0, 30.0))
    cuts = unit(rng.normal(size=(5, 3)) + (0, 0.6, 0))
    cut_h = rng.uniform(0.78, 0.95, 5)
    cuts = np.vstack([cuts, [0.0, -1.0, 0.0]])  # the flat bottom
    cut_h = np.append(cut_h, rng.uniform(0.45, 0.6))
    scale = np.array([rng.uniform(1.05, 1.4), rng.uniform(0.7, 0.9), rng.uniform(0.8, 1.1)])

    def radius(dirs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        r1, g1 = lumps(dirs)
        r2, g2 = grit(dirs)
        r, g = r1 + r2 - 1.0, g1 + g2
        along = dirs @ cuts.T
        limit = np.where(along > 1e-6, cut_h / np.maximum(along, 1e-6), np.inf)
        k = np.argmin(limit, axis=-1)
        lim = np.take_along_axis(limit, k[..., None], axis=-1)[..., 0]
        cut = lim < r  # a flat chisel cut (or the base) wins here: its gradient is the plane's
        ak = np.take_along_axis(along, k[..., None], axis=-1)
        g_cut = -cut_h[k][..., None] * cuts[k] / np.maximum(ak, 1e-6) ** 2
        return np.where(cut, lim, r), np.where(cut[..., None], g_cut, g)

    n, m = cube_res(d, 3, 2, 26)
    return [("rock", blob(radius, n, m, scale * h / 2))]


def _bark_grid(
    rows: int,
    cols: int,
    ys: np.ndarray,
    r_y: np.ndarray,
    roots: np.ndarray,
    root_amp: np.ndarray,
    furrows: tuple[int, float, float],
) -> np.ndarray:
    """Trunk positions: a tapered radius, flared root lobes near the ground, vertical furrows."""
    phi = TAU * np.arange(cols) / cols
    lobes = np.zeros(cols)
    for ang in roots:
        lobes += np.exp(-(((np.angle(np.exp(1j * (phi - ang)))) / 0.35) ** 2))
    count, amp, phase = furrows
    bark = amp * np.cos(count * phi + phase)
    r = r_y[:, None] * (1.0 + root_amp[:, None] * lobes[None, :] + bark[None, :])
    return np.stack([r * np.sin(phi), np.broadcast_to(ys[:, None], r.shape), r * np.cos(phi)], 2)


def stump(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_roots = int(rng.integers(4, 7))
    roots = np.sort(rng.uniform(0, TAU, n_roots))
    furrows = (int(rng.integers(10, 18)), rng.uniform(0.015, 0.03), rng.uniform(0, TAU))
    tilt = rng.uniform(-0.04, 0.04)
    cols = d.n(8, 8, 96)
    rows = d.n(3, 3, 40)
    t = np.linspace(0.0, 1.0, rows) ** 1.5
    ys = t * h
    r_top = 0.36 * h
    r_y = r_top * (1.0 + 0.25 * (1 - t) ** 2)
    root_amp = 0.55 * np.exp(-t / 0.22)
    P = _bark_grid(rows, cols, ys, r_y, roots, root_amp, furrows)
    P[-1, :, 1] = h + tilt * P[-1, :, 0]  # a slightly slanted saw cut
    trunk = grid_mesh(P, wrap_cols=True, sectors=min(cols, 8))
    out: Pieces = [("trunk", trunk), ("trunk", fan_cap(P[0], (0, -1, 0)))]
    out.append(("top", fan_cap(P[-1], (0, 1, 0))))
    return out


def tree(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_blobs = int(rng.integers(4, 7))
    ang = rng.uniform(0, TAU, 8)
    spread = rng.uniform(0.5, 0.85, 8)
    rise = rng.uniform(-0.5, 0.6, 8)
    size = rng.uniform(0.75, 1.0, 8)
    fields = [bump_field(rng, 10, (-0.12, 0.18), (3.0, 8.0)) for _ in range(8)]
    n_roots = int(rng.integers(3, 6))
    roots = np.sort(rng.uniform(0, TAU, n_roots))
    lean = rng.uniform(-0.03, 0.03, 2)
    furrows = (int(rng.integers(8, 14)), rng.uniform(0.01, 0.025), rng.uniform(0, TAU))
    crown_y, crown_r = 0.5 * h, 0.3 * h
    cols = d.n(6, 6, 48)
    rows = d.n(3, 3, 24)
    t = np.linspace(0.0, 1.0, rows)
    ys = t * (crown_y + 0.05 * h)
    r_y = 0.055 * h * (1.0 - 0.45 * t)
    P = _bark_grid(rows, cols, ys, r_y, roots, 0.5 * np.exp(-t / 0.08), furrows)
    P[:, :, 0] += lean[0] * ys[:, None] ** 2 / h
    P[:, :, 2] += lean[1] * ys[:, None] ** 2 / h
    out: Pieces = [
        ("trunk", grid_mesh(P, wrap_cols=True, sectors=min(cols, 6))),
        ("trunk", fan_cap(P[0], (0, -1, 0))),
    ]
    tip = P[-1].mean(axis=0)
    if d.stage >= 6:  # a few branches reaching into the crown
        for k in range(3):
            a = ang[k] + 0.3
            end = tip + np.array(
                [np.sin(a) * crown_r * 0.8, 0.25 * crown_r, np.cos(a) * crown_r * 0.8]
            )
            start = tip - np.array([0, 0.12 * h, 0])
            path = start + np.linspace(0, 1, 4)[:, None] * (end - start)
            out.append(
                (
                    "trunk",
                    tube(
                        path,
                        np.linspace(0.02 * h, 0.008 * h, 4),
                        max(4, cols // 3),
                        cap_rows=1,
                        sectors=2,
                    ),
                )
            )
    n, m = cube_res(d, 2, 1, 16, delay=1)
    shapes = [(fields[7], np.full(3, crown_r * 1.05), tip + (0, 0.1 * h, 0))]
    for k in range(min(n_blobs, 3 + d.level)):
        c = tip + np.array(
            [
                np.sin(ang[k]) * spread[k] * crown_r,
                (0.1 + 0.35 * rise[k]) * crown_r,
                np.cos(ang[k]) * spread[k] * crown_r,
            ]
        )
        shapes.append((fields[k], np.full(3, 0.62 * size[k] * crown_r), c))
    out.append(("canopy", blobs(shapes, n, m)))
    return out


BUILDERS = {  # collected by archetypes/__init__.py
    "rock": ArchetypeBuilder("rock", rock, max_level=30),
    "stump": ArchetypeBuilder("stump", stump, max_level=44),
    "tree": ArchetypeBuilder("tree", tree, max_level=32),
}
