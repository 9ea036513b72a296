"""Figures: a mannequin (a simple humanoid of lathes and tubes) on a stand."""

from __future__ import annotations

import numpy as np

from ..grid import grid_mesh
from ..mesh import Mesh
from ..ops import unit
from ..revolve import TAU, arc, cylinder, lathe, profile_normals, revolve_grid, tube
from .base import ArchetypeBuilder, Detail, Pieces


def _oval_lathe(profile: np.ndarray, segs: int, sx: float, sz: float, y0: float = 0.0) -> Mesh:
    """A lathe squashed into an oval section (x * sx, z * sz); UVs from the final surface."""
    phi = TAU * np.arange(segs) / segs
    P, N = revolve_grid(profile, profile_normals(profile), np.sin(phi), np.cos(phi))
    scale = np.array([sx, 1.0, sz])
    P = P * scale + (0.0, y0, 0.0)
    N = unit(N / scale)
    return grid_mesh(P, N, wrap_cols=True, sectors=min(segs, 8))


def _smooth_path(points: np.ndarray, n: int) -> np.ndarray:
    """n + 1 points along a polyline, corners rounded by a quadratic B-spline pass."""
    pts = np.asarray(points, dtype=np.float64)
    if len(pts) > 2:
        mids = (pts[:-1] + pts[1:]) / 2
        dense = [pts[0]]
        for i in range(1, len(pts) - 1):
            t = np.linspace(0, 1, 9)[:, None]
            a, b, c = mids[i - 1], pts[i], mids[i]
            dense.extend((1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c)
        dense.append(pts[-1])
        pts = np.array(dense)
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    q = np.linspace(0, s[-1], n + 1)
    return np.stack([np.interp(q, s, pts[:, k]) for k in range(3)], axis=1)


def mannequin(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    arm_out = rng.uniform(0.12, 0.2)
    stance = rng.uniform(0.0, 0.03)
    base_t = 0.018 * h
    B = h - base_t  # the figure's own height, standing on the base
    segs = d.n(6, 6, 40)
    rows = d.n(3, 3, 24)
    limb_rows = d.n(2.75, 2, 32)
    caps = d.n(1.1, 1, 6)

    def Y(f):  # a height on the figure
        return base_t + f * B

    out: Pieces = []
    # Head: an ellipsoid with a slightly narrower chin.
    head = arc((0.0, 0.0), 1.0, 0.0, np.pi, rows + 1) * (0.058 * B, 0.072 * B)
    out.append(("body", _oval_lathe(head, segs, 1.0, 1.1, Y(0.928))))
    if d.stage >= 2:
        out.append(("body", cylinder(0.026 * B, Y(0.83), Y(0.875), segs, caps=False)))
    # Torso: waist, chest, shoulders, closing at the neck.
    tr = max(4, rows + 1)
    t = np.linspace(0.0, 1.0, tr + 1)
    r = 0.1 * B * (0.78 + 0.3 * np.sin(t * np.pi * 0.8) ** 1.5) * np.sqrt(np.clip(1 - t**6, 0, 1))
    torso = np.stack([r, Y(0.56) + t * (Y(0.855) - Y(0.56))], 1)
    torso[0, 0] = 0.0
    out.append(("body", _oval_lathe(torso, segs, 1.35, 0.7)))
    # Pelvis.
    p = arc((0.0, 0.0), 1.0, 0.0, np.pi, max(2, rows))
    pelvis = p * (0.095 * B, 0.07 * B) + (0.0, Y(0.53))
    out.append(("body", _oval_lathe(pelvis, segs, 1.3, 0.8)))
    # Arms and legs: tubes along smoothed joint paths.
    for sx in (-1.0, 1.0):
        arm = (
            np.array(
                [
                    [0.16, 0.81, 0.0],
                    [0.16 + arm_out * 0.25, 0.63, -0.01],
                    [0.16 + arm_out * 0.4, 0.47, 0.02],
                    [0.16 + arm_out * 0.45, 0.4, 0.025],
                ]
            )
            * B
        )
        arm[:, 0] *= sx
        arm[:, 1] += base_t
        path = _smooth_path(arm, limb_rows)
        radii = (
            np.interp(
                np.linspace(0, 1, limb_rows + 1), [0, 0.45, 0.85, 1], [0.04, 0.03, 0.022, 0.026]
            )
            * B
        )
        out.append(("body", tube(path, radii, segs, cap_rows=caps)))
        leg = (
            np.array(
                [
                    [0.065, 0.52, 0.0],
                    [0.07 + stance, 0.27, 0.01],
                    [0.07 + stance * 1.5, 0.05, -0.01],
                ]
            )
            * B
        )
        leg[:, 0] *= sx
        leg[:, 1] += base_t
        path = _smooth_path(leg, limb_rows)
        radii = np.interp(np.linspace(0, 1, limb_rows + 1), [0, 0.5, 1], [0.062, 0.042, 0.03]) * B
        out.append(("body", tube(path, radii, segs, cap_rows=caps)))
        if d.stage >= 1:  # feet
            fx = sx * (0.07 + stance * 1.5) * B
            foot = np.array([[fx, Y(0.035), -0.03 * B], [fx, Y(0.025), 0.1 * B]])
            out.append(("body", tube(foot, [0.03 * B, 0.024 * B], segs, cap_rows=caps)))
    # Stand: a bevelled round base and a pole up to the pelvis.
    base_r = 0.17 * h
    bev = min(0.006 * h, base_t / 2)
    base = lathe(
        [
            np.array([[0.0, 0.0], [base_r, 0.0]]),
            np.array([[base_r, 0.0], [base_r, base_t - bev], [base_r - bev, base_t]]),
            np.array([[base_r - bev, base_t], [0.0, base_t]]),
        ],
        segs,
        planar_runs=(0, 2),
    )
    out.append(("stand", base))
    out.append(
        ("stand", cylinder(0.012 * h, base_t - 0.001 * h, Y(0.5), max(6, segs // 2), caps=False))
    )
    return out


BUILDERS = {  # collected by archetypes/__init__.py
    "mannequin": ArchetypeBuilder("mannequin", mannequin, max_level=38),
}
