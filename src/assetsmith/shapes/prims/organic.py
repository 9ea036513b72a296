"""Boards (a panel of bevelled planks with gaps), lumpy blobs and archetype macros."""

from __future__ import annotations

import numpy as np

from ...geometry.archetypes import ARCHETYPE_BUILDERS, Detail
from ...geometry.blob import blob as blob_mesh
from ...geometry.blob import bump_field
from ...geometry.mesh import Mesh
from ...geometry.ops import merge, unit
from ...geometry.primitives import bars
from ..detail import Resolution

_AXES = "xyz"
MAX_BOARDS = 64


def boards(p: dict, res: Resolution) -> Mesh:
    size = np.asarray(p["size"], dtype=np.float64)
    run, thin = _AXES.index(p["run"]), _AXES.index(p["thickness_axis"])
    across = 3 - run - thin
    n = int(p["count"])
    rng = res.rng("boards")
    wj, tj, uv = (
        rng.uniform(-1, 1, MAX_BOARDS),
        rng.uniform(-1, 1, MAX_BOARDS),
        rng.uniform(0, 3, (MAX_BOARDS, 2)),
    )
    jit = float(p["jitter"])
    gap = float(p["gap"])
    w = 1.0 + jit * wj[:n]
    w = w / w.sum() * (size[across] - gap * (n - 1))
    pos = -size[across] / 2 + np.cumsum(w + gap) - gap - w / 2
    sizes = np.zeros((n, 3))
    sizes[:, run] = size[run]
    sizes[:, across] = w
    # Thickness varies a little, downwards only (the thickest board keeps the declared extent).
    t = 1.0 - 0.15 * jit * np.abs(tj[:n])
    sizes[:, thin] = size[thin] * t / t.max()
    centers = np.zeros((n, 3))
    centers[:, across] = pos
    centers[:, thin] = (size[thin] - sizes[:, thin]) / 2 * np.sign(tj[:n])
    centers[:, 1] += size[1] / 2
    if thin == 1:  # lying flat: every board's top is flush with the panel's top
        centers[:, 1] = size[1] - sizes[:, 1] / 2
    bevel = min(float(p["bevel"]), 0.45 * float(min(sizes[:, thin].min(), w.min())))
    k = res.bevel(bevel, k_max=3) if bevel > 0 else 0
    return bars(sizes, centers, axis=run, bevel=np.full(n, bevel), k=k, uv_offsets=uv[:n])


def blob(p: dict, res: Resolution) -> Mesh:
    size = np.asarray(p["size"], dtype=np.float64)
    rng = res.rng("blob")
    amp = float(p["lumps"])
    lumps = bump_field(
        rng, int(p["lump_count"]), (-0.7 * amp, amp), (p["sharpness"], 2 * p["sharpness"])
    )
    cut_rng = res.rng("blob_cuts")
    cuts = unit(cut_rng.normal(size=(16, 3)) + (0, 0.5, 0))[: int(p["facets"])]
    cut_h = cut_rng.uniform(0.8, 0.95, 16)[: int(p["facets"])]
    if p["flat_bottom"] > 0:
        cuts = np.vstack([cuts, [0.0, -1.0, 0.0]])
        cut_h = np.append(cut_h, 1.0 - 2.0 * float(p["flat_bottom"]))

    def field(d: np.ndarray):
        r, g = lumps(d)
        if not len(cuts):
            return r, g
        along = d @ cuts.T
        limit = np.where(along > 1e-6, cut_h / np.maximum(along, 1e-6), np.inf)
        j = np.argmin(limit, axis=-1)
        lim = np.take_along_axis(limit, j[..., None], axis=-1)[..., 0]
        cut = lim < r
        aj = np.take_along_axis(along, j[..., None], axis=-1)
        g_cut = -cut_h[j][..., None] * cuts[j] / np.maximum(aj, 1e-6) ** 2
        return np.where(cut, lim, r), np.where(cut[..., None], g_cut, g)

    q = max(1, res.around(float(size.mean()) / 2, lo=8) // 4)
    m = blob_mesh(field, q, q)
    # Rescale to exactly the declared extents, so every level has the same bounding box.
    lo, hi = m.positions.min(axis=0), m.positions.max(axis=0)
    s = size / np.maximum(hi - lo, 1e-12)
    m.positions = (m.positions - (lo + hi) / 2) * s + (0.0, size[1] / 2, 0.0)
    m.normals = unit(m.normals / s)
    m.uvs = m.uvs * float(np.cbrt(np.prod(s)))
    return m


def macro(p: dict, res: Resolution) -> list[tuple[str, Mesh]]:
    """The archetype's pieces as (archetype part id, mesh); the level follows the macro's size
    relative to the object's, so a small barrel on a big cart gets few triangles."""
    builder = ARCHETYPE_BUILDERS.get(p["name"])
    h = float(p["height"])
    level = res.level_for(h, builder.max_level)
    pieces = builder.build(Detail(level), h, res.rng("macro"))
    out: dict[str, list[Mesh]] = {}
    for pid, mesh in pieces:
        out.setdefault(pid, []).append(mesh)
    return [(pid, merge(ms)) for pid, ms in out.items()]
