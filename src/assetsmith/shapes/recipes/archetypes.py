"""The procedural archetypes as recipes: each is one `macro` part (the tuned builders of
geometry/archetypes keep their looks and their speed; a lone macro is built by build_geometry).
Material roles are named by what they are (iron, oak, glass), never by a slot.

Several archetypes are written in the language instead, or keep their macro inside their
category's module with parameters: the lantern (lights.py), the sword (weapons.py), the fence
(farm.py), and the table, chair, barrel, crate, chest, bottle and shield (furniture, containers,
armour modules) and the pillar (castle.py: fluting, a broken variant). Every macro stays available
to programs as a `macro` primitive."""

from __future__ import annotations

from ..dsl import macro, part, program
from ..recipe import MaterialRole, Recipe, RecipePart, SizePrior

M = MaterialRole


def _macro_recipe(
    name: str,
    category: str,
    nouns,
    synsets,
    dims,
    height: float,
    parts: list[tuple[str, str, tuple[str, ...]]],
    materials: dict[str, MaterialRole],
    collider: str,
    tolerance: float = 0.25,
    round_: bool = False,
    long_axis: str = "y",
    description: str = "",
) -> Recipe:
    mapping = {pid: role for pid, role, _ in parts}

    def build(p):
        return program(part(name, None, macro(name, height, mapping)))

    return Recipe(
        name=name,
        category=category,
        nouns=tuple(nouns),
        synsets=tuple(synsets),
        size=SizePrior(dims, tolerance),
        materials=materials,
        parts=tuple(RecipePart(pid, role, words) for pid, role, words in parts),
        build=build,
        collider=collider,
        round=round_,
        long_axis=long_axis,
        description=description,
    )


RECIPES = [
    _macro_recipe(
        "wall",
        "dungeon_castle",
        [
            "wall",
            "brick wall",
            "stone wall",
            "wall section",
            "rampart",
            "battlement",
            "castle wall",
        ],
        ["wall.n.01", "stone_wall.n.01", "wall.n.07"],
        (2.08, 2.5, 0.48),
        2.5,
        [("wall", "brick", ("wall", "bricks")), ("coping", "stone", ("coping", "top", "cap"))],
        {"brick": M("brick"), "stone": M("rough_stone")},
        "box",
        long_axis="x",
        description="A section of brick wall with a stone coping.",
    ),
    _macro_recipe(
        "floor_tile",
        "dungeon_castle",
        [
            "floor tile",
            "tile",
            "paving",
            "flagstone",
            "paving stone",
            "slab",
            "cobblestones",
            "floor",
        ],
        ["tile.n.01", "flag.n.06", "paving_stone.n.01"],
        (1.0, 0.1, 1.0),
        0.1,
        [("tile", "paving", ("tile", "stones", "surface"))],
        {"paving": M("cobblestone")},
        "box",
        description="A square cobbled floor tile.",
    ),
    _macro_recipe(
        "stump",
        "nature",
        ["stump", "tree stump"],
        ["stump.n.01"],
        (0.63, 0.5, 0.67),
        0.5,
        [
            ("trunk", "bark", ("bark", "trunk", "roots")),
            ("top", "end_grain", ("top", "rings", "cut")),
        ],
        {"bark": M("bark"), "end_grain": M("end_grain")},
        "mesh_convex",
        round_=True,
        description="A sawn-off tree stump with roots.",
    ),
    _macro_recipe(
        "door",
        "dungeon_castle",
        ["door", "wooden door", "plank door", "dungeon door", "castle door", "oak door"],
        ["door.n.01"],
        (0.96, 2.1, 0.134),
        2.1,
        [
            ("panel", "wood", ("planks", "panel", "boards")),
            ("bands", "iron", ("bands", "hinges", "straps", "studs", "ironwork")),
            ("handle", "iron", ("handle", "ring", "knocker")),
        ],
        {"wood": M("wood_planks"), "iron": M("iron")},
        "box",
        tolerance=0.3,
        description="A planked door with iron bands and a ring pull.",
    ),
    _macro_recipe(
        "mannequin",
        "characters",
        ["mannequin", "figure", "humanoid", "dress form", "tailor's dummy"],
        ["mannequin.n.02"],
        (0.91, 1.8, 0.61),
        1.8,
        [("body", "body", ("body", "figure")), ("stand", "iron", ("stand", "base", "pole"))],
        {"body": M("plastic", "#e8e4dc"), "iron": M("iron")},
        "capsule",
        description="A tailor's mannequin on a stand.",
    ),
]
