"""Colour names: the XKCD survey and CSS4 names (data/colours.tsv, scripts/build_colours.py), tone
words (dark, light, pale, bright, deep), "-ish" and "-coloured" forms, and WordNet's colour nouns
for names the table lacks ("vermilion" is a kind of red)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

from .database import Lexicon, Synset, get_lexicon

# Tone words scale lightness: below 1 darkens towards black, above 1 lightens towards white.
TONES: dict[str, float] = {
    "dark": 0.6,
    "deep": 0.7,
    "dim": 0.75,
    "dusky": 0.7,
    "light": 1.45,
    "pale": 1.6,
    "bright": 1.2,
    "pastel": 1.5,
    "faded": 1.3,
    "vivid": 1.1,
    "rich": 0.85,
    "muted": 1.15,
}
MAX_NAME_WORDS = 4
_COLOUR_ROOT = "color.n.01"


@dataclass(frozen=True)
class Colour:
    """A colour read from the prompt: the words, the sRGB hex, and where the hex came from."""

    words: str
    hex: str
    source: str  # "xkcd", "css4", "wordnet:<synset>", or "<source>+tone"


_lock = threading.Lock()
_table: dict[str, tuple[str, str]] | None = None


def colour_table() -> dict[str, tuple[str, str]]:
    """name -> (hex, source), loaded once from the packaged table."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                text = (resources.files(__package__) / "data" / "colours.tsv").read_text("utf-8")
                rows = (ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#"))
                _table = {r[0]: (r[1], r[2]) for r in rows}
    return _table


def _rgb(hexval: str) -> tuple[float, float, float]:
    return (int(hexval[1:3], 16) / 255, int(hexval[3:5], 16) / 255, int(hexval[5:7], 16) / 255)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def apply_tone(hexval: str, tone: float) -> str:
    """Darken (tone < 1: scale towards black) or lighten (tone > 1: blend towards white)."""
    r, g, b = _rgb(hexval)
    if tone < 1:
        return _hex((r * tone, g * tone, b * tone))
    t = min(tone - 1, 0.9)
    return _hex((r + (1 - r) * t, g + (1 - g) * t, b + (1 - b) * t))


def _base_form(word: str) -> str:
    """'reddish' -> 'red', 'bluish' -> 'blue', 'rust-coloured' -> 'rust', 'gray' stays."""
    for suffix in ("-coloured", "-colored", "-colour", "-color", "-tinted", "-hued"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    if word.endswith("ish") and len(word) > 5:
        stem = word[:-3]
        for cand in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
            if cand in colour_table():
                return cand
    return word


def _wordnet_colour(word: str, lex: Lexicon) -> Colour | None:
    """A colour noun the table lacks: the nearest hypernym whose name the table knows."""
    table = colour_table()
    senses = lex.noun_senses(word)
    if not senses:
        return None
    seen: set[int] = set()
    frontier = [lex.synset_at(h) for h in senses[0].synset.hypernyms]
    for _ in range(6):
        nxt: list[Synset] = []
        for s in frontier:
            if s.index in seen or s.name == _COLOUR_ROOT:
                continue
            seen.add(s.index)
            for lemma in s.lemmas:
                if lemma.replace("_", " ") in table:
                    return Colour(word, table[lemma.replace("_", " ")][0], f"wordnet:{s.name}")
            nxt.extend(lex.synset_at(h) for h in s.hypernyms)
        frontier = nxt
    return None


def _ancestors(s: Synset, lex: Lexicon, depth: int = 12) -> set[str]:
    out: set[str] = set()
    frontier = [s]
    for _ in range(depth):
        frontier = [lex.synset_at(h) for x in frontier for h in x.hypernyms]
        out.update(x.name for x in frontier)
        if not frontier:
            break
    return out


def is_colour_noun(word: str, lex: Lexicon | None = None, synset: bool = False) -> bool:
    """True when the word's first noun sense is a colour ("teal", "crimson"; not "wine"), or,
    with synset=True, when `word` is a synset name under color.n.01."""
    lex = lex or get_lexicon()
    if synset:
        found = lex.synset(word)
        return found is not None and _COLOUR_ROOT in _ancestors(found, lex)
    senses = lex.noun_senses(word)
    return bool(senses) and _COLOUR_ROOT in _ancestors(senses[0].synset, lex)


def read_colour(words: list[str], lex: Lexicon | None = None) -> tuple[Colour, int] | None:
    """The colour named at the start of `words`, and how many words it used, or None.

    Longest table name first ("light blue green"), then a tone word before a colour ("dark teal"),
    then "-ish"/"-coloured" forms, then a WordNet colour noun the table lacks ("vermilion").
    """
    table = colour_table()
    words = words[:MAX_NAME_WORDS]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).replace("-", " ").replace("_", " ")
        grey = " ".join("grey" if w == "gray" else w for w in name.split())
        if grey in table:  # the survey spells grey (CSS has both): one colour for both spellings
            name = grey
        if name in table:
            hexval, src = table[name]
            return Colour(" ".join(words[:n]), hexval, src), n
    first = words[0] if words else ""
    if "-" in first:  # "dark-red", "blue-grey"
        pieces = first.split("-")
        if all(p in table or p in TONES for p in pieces):
            got = read_colour(pieces, lex)
            if got and got[1] == len(pieces):
                return Colour(first, got[0].hex, got[0].source), 1
    if first in TONES and len(words) > 1:
        rest = read_colour(words[1:], lex)
        if rest:
            colour, used = rest
            return Colour(
                " ".join(words[: used + 1]),
                apply_tone(colour.hex, TONES[first]),
                f"{colour.source}+tone",
            ), used + 1
    base = _base_form(first)
    if base != first and base in table:
        return Colour(first, table[base][0], table[base][1]), 1
    if first and is_colour_noun(first, lex):
        found = _wordnet_colour(first, lex or get_lexicon())
        if found:
            return found, 1
    return None
