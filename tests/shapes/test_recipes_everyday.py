"""The everyday recipes (household, street, leisure, animals, more food and transport): the planned
names are in their categories, prompt words reach them through the reader, and their parameters
change the built object the way the words say."""

from __future__ import annotations

import pytest

from assetsmith.shapes import ALL_RECIPES, RECIPES, get_recipe
from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, interpret

from . import meshcheck as C
from .recipe_builds import assert_planned, built, names, size

PLANNED = {
    "household": "bathtub toilet sink refrigerator stove microwave washing_machine television laptop smartphone "
    "telephone clock grandfather_clock picture_frame potted_plant suitcase umbrella",
    "street": "bollard traffic_light road_sign bus_stop phone_booth dumpster pipe valve scaffold barricade "
    "vending_machine fire_extinguisher tyre",
    "leisure": "ball dice teddy_bear drum guitar violin piano trumpet soccer_goal basketball_hoop skateboard trophy "
    "snowman",
    "animals": "dog cat horse cow pig sheep chicken duck bird fish",
    "food_kitchen": "pear banana watermelon pie pizza burger meat teapot fork carrot",
    "vehicles_ships": "motorcycle bus tractor locomotive motorboat ship_wheel buoy lifebuoy tank helicopter",
    "containers": "pallet oil_drum jerrycan",
    "tools": "toolbox",
    "market_town": "bridge house lighthouse",
    "farm": "gate",
    "lights": "floor_lamp",
    "weapons": "cannonball_pile",
}


def glowing(name: str, params: tuple = ()) -> set[str]:
    r = get_recipe(name)
    return {p.name for p in built(name, params).parts if r.materials[p.material].emissive}


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
        ("old clawfoot bathtub", "bathtub"),
        ("fridge", "refrigerator"),
        ("kitchen oven", "stove"),
        ("flat screen tv", "television"),
        ("mobile phone", "smartphone"),
        ("rotary telephone", "telephone"),
        ("potted plant", "potted_plant"),
        ("stop sign", "road_sign"),
        ("street sign", "road_sign"),
        ("traffic light", "traffic_light"),
        ("garden gate", "gate"),
        ("castle gate", "portcullis"),
        ("stone bridge", "bridge"),
        ("red phone booth", "phone_booth"),
        ("explosive barrel", "oil_drum"),
        ("soccer ball", "ball"),
        ("pair of dice", "dice"),
        ("teddy bear", "teddy_bear"),
        ("brown puppy", "dog"),
        ("rooster", "chicken"),
        ("red double-decker bus", "bus"),
        ("steam train", "locomotive"),
        ("life ring", "lifebuoy"),
        ("pile of cannonballs", "cannonball_pile"),
        ("bunch of bananas", "banana"),
        ("a wheel of cheese", "cheese"),
        ("laptop", "laptop"),
        ("military tank", "tank"),
        ("gas can", "jerrycan"),
        ("rescue chopper", "helicopter"),
    ],
)
def test_everyday_prompts_reach_their_recipe(index, prompt, recipe):
    assert interpret(prompt, index).match.recipe == recipe


@pytest.mark.parametrize(
    "word, recipe",
    [
        ("gate", "portcullis"),
        ("case", "box"),
        ("monitor", "computer"),
        ("console", "computer"),
        ("laptop", "computer"),
        ("pylon", "traffic_cone"),
        ("tank", "canister"),
        ("drum", "oil_drum"),
        ("bike", "motorcycle"),
        ("turret", "tower"),
        ("ballista", "crossbow"),
        ("trident", "pitchfork"),
        ("range", "stove"),
        ("commode", "toilet"),
        ("dummy", "mannequin"),
        ("billboard", "notice_board"),
        ("globe", "crystal_ball"),
        ("torpedo", "rocket"),
        ("road sign", "signpost"),
        ("street sign", "signpost"),
        ("jack-o'-lantern", "lantern"),
    ],
)
def test_misleading_nouns_are_gone(word, recipe):
    assert word not in RECIPES[recipe].nouns


def test_counts_change_the_object():
    assert size("pallet", (("count", 4),))[1] == pytest.approx(4 * size("pallet")[1], rel=0.02)
    assert size("scaffold", (("levels", 3),))[1] > size("scaffold")[1] + 1.8
    assert size("cannonball_pile", (("layers", 1),))[1] < 0.2 < size("cannonball_pile")[1]
    assert size("banana", (("count", 4),))[2] > size("banana")[2] * 1.5
    assert size("bus", (("decks", 2),))[1] > size("bus")[1] + 1.2
    assert size("house", (("floors", 2),))[1] > size("house")[1] + 2.5
    assert size("gate", (("leaves", 2),))[0] > size("gate")[0] * 1.6
    assert size("tyre", (("count", 3),))[1] == pytest.approx(3 * 0.22, rel=0.05)


