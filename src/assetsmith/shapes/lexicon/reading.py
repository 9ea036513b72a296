"""What the prompt reader returns: plain frozen dataclasses with a JSON-ready `to_dict()`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .colours import Colour
from .materials import Material
from .qualities import Quality


@dataclass(frozen=True)
class Correction:
    """A word read as another: kind is "spelling", "variant", "compound" or "collocation"."""

    typed: str
    read_as: str
    kind: str


@dataclass(frozen=True)
class Style:
    """A render preset ("toon" -> toon_bold) or a genre theme ("sci-fi")."""

    word: str
    kind: str  # "preset" | "theme"
    value: str


@dataclass(frozen=True)
class Modifiers:
    """What a group of words says about one thing (the object, or one of its parts)."""

    materials: tuple[Material, ...] = ()
    colours: tuple[Colour, ...] = ()
    qualities: tuple[Quality, ...] = ()
    descriptors: tuple[str, ...] = ()  # other adjectives and noun qualifiers, as read ("ornate")

    def merged(self, other: Modifiers) -> Modifiers:
        return Modifiers(
            self.materials + other.materials,
            self.colours + other.colours,
            self.qualities + other.qualities,
            self.descriptors + other.descriptors,
        )

    def __bool__(self) -> bool:
        return bool(self.materials or self.colours or self.qualities or self.descriptors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "materials": [
                {"word": m.word, "family": m.family, "colour": m.colour, "synset": m.synset}
                for m in self.materials
            ],
            "colours": [{"words": c.words, "hex": c.hex, "source": c.source} for c in self.colours],
            "qualities": [
                {"param": q.param, "value": q.value, "word": q.word, "degree": q.degree}
                for q in self.qualities
            ],
            "descriptors": list(self.descriptors),
        }


@dataclass(frozen=True)
class PartMention:
    """A part or accessory the prompt names: "with iron legs" -> lemma "leg", relation "with"."""

    lemma: str
    text: str
    relation: str  # "with", "without" (count 0), "on", "under", "in", "near", "named" (hyphen form)
    count: int | None = None
    modifiers: Modifiers = field(default_factory=Modifiers)


@dataclass(frozen=True)
class HeadNoun:
    """A reading of the object noun. `modifiers` are words this reading adds to the object's own:
    reading "stone wall" as the noun "wall" adds the material "stone"."""

    lemma: str
    text: str
    modifiers: Modifiers = field(default_factory=Modifiers)
    # "head", "collocation-head" (last word of a collocation), "collective" (the group noun of
    # "pile of logs"), "of-complement" ("wheel of cheese"), "modifier-noun" ("sword" in "sword hilt")
    rank: str = "head"


@dataclass(frozen=True)
class PromptReading:
    """The prompt as a noun phrase: the object, what modifies it, its parts, and what was unclear."""

    prompt: str
    head: HeadNoun | None
    alternatives: tuple[HeadNoun, ...] = ()
    count: int | None = None
    arrangement: str | None = None  # "pile", "stack", "cluster", "pair", "row"...
    modifiers: Modifiers = field(default_factory=Modifiers)
    parts: tuple[PartMention, ...] = ()
    contents: tuple[str, ...] = ()
    covering: Modifiers = field(default_factory=Modifiers)
    styles: tuple[Style, ...] = ()
    other_objects: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    unknown: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        def head(h: HeadNoun) -> dict[str, Any]:
            return {
                "lemma": h.lemma,
                "text": h.text,
                "rank": h.rank,
                "modifiers": h.modifiers.to_dict(),
            }

        return {
            "prompt": self.prompt,
            "head": head(self.head) if self.head else None,
            "alternatives": [head(h) for h in self.alternatives],
            "count": self.count,
            "arrangement": self.arrangement,
            "modifiers": self.modifiers.to_dict(),
            "parts": [
                {
                    "lemma": p.lemma,
                    "text": p.text,
                    "relation": p.relation,
                    "count": p.count,
                    "modifiers": p.modifiers.to_dict(),
                }
                for p in self.parts
            ],
            "contents": list(self.contents),
            "covering": self.covering.to_dict(),
            "styles": [{"word": s.word, "kind": s.kind, "value": s.value} for s in self.styles],
            "other_objects": list(self.other_objects),
            "corrections": [
                {"typed": c.typed, "read_as": c.read_as, "kind": c.kind} for c in self.corrections
            ],
            "unknown": list(self.unknown),
        }
