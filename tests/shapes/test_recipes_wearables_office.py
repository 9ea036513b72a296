"""The wearables, office and bathroom/appliance recipes: the planned names are in their categories,
prompt words reach them through the reader, nouns that belong to them left the recipes they misled
(a shoe is no boot, a cloth glove no gauntlet), and their parameters change the built object the
way the words say."""

from __future__ import annotations

import pytest

from assetsmith.shapes import ALL_RECIPES, RECIPES, get_recipe
from assetsmith.shapes.choose import choose_shape
from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, interpret

from . import meshcheck as C
from .recipe_builds import assert_planned, built, names, size

PLANNED = {
    "wearables": "hat cap wizard_hat shirt dress coat trousers coat_hanger scarf sock shoe glove handbag wallet "
    "wristwatch glasses",
    "office": "keyboard computer_mouse printer loudspeaker headphones microphone calculator pencil pen stapler radio "
    "camera binoculars compass typewriter",
    "household": "toothbrush comb hairbrush soap towel lipstick perfume_bottle shower desk_fan vacuum_cleaner mop "
    "air_conditioner radiator",
}


def test_the_categories_have_their_planned_recipes():
    assert_planned(PLANNED)


@pytest.fixture(scope="module")
def index() -> RecipeIndex:
    return RecipeIndex(
        RecipeEntry(
            r.name,
            r.category,
            tuple(n.replace(" ", "_") for n in r.nouns),
            r.synsets,
            {p.name: p.words for p in r.parts},
        )
        for r in ALL_RECIPES
    )


@pytest.mark.parametrize(
    "prompt, recipe",
    [
        ("a felt hat", "hat"),
        ("black top hat", "hat"),
        ("red baseball cap", "cap"),
        ("wool beanie", "cap"),
        ("witch's hat", "wizard_hat"),
        ("white t-shirt", "shirt"),
        ("blue jeans", "trousers"),
        ("red evening dress", "dress"),
        ("leather jacket", "coat"),
        ("wooden coat hanger", "coat_hanger"),
        ("striped wool scarf", "scarf"),
        ("woolly sock", "sock"),
        ("running shoes", "shoe"),
        ("high heels", "shoe"),
        ("pair of sneakers", "shoe"),
        ("wool mittens", "glove"),
        ("leather handbag", "handbag"),
        ("purse", "handbag"),
        ("wallet", "wallet"),
        ("gold wristwatch", "wristwatch"),
        ("sunglasses", "glasses"),
        ("computer keyboard", "keyboard"),
        ("wireless mouse", "computer_mouse"),
        ("laser printer", "printer"),
        ("stereo speaker", "loudspeaker"),
        ("gaming headset", "headphones"),
        ("microphone on a stand", "microphone"),
        ("pocket calculator", "calculator"),
        ("yellow pencil", "pencil"),
        ("fountain pen", "pen"),
        ("red stapler", "stapler"),
        ("vintage radio", "radio"),
        ("digital camera", "camera"),
        ("binoculars", "binoculars"),
        ("brass compass", "compass"),
        ("old typewriter", "typewriter"),
        ("toothbrush", "toothbrush"),
        ("hair comb", "comb"),
        ("hairbrush", "hairbrush"),
        ("bar of soap", "soap"),
        ("stack of towels", "towel"),
        ("red lipstick", "lipstick"),
        ("perfume bottle", "perfume_bottle"),
        ("shower cubicle", "shower"),
        ("electric fan", "desk_fan"),
        ("vacuum cleaner", "vacuum_cleaner"),
        ("mop", "mop"),
        ("air conditioner", "air_conditioner"),
        ("cast iron radiator", "radiator"),
    ],
)
def test_prompts_reach_their_recipe(index, prompt, recipe):
    assert interpret(prompt, index).match.recipe == recipe


