"""build_program: a part program in, an AssetGeometry (LOD0 parts, lower LODs, collider) out.

LOD0 is the richest detail level whose triangle count fits the budget; each lower LOD is the same
program at the level nearest `ratio x LOD0` (geometry/lod.py's search). Then, per LOD: pieces
merged per output part, the object scale applied, the pivot moved to the bottom centre, the
optional target height applied, UVs divided by each material's tile size, glTF types, tangents.
Every lower LOD is stretched (by a percent or two) onto LOD0's bounding box, so all LODs share it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from ..errors import InvalidInput
from ..geometry.collider import make_collider
from ..geometry.mesh import AssetGeometry, Mesh, Part
from ..geometry.ops import finalize, merge, unit
from ..geometry.tangents import with_tangents
from .assemble import ProgramBuilder
from .detail import MAX_LEVEL
from .limits import MAX_POLY_BUDGET, MAX_SIZE_M, MAX_TRIANGLES, OverLimit
from .search import choose_levels
from .validate import check_program
from .vocabulary import COLLIDERS


class _Levels:
    """Builds levels on demand and remembers each one's triangle count (and its pieces)."""

    def __init__(self, builder: ProgramBuilder, limit: int) -> None:
        self.builder, self.limit, self.top = builder, limit, MAX_LEVEL
        self.counts: dict[int, int] = {}
        self._pieces: dict[int, list] = {}

    def count(self, level: int) -> int:
        if level not in self.counts:
            try:
                # Level 0 is counted in full (up to the hard limit): the error for a budget that
                # is too small says how many triangles the shape needs.
                pieces = self.builder.pieces(level, MAX_TRIANGLES if level == 0 else self.limit)
                self._pieces[level] = pieces
                self.counts[level] = sum(m.triangle_count for _, _, m in pieces)
            except OverLimit:
                self.counts[level] = (MAX_TRIANGLES if level == 0 else self.limit) + 1
        return self.counts[level]

    def pieces(self, level: int) -> list:
        self.count(level)
        return self._pieces[level]


def build_program(
    program: dict,
    *,
    seed: int = 0,
    poly_budget: int,
    lod_ratios: tuple[float, ...] = (0.5, 0.25),
    target_height_m: float | None = None,
    scale: tuple[float, float, float] = (1.0, 1.0, 1.0),
    materials: Mapping[str, str] | None = None,
    tile_size_m: Mapping[str, float] | None = None,
    collider: str | None = None,
) -> AssetGeometry:
    """Build a part program (metres, +Y up, front +Z, pivot at the bottom centre).

    `program`: a part program (validated here; ProgramInvalid lists every problem). `seed`: all
    random draws (the same seed gives identical arrays). `poly_budget`: LOD0's triangle ceiling.
    `lod_ratios`: lower LODs' targets as fractions of LOD0. `target_height_m`: scale uniformly to
    this height (None: the program's real size). `scale`: per-axis factors applied first (a recipe's
    tall / wide / long). `materials`: program material id -> output material id (default: the
    same). `tile_size_m`: output material id -> texture tile size in metres (default 1).
    `collider`: box | capsule | mesh_convex | none (default: the program's).
    """
    prog = check_program(program)
    _check_args(poly_budget, lod_ratios, target_height_m, scale, tile_size_m, collider)
    mats = dict(materials or {})
    tiles = dict(tile_size_m or {})
    kind = collider or prog["collider"]
    fast = _macro_fast_path(
        prog, seed, poly_budget, lod_ratios, target_height_m, scale, mats, tiles, kind
    )
    if fast is not None:
        return fast
    builder = ProgramBuilder(prog, seed)
    levels = _Levels(builder, min(MAX_TRIANGLES, max(2 * poly_budget, 2000)))
    if levels.count(0) > poly_budget:
        need = levels.count(0)
        if need > MAX_TRIANGLES:
            raise InvalidInput(
                f"The part program makes more than {MAX_TRIANGLES} triangles even at "
                "its lowest detail.",
                "Use fewer copies or simpler parts.",
            )
        raise InvalidInput(
            f"poly_budget_tris {poly_budget} is too small for this shape: it needs at "
            f"least {need} triangles.",
            f"Raise poly_budget_tris to {need} or more.",
        )
    chosen = choose_levels(levels.count, levels.counts, poly_budget, MAX_LEVEL, tuple(lod_ratios))
    lods = [_finish(levels.pieces(lv), scale, target_height_m, mats, tiles) for lv in chosen]
    _match_bounds(lods)
    coll = make_collider(kind, np.concatenate([p.mesh.positions for p in lods[0]]))
    return AssetGeometry(parts=lods[0], lods=lods[1:], collider=coll)


