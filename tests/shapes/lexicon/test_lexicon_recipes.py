"""Nouns to recipes: exact, synonym, hypernym, hyponym; honest no-fit; part looks."""

import pytest

from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, interpret


@pytest.mark.parametrize(
    "prompt, recipe, how",
    [
        ("barrel", "barrel", "noun"),
        ("a cask", "barrel", "noun"),
        ("hogshead", "barrel", "hypernym"),
        ("wheelbarrow", "cart", "hypernym"),
        ("rowan sapling", "tree", "hypernym"),
        ("battle-ax", "axe", "hypernym"),
        ("claymore", "sword", "hypernym"),
        ("toadstool", "mushroom", "noun"),
        ("pine", "tree", "hypernym"),
        ("gravestone", "tombstone", "noun"),
        ("spacecraft", "spaceship", "noun"),
    ],
)
def test_nouns_reach_recipes(recipe_index, prompt, recipe, how):
    match = interpret(prompt, recipe_index).match
    assert (match.recipe, match.how) == (recipe, how), match
    assert 0.35 <= match.confidence <= 1.0


def test_hypernym_path_and_confidence_decay(recipe_index):
    hogshead = interpret("hogshead", recipe_index).match
    assert hogshead.path == ("hogshead.n.02", "barrel.n.02")
    wheelbarrow = interpret("wheelbarrow", recipe_index).match
    assert wheelbarrow.path == ("barrow.n.03", "handcart.n.01")
    assert interpret("barrel", recipe_index).match.confidence > hogshead.confidence
    assert hogshead.fallback is None  # a plain fit needs no excuse


@pytest.mark.parametrize(
    "prompt, phrase",
    [
        ("happiness", "a state"),
        ("anger", "a feeling"),
        ("an idea", "an idea"),
        ("florp", "not a word"),
        ("a giraffe", "No recipe is close"),
        ("the", "names no object"),
    ],
)
def test_no_fit_is_said_plainly(recipe_index, prompt, phrase):
    match = interpret(prompt, recipe_index).match
    assert match.recipe is None and match.confidence == 0.0 and phrase in match.fallback


def test_no_fit_suggests_nearest_recipes(recipe_index):
    match = interpret("a giraffe", recipe_index).match
    assert match.suggestions and set(match.suggestions) <= set(recipe_index.entries)
    assert interpret("barell", recipe_index).match.recipe == "barrel"  # preferred recipe words win


def test_too_general_nouns_do_not_fit(recipe_index):
    for prompt in ("an artifact", "an object", "a thing", "some equipment"):
        assert interpret(prompt, recipe_index).match.recipe is None, prompt


def test_collocation_reading_chooses_the_fitting_noun(recipe_index):
    match = interpret("stone wall", recipe_index).match
    assert match.recipe == "wall"
    street = interpret("a street lamp", recipe_index).match
    assert (street.recipe, street.confidence) == ("street_lamp", 1.0)


def test_materials_go_to_the_parts_they_describe(recipe_index):
    result = interpret("oak table with iron legs", recipe_index)
    assert result.match.recipe == "table"
    assert result.parts["top"].family == "wood_planks" and result.parts["legs"].family == "iron"
    result = interpret("wooden barrel with iron bands", recipe_index)
    assert result.parts["staves"].family == "wood_planks" and result.parts["hoops"].family == "iron"
    result = interpret("red chair with black legs", recipe_index)
    assert result.parts["seat"].colour != result.parts["legs"].colour
    result = interpret("cart with two wheels", recipe_index)
    assert result.parts["wheels"].count == 2


def test_parts_the_recipe_lacks_are_accessories(recipe_index):
    result = interpret("table with a candle", recipe_index)
    assert [p.lemma for p in result.accessories] == ["candle"]


def test_arrangements_and_modifier_nouns(recipe_index):
    result = interpret("pile of logs", recipe_index)
    assert (result.match.recipe, result.arrangement) == ("log", "pile")
    hilt = interpret("sword hilt", recipe_index).match
    assert hilt.recipe == "sword" and "hilt" in hilt.fallback


def test_shape_report_is_json_ready(recipe_index):
    shape = interpret("barel", recipe_index).match.to_dict()
    assert shape["recipe"] == "barrel" and shape["fallback"] == "read 'barel' as 'barrel'"
    assert set(shape) >= {"recipe", "matched_words", "confidence", "fallback"}


def test_index_refuses_unknown_synsets_and_duplicates():
    with pytest.raises(ValueError, match="no WordNet synset 'barrel.n.99'"):
        RecipeIndex([RecipeEntry("barrel", "containers", ("barrel",), ("barrel.n.99",))])
    with pytest.raises(ValueError, match="listed twice"):
        RecipeIndex([RecipeEntry("a", "x", ("barrel",)), RecipeEntry("a", "x", ("crate",))])


def test_results_are_deterministic(recipe_index):
    prompt = "old mahogany chest with brass bands and a lock"
    assert interpret(prompt, recipe_index).to_dict() == interpret(prompt, recipe_index).to_dict()


def test_a_rarer_sense_of_another_physical_kind_does_not_choose_the_shape():
    """'saddle' is a seat (artifact): its food sense (a cut of meat) must not build meat; 'eagle'
    is the bird, not the coin that is also called an eagle."""
    from assetsmith.shapes.choose import choose_shape

    saddle = choose_shape("horse saddle")
    assert saddle.recipe.name != "meat"
    assert choose_shape("an eagle").recipe.name == "bird"
    assert choose_shape("a kitchen scale").recipe.name != "helmet"  # scale armour is a later sense
