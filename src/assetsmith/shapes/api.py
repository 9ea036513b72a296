"""The entry points: look up a recipe, get its part program, build a recipe or a program."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ..errors import InvalidInput
from ..geometry.mesh import AssetGeometry
from .build import build_program
from .recipe import Recipe


def get_recipe(name: str) -> Recipe:
    """The recipe called `name`; InvalidInput (with the nearest names) when there is none."""
    from .recipes import RECIPES

    if name not in RECIPES:
        near = difflib.get_close_matches(str(name), RECIPES, n=3)
        raise InvalidInput(
            f"No recipe is called {name!r}"
            + (f" (nearest: {', '.join(near)})" if near else "")
            + ".",
            "List them with assetsmith.shapes.RECIPES.",
        )
    return RECIPES[name]


def shape_program(
    source: str | Recipe | dict, params: Mapping[str, Any] | None = None, seed: int = 0
) -> dict:
    """The part program of a recipe (by name or object) with these parameters, or a program
    itself (then `params` must be empty)."""
    if isinstance(source, dict):
        if params:
            raise InvalidInput(
                "Parameters apply to recipes, not to a part program.",
                "Write the values into the program instead.",
            )
        return source
    rec = get_recipe(source) if isinstance(source, str) else source
    return rec.program(params, seed)


def build_shape(
    source: str | Recipe | dict,
    *,
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    poly_budget: int,
    lod_ratios: tuple[float, ...] = (0.5, 0.25),
    target_height_m: float | None = None,
    materials: Mapping[str, str] | None = None,
    tile_size_m: Mapping[str, float] | None = None,
    collider: str | None = None,
) -> AssetGeometry:
    """Build a recipe (its name or the Recipe) with `params`, or a part program (a dict).

    The object comes out at its real size (a recipe's size parameters scale it) unless
    `target_height_m` sets its height. `materials` maps the program's material ids (a recipe's
    roles) to output material ids; `tile_size_m` maps output material ids to texture tile sizes.
    `collider` overrides the recipe's / program's. Same arguments -> identical arrays.
    See build_program for the rest."""
    scale = (1.0, 1.0, 1.0)
    if isinstance(source, dict):
        program = shape_program(source, params, seed)
    else:
        rec = get_recipe(source) if isinstance(source, str) else source
        resolved = rec.resolve(params, seed)
        program = shape_program(rec, params, seed)
        scale = rec.object_scale(resolved)
    return build_program(
        program,
        seed=seed,
        poly_budget=poly_budget,
        lod_ratios=lod_ratios,
        target_height_m=target_height_m,
        scale=scale,
        materials=materials,
        tile_size_m=tile_size_m,
        collider=collider,
    )