def test_styles_change_the_shape():
    assert size("umbrella", (("style", "beach"),))[1] > 2 * size("umbrella")[1]
    assert size("umbrella", (("open", False),))[0] < 0.2 < size("umbrella")[0]
    assert size("stove", (("style", "wood"),))[1] > size("stove")[1] + 0.4  # the flue
    assert size("television", (("style", "crt"),))[2] > 2 * size("television")[2]
    assert size("laptop", (("open", False),))[1] < 0.05 < size("laptop")[1]
    assert size("refrigerator", (("doors", 1),)) == pytest.approx(size("refrigerator"), rel=0.05)
    assert "freezer" not in names("refrigerator", (("doors", 1),))
    assert size("clock", (("style", "alarm"),))[1] < 0.25 < size("clock")[1]
    assert size("bridge", (("style", "stone"),))[1] > size("bridge")[1]
    assert (
        size("toilet", (("lid", True),), only="seat")[1] < 0.1 < size("toilet", only="seat")[1]
    )  # raised lid
    assert "iron_leaf" in names("gate", (("style", "iron"),)) and "leaf" in names("gate")
    assert "flesh" in names("watermelon", (("sliced", True),)) and "flesh" not in names(
        "watermelon"
    )
    assert size("piano", (("style", "grand"),))[2] > 2 * size("piano")[2]


@pytest.mark.parametrize(
    "name, lit_part, off",
    [
        ("floor_lamp", "lit_shade", (("lit", False),)),
        ("television", "lit_screen", None),
        ("laptop", "lit_screen", (("on", False),)),
        ("smartphone", "lit_screen", (("on", False),)),
        ("lighthouse", "lantern_room_lit", (("lit", False),)),
        ("buoy", "lit_lamp", (("lit", False),)),
        ("traffic_light", "lit_red", (("signal", "off"),)),
        ("phone_booth", "lit_sign", (("lit", False),)),
    ],
)
def test_lights_and_screens_glow_only_when_on(name, lit_part, off):
    if off is None:  # the television is off unless asked
        assert glowing(name) == set()
        assert lit_part in glowing(name, (("on", True),))
        return
    assert lit_part in glowing(name)
    assert lit_part not in glowing(name, off)


def test_traffic_light_lights_the_asked_lamp():
    assert "lit_green" in glowing("traffic_light", (("signal", "green"),))
    assert "lit_red" not in glowing("traffic_light", (("signal", "green"),))


def test_animals_stand_on_four_legs_at_their_size():
    # Real-size blockouts: a horse is taller and longer than a dog, a cat is the smallest mammal.
    horse, dog, cat, cow = size("horse"), size("dog"), size("cat"), size("cow")
    assert horse[1] > 1.8 and horse[2] > 2.0
    assert 0.5 < dog[1] < 0.9 and cat[1] < dog[1]
    assert cow[0] > dog[0] * 2
    # Four feet on the ground: the foot part's lowest points at y = 0.
    for name in ("dog", "horse", "cow", "pig", "sheep"):
        feet = [p for p in built(name).parts if p.name == "feet"]
        assert feet and abs(C.extents(feet)[0][1]) < 1e-4, name


def test_materials_are_named_by_what_they_are():
    assert set(get_recipe("bathtub").materials) >= {"porcelain", "chrome"}
    assert set(get_recipe("toilet").materials) >= {"porcelain"}
    assert set(get_recipe("fork").materials) == {"steel"}
    assert set(get_recipe("oil_drum").materials) >= {"steel"}


@pytest.mark.parametrize(
    "prompt, recipe",
    [
        ("grey wolf", "wolf"),
        ("red fox", "fox"),
        ("grizzly bear", "bear"),
        ("a young stag", "deer"),
        ("white bunny rabbit", "rabbit"),
        ("lioness", "lion"),
        ("bengal tiger", "tiger"),
    ],
)
def test_wild_animals_reach_their_blockouts(prompt, recipe):
    from assetsmith.shapes.choose import choose_shape

    assert choose_shape(prompt).recipe.name == recipe
    assert names(recipe) >= {"body", "eyes", "feet"}
