"""Shared builds for the recipe test modules: one cached build per (recipe, parameters) at the toon
budget and a fixed seed, its size and its part names. Shared so that modules testing the same
recipe never build it twice."""

from __future__ import annotations

from functools import cache

import numpy as np

from assetsmith.geometry.mesh import AssetGeometry
from assetsmith.shapes import ALL_RECIPES, build_shape

from . import meshcheck as C

BUDGET = 3000  # the toon budget: every recipe must read at the smallest one
SEED = 5


@cache
def built(name: str, params: tuple = ()) -> AssetGeometry:
    return build_shape(name, params=dict(params), seed=SEED, poly_budget=BUDGET)


def size(name: str, params: tuple = (), only: str | None = None) -> np.ndarray:
    """The built object's extents (X, Y, Z), or those of the part called `only`."""
    parts = [p for p in built(name, params).parts if only is None or p.name == only]
    assert parts, (name, params, only)
    lo, hi = C.extents(parts)
    return hi - lo


def names(name: str, params: tuple = ()) -> set[str]:
    return {p.name for p in built(name, params).parts}


def assert_planned(planned: dict[str, str]) -> None:
    """Every planned recipe (category -> space-separated names) exists, in its category."""
    have = {r.name: r.category for r in ALL_RECIPES}
    for category, row in planned.items():
        for name in row.split():
            assert have.get(name) == category, name
