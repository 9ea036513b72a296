"""The prompt reader that knows nouns: WordNet lemmas, compounds, a noun-phrase grammar, materials
and colours as lexical knowledge, and noun-to-recipe mapping with a confidence.

    from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, interpret
    index = RecipeIndex([RecipeEntry("barrel", "containers", ("barrel", "cask", "keg"),
                                     ("barrel.n.02",), {"staves": ("stave",), "hoops": ("hoop", "band")})])
    result = interpret("old oak barrel with iron bands", index)
    result.match.to_dict()   # {"recipe": "barrel", "confidence": 1.0, "fallback": None, ...}

The lexical table loads on first use (about 50 ms), never at import.
"""

from .colours import Colour, read_colour
from .database import Lexicon, LexiconDataError, Synset, get_lexicon
from .grammar import MAX_PROMPT_CHARS, PromptReader, is_collective, is_container, read_prompt
from .interpret import (
    Interpretation,
    PartLook,
    RecipeMatch,
    interpret,
    match_reading,
    resolve_parts,
)
from .materials import MATERIAL_ANCHORS, Material, material_from_word
from .morph import morphy, noun_lemma, split_compound
from .qualities import QUALITY_HEADS, Quality, quality_of
from .reading import Correction, HeadNoun, Modifiers, PartMention, PromptReading, Style
from .recipes import NounMatch, RecipeEntry, RecipeIndex

__all__ = [
    "MATERIAL_ANCHORS",
    "MAX_PROMPT_CHARS",
    "QUALITY_HEADS",
    "Colour",
    "Correction",
    "HeadNoun",
    "Interpretation",
    "Lexicon",
    "LexiconDataError",
    "Material",
    "Modifiers",
    "NounMatch",
    "PartLook",
    "PartMention",
    "PromptReader",
    "PromptReading",
    "Quality",
    "RecipeEntry",
    "RecipeIndex",
    "RecipeMatch",
    "Style",
    "Synset",
    "get_lexicon",
    "interpret",
    "is_collective",
    "is_container",
    "match_reading",
    "material_from_word",
    "morphy",
    "noun_lemma",
    "quality_of",
    "read_colour",
    "read_prompt",
    "resolve_parts",
    "split_compound",
]
