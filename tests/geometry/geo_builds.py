"""Shared, memoised builds: most checks look at the same few geometries per archetype."""

from __future__ import annotations

from functools import cache

from assetsmith.geometry import AssetGeometry, build_geometry
from assetsmith.spec.catalog import ARCHETYPES

NAMES = sorted(ARCHETYPES)
BUDGET = 5000  # the budget most checks look at
SEED = 7


def materials(name: str) -> dict[str, str]:
    """Part id -> a material id made from it, so each part gets a distinct, checkable id."""
    return {p.id: f"mat_{p.id}" for p in ARCHETYPES[name].parts}


@cache
def build(
    name: str,
    budget: int = BUDGET,
    seed: int = SEED,
    height: float | None = None,
    collider: str | None = None,
    tile: float | None = None,
) -> AssetGeometry:
    arch = ARCHETYPES[name]
    mats = materials(name)
    return build_geometry(
        name,
        height_m=arch.height_m if height is None else height,
        poly_budget=budget,
        part_materials=mats,
        seed=seed,
        collider=arch.collider if collider is None else collider,
        tile_size_m=None if tile is None else {m: tile for m in mats.values()},
    )
