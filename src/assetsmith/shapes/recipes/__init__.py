"""The recipe table. Each module exports `RECIPES: list[Recipe]`; this module lists the modules
explicitly (no registration by import side effects) and checks the table once, on import.

To add recipes: write them in the module of their category (or a new module), then add the module
to _MODULES below.
"""

from __future__ import annotations

from ..recipe import CATEGORIES, Recipe
from . import (
    animals,
    archetypes,
    armour,
    armour_suit,
    bathroom,
    camp,
    castle,
    containers,
    creatures,
    dungeon,
    dungeon_bones,
    extras,
    farm,
    farm_buildings,
    food,
    food_kitchen,
    food_more,
    furniture,
    furniture_room,
    furniture_storage,
    furniture_upholstered,
    garden,
    graveyard,
    hand_tools,
    household,
    leisure,
    lights,
    magic,
    market,
    medieval,
    music,
    nature,
    nature_plants,
    nature_trees,
    office,
    props_misc,
    racks_stands,
    ranged,
    scifi,
    scifi_props,
    ships,
    signage,
    sports,
    street,
    sweets,
    tools,
    town,
    transport,
    treasure,
    vehicles,
    vehicles_air,
    vehicles_motor,
    vessels,
    weapons,
    wearables,
    wildlife,
    yard_tools,
)

_MODULES = (
    animals,
    archetypes,
    armour,
    armour_suit,
    bathroom,
    camp,
    castle,
    containers,
    dungeon,
    dungeon_bones,
    farm,
    farm_buildings,
    food,
    food_kitchen,
    food_more,
    furniture,
    furniture_room,
    furniture_storage,
    furniture_upholstered,
    graveyard,
    hand_tools,
    household,
    leisure,
    lights,
    magic,
    market,
    nature,
    nature_plants,
    nature_trees,
    office,
    ranged,
    scifi,
    scifi_props,
    ships,
    signage,
    street,
    tools,
    town,
    transport,
    treasure,
    vehicles,
    vehicles_air,
    vehicles_motor,
    vessels,
    weapons,
    wearables,
    # Added after the first table, so earlier recipes keep winning ties ("a toy": teddy_bear).
    creatures,
    garden,
    medieval,
    music,
    wildlife,
    racks_stands,
    sports,
    yard_tools,
    sweets,
    props_misc,
    extras,
)


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