def test_nouns_moved_to_the_object_they_name():
    # A shoe was the boot recipe and a cloth glove the plate gauntlet; "pen" reached a duck (a female swan).
    assert "shoe" not in RECIPES["boot"].nouns and "shoe" in RECIPES["shoe"].nouns
    assert "glove" not in RECIPES["gauntlet"].nouns and "glove" in RECIPES["glove"].nouns
    assert choose_shape("pen").recipe.name == "pen"
    assert choose_shape("steel gauntlet").recipe.name == "gauntlet"
    assert choose_shape("leather riding boots").recipe.name == "boot"
    # A piano's keyboard is no computer keyboard.
    assert choose_shape("piano keyboard").recipe.name == "piano"
    assert choose_shape("electronic keyboard").recipe.name == "piano"


def test_words_set_the_style():
    assert choose_shape("black top hat").params["style"] == "top"
    assert choose_shape("a wool beanie").params["style"] == "beanie"
    assert choose_shape("white t-shirt").params["kind"] == "tshirt"
    assert choose_shape("folded shirt").params["style"] == "folded"
    heels = choose_shape("red high heels").params
    assert heels["style"] == "heel" and "height" not in heels  # "high" is the shoe's, not a scale
    assert choose_shape("wireless mouse").params["wired"] is False
    assert choose_shape("three towels").params["count"] == 3


def test_styles_change_the_shape():
    assert size("hat", (("style", "top"),))[1] > 1.4 * size("hat")[1]
    assert size("hat", (("style", "sun"),))[0] > size("hat")[0] * 1.2
    assert size("cap", (("style", "beanie"),))[1] > size("cap")[1] + 0.05
    assert size("shirt", (("style", "folded"),))[1] < 0.1 < size("shirt")[1]
    assert size("coat", (("style", "jacket"),))[1] < size("coat")[1] - 0.2
    assert size("trousers", (("length", "short"),))[1] < size("trousers")[1] - 0.3
    assert size("shoe", (("pair", False),))[0] < 0.6 * size("shoe")[0]
    assert (
        "stiletto" not in names("shoe") and size("shoe", (("style", "heel"),))[1] > size("shoe")[1]
    )
    assert size("microphone", (("style", "desk"),))[1] < 0.4 < size("microphone")[1]
    assert size("loudspeaker", (("style", "tower"),))[1] > 2 * size("loudspeaker")[1]
    assert size("desk_fan", (("stand", "pedestal"),))[1] > 2 * size("desk_fan")[1]
    assert size("air_conditioner", (("style", "window"),))[2] > 2 * size("air_conditioner")[2]
    assert "dark_lens" in names("glasses", (("tinted", True),)) and "lens" in names("glasses")
    assert "cable" in names("keyboard") and "cable" not in names("keyboard", (("wired", False),))
    assert "dish" in names("soap", (("dish", True),)) and "dish" not in names("soap")


def test_counts_change_the_object():
    assert size("towel", (("count", 3),))[1] > 2.8 * size("towel")[1]
    assert size("radiator", (("sections", 20),))[0] > 1.8 * size("radiator")[0]


def test_garments_hang_from_a_hook_at_the_top():
    for name in ("shirt", "dress", "coat", "trousers"):
        g = built(name)
        top = C.extents(g.parts)[1][1]
        hooks = [p for p in g.parts if p.name in ("hook", "metal")]
        assert hooks and abs(C.extents(hooks)[1][1] - top) < 1e-4, name


def test_things_are_their_real_size():
    assert 0.15 < size("pencil")[0] < 0.22 and size("pencil")[1] < 0.01
    assert 0.28 < size("hat")[0] < 0.4
    assert 1.9 < size("shower")[1] < 2.2
    assert size("wristwatch").max() < 0.1


def test_materials_are_named_by_what_they_are():
    assert set(get_recipe("shirt").materials) >= {"cotton", "wood", "steel"}
    assert set(get_recipe("handbag").materials) >= {"leather", "gold"}
    assert set(get_recipe("shower").materials) >= {"ceramic", "chrome", "glass"}
    assert set(get_recipe("pencil").materials) >= {"wood", "eraser"}
