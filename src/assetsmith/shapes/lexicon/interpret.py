"""A prompt against a recipe index: which recipe, how sure, why, and what each part is made of.

`interpret(prompt, index)` reads the prompt (grammar.py), tries every reading of its object noun
against the index (recipes.py) and resolves materials and colours onto the recipe's parts. The
result says in plain words when nothing fits, and is what the CLI, JSON and the web page report as
`shape: {recipe, matched_words, confidence, fallback}`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from .colours import Colour
from .database import get_lexicon
from .grammar import PromptReader
from .qualities import Quality
from .reading import HeadNoun, Modifiers, PartMention, PromptReading
from .recipes import MIN_CONFIDENCE, NounMatch, RecipeEntry, RecipeIndex, lemma_of

# How much a reading other than the head noun itself is trusted.
READING_WEIGHT = {
    "head": 1.0,
    "collocation-head": 0.97,
    "collective": 0.9,
    "of-complement": 0.85,
    "modifier-noun": 0.6,
}
CORRECTED_WEIGHT = 0.95


@dataclass(frozen=True)
class RecipeMatch:
    """The recipe chosen for a prompt, or None with the reason and suggestions."""

    recipe: str | None
    confidence: float
    matched_words: tuple[str, ...]
    how: str  # "noun", "synonym", "hypernym", "hyponym", "sibling" or "none"
    path: tuple[str, ...]  # the WordNet path used, noun sense first
    head: str | None  # the noun lemma that was matched
    fallback: str | None  # None for a plain fit; otherwise what was assumed or why nothing fits
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The `shape` object of run-job --json (recipe, matched_words, confidence, fallback...)."""
        return {
            "recipe": self.recipe,
            "matched_words": list(self.matched_words),
            "confidence": self.confidence,
            "fallback": self.fallback,
            "how": self.how,
            "path": list(self.path),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class PartLook:
    """What the prompt says about one part of the chosen recipe."""

    part: str
    family: str | None = None
    colour: str | None = None
    words: tuple[str, ...] = ()
    count: int | None = None
    qualities: tuple[Quality, ...] = ()


@dataclass(frozen=True)
class Interpretation:
    """The reading, the match, and the parts' looks for the chosen recipe."""

    reading: PromptReading
    match: RecipeMatch
    parts: dict[str, PartLook] = field(default_factory=dict)
    object_qualities: tuple[Quality, ...] = ()
    accessories: tuple[PartMention, ...] = ()  # parts named that the recipe does not have
    arrangement: str | None = None
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "shape": self.match.to_dict(),
            "reading": self.reading.to_dict(),
            "parts": {
                k: {
                    "family": v.family,
                    "colour": v.colour,
                    "words": list(v.words),
                    "count": v.count,
                    "qualities": [[q.param, q.value, q.degree] for q in v.qualities],
                }
                for k, v in sorted(self.parts.items())
            },
            "qualities": [[q.param, q.value, q.degree] for q in self.object_qualities],
            "accessories": [p.lemma for p in self.accessories],
            "arrangement": self.arrangement,
            "count": self.count,
        }


def _why_no_fit(reading: PromptReading, index: RecipeIndex) -> tuple[str, tuple[str, ...]]:
    lex = index.lex
    head = reading.head
    if head is None:
        typed = " ".join(reading.unknown)
        hint = " Name the object, e.g. 'wooden barrel'."
        return "The prompt names no object (no noun was found)." + hint, index.suggestions(
            None, typed
        )
    lemma = head.lemma
    if not lex.is_noun(lemma):
        sugg = index.suggestions(None, lemma)
        return (
            f"'{head.text}' is not a word the reader knows, so no recipe fits."
            + (
                f" Did you mean: {', '.join(sugg)}?"
                if sugg
                else " Try a common name for the object."
            ),
            sugg,
        )
    senses = lex.noun_senses(lemma)
    if not senses or senses[0].synset.lexname not in _THING_FILES:
        kind = (senses[0].synset.lexname if senses else lex.abstract_lexname(lemma) or "n.x").split(
            "."
        )[1]
        return (
            f"'{head.text}' names {_KIND_WORDS.get(kind, 'an abstract idea')}, not a physical object, "
            "so there is no shape for it. Describe a thing to build.",
            (),
        )
    sugg = index.suggestions(lemma, head.text)
    what = lex.noun_senses(lemma)[0].synset.lexname.split(".")[1]
    return (
        f"No recipe is close to '{head.text}' ({_KIND_WORDS.get(what, what)})."
        + (f" The nearest recipes are: {', '.join(sugg)}." if sugg else ""),
        sugg,
    )


_THING_FILES = frozenset(
    [
        "noun.artifact",
        "noun.object",
        "noun.food",
        "noun.plant",
        "noun.animal",
        "noun.body",
        "noun.substance",
        "noun.person",
        "noun.location",
        "noun.shape",
        "noun.group",
        "noun.possession",
        "noun.event",
        "noun.communication",
    ]
)
_KIND_WORDS = {
    "feeling": "a feeling",
    "cognition": "an idea",
    "act": "an action",
    "attribute": "a quality",
    "communication": "a kind of communication",
    "state": "a state",
    "time": "a time",
    "event": "an event",
    "relation": "a relation",
    "quantity": "a quantity",
    "motive": "a motive",
    "process": "a process",
    "phenomenon": "a phenomenon",
    "possession": "a possession",
    "person": "a person",
    "animal": "an animal",
    "plant": "a plant",
    "artifact": "a made thing",
    "object": "a natural object",
    "food": "a food",
    "substance": "a substance",
    "body": "a body part",
    "location": "a place",
    "group": "a group",
    "shape": "a shape",
}


