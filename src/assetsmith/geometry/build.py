"""build_geometry: one archetype in, LOD0 parts + lower LODs + collider out."""

from __future__ import annotations

import math

import numpy as np

from ..errors import InvalidInput, UnknownName
from ..spec.catalog import ARCHETYPES
from .archetypes import ARCHETYPE_BUILDERS
from .collider import COLLIDER_KINDS, make_collider
from .lod import LevelCache, PartMeshes, choose_levels, reference
from .mesh import AssetGeometry, Part
from .ops import finalize, scale_uniform
from .tangents import with_tangents

MAX_HEIGHT_M = 1000.0


def build_geometry(
    archetype: str,
    *,
    height_m: float,
    poly_budget: int,
    part_materials: dict[str, str],
    seed: int,
    collider: str = "box",
    tile_size_m: dict[str, float] | None = None,
    lod_ratios: tuple[float, ...] = (0.5, 0.25),
) -> AssetGeometry:
    """Build a procedural archetype mesh (metres, +Y up, front +Z, pivot at the bottom centre).

    LOD0 is the richest detail level whose triangle count fits `poly_budget`; each lower LOD is
    rebuilt at the level whose count is nearest `ratio * LOD0` (never finer than the LOD before it;
    the coarsest level when even that is larger). Overall height (max Y - min Y) is `height_m` for
    every LOD. UVs are world metres / tile_size_m[material] (1.0 when absent). Same arguments give
    identical arrays.
    """
    arch, height_m, poly_budget, seed = _check_args(
        archetype, height_m, poly_budget, seed, collider, part_materials, tile_size_m, lod_ratios
    )
    part_ids = [p.id for p in arch.parts]
    cache = LevelCache(ARCHETYPE_BUILDERS[archetype], height_m, seed, part_ids)
    levels = choose_levels(cache, reference(archetype), poly_budget, tuple(lod_ratios))
    if cache.count(levels[0]) > poly_budget:  # level 0 itself is too rich (a builder bug)
        raise _too_small(archetype, poly_budget, max(arch.min_tris, cache.count(0)))
    tiles = tile_size_m or {}
    lods = [_finish(cache.parts(lv), part_ids, part_materials, tiles, height_m) for lv in levels]
    coll = make_collider(collider, np.concatenate([p.mesh.positions for p in lods[0]]))
    return AssetGeometry(parts=lods[0], lods=lods[1:], collider=coll)


def _finish(
    parts: PartMeshes,
    part_ids: list[str],
    materials: dict[str, str],
    tiles: dict[str, float],
    height: float,
) -> list[Part]:
    """Snap the pivot (min Y = 0, XZ bounds centred), scale to the exact height, apply tile sizes,
    cast to glTF types and compute tangents."""
    lo = np.min([parts[p].positions.min(axis=0) for p in part_ids], axis=0)
    hi = np.max([parts[p].positions.max(axis=0) for p in part_ids], axis=0)
    offset = (-(lo[0] + hi[0]) / 2, -lo[1], -(lo[2] + hi[2]) / 2)
    s = height / (hi[1] - lo[1])
    out = []
    for pid in part_ids:
        mat = materials[pid]
        tile = float(tiles.get(mat, 1.0))
        mesh = finalize(scale_uniform(parts[pid], s, offset, uv_scale=1.0 / tile))
        out.append(Part(name=pid, material=mat, mesh=with_tangents(mesh)))
    return out


def _too_small(archetype: str, budget: int, need: int) -> InvalidInput:
    return InvalidInput(
        f"poly_budget_tris {budget} is too small for a {archetype}: it needs at least {need} triangles",
        f"Raise poly_budget_tris to {need} or more.",
    )


def _check_args(
    archetype, height_m, poly_budget, seed, collider, part_materials, tile_size_m, lod_ratios
):
    if archetype not in ARCHETYPES or archetype not in ARCHETYPE_BUILDERS:
        raise UnknownName("archetype", str(archetype), ARCHETYPES)
    arch = ARCHETYPES[archetype]
    if (
        isinstance(height_m, bool)
        or not isinstance(height_m, int | float)
        or not math.isfinite(height_m)
        or not 0 < height_m <= MAX_HEIGHT_M
    ):
        raise InvalidInput(
            f"height_m must be a number in (0, {MAX_HEIGHT_M:g}] metres, got {height_m!r}.",
            "Pass the asset's overall height in metres.",
        )
    if (
        isinstance(poly_budget, bool)
        or not isinstance(poly_budget, int | np.integer)
        or poly_budget < 1
    ):
        raise InvalidInput(
            f"poly_budget_tris must be a positive integer, got {poly_budget!r}.",
            "Pass a triangle budget such as 3000.",
        )
    if int(poly_budget) < arch.min_tris:
        raise _too_small(archetype, int(poly_budget), arch.min_tris)
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer):
        raise InvalidInput(f"seed must be an integer, got {seed!r}.", "Pass an integer seed.")
    if collider not in COLLIDER_KINDS:
        raise UnknownName("collider", str(collider), COLLIDER_KINDS)
    ids = [p.id for p in arch.parts]
    missing = [p for p in ids if p not in part_materials]
    extra = [p for p in part_materials if p not in ids]
    if missing or extra:
        raise InvalidInput(
            f"part_materials for a {archetype} must name exactly its parts {ids}"
            + (f"; missing {missing}" if missing else "")
            + (f"; unknown {extra}" if extra else "")
            + ".",
            "Map every catalog part id of the archetype to a material id.",
        )
    bad = [p for p in ids if not isinstance(part_materials[p], str) or not part_materials[p]]
    if bad:
        raise InvalidInput(
            f"part_materials gives no material id for {bad}.", "Use non-empty material ids."
        )
    for mat, t in (tile_size_m or {}).items():
        if isinstance(t, bool) or not isinstance(t, int | float) or not math.isfinite(t) or t <= 0:
            raise InvalidInput(
                f"tile_size_m[{mat!r}] must be a positive number of metres, got {t!r}.",
                "Pass the texture's real-world tile size, e.g. 1.0.",
            )
    for r in lod_ratios:
        if isinstance(r, bool) or not isinstance(r, int | float) or not 0 < r <= 1:
            raise InvalidInput(
                f"lod_ratios must be fractions in (0, 1], got {tuple(lod_ratios)!r}.",
                "Use e.g. (0.5, 0.25).",
            )
    # Python ints beyond 64 bits would still seed numpy; negative seeds would not.
    return arch, float(height_m), int(poly_budget), int(seed) % (2**63)
