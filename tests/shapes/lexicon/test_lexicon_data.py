"""The packaged WordNet table: NLTK-style names, hypernyms, lazy loading, honest abstractions."""

import subprocess
import sys

from assetsmith.shapes.lexicon import get_lexicon, morphy, split_compound
from assetsmith.shapes.lexicon.spelling import closed_collocation, correct_typo, variant


def test_synsets_are_named_as_nltk_names_them():
    lex = get_lexicon()
    barrel = lex.synset("barrel.n.02")
    assert barrel is not None and barrel.lemmas == ("barrel", "cask")
    assert lex.synset("oak.n.01").hypernyms == (lex.synset("wood.n.01").index,)  # the wood sense
    assert [s.synset.name for s in lex.noun_senses("oak")] == ["oak.n.01", "oak.n.02"]
    hogshead = lex.noun_senses("hogshead")[0].synset
    assert hogshead.name == "hogshead.n.02" and barrel.index in hogshead.hypernyms


def test_collocations_and_collapsed_kinds_are_kept():
    lex = get_lexicon()
    for lemma in (
        "street_lamp",
        "treasure_chest",
        "fire_hydrant",
        "chest_of_drawers",
        "suit_of_armor",
    ):
        assert lex.is_concrete_noun(lemma), lemma
    # Named individuals and leaf kinds of person are stored as "a kind of" their hypernym.
    einstein = lex.noun_senses("einstein")[0]
    assert einstein.kind_of and einstein.synset.name == "physicist.n.01"
    wheelwright = lex.noun_senses("wheelwright")[0]
    assert wheelwright.kind_of and wheelwright.synset.name == "wright.n.07"


def test_abstract_nouns_are_known_with_their_file():
    lex = get_lexicon()
    assert lex.abstract_lexname("happiness") == "noun.state"
    assert lex.abstract_lexname("anger") == "noun.feeling"
    # Abstract synsets that are hypernyms of kept ones stay whole, with their file.
    assert lex.noun_senses("idea")[0].synset.lexname == "noun.cognition"
    assert lex.abstract_lexname("barrel") is None and lex.abstract_lexname("florp") is None


def test_importing_the_reader_does_not_load_the_table():
    code = (
        "import assetsmith.shapes.lexicon as L, assetsmith.shapes.lexicon.database as d;"
        "assert d._SHARED is None; L.get_lexicon(); assert d._SHARED is not None"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_synset_names_resolve_like_nltk():
    lex = get_lexicon()
    assert lex.synset("metal.n.01").name == "metallic_element.n.01"  # any lemma's sense number
    assert lex.synset("barrel.n.99") is None and lex.synset("nonsense") is None


def test_morphy_lemmatises_plurals_and_irregular_forms():
    cases = {
        "logs": "log",
        "shelves": "shelf",
        "knives": "knife",
        "geese": "goose",
        "boxes": "box",
        "scarves": "scarf",
        "men": "man",
        "street_lamps": "street_lamp",
        "wolves": "wolf",
    }
    for word, lemma in cases.items():
        assert lemma in morphy(word), word
    assert morphy("glasses")[0] == "glasses"  # a lemma itself comes first, as in NLTK
    assert morphy("qwzxv") == ()


def test_unknown_closed_compounds_split_with_the_last_word_as_head():
    assert split_compound("crystalshield") == ("crystal", "shield")
    assert split_compound("woodenbarrels") == ("wooden", "barrel")
    assert split_compound("qwzxvbnm") is None
    assert split_compound("x" * 200) is None  # too long to try: bounded work
    assert closed_collocation("terracotta") == "terra_cotta"
    assert closed_collocation("firepit") == "fire_pit"


def test_spelling_is_corrected_conservatively():
    assert correct_typo("barel") == "barrel"
    assert correct_typo("chiar") == "chair"
    assert correct_typo("florp") is None  # one edit from "flop", but not a typical slip
    assert correct_typo("lanter") is None
    assert correct_typo("lanter", preferred={"lantern"}) == "lantern"
    assert correct_typo("spacship", preferred={"spaceship"}) == "spaceship"
    assert variant("armoury") == "armory"
