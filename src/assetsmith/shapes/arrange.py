"""Several of one object: "a stack of three crates", "pile of logs", "two wooden chairs".

The reader finds the arrangement (stack, pile, row, pair, cluster, ring, group) and the count; the
spec carries them as `shape.arrangement` ({"kind", "count"}); the geometry stage builds the object
once (at the triangle budget divided by the count) and `arrange` places the copies: every part
and LOD of the arranged asset holds all copies (one mesh per part name, so materials, LODs and
engine layouts stay as they are), the pivot stays at the bottom centre, the collider is rebuilt
around all of them. Written here (a few lines of numpy) because it is placement of whole built
meshes, not a geometry kernel's job.
"""

from __future__ import annotations

import math

import numpy as np

from ..geometry.collider import make_collider
from ..geometry.mesh import AssetGeometry, Mesh, Part
from ..geometry.ops import merge

KINDS = ("row", "pair", "group", "stack", "pile", "cluster", "ring")
MAX_COUNT = 12
MIN_TRIS_PER_COPY = 500  # below this a copy would be too coarse: fewer copies instead
DEFAULT_COUNT = {"pair": 2, "stack": 3, "pile": 6, "cluster": 5, "row": 3, "group": 3, "ring": 6}
# Reader words for a group -> the layout used ("heap" is a pile, "line" a row...)
KIND_OF_WORD = {
    "stack": "stack", "tower": "stack", "pile": "pile", "heap": "pile", "mound": "pile",
    "row": "row", "line": "row", "rank": "row", "pair": "pair", "couple": "pair", "brace": "pair",
    "cluster": "cluster", "clump": "cluster", "bunch": "cluster", "bundle": "cluster",
    "group": "group", "set": "group", "collection": "group", "circle": "ring", "ring": "ring",
}  # fmt: skip


def arrangement_for(word: str | None, count: int | None, poly_budget: int) -> dict | None:
    """{"kind", "count"} for a reader's group word and count, or None for one object. The count
    is at most MAX_COUNT and at most what the triangle budget allows at MIN_TRIS_PER_COPY each;
    `requested` records a count that had to be lowered."""
    if word is None and (count is None or count < 2):
        return None
    kind = KIND_OF_WORD.get(word or "", "row")
    want = count if count is not None and count >= 2 else DEFAULT_COUNT[kind]
    if kind == "pair":
        want = 2
    allowed = max(1, min(MAX_COUNT, poly_budget // MIN_TRIS_PER_COPY))
    n = min(want, allowed)
    if n < 2:
        return None
    out: dict = {"kind": kind, "count": n}
    if n != want:
        out["requested"] = want
    return out


def placements(
    kind: str, count: int, extents: np.ndarray, seed: int
) -> list[tuple[float, float, float, float]]:
    """(x, y, z, yaw degrees) of each copy's bottom centre, before recentring."""
    w, h, d = (float(v) for v in extents)
    rng = np.random.default_rng([int(seed) & 0x7FFFFFFF, count, KINDS.index(kind)])
    gap = 0.03 * max(w, d) + 0.01
    out: list[tuple[float, float, float, float]] = []
    if kind in ("row", "pair", "group"):
        step = w + gap
        out = [((i - (count - 1) / 2) * step, 0.0, 0.0, 0.0) for i in range(count)]
    elif kind == "stack":
        out = [(0.0, i * h, 0.0, float(rng.uniform(-4, 4)) if i else 0.0) for i in range(count)]
    elif kind == "pile":
        # Side by side across the shorter horizontal axis, layers on top, each nested a little
        # into the gaps below (logs, sacks, crates alike).
        across_x = w <= d
        step = (w if across_x else d) + gap
        base = 1
        while base * (base + 1) // 2 < count:
            base += 1
        left = count
        for layer in range(base):
            n = min(base - layer, left)
            for i in range(n):
                a = (i - (n - 1) / 2) * step
                out.append(
                    (a, layer * h * 0.85, 0.0, 0.0) if across_x else (0.0, layer * h * 0.85, a, 0.0)
                )
            left -= n
            if left <= 0:
                break
    elif kind in ("cluster", "ring"):
        size = max(w, d) + gap
        first = [(0.0, 0.0, 0.0, float(rng.uniform(0, 360)))] if kind == "cluster" else []
        ring_n = count - len(first)
        radius = max(size, size * ring_n / (2 * math.pi) * 1.1)
        for i in range(ring_n):
            t = 2 * math.pi * i / ring_n + float(rng.uniform(-0.15, 0.15))
            out.append(
                (radius * math.cos(t), 0.0, radius * math.sin(t), float(rng.uniform(0, 360)))
            )
        out = first + out
    else:
        raise ValueError(f"unknown arrangement {kind!r}")
    return out[:count]


def _place(mesh: Mesh, x: float, y: float, z: float, yaw: float) -> Mesh:
    c, s = math.cos(math.radians(yaw)), math.sin(math.radians(yaw))
    rot = np.array([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]], dtype=np.float32)
    pos = mesh.positions @ rot.T + np.array([x, y, z], dtype=np.float32)
    nrm = mesh.normals @ rot.T
    tan = None
    if mesh.tangents is not None:
        tan = mesh.tangents.copy()
        tan[:, :3] = mesh.tangents[:, :3] @ rot.T
    return Mesh(pos.astype(np.float32), nrm.astype(np.float32), mesh.uvs, mesh.indices, tan)


def _copies(parts: list[Part], where: list[tuple[float, float, float, float]]) -> list[Part]:
    out = []
    for p in parts:
        placed = [_place(p.mesh, *w) for w in where]
        merged = merge(placed)
        if all(m.tangents is not None for m in placed):
            merged.tangents = np.concatenate([m.tangents for m in placed if m.tangents is not None])
        out.append(Part(p.name, p.material, merged))
    return out


def _recentre(levels: list[list[Part]]) -> list[list[Part]]:
    pos = np.concatenate([p.mesh.positions for p in levels[0]])
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    move = np.array([-(lo[0] + hi[0]) / 2, -lo[1], -(lo[2] + hi[2]) / 2], dtype=np.float32)
    return [
        [Part(p.name, p.material, Mesh(p.mesh.positions + move, p.mesh.normals, p.mesh.uvs, p.mesh.indices,
                                       p.mesh.tangents)) for p in level]
        for level in levels
    ]  # fmt: skip


def arrange(
    geometry: AssetGeometry, kind: str, count: int, *, seed: int = 0, collider: str = "box"
) -> AssetGeometry:
    """`count` copies of `geometry` laid out as `kind` (see KINDS), as one asset."""
    if kind not in KINDS or not 2 <= count <= MAX_COUNT:
        raise ValueError(
            f"arrangement {kind!r} x {count} is not one of {KINDS} with 2..{MAX_COUNT} copies"
        )
    pos = np.concatenate([p.mesh.positions for p in geometry.parts])
    where = placements(kind, count, pos.max(axis=0) - pos.min(axis=0), seed)
    levels = _recentre([_copies(level, where) for level in [geometry.parts, *geometry.lods]])
    points = np.concatenate([p.mesh.positions for p in levels[0]])
    return AssetGeometry(parts=levels[0], lods=levels[1:], collider=make_collider(collider, points))
