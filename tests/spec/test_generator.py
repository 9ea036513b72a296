import pytest

from assetsmith.errors import InvalidInput
from assetsmith.spec import generate_spec, load_spec
from assetsmith.spec.catalog import ARCHETYPES, STYLE_PRESETS
from assetsmith.spec.validate import validate_spec_data


def families(spec):
    mats = {m["id"]: m for m in spec["materials"]}
    return {p["id"]: mats[p["material"]]["family"] for p in spec["parts"]}


def colour(spec, part):
    mats = {m["id"]: m for m in spec["materials"]}
    mid = next(p["material"] for p in spec["parts"] if p["id"] == part)
    return mats[mid]["base_color"]


def test_barrel_prompt_reads_wood_and_iron_bands():
    spec = generate_spec("wooden barrel with iron bands")
    assert spec["archetype"] == "barrel"
    fam = families(spec)
    assert fam["body"] == "wood_planks"
    assert fam["hoops"] == "iron"
    assert fam["lids"] == "end_grain"  # generic wood keeps the end-grain lids
    assert spec["generation"]["interpretation"]["fallback"] is None
    assert validate_spec_data(spec) == ("0.2", [])


@pytest.mark.parametrize(
    "prompt, archetype",
    [
        ("a wooden crate", "crate"), ("old treasure chest", "chest"), ("red health potion", "bottle"),
        ("glass bottle", "bottle"), ("iron lantern", "lantern"), ("steel longsword", "sword"),
        ("round shield", "shield"), ("marble column", "pillar"), ("mossy boulder", "rock"),
        ("brick wall", "wall"), ("cobblestone floor tile", "floor_tile"), ("tree stump", "stump"),
        ("oak tree", "tree"), ("wooden table", "table"), ("chair", "chair"), ("castle door", "door"),
        ("picket fence", "fence"), ("training mannequin", "mannequin"), ("stone pillar", "pillar"),
    ],
)
def test_archetype_words(prompt, archetype):
    assert generate_spec(prompt)["archetype"] == archetype


def test_every_archetype_has_a_word_that_selects_it():
    for name, arch in ARCHETYPES.items():
        assert generate_spec(arch.words[0])["archetype"] == name


def test_head_noun_wins_over_later_archetype_words():
    # "a crate of potions" is a crate; "barrel with a sword" is a barrel
    assert generate_spec("crate of potions")["archetype"] == "crate"
    assert generate_spec("barrel with a sword on top")["archetype"] == "barrel"


def test_part_materials_and_colours_attach_to_their_parts():
    spec = generate_spec("golden sword with a red leather grip")
    fam = families(spec)
    assert fam["blade"] == "brass"
    assert fam["grip"] == "leather"
    assert colour(spec, "grip") == "#a8322a"


def test_colour_on_potion_colours_the_liquid():
    spec = generate_spec("blue potion")
    assert colour(spec, "liquid") == "#3050a8"
    assert families(spec)["glass"] == "crystal"


def test_style_words_and_wear_words():
    spec = generate_spec("old toon crate")
    assert spec["style_preset"] == "toon_bold"
    assert all(m["wear"] >= 0.6 for m in spec["materials"])
    roles = {s["role"] for s in spec["material_slots"]}
    assert roles == {"albedo", "orm"}
    assert generate_spec("pristine anime chest")["style_preset"] == "anime_stylized"


def test_explicit_style_overrides_prompt_words():
    assert generate_spec("toon crate", style_preset="realistic_hd_pbr")["style_preset"] == "realistic_hd_pbr"


def test_unknown_words_fall_back_and_say_so():
    spec = generate_spec("glowing thingamajig")
    interp = spec["generation"]["interpretation"]
    assert spec["archetype"] == "crate"
    assert interp["fallback"]["archetype"] == "crate"
    assert "thingamajig" in interp["ignored_words"]
    env = generate_spec("glowing thingamajig", category="environment_piece")
    assert env["archetype"] == "rock" and env["category"] == "environment_piece"


def test_typos_are_read_and_reported():
    spec = generate_spec("barel of apples")
    assert spec["archetype"] == "barrel"
    assert "barel" in spec["generation"]["interpretation"]["fallback"]["reason"]


def test_same_prompt_and_seed_give_same_spec_and_seed_changes_it():
    a = generate_spec("wooden barrel", seed=5)
    assert a == generate_spec("wooden barrel", seed=5)
    assert generate_spec("wooden barrel") == generate_spec("wooden  barrel")  # whitespace-insensitive
    assert a["variants"][0]["seed"] != generate_spec("wooden barrel", seed=6)["variants"][0]["seed"]


def test_size_words_scale_height():
    assert generate_spec("huge barrel")["target_height_m"] > generate_spec("small barrel")["target_height_m"]


@pytest.mark.parametrize("style", STYLE_PRESETS)
def test_every_archetype_and_style_validates(style):
    for arch in ARCHETYPES.values():
        spec = generate_spec(arch.words[0], style_preset=style)
        assert validate_spec_data(spec) == ("0.2", []), arch.name
        assert load_spec(spec) == spec


@pytest.mark.parametrize("kwargs", [
    {"prompt": ""}, {"prompt": "   "}, {"prompt": "x" * 5000}, {"prompt": "barrel", "category": "vehicle"},
    {"prompt": "barrel", "style_preset": "pixel"}, {"prompt": "barrel", "resolution": 300},
    {"prompt": "barrel", "seed": -1},
])
def test_bad_arguments_are_refused(kwargs):
    prompt = kwargs.pop("prompt")
    with pytest.raises(InvalidInput):
        generate_spec(prompt, **kwargs)


@pytest.mark.parametrize("prompt", ["__", "__foo__", "__floor_tile__", "_barrel_", "wooden_barrel"])
def test_underscores_in_prompts_are_word_separators(prompt):
    spec = generate_spec(prompt)
    assert spec["archetype"] in ARCHETYPES
    if "barrel" in prompt:
        assert spec["archetype"] == "barrel"
