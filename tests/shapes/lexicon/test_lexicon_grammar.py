"""The noun-phrase grammar: head versus modifiers, relations, collectives, counts, corrections."""

import pytest

from assetsmith.errors import InvalidInput
from assetsmith.shapes.lexicon import MAX_PROMPT_CHARS, read_prompt


def mats(mods):
    return [(m.word, m.family) for m in mods.materials]


def test_material_word_before_the_noun_is_a_material_not_the_object():
    r = read_prompt("stone well")
    assert r.head.lemma == "well" and mats(r.modifiers) == [("stone", "rough_stone")]


def test_with_phrase_names_a_part_and_its_material():
    r = read_prompt("wooden barrel with iron bands")
    assert r.head.lemma == "barrel" and mats(r.modifiers) == [("wooden", "wood_planks")]
    (band,) = r.parts
    assert (band.lemma, band.relation) == ("band", "with") and mats(band.modifiers) == [
        ("iron", "iron")
    ]


def test_colours_attach_to_the_parts_they_describe():
    r = read_prompt("red chair with black legs")
    assert [c.words for c in r.modifiers.colours] == ["red"]
    assert r.parts[0].lemma == "leg" and [c.words for c in r.parts[0].modifiers.colours] == [
        "black"
    ]


@pytest.mark.parametrize(
    "prompt, obj, arrangement, count",
    [
        ("crystal cluster", "crystal", "cluster", None),
        ("pile of logs", "log", "pile", None),
        ("a stack of 5 crates", "crate", "stack", 5),
        ("a pair of iron swords", "sword", "pair", 2),
    ],
)
def test_collective_heads_make_the_member_the_object(prompt, obj, arrangement, count):
    r = read_prompt(prompt)
    assert (r.head.lemma, r.arrangement, r.count) == (obj, arrangement, count)
    assert any(a.rank == "collective" and a.lemma == arrangement for a in r.alternatives)


def test_of_after_a_container_is_its_contents():
    r = read_prompt("barrel of apples")
    assert r.head.lemma == "barrel" and r.contents == ("apple",)
    assert read_prompt("barrel filled with gold coins").contents == ("coin",)


def test_made_of_and_covered_in():
    r = read_prompt("a round table made of oak, covered in moss")
    assert r.head.lemma in ("table", "round_table")
    assert ("oak", "wood_planks") in mats(r.modifiers)
    assert mats(r.covering) == [("moss", "ground_moss")]


@pytest.mark.parametrize(
    "prompt, part, count",
    [
        ("two-wheeled cart", "wheel", 2),
        ("cart with two wheels", "wheel", 2),
        ("table with 4 legs", "leg", 4),
        ("three-legged stool", "leg", 3),
        ("a chair without a back", "back", 0),
    ],
)
def test_counts_on_parts(prompt, part, count):
    parts = {p.lemma: p.count for p in read_prompt(prompt).parts}
    assert parts == {part: count}


def test_style_size_and_adverbs():
    r = read_prompt("sci-fi crate")
    assert r.head.lemma == "crate" and [(s.kind, s.value) for s in r.styles] == [
        ("theme", "sci-fi")
    ]
    r = read_prompt("a very small spaceship")
    assert r.head.lemma == "spaceship"
    assert [(q.param, q.value, q.degree) for q in r.modifiers.qualities] == [("size", "small", 1.5)]
    # "huge" is a satellite of large.a.01 whose gloss marks it intense.
    assert [
        (q.param, q.value, q.degree) for q in read_prompt("huge anvil").modifiers.qualities
    ] == [("size", "large", 1.5)]


@pytest.mark.parametrize(
    "prompt, param, value",
    [
        ("tall lamp", "height", "tall"),
        ("long table", "length", "long"),
        ("wide bench", "width", "wide"),
        ("round shield", "shape", "round"),
        ("square table", "shape", "square"),
        ("open chest", "state", "open"),
        ("closed chest", "state", "closed"),
        ("broken sword", "condition", "broken"),
        ("ancient door", "condition", "old"),
        ("brand new helmet", "condition", "new"),
    ],
)
def test_parameter_adjectives(prompt, param, value):
    assert (param, value) in [(q.param, q.value) for q in read_prompt(prompt).modifiers.qualities]


def test_adjective_lists_and_trailing_adjectives_stay_with_the_object():
    r = read_prompt("a small, round wooden table")
    assert r.head.lemma == "table" and not r.other_objects
    r = read_prompt("a barrel, old and broken")
    assert r.head.lemma == "barrel" and {q.value for q in r.modifiers.qualities} == {
        "old",
        "broken",
    }
    assert read_prompt("sword and shield").other_objects == ("shield",)


def test_collocations_and_compounds():
    r = read_prompt("a street lamp")
    assert r.head.lemma == "street_lamp" and r.alternatives[0].lemma == "lamp"
    assert read_prompt("tomb stone").head.lemma == "tombstone"
    r = read_prompt("crystalshield")
    assert r.head.lemma == "shield" and [c.kind for c in r.corrections] == ["compound"]
    assert read_prompt("sci-fi fire hydrant").head.lemma == "fire_hydrant"


def test_typos_british_spelling_punctuation_and_numbers():
    r = read_prompt("A VERY large barel!!!")
    assert r.head.lemma == "barrel"
    assert [(c.typed, c.read_as, c.kind) for c in r.corrections] == [
        ("barel", "barrel", "spelling")
    ]
    assert read_prompt("grey armour").head.lemma == "armour"
    assert [c.words for c in read_prompt("grey armour").modifiers.colours] == ["grey"]
    assert read_prompt("table with twelve legs").parts[0].count == 12


def test_unknown_words_are_reported_not_guessed():
    r = read_prompt("florp blarg")
    assert r.unknown == ("florp", "blarg") and not r.corrections


def test_prompt_length_is_bounded():
    read_prompt("wooden barrel " * (MAX_PROMPT_CHARS // 14))  # many words: read, not refused
    with pytest.raises(InvalidInput, match="at most 2000"):
        read_prompt("x" * (MAX_PROMPT_CHARS + 1))


def test_reading_is_deterministic():
    prompt = "old oak table with four iron legs and a red velvet cushion, slightly rusty"
    assert read_prompt(prompt).to_dict() == read_prompt(prompt).to_dict()
