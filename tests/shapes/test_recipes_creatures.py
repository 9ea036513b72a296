"""The creature, wildlife, garden, medieval-craft and music recipes: the planned names are in their
categories, prompt words reach them (and not their namesakes: a baseball bat is no animal), and their
parameters change the built object the way the words say."""

from __future__ import annotations

import pytest

from assetsmith.shapes import get_recipe
from assetsmith.shapes.choose import choose_shape

from . import meshcheck as C
from .recipe_builds import assert_planned, built, names, size

PLANNED = {
    "creatures": "dragon unicorn dinosaur gargoyle",
    "animals": "whale shark frog snake rat bee butterfly spider owl bat",
    "garden": "swing seesaw slide sandbox birdhouse doghouse grill picnic_table hammock garden_gnome",
    "weapons": "catapult trebuchet",
    "tools": "forge grindstone loom spinning_wheel padlock",
    "dungeon_castle": "spider_web castle window",
    "furniture": "nightstand",
    "leisure": "medal saxophone harp accordion flute",
    "household": "telescope microscope",
}


def test_the_categories_have_their_planned_recipes():
    assert_planned(PLANNED)


@pytest.mark.parametrize(
    "prompt, recipe",
    [
        ("a green dragon", "dragon"),
        ("fire-breathing wyvern", "dragon"),
        ("a white unicorn", "unicorn"),
        ("a t-rex", "dinosaur"),
        ("tyrannosaurus rex", "dinosaur"),
        ("stone gargoyle", "gargoyle"),
        ("humpback whale", "whale"),
        ("great white shark", "shark"),
        ("a toad", "frog"),
        ("a cobra", "snake"),
        ("a mouse", "rat"),
        ("sewer rat", "rat"),
        ("bumblebee", "bee"),
        ("a moth", "butterfly"),
        ("tarantula", "spider"),
        ("snowy owl", "owl"),
        ("vampire bat", "bat"),
        ("swing set", "swing"),
        ("teeter-totter", "seesaw"),
        ("playground slide", "slide"),
        ("sandpit", "sandbox"),
        ("bird house", "birdhouse"),
        ("dog kennel", "doghouse"),
        ("bbq", "grill"),
        ("picnic table", "picnic_table"),
        ("hammock", "hammock"),
        ("lawn gnome", "garden_gnome"),
        ("mangonel", "catapult"),
        ("trebuchet", "trebuchet"),
        ("blacksmith's forge", "forge"),
        ("grindstone", "grindstone"),
        ("weaving loom", "loom"),
        ("spinning wheel", "spinning_wheel"),
        ("padlock", "padlock"),
        ("cobweb", "spider_web"),
        ("a castle", "castle"),
        ("a stone castle with towers", "castle"),
        ("fortress", "castle"),
        ("sash window", "window"),
        ("bedside table", "nightstand"),
        ("gold medal", "medal"),
        ("brass telescope", "telescope"),
        ("microscope", "microscope"),
        ("alto sax", "saxophone"),
        ("concert harp", "harp"),
        ("squeezebox", "accordion"),
        ("silver flute", "flute"),
    ],
)
def test_prompts_reach_their_recipe(prompt, recipe):
    choice = choose_shape(prompt)
    assert choice.fitted and choice.recipe.name == recipe


@pytest.mark.parametrize(
    "prompt, recipe",
    [
        # Namesakes keep their own recipes: "castle" is still a theme word before another noun.
        ("castle gate", "portcullis"),
        ("castle door", "door"),
        ("castle tower", "tower"),
        ("baseball bat", "club"),
        ("champagne flute", "goblet"),
        ("frying pan", "pan"),
        ("a toy", "teddy_bear"),
        ("banjo", "guitar"),
        ("dragon statue", "statue"),
    ],
)
def test_namesakes_keep_their_recipes(prompt, recipe):
    assert choose_shape(prompt).recipe.name == recipe


def test_rocket_launcher_is_no_catapult():
    assert choose_shape("rocket launcher").recipe.name != "catapult"


def test_words_set_the_parameters():
    assert choose_shape("dragon with folded wings").params.get("wings") == "folded"
    assert choose_shape("a coiled snake").params.get("pose") == "coiled"
    assert choose_shape("a little mouse").params.get("kind") == "mouse"
    assert choose_shape("swing set with three seats").params.get("seats") == 3
    assert choose_shape("window with six panes").params.get("panes") == 6
    assert choose_shape("an open padlock").params.get("open") is True
    assert choose_shape("cold forge").params.get("lit") is False


def test_parameters_change_the_object():
    assert size("dragon", (("wings", "folded"),))[0] < 0.5 * size("dragon")[0]
    assert size("butterfly", (("wings", "folded"),))[0] < 0.5 * size("butterfly")[0]
    assert size("snake", (("pose", "coiled"),))[2] < 0.5 * size("snake")[2]
    assert size("snake", (("pose", "coiled"),))[1] > 2 * size("snake")[1]  # the raised head
    assert size("rat", (("kind", "mouse"),))[2] < 0.6 * size("rat")[2]
    assert size("swing", (("seats", 3),))[0] > size("swing")[0] + 0.5
    assert size("birdhouse", (("post", False),))[1] < 0.4 < size("birdhouse")[1]
    assert size("padlock", (("open", True),))[1] > size("padlock")[1] + 0.01
    assert "food" in names("grill", (("lid", False),)) and "lid" not in names(
        "grill", (("lid", False),)
    )
    assert "stone" in names("catapult") and "stone" not in names("catapult", (("loaded", False),))
    assert "shutters" in names("window", (("shutters", True),)) and "shutters" not in names(
        "window"
    )

    def frame_tris(params=()):  # glazing bars join the frame: more panes, more bars
        return sum(
            p.mesh.triangle_count for p in built("window", params).parts if p.name == "frame"
        )

    assert frame_tris((("panes", 1),)) < frame_tris() < frame_tris((("panes", 8),))
    r = get_recipe("forge")
    lit = {p.name for p in built("forge").parts if r.materials[p.material].emissive}
    assert lit == {"lit_coals"}
    assert not any(
        r.materials[p.material].emissive for p in built("forge", (("lit", False),)).parts
    )


def test_creatures_at_their_real_size():
    # A bee is a couple of centimetres, a whale more than ten metres; the dinosaur towers over a horse.
    assert size("bee")[2] < 0.04 and size("whale")[2] > 10
    assert size("dinosaur")[1] > size("horse")[1] * 2
    assert size("unicorn")[1] > size("horse")[1]  # the horn
    assert size("castle")[0] > 15 and size("medal")[1] < 0.15
    # Standing things touch the ground with their feet: the gargoyle's plinth, the T-rex's claws.
    for name, foot in (
        ("gargoyle", "plinth"),
        ("dinosaur", "claws"),
        ("swing", "legs"),
        ("harp", "base"),
    ):
        assert abs(C.extents([p for p in built(name).parts if p.name == foot])[0][1]) < 1e-3, name


def test_materials_are_named_by_what_they_are():
    assert set(get_recipe("dragon").materials) >= {"scales", "membrane", "horn"}
    assert set(get_recipe("saxophone").materials) >= {"brass"}
    assert set(get_recipe("forge").materials) >= {"brick", "iron", "lit_coals"}
    assert set(get_recipe("window").materials) >= {"glass", "frame"}
    assert set(get_recipe("gargoyle").materials) >= {"stone", "plinth"}
