"""Tokens: the prompt split into words, numbers and punctuation, each word checked against the
lexicon (variants, closed collocations, compounds, typos corrected and reported), and WordNet
collocations joined ("street lamp" -> street_lamp, "chest of drawers" -> chest_of_drawers)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from .colours import read_colour
from .database import Lexicon
from .function_words import (
    CONJUNCTIONS,
    DEGREE_ADVERBS,
    DETERMINERS,
    FILLER,
    MAX_COUNT,
    NUMBER_WORDS,
    PREPOSITIONS,
    STYLE_PRESET_WORDS,
    THEME_WORDS,
)
from .morph import morphy, split_compound
from .qualities import quality_of
from .reading import Correction
from .spelling import STOP_WORDS, closed_collocation, correct_typo, is_known, variant

MAX_COLLOCATION_WORDS = 4
_TOKEN = re.compile(
    r"[a-z]+(?:(?:'-|-'|['-])[a-z0-9]+)*(?:-)?|\d+(?:\.\d+)?(?:-[a-z]+)*|[,;:.!?()/&+]"
)
# Number words that name a group noun as well ("a pair of", "a couple of"): read as nouns.
_GROUP_NUMBERS = frozenset(["pair", "couple", "trio", "dozen"])


@dataclass
class Tok:
    """One token: kind is word, num, det, prep, conj, adv, punct or skip."""

    text: str  # the word as read (after any correction; collocations joined with "_")
    typed: str  # as typed
    kind: str
    value: object = None  # a count (num), a relation (prep), a degree (adv)
    words: tuple[str, ...] = ()  # the words a joined collocation was made of


def normalise(prompt: str) -> str:
    """Lower case, compatibility forms folded, accents dropped, underscores as spaces."""
    text = unicodedata.normalize("NFKD", prompt)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("_", " ")
    return re.sub(r"'s\b", "", text)  # possessive: "wizard's staff" reads as "wizard staff"


def _classify(word: str) -> tuple[str, object]:
    if word in DETERMINERS or word in FILLER or word in STOP_WORDS:
        return "skip", None
    if word in NUMBER_WORDS and word not in _GROUP_NUMBERS:
        return "num", NUMBER_WORDS[word]
    if word in CONJUNCTIONS:
        return "conj", word
    if word in PREPOSITIONS:
        return "prep", PREPOSITIONS[word]
    if word in DEGREE_ADVERBS:
        return "adv", DEGREE_ADVERBS[word]
    return "word", None


def _known_word(word: str, lex: Lexicon, preferred: Collection[str]) -> bool:
    return (
        word in STYLE_PRESET_WORDS
        or word in THEME_WORDS
        or word in preferred
        or (word.endswith("s") and word[:-1] in preferred)
        or is_known(word, lex)
    )


def _repair(
    word: str, lex: Lexicon, preferred: Collection[str], corrections: list[Correction]
) -> list[str] | None:
    """Known words for an unknown one, recording how; None when nothing fits."""
    if "-" in word:
        return [word]  # hyphen forms are read by the grammar ("two-wheeled", "sci-fi")
    found = variant(word, lex)
    if found:
        corrections.append(Correction(word, found, "variant"))
        return [found]
    joined = closed_collocation(word, lex)
    if joined:
        corrections.append(Correction(word, joined.replace("_", " "), "collocation"))
        return [joined]
    if preferred:  # a slip in a word the recipe index knows beats a compound ("barell")
        fixed = correct_typo(word, preferred, lex)
        if fixed and fixed in preferred:
            corrections.append(Correction(word, fixed, "spelling"))
            return [fixed]
    parts = split_compound(word, lex)
    if parts:
        corrections.append(Correction(word, " ".join(parts), "compound"))
        return list(parts)
    fixed = correct_typo(word, preferred, lex)
    if fixed:
        corrections.append(Correction(word, fixed, "spelling"))
        return [fixed]
    return None


def tokenize(
    prompt: str, lex: Lexicon, preferred: Collection[str] = (), extra_nouns: Collection[str] = ()
) -> tuple[list[Tok], list[Correction], list[str]]:
    """Tokens, the corrections made, and the words nothing could read. `preferred` words win
    spelling corrections; `extra_nouns` are multiword nouns to join besides WordNet's (a recipe
    index's own names: "war_hammer", "traffic_cone")."""
    corrections: list[Correction] = []
    unknown: list[str] = []
    toks: list[Tok] = []
    # The words of the index's multiword nouns are known as they are: "longcase" stays itself (and
    # joins "longcase clock") instead of being split into "long case".
    pieces = {w for n in extra_nouns for w in n.split("_")} if extra_nouns else set()
    for raw in _TOKEN.findall(normalise(prompt)):
        raw = raw.strip("-'")
        if not raw:
            continue
        if raw[0].isdigit() and "-" not in raw:
            toks.append(Tok(raw, raw, "num", min(int(float(raw)), MAX_COUNT)))
            continue
        if not raw[0].isalnum():
            toks.append(Tok(raw, raw, "conj" if raw in "&+" else "punct", raw))
            continue
        words = [raw]
        if raw not in pieces and not _known_word(raw, lex, preferred) and not raw[0].isdigit():
            repaired = _repair(raw, lex, preferred, corrections)
            if repaired is None:
                unknown.append(raw)
            else:
                words = repaired
        for w in words:
            kind, value = _classify(w)
            toks.append(Tok(w, raw, kind, value))
    return _join_collocations(toks, lex, extra_nouns), corrections, unknown


def _join_collocations(
    toks: list[Tok], lex: Lexicon, extra_nouns: Collection[str] = ()
) -> list[Tok]:
    """Longest WordNet noun collocation first; "of" may sit inside ("suit of armor")."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        joined = None
        if toks[i].kind in ("word", "num"):
            for n in range(min(MAX_COLLOCATION_WORDS, len(toks) - i), 1, -1):
                span = toks[i : i + n]
                if not all(t.kind in ("word", "num") or t.text == "of" for t in span):
                    continue
                if span[-1].kind != "word" or span[0].text == "of":
                    continue
                candidate = "_".join(t.text for t in span)
                bases = [b for b in morphy(candidate, "n", lex) if lex.is_concrete_noun(b)]
                if not bases and extra_nouns:
                    plain = candidate[:-1] if candidate.endswith("s") else candidate
                    bases = [c for c in (candidate, plain) if c in extra_nouns]
                if (
                    not bases
                    and n == 2
                    and read_colour([span[0].text], lex) is None
                    and quality_of(span[0].text, 1.0, lex) is None
                ):
                    # "lamp post" -> lamppost, "camp fire" -> campfire; never after a colour or
                    # a size word ("black legs" is not a blackleg)
                    bases = [
                        b
                        for b in morphy(candidate.replace("_", ""), "n", lex)
                        if lex.is_concrete_noun(b)
                        and lex.noun_senses(b)[0].synset.lexname != "noun.person"
                    ]
                if bases:
                    joined = Tok(
                        bases[0],
                        " ".join(t.typed for t in span),
                        "word",
                        words=tuple(t.text for t in span),
                    )
                    i += n
                    break
        if joined is None:
            out.append(toks[i])
            i += 1
        else:
            out.append(joined)
    return out
