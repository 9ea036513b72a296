"""Adjectives that set a recipe parameter (size, height, shape, state, condition...).

A prompt may say "huge", "enormous", "gigantic" or "colossal": WordNet groups these satellites
under the head adjective large.a.01, so the table below names only cluster heads and every
satellite inherits its meaning. A satellite whose gloss says it is extreme ("huge: unusually
great in size") is marked intense in the lexicon table and counts one and a half times.
"""

from __future__ import annotations

from dataclasses import dataclass

from .database import Lexicon, get_lexicon

# WordNet adjective cluster head -> (parameter, value). Parameters the recipes read:
# size, height, length, width, thickness, shape, state, condition, fill, weight, light.
QUALITY_HEADS: dict[str, tuple[str, str]] = {
    "large.a.01": ("size", "large"),
    "small.a.01": ("size", "small"),
    "mini.a.01": ("size", "small"),
    "tall.a.01": ("height", "tall"),
    "high.a.02": ("height", "tall"),
    "short.a.03": ("height", "short"),
    "low.a.02": ("height", "short"),
    "short.a.02": ("length", "short"),
    "long.a.02": ("length", "long"),
    "wide.a.01": ("width", "wide"),
    "narrow.a.01": ("width", "narrow"),
    "thick.a.01": ("thickness", "thick"),
    "thin.a.01": ("thickness", "thin"),
    "thin.a.02": ("thickness", "thin"),
    "round.a.01": ("shape", "round"),
    "rounded.a.01": ("shape", "round"),
    "spherical.a.01": ("shape", "round"),
    "square.a.01": ("shape", "square"),
    "angular.a.02": ("shape", "angular"),
    "hexangular.a.01": ("shape", "hexagonal"),
    "curved.a.01": ("shape", "curved"),
    "hollow.a.01": ("shape", "hollow"),
    "open.a.01": ("state", "open"),
    "closed.a.01": ("state", "closed"),
    "shut.a.01": ("state", "closed"),
    "sealed.a.01": ("state", "closed"),
    "lidded.a.01": ("state", "closed"),
    "lighted.a.01": ("light", "lit"),
    "unlighted.a.01": ("light", "unlit"),
    "broken.a.01": ("condition", "broken"),
    "destroyed.a.01": ("condition", "broken"),
    "damaged.a.01": ("condition", "damaged"),
    "worn.a.01": ("condition", "worn"),
    "rusted.a.01": ("condition", "worn"),
    "old.a.01": ("condition", "old"),
    "old.a.02": ("condition", "old"),
    "new.a.01": ("condition", "new"),
    "new.a.06": ("condition", "new"),
    "undamaged.a.01": ("condition", "new"),
    "clean.a.01": ("condition", "clean"),
    "dirty.a.01": ("condition", "dirty"),
    "polished.a.01": ("condition", "polished"),
    "empty.a.01": ("fill", "empty"),
    "full.a.01": ("fill", "full"),
    "heavy.a.01": ("weight", "heavy"),
}
# Only a word's first few senses are read: later ones are rare and mislead ("plain" as a field).
MAX_SENSES = 4
INTENSE = 1.5


@dataclass(frozen=True)
class Quality:
    """A parameter a prompt word sets: ("size", "large") from "huge", degree 1.5 (intense)."""

    param: str
    value: str
    word: str
    degree: float = 1.0


def quality_of(word: str, degree: float = 1.0, lex: Lexicon | None = None) -> Quality | None:
    """The parameter an adjective sets, from the first of its senses whose cluster head is known."""
    entry = (lex or get_lexicon()).adjective(word)
    if entry is None:
        return None
    for head, intense in entry.heads[:MAX_SENSES]:
        if head in QUALITY_HEADS:
            param, value = QUALITY_HEADS[head]
            return Quality(param, value, word, round(degree * (INTENSE if intense else 1.0), 3))
    return None