def _macro_fast_path(prog, seed, budget, ratios, height, scale, mats, tiles, kind):
    """A program that is one bare macro is built by build_geometry itself (its ladder makes the
    level search one or two builds): the archetype path keeps its speed."""
    parts = prog["parts"]
    if len(parts) != 1:
        return None
    p = parts[0]
    prim = p["primitive"]
    t = p["transform"]
    if (
        prim["type"] != "macro"
        or p["ops"]
        or p["attach"]
        or p["detail"] != 1.0
        or any(v != 0 for v in t["translate"] + t["rotate"])
        or any(v != 1 for v in t["scale"])
    ):
        return None
    from ..geometry.build import build_geometry
    from ..spec.catalog import ARCHETYPES

    if budget < ARCHETYPES[prim["name"]].min_tris:
        raise InvalidInput(
            f"poly_budget_tris {budget} is too small for a {prim['name']}: it needs at "
            f"least {ARCHETYPES[prim['name']].min_tris} triangles.",
            f"Raise poly_budget_tris to {ARCHETYPES[prim['name']].min_tris} or more.",
        )
    h = float(prim["height"]) * float(scale[1]) if height is None else float(height)
    out_mat = {k: mats.get(v, v) for k, v in prim["materials"].items()}
    g = build_geometry(
        prim["name"],
        height_m=min(h, MAX_SIZE_M),
        poly_budget=budget,
        part_materials=out_mat,
        seed=seed,
        collider=kind,
        tile_size_m=tiles,
        lod_ratios=tuple(ratios),
    )
    prefix = prim.get("prefix") or ""
    sx, sz = float(scale[0]) / float(scale[1]), float(scale[2]) / float(scale[1])
    lods = [[Part(prefix + q.name, q.material, q.mesh) for q in lod] for lod in [g.parts, *g.lods]]
    if sx != 1.0 or sz != 1.0:  # wide / deep: stretch across, the height is already right
        lods = [
            [Part(q.name, q.material, _stretch(q.mesh, (sx, 1.0, sz))) for q in lod] for lod in lods
        ]
        g.collider = make_collider(kind, np.concatenate([q.mesh.positions for q in lods[0]]))
    _match_bounds(lods)
    return AssetGeometry(parts=lods[0], lods=lods[1:], collider=g.collider)


def _stretch(m: Mesh, s) -> Mesh:
    return _affine(m, np.asarray(s, dtype=np.float64), np.zeros(3))


def _finish(pieces, scale, height, mats, tiles) -> list[Part]:
    groups: dict[str, tuple[str, list[Mesh]]] = {}
    for name, mat, mesh in pieces:
        groups.setdefault(name, (mat, []))[1].append(mesh)
    merged = {n: (mat, merge(ms)) for n, (mat, ms) in groups.items()}
    s = np.asarray(scale, dtype=np.float64)
    f = float(np.cbrt(np.prod(s)))
    allp = np.concatenate([m.positions for _, m in merged.values()]) * s
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    offset = np.array([-(lo[0] + hi[0]) / 2, -lo[1], -(lo[2] + hi[2]) / 2])
    k = 1.0 if height is None else float(height) / max(float(hi[1] - lo[1]), 1e-12)
    out = []
    for name, (mat, m) in merged.items():
        out_mat = mats.get(mat, mat)
        tile = float(tiles.get(out_mat, 1.0))
        mesh = Mesh(
            (m.positions * s + offset) * k, unit(m.normals / s), m.uvs * (f * k / tile), m.indices
        )
        out.append(Part(name=name, material=out_mat, mesh=with_tangents(finalize(mesh))))
    return out


