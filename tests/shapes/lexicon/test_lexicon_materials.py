"""Materials through WordNet hypernym anchors; colours from the XKCD/CSS table and WordNet."""

import pytest

from assetsmith.shapes.lexicon import MATERIAL_ANCHORS, get_lexicon, material_from_word, read_colour
from assetsmith.shapes.lexicon.colours import apply_tone


@pytest.mark.parametrize(
    "word, family",
    [
        ("teak", "wood_planks"),
        ("mahogany", "wood_planks"),
        ("cedar", "wood_planks"),
        ("oaken", "wood_planks"),
        ("wooden", "wood_planks"),
        ("pewter", "iron"),
        ("tin", "iron"),
        ("titanium", "iron"),
        ("metallic", "iron"),
        ("bronze", "brass"),
        ("golden", "brass"),
        ("rusty", "rusted_metal"),
        ("granite", "rough_stone"),
        ("stony", "rough_stone"),
        ("marble", "marble"),
        ("jade", "crystal"),
        ("obsidian", "crystal"),
        ("icy", "crystal"),
        ("velvet", "fabric"),
        ("denim", "fabric"),
        ("woollen", "fabric"),
        ("leathery", "leather"),
        ("porcelain", "ceramic"),
        ("mossy", "ground_moss"),
        ("rubber", "plastic"),
        ("brick", "brick"),
        ("cobblestone", "cobblestone"),
        ("log", "bark"),
    ],
)
def test_material_family_by_hypernym(word, family):
    assert material_from_word(word).family == family


def test_non_materials_are_not_materials():
    for word in ("red", "apple", "barrel", "happiness", "wine", "bed"):
        assert material_from_word(word) is None, word


def test_specific_words_imply_a_colour_and_paths_are_reported():
    mahogany = material_from_word("mahogany")
    assert mahogany.colour and mahogany.path == ("mahogany.n.01", "wood.n.01")
    assert material_from_word("walnut").colour is not None  # from the gloss: "dark-brown wood"
    assert material_from_word("wood").colour is None  # the anchor itself: the family's own colour


def test_families_are_table_driven_with_fallbacks():
    # bone.n.02's row prefers a "bone" family and falls back to ceramic while it does not exist.
    assert material_from_word("bone", families={"ceramic"}).family == "ceramic"
    assert material_from_word("bone", families={"bone", "ceramic"}).family == "bone"
    lex = get_lexicon()
    assert all(lex.synset(anchor) is not None for anchor, _f, _c in MATERIAL_ANCHORS)


def test_colour_names_tones_and_wordnet_colours():
    assert read_colour(["light", "blue", "barrel"])[0].words == "light blue"
    dark_teal, used = read_colour(["dark", "teal"])
    assert used == 2 and dark_teal.hex.startswith("#")
    reddish = read_colour(["reddish"])[0]
    assert reddish.source in ("xkcd", "css4")
    vermilion = read_colour(["vermilion"])[0]  # not in the table: WordNet says it is a red
    assert vermilion.source == "wordnet:red.n.01"
    assert read_colour(["gray"])[0].hex == read_colour(["grey"])[0].hex
    assert read_colour(["wine"])[0].source == "xkcd" and read_colour(["happiness"]) is None
    assert apply_tone("#808080", 0.5) == "#404040" and apply_tone("#000000", 2.0) == "#e6e6e6"
