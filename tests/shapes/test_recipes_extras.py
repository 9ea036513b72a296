"""The extras recipes (toaster, blender, dishwasher, aquarium, salt shaker, marionette, toy soldier,
bellows, projector, wall calendar, pagoda, flail, nunchaku, shuriken, milk churn, wax seal stamp,
robe): prompts that fell to the crate stand-in, or to a wrong namesake ("fish tank" -> tank,
"wall calendar" -> wall, "dressing gown" -> dress), now reach the object they name, each builds
inside its size prior, and the words set its parameters."""

from __future__ import annotations

import pytest

from assetsmith.shapes import RECIPES
from assetsmith.shapes.choose import choose_shape

from .recipe_builds import assert_planned, names, size

PLANNED = {
    "food_kitchen": "toaster blender salt_shaker",
    "household": "dishwasher aquarium",
    "leisure": "marionette toy_soldier",
    "tools": "bellows",
    "office": "projector wall_calendar wax_seal_stamp",
    "market_town": "pagoda",
    "weapons": "flail nunchaku shuriken",
    "farm": "milk_churn",
    "wearables": "robe",
}
EXTRAS = [n for row in PLANNED.values() for n in row.split()]


def test_the_categories_have_their_planned_recipes():
    assert_planned(PLANNED)


@pytest.mark.parametrize(
    "prompt, recipe",
    [
        ("a chrome toaster", "toaster"),
        ("pop-up toaster", "toaster"),
        ("kitchen blender", "blender"),
        ("a liquidizer", "blender"),
        ("dishwasher", "dishwasher"),
        ("dish washing machine", "dishwasher"),
        ("aquarium", "aquarium"),
        ("fish tank", "aquarium"),
        ("salt shaker", "salt_shaker"),
        ("pepper shaker", "salt_shaker"),
        ("marionette", "marionette"),
        ("a string puppet", "marionette"),
        ("toy soldier", "toy_soldier"),
        ("tin soldier", "toy_soldier"),
        ("fireplace bellows", "bellows"),
        ("film projector", "projector"),
        ("video projector", "projector"),
        ("wall calendar", "wall_calendar"),
        ("calendar", "wall_calendar"),
        ("pagoda", "pagoda"),
        ("spiked flail", "flail"),
        ("nunchaku", "nunchaku"),
        ("nunchucks", "nunchaku"),
        ("throwing star", "shuriken"),
        ("ninja star", "shuriken"),
        ("milk churn", "milk_churn"),
        ("butter churn", "milk_churn"),
        ("wax seal stamp", "wax_seal_stamp"),
        ("bathrobe", "robe"),
        ("dressing gown", "robe"),
    ],
)
def test_prompts_reach_their_recipe(prompt, recipe):
    choice = choose_shape(prompt)
    assert choice.fitted and choice.recipe.name == recipe


@pytest.mark.parametrize("name", EXTRAS)
def test_builds_inside_the_size_prior(name):
    assert RECIPES[name].size.check(size(name)) == [], name


def test_words_set_the_parameters():
    assert choose_shape("pepper shaker").params["style"] == "pepper"
    assert choose_shape("video projector").params["style"] == "video"
    assert choose_shape("butter churn").params["style"] == "butter"
    assert choose_shape("pagoda with seven tiers").params["tiers"] == 7
    assert choose_shape("throwing star with six points").params["points"] == 6
    assert choose_shape("fish tank with five fish").params["fish"] == 5
    assert choose_shape("toaster with four slots").params["slots"] == 4
    assert choose_shape("empty blender").params["filled"] is False


def test_parameters_change_the_object():
    assert "pepper" in names("salt_shaker", (("style", "pepper"),)) and "salt" in names(
        "salt_shaker"
    )
    assert size("projector", (("style", "video"),))[1] < 0.3 * size("projector")[1]
    assert "dasher" in names("milk_churn", (("style", "butter"),)) and "handles" in names(
        "milk_churn"
    )
    assert size("pagoda", (("tiers", 7),))[1] > 1.2 * size("pagoda")[1]
    assert size("toaster", (("slots", 4),))[2] > 1.5 * size("toaster")[2]
    assert "fish" not in names("aquarium", (("fish", 0),))
    assert "smoothie" not in names("blender", (("filled", False),))
    assert "wax" not in names("wax_seal_stamp", (("with_seal", False),))
    assert {"hanger", "hook", "robe"} <= names("robe")
