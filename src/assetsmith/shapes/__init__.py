"""The shape language: objects as named parts (primitives, operators, attachments), and recipes.

    from assetsmith.shapes import build_shape, get_recipe, RECIPES

    geom = build_shape("well", params={"roof": False}, seed=3, poly_budget=6000)
    geom = build_shape(part_program_dict, seed=3, poly_budget=6000)

Layout: vocabulary.py (every primitive and operator with its parameters) -> schema.py (the JSON
Schema, program.schema.json) -> validate.py / rules.py (problems with JSON paths) -> prims/, ops/,
uv.py (meshes) -> assemble.py (a program at one detail level) -> build.py (detail search, LODs,
finishing, collider). recipe.py (the Recipe type), dsl.py (helpers to write programs), recipes/
(the table). docs/shapes.md documents all of it. The prompt lexicon lives in lexicon/.
"""

from .api import build_shape, get_recipe, shape_program
from .build import build_program
from .dsl import part, program, shape
from .recipe import (
    CATEGORIES,
    STANDARD_PARAMS,
    MaterialRole,
    Param,
    Params,
    Recipe,
    RecipePart,
    SizePrior,
)
from .recipes import ALL_RECIPES, RECIPES
from .validate import ProgramInvalid, check_program, validate_program

__all__ = [
    "ALL_RECIPES",
    "CATEGORIES",
    "MaterialRole",
    "Param",
    "Params",
    "ProgramInvalid",
    "RECIPES",
    "Recipe",
    "RecipePart",
    "STANDARD_PARAMS",
    "SizePrior",
    "build_program",
    "build_shape",
    "check_program",
    "get_recipe",
    "part",
    "program",
    "shape",
    "shape_program",
    "validate_program",
]
