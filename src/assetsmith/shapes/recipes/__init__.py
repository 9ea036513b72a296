"""The recipe table. Each module exports `RECIPES: list[Recipe]`; this module lists the modules
explicitly (no registration by import side effects) and checks the table once, on import.

To add recipes: write them in the module of their category (or a new module), then add the module
to _MODULES below.
"""

from __future__ import annotations

from ..recipe import CATEGORIES, Recipe
from . import (
    archetypes,
    camp,
    castle,
    dungeon,
    dungeon_bones,
    furniture,
    graveyard,
    lights,
    market,
    nature,
    scifi,
    signage,
    tools,
    town,
    vehicles,
)

_MODULES = (archetypes, furniture, town, signage, lights, tools, graveyard, nature, camp, vehicles, scifi,
            dungeon_bones, dungeon, castle, market)


def _collect() -> dict[str, Recipe]:
    table: dict[str, Recipe] = {}
    for module in _MODULES:
        for r in module.RECIPES:
            if r.name in table:
                raise ValueError(f"two recipes are called {r.name!r} ({module.__name__})")
            if r.category not in CATEGORIES:
                raise ValueError(f"recipe {r.name!r}: unknown category {r.category!r}")
            table[r.name] = r
    return table


RECIPES: dict[str, Recipe] = _collect()
ALL_RECIPES: tuple[Recipe, ...] = tuple(RECIPES.values())