def _match_bounds(lods: list[list[Part]]) -> None:
    """Stretch every lower LOD onto LOD0's bounding box (pivot and centre are already shared)."""

    def box(parts):
        p = np.concatenate([q.mesh.positions for q in parts]).astype(np.float64)
        return p.min(axis=0), p.max(axis=0)

    lo0, hi0 = box(lods[0])
    for i in range(1, len(lods)):
        lo, hi = box(lods[i])
        ext = np.where(hi - lo > 1e-9, hi - lo, 1.0)
        s = np.where(hi - lo > 1e-9, (hi0 - lo0) / ext, 1.0)
        if np.allclose(s, 1.0, atol=0, rtol=0) and np.allclose(lo, lo0, atol=0, rtol=0):
            continue
        lods[i] = [Part(q.name, q.material, _affine(q.mesh, s, lo0 - lo * s)) for q in lods[i]]


def _affine(m: Mesh, s: np.ndarray, move: np.ndarray) -> Mesh:
    """A mesh stretched per axis by s (a percent or two) and moved: normals by 1 / s, tangents by
    s, both renormalised (recomputing tangents would cost more and change nothing visible)."""
    s32, move32 = s.astype(np.float32), move.astype(np.float32)
    pos = m.positions * s32 + move32
    nrm = m.normals / s32
    nrm /= np.sqrt(np.einsum("ij,ij->i", nrm, nrm))[:, None]
    if m.tangents is None:
        return Mesh(pos, nrm, m.uvs, m.indices)
    tan = m.tangents.copy()
    tan[:, :3] *= s32
    tan[:, :3] /= np.sqrt(np.einsum("ij,ij->i", tan[:, :3], tan[:, :3]))[:, None]
    return Mesh(pos, nrm, m.uvs, m.indices, tan)


def _check_args(budget, ratios, height, scale, tiles, collider) -> None:
    if (
        isinstance(budget, bool)
        or not isinstance(budget, int | np.integer)
        or not 1 <= budget <= MAX_POLY_BUDGET
    ):
        raise InvalidInput(
            f"poly_budget_tris must be an integer in [1, {MAX_POLY_BUDGET}], got {budget!r}.",
            "Pass a triangle budget such as 6000.",
        )
    for r in ratios:
        if isinstance(r, bool) or not isinstance(r, int | float) or not 0 < r <= 1:
            raise InvalidInput(
                f"lod_ratios must be fractions in (0, 1], got {tuple(ratios)!r}.",
                "Use e.g. (0.5, 0.25).",
            )
    if len(ratios) > 8:
        raise InvalidInput("At most 8 LOD ratios.", "Use e.g. (0.5, 0.25).")
    if height is not None and (
        isinstance(height, bool)
        or not isinstance(height, int | float)
        or not math.isfinite(height)
        or not 0 < height <= MAX_SIZE_M
    ):
        raise InvalidInput(
            f"target_height_m must be in (0, {MAX_SIZE_M:g}] metres, got {height!r}.",
            "Pass the asset's height in metres, or none for its real size.",
        )
    if len(scale) != 3 or any(
        isinstance(v, bool)
        or not isinstance(v, int | float)
        or not math.isfinite(v)
        or not 0.01 <= v <= 100
        for v in scale
    ):
        raise InvalidInput(
            f"scale must be three factors in [0.01, 100], got {scale!r}.",
            "Pass e.g. (1.0, 1.3, 1.0) for a taller object.",
        )
    for mat, t in (tiles or {}).items():
        if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t) or t <= 0:
            raise InvalidInput(
                f"tile_size_m[{mat!r}] must be a positive number of metres, got {t!r}.",
                "Pass the texture's real-world tile size, e.g. 1.0.",
            )
    if collider is not None and collider not in COLLIDERS:
        raise InvalidInput(
            f"Unknown collider {collider!r}.", f"Use one of: {', '.join(COLLIDERS)}."
        )
