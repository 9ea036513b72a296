"""Containers: barrel, crate, chest."""

from __future__ import annotations

import numpy as np

from ..grid import grid_mesh
from ..ops import rotation, transform, unit
from ..primitives import box
from ..revolve import TAU, lathe, revolve_grid, stack_runs
from .base import ArchetypeBuilder, BarSet, Detail, Pieces


def _staves(n_staves: int, cols: int, jitter: np.ndarray) -> list[tuple[float, float, int]]:
    """(phi0, phi1, columns) per stave: widths jittered by up to 15 %, columns shared out."""
    w = 1.0 + 0.15 * jitter[:n_staves]
    edges = np.concatenate([[0.0], np.cumsum(w) / w.sum() * TAU]) - np.pi / n_staves
    per = np.full(n_staves, cols // n_staves)
    per[: cols % n_staves] += 1
    return [(float(edges[k]), float(edges[k + 1]), int(per[k])) for k in range(n_staves)]


def _stave_columns(staves):
    """Column angles for all staves (each stave's edge columns duplicated), the column breaks
    between staves, and per column: stave index and edge side (-1 start, +1 end, 0 inside)."""
    phi, stave_of, side, breaks = [], [], [], []
    for k, (p0, p1, nc) in enumerate(staves):
        phi.append(np.linspace(p0, p1, nc + 1))
        stave_of.append(np.full(nc + 1, k))
        sd = np.zeros(nc + 1)
        sd[0], sd[-1] = -1.0, 1.0
        side.append(sd)
        breaks.append(sum(len(a) for a in phi) - 1)
    return np.concatenate(phi), np.concatenate(stave_of), np.concatenate(side), breaks[:-1]


def barrel(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_hoops = int(rng.integers(2, 5))
    hoop_jit = rng.uniform(-1, 1, 4)
    width_jit = rng.uniform(-1, 1, 32)
    radial_jit = rng.uniform(-1, 1, 32)
    r_end, r_mid = 0.29 * h, 0.35 * h
    wall, inset = 0.028 * h, 0.035 * h

    def radius(y):
        return r_end + (r_mid - r_end) * (1.0 - (2.0 * np.asarray(y) / h - 1.0) ** 2)

    cols = d.n(8, 8, 72)
    n_staves = min(cols, d.n(8, 8, 18))
    rows = d.n(2, 2, 20)
    ys = np.linspace(0.0, h, rows + 1)
    body_runs = [
        np.array([[radius(inset) - wall, inset], [radius(0) - wall, 0.0]]),
        np.array([[radius(0) - wall, 0.0], [radius(0), 0.0]]),
        np.stack([radius(ys), ys], axis=1),
        np.array([[radius(h), h], [radius(h) - wall, h]]),
        np.array([[radius(h) - wall, h], [radius(h - inset) - wall, h - inset]]),
    ]
    staves = _staves(n_staves, cols, width_jit)
    phi, stave_of, side, col_breaks = _stave_columns(staves)
    prof, n2, row_breaks, _ = stack_runs(body_runs)
    P, N = revolve_grid(prof, n2, np.sin(phi), np.cos(phi))
    # Sink each stave's long edges a little and tilt their normals: visible joints. Radii are
    # jittered per stave inside it only: both edges of a joint stay at one radius, or the joint
    # would be a slit the background shows through.
    r = prof[:, 0:1]
    groove = np.where(
        side[None, :] != 0, np.maximum(r - 0.003 * h, 0.0) / np.maximum(r, 1e-12), 1.0
    )
    scale = groove * np.where(side != 0, 1.0, 1.0 + 0.005 * radial_jit[stave_of])[None, :]
    P[..., 0] *= scale
    P[..., 2] *= scale
    tangent = np.stack([np.cos(phi), np.zeros_like(phi), -np.sin(phi)], axis=1)
    tilt = 0.6 * side[None, :, None] * tangent[None] * (np.abs(N[..., 1:2]) < 0.9)
    N = unit(N + tilt)
    body = grid_mesh(P, N, row_breaks=row_breaks, col_breaks=col_breaks)
    ring = np.unique(np.round(np.mod(phi, TAU), 12))  # the same columns, shared
    centers = {2: [0.12, 0.88], 3: [0.1, 0.5, 0.9], 4: [0.08, 0.21, 0.79, 0.92]}
    if d.level == 0:
        n_hoops = min(n_hoops, 3)
    hoop_w, hoop_t, embed = 0.045 * h, 0.012 * h, 0.012 * h
    hoop_rows = d.n(1, 1, 4)
    hoops = []
    for k, c in enumerate(centers[n_hoops]):
        y0 = (c + 0.012 * hoop_jit[k]) * h - hoop_w / 2
        yy = np.linspace(y0, y0 + hoop_w, hoop_rows + 1)
        hoops += [
            np.array([[radius(y0) - embed, y0], [radius(y0) + hoop_t, y0]]),
            np.stack([radius(yy) + hoop_t, yy], axis=1),
            np.array([[radius(yy[-1]) + hoop_t, yy[-1]], [radius(yy[-1]) - embed, yy[-1]]]),
        ]
    overlap = 0.004 * h
    lids = [
        np.array([[0.0, inset], [radius(inset) - wall + overlap, inset]]),
        np.array([[radius(h - inset) - wall + overlap, h - inset], [0.0, h - inset]]),
    ]
    return [
        ("body", body),
        ("hoops", lathe(hoops, 0, phis=ring, sectors=8)),
        ("lids", lathe(lids, 0, phis=ring, planar_runs=(0, 1), sectors=1)),
    ]


def _plank_widths(n: int, jit: np.ndarray, total: float) -> np.ndarray:
    w = 1.0 + 0.18 * jit[:n]
    return w / w.sum() * total


def crate(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    n_planks = int(rng.integers(4, 7))
    vertical_sides = bool(rng.integers(0, 2))
    jit = rng.uniform(-1, 1, (6, 8))
    uv_jit = rng.uniform(0, 3, (6, 8, 2))
    s = h
    half = s / 2
    b, tb, tp, gap = 0.09 * s, 0.022 * s, 0.018 * s, 0.004 * s
    k = d.bevels(["posts", "rails", "braces", "front", "sides", "top"], start=7, k_max=5)
    bev = 0.25 * b
    bs = BarSet()
    for sx in (-1, 1):
        for sz in (-1, 1):
            bs.add(
                "frame",
                (b, s, b),
                (sx * (half - b / 2), half, sz * (half - b / 2)),
                axis=1,
                bevel=bev,
                k=k["posts"],
            )
    inner = s - 2 * b
    for y in (b / 2, s - b / 2):
        for sz in (-1, 1):
            bs.add(
                "frame",
                (inner, b, b),
                (0, y, sz * (half - b / 2)),
                axis=0,
                bevel=bev,
                k=k["rails"],
                ends=False,
            )
        for sx in (-1, 1):
            bs.add(
                "frame",
                (b, b, inner),
                (sx * (half - b / 2), y, 0),
                axis=2,
                bevel=bev,
                k=k["rails"],
                ends=False,
            )
    if d.level >= 7:  # diagonal braces on the four sides
        diag = float(np.hypot(inner, inner))
        ang = np.arctan2(inner, inner)
        for face in range(4):
            yaw = rotation("y", face * np.pi / 2)
            rot = yaw @ rotation("z", ang if face % 2 else -ang)
            bs.add(
                "frame",
                (diag, b * 0.8, tb * 0.9),
                yaw @ np.array([0, half, half - 0.55 * tb]),
                axis=0,
                bevel=bev * 0.8,
                k=k["braces"],
                rot=rot,
            )
    if d.level == 0:
        return bs.pieces() + [("panels", box((s - 2 * tb, s - 2 * tb, s - 2 * tb), (0, half, 0)))]
    span = s - b  # planks run under the battens, hidden past their middles
    depth = half - tb - tp / 2
    # (face normal axis, sign, run axis, group) for the four sides, then top and bottom.
    faces = [
        (2, 1, 0, "front"),
        (2, -1, 0, "front"),
        (0, 1, 1 if vertical_sides else 2, "sides"),
        (0, -1, 1 if vertical_sides else 2, "sides"),
        (1, 1, 0, "top"),
        (1, -1, 0, "top"),
    ]
    n_planks = min(n_planks, d.level)  # planks appear one per face per level
    for f, (na, sg, run, group) in enumerate(faces):
        across = 3 - na - run
        widths = _plank_widths(n_planks, jit[f], span)
        pos = -span / 2 + np.cumsum(widths) - widths / 2
        for j, (w, p) in enumerate(zip(widths, pos, strict=True)):
            size = np.zeros(3)
            size[na], size[run], size[across] = tp, span, w - gap
            c = np.array([0.0, half, 0.0])
            c[na] += sg * depth
            c[across] += p
            bs.add("panels", size, c, axis=run, bevel=tp * 0.4, k=k[group], uv=uv_jit[f, j])
    return bs.pieces()


def chest(d: Detail, h: float, rng: np.random.Generator) -> Pieces:
    band_x = 0.26 + 0.06 * rng.uniform(-1, 1)
    depth, width = 0.8 * h, 1.4 * h
    r = depth / 2
    body_h = h - r
    arc = d.n(4, 4, 64)
    k = d.bevels(["body", "straps", "rim", "lock"], start=4, k_max=5)
    bs = BarSet()
    bs.add("body", (width, body_h, depth), (0, body_h / 2, 0), axis=0, bevel=0.02 * h, k=k["body"])
    # Lid: a half cylinder about X (built about Y, then Y -> X, Z -> Y, X -> Z).
    to_x = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    hw = width / 2
    lid_runs = [
        np.array([[0.0, -hw], [r, -hw]]),
        np.array([[r, -hw], [r, hw]]),
        np.array([[r, hw], [0.0, hw]]),
    ]
    lid = lathe(lid_runs, arc, phi0=-np.pi / 2, phi1=np.pi / 2, planar_runs=(0, 2))
    out: Pieces = [
        ("lid", transform(lid, to_x, (0, body_h, 0))),
        ("lid", box((width, 1e-3, depth), (0, body_h + 5e-4, 0), faces="y", grain=0)),
    ]
    bw, bt, embed = 0.07 * h, 0.012 * h, 0.006 * h
    proud = depth / 2 + (bt - embed) / 2
    rings = []
    for sx in (-1, 1):
        x0 = sx * band_x * width
        rings += [
            np.array([[r - embed, x0 - bw / 2], [r + bt, x0 - bw / 2]]),
            np.array([[r + bt, x0 - bw / 2], [r + bt, x0 + bw / 2]]),
            np.array([[r + bt, x0 + bw / 2], [r - embed, x0 + bw / 2]]),
        ]
        for sz in (1, -1) if d.stage >= 1 else (1,):
            bs.add(
                "bands",
                (bw, body_h, bt + embed),
                (x0, body_h / 2, sz * proud),
                axis=1,
                bevel=bt * 0.4,
                k=k["straps"],
            )
    band = lathe(rings, arc, phi0=-np.pi / 2, phi1=np.pi / 2)
    out.append(("bands", transform(band, to_x, (0, body_h, 0))))
    if d.stage >= 2:  # a band round the top of the body
        y = body_h - 0.05 * h
        for sz in (1, -1):
            bs.add(
                "bands",
                (width + 2 * bt, 0.05 * h, bt + embed),
                (0, y, sz * proud),
                axis=0,
                bevel=bt * 0.4,
                k=k["rim"],
            )
            bs.add(
                "bands",
                (bt + embed, 0.05 * h, depth),
                (sz * (hw + (bt - embed) / 2), y, 0),
                axis=2,
                bevel=bt * 0.4,
                k=k["rim"],
            )
    bs.add(
        "lock",
        (0.16 * h, 0.2 * h, 0.025 * h),
        (0, body_h - 0.02 * h, depth / 2 + 0.0085 * h),
        axis=1,
        bevel=0.006 * h,
        k=k["lock"],
    )
    if d.stage >= 3:
        bs.add(
            "lock",
            (0.06 * h, 0.09 * h, 0.03 * h),
            (0, body_h + 0.02 * h, depth / 2 + 0.02 * h),
            axis=1,
            bevel=0.008 * h,
            k=k["lock"],
        )
    return out + bs.pieces()


BUILDERS = {  # collected by archetypes/__init__.py
    "barrel": ArchetypeBuilder("barrel", barrel, max_level=32),
    "crate": ArchetypeBuilder("crate", crate, max_level=37),
    "chest": ArchetypeBuilder("chest", chest, max_level=36),
}