def match_reading(
    reading: PromptReading, index: RecipeIndex
) -> tuple[RecipeMatch, HeadNoun | None]:
    """The best recipe over the readings of the prompt's object noun."""
    corrected = {c.read_as.replace(" ", "_") for c in reading.corrections if c.kind == "spelling"}
    best: tuple[float, NounMatch, HeadNoun] | None = None
    for h in ((reading.head,) if reading.head else ()) + reading.alternatives:
        matches = index.match_noun(h.lemma)
        if not matches:
            continue
        weight = READING_WEIGHT.get(h.rank, 0.5) * (
            CORRECTED_WEIGHT if h.lemma in corrected else 1.0
        )
        conf = round(matches[0].confidence * weight, 3)
        if best is None or conf > best[0]:
            best = (conf, matches[0], h)
    if best is None or best[0] < MIN_CONFIDENCE:
        reason, sugg = _why_no_fit(reading, index)
        if best is not None:
            sugg = tuple(dict.fromkeys((best[1].recipe, *sugg)))[:3]
        head = reading.head
        return RecipeMatch(
            None,
            0.0,
            (head.text,) if head else (),
            "none",
            (),
            head.lemma if head else None,
            reason,
            sugg,
        ), None
    conf, m, h = best
    notes = []
    typo = [
        c
        for c in reading.corrections
        if c.read_as.replace(" ", "_") == h.lemma or h.lemma in c.read_as.split()
    ]
    notes += [f"read '{c.typed}' as '{c.read_as}'" for c in typo if c.kind == "spelling"]
    if h is not reading.head and reading.head is not None:
        notes.append(f"no recipe fits '{reading.head.text}'; built '{m.recipe}' for '{h.text}'")
    if m.how in ("hyponym", "sibling"):
        link = " > ".join(m.path)
        notes.append(
            f"no recipe for '{h.text}' itself; '{m.recipe}' is the closest ({m.how}: {link})"
        )
    return RecipeMatch(
        m.recipe, conf, (h.text,), m.how, m.path, h.lemma, "; ".join(notes) or None
    ), h


def _part_of(entry: RecipeEntry, mention: PartMention) -> str | None:
    wanted = {mention.lemma, lemma_of(mention.lemma), mention.text}
    for part, words in entry.part_words.items():
        if wanted & ({lemma_of(w) for w in words} | set(words) | {part, lemma_of(part)}):
            return part
    return None


def _apply(look: PartLook, mods: Modifiers, families: Collection[str] | None) -> PartLook:
    family, colour, words = look.family, look.colour, list(look.words)
    for m in mods.materials:
        family, colour = m.family, m.colour or colour
        words.append(m.word)
    c: Colour
    for c in mods.colours:
        colour = c.hex
        words.append(c.words)
    if (
        "painted" in mods.descriptors
        and family in (None, "wood_planks")
        and (families is None or "painted_wood" in families)
    ):
        family = "painted_wood"
        words.append("painted")
    return PartLook(
        look.part, family, colour, tuple(words), look.count, look.qualities + mods.qualities
    )


def resolve_parts(
    reading: PromptReading,
    head: HeadNoun | None,
    entry: RecipeEntry,
    families: Collection[str] | None = None,
) -> tuple[dict[str, PartLook], tuple[Quality, ...], tuple[PartMention, ...]]:
    """Materials and colours onto the recipe's parts: named parts get their own words, the rest
    ("oak table") go to the primary parts. Returns the looks, the object's qualities, accessories."""
    looks: dict[str, PartLook] = {}
    primary = entry.primary_parts or tuple(entry.part_words)[:1]
    whole = reading.modifiers.merged(head.modifiers if head else Modifiers())
    obj_mods = Modifiers(whole.materials, whole.colours, (), whole.descriptors)
    for part in primary:
        looks[part] = _apply(looks.get(part, PartLook(part)), obj_mods, families)
    accessories: list[PartMention] = []
    for mention in reading.parts:
        named = _part_of(entry, mention)
        if named is None:
            accessories.append(mention)
            continue
        look = looks.get(named, PartLook(named))
        look = _apply(look, mention.modifiers, families)
        count = mention.count if mention.count is not None else look.count
        looks[named] = PartLook(named, look.family, look.colour, look.words, count, look.qualities)
    return looks, whole.qualities, tuple(accessories)


def interpret(
    prompt: str, index: RecipeIndex, families: Collection[str] | None = None
) -> Interpretation:
    """Read a prompt and choose its recipe (see the module docstring)."""
    reader = PromptReader(index.lex or get_lexicon(), index.vocabulary, families, index.extra_nouns)
    reading = reader.read(prompt)
    match, head = match_reading(reading, index)
    if match.recipe is None:
        return Interpretation(reading, match)
    looks, qualities, accessories = resolve_parts(
        reading, head, index.entries[match.recipe], families
    )
    member = head is not None and head.rank != "collective"
    return Interpretation(
        reading,
        match,
        looks,
        qualities,
        accessories,
        reading.arrangement if member else None,
        reading.count,
    )
