import json
from pathlib import Path

import pytest

from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex


@pytest.fixture(scope="session")
def recipe_index() -> RecipeIndex:
    """A realistic index of 40 recipes with WordNet anchors and part words (fixture_recipes.json)."""
    rows = json.loads((Path(__file__).parent / "fixture_recipes.json").read_text())
    return RecipeIndex(
        RecipeEntry(
            r["name"],
            r["category"],
            tuple(r["nouns"]),
            tuple(r["synsets"]),
            {k: tuple(v) for k, v in r["part_words"].items()},
            tuple(r.get("primary_parts", ())),
        )
        for r in rows
    )
