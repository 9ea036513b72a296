"""Unknown words: British/American variants, closed forms of collocations, and conservative typo
correction against the lexicon ("barel" -> "barrel"), each reported as a correction.

Typo correction is Norvig's edit-distance search over our own table: every word one edit away
(deletion, transposition, substitution, insertion) that the lexicon knows, ranked words the caller
prefers first (the recipe index's nouns), then concrete nouns, then adjectives. Two edits are tried
only against the preferred words, and only for words of six letters or more, so common English is
never rewritten into a rarer word.
"""

from __future__ import annotations

import string
from collections.abc import Collection

from .colours import colour_table
from .database import AdjectiveEntry, Lexicon, get_lexicon
from .function_words import (
    CONJUNCTIONS,
    DEGREE_ADVERBS,
    DETERMINERS,
    FILLER,
    NUMBER_WORDS,
    PARTICLES,
    PREPOSITIONS,
    STYLE_PRESET_WORDS,
    THEME_WORDS,
)
from .morph import morphy

_NO_ADJ = AdjectiveEntry((), ())

MIN_TYPO_CHARS = 4
MIN_TWO_EDIT_CHARS = 6
_LETTERS = string.ascii_lowercase
# British spelling -> American spelling (and back), applied to unknown words only.
_VARIANT_RULES = (
    ("our", "or"),
    ("or", "our"),
    ("re", "er"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("ogue", "og"),
    ("ae", "e"),
    ("oe", "e"),
    ("ll", "l"),
    ("ey", "ay"),
    ("ay", "ey"),
)
_CLOSED_CLASS = frozenset(DETERMINERS | FILLER | CONJUNCTIONS | PARTICLES) | frozenset(
    list(PREPOSITIONS)
    + list(DEGREE_ADVERBS)
    + list(NUMBER_WORDS)
    + list(STYLE_PRESET_WORDS)
    + list(THEME_WORDS)
)
STOP_WORDS = frozenset(
    [
        "is",
        "are",
        "be",
        "that",
        "which",
        "who",
        "as",
        "like",
        "it",
        "i",
        "me",
        "want",
        "need",
        "not",
        "no",
        "yes",
        "there",
        "here",
        "than",
        "some",
        "also",
        "just",
        "only",
        "about",
        "around",
        "between",
        "s",
    ]
)


def is_known(word: str, lex: Lexicon | None = None) -> bool:
    """True when the lexicon, the colour names or the grammar's closed classes know the word."""
    lex = lex or get_lexicon()
    if word in _CLOSED_CLASS or word in STOP_WORDS or word.replace("-", " ") in colour_table():
        return True
    return bool(
        morphy(word, "n", lex)
        or morphy(word, "a", lex)
        or morphy(word, "v", lex)
        or lex.is_other_word(word)
    )


def variant(word: str, lex: Lexicon | None = None) -> str | None:
    """A spelling variant of an unknown word that is known: "armoury" -> "armory"."""
    lex = lex or get_lexicon()
    for old, new in _VARIANT_RULES:
        start = word.find(old)
        while start != -1:
            cand = word[:start] + new + word[start + len(old) :]
            if cand != word and is_known(cand, lex):
                return cand
            start = word.find(old, start + 1)
    return None


def closed_collocation(word: str, lex: Lexicon | None = None) -> str | None:
    """A collocation written as one word: "terracotta" -> "terra_cotta", "firepit" -> "fire_pit"."""
    lex = lex or get_lexicon()
    for i in range(2, len(word) - 1):
        cand = f"{word[:i]}_{word[i:]}"
        bases = morphy(cand, "n", lex)
        if bases and lex.is_concrete_noun(bases[0]):
            return cand
    return None


def _edits1(word: str) -> list[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return deletes + transposes + replaces + inserts


def _distance_at_most_2(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 2 (banded; the words are short)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > 2:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= 2


def _typical_slip(typed: str, word: str) -> bool:
    """The slips that make most typos: two letters swapped, a double letter typed once or twice,
    a final silent e left off. Only these correct towards words the caller did not prefer."""
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=False)) if a != b]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    short, long_ = (typed, word) if len(typed) < len(word) else (word, typed)
    if len(long_) != len(short) + 1:
        return False
    if long_ == short + "e":
        return True
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1 :] == short:
            return (i > 0 and long_[i - 1] == long_[i]) or (
                i + 1 < len(long_) and long_[i + 1] == long_[i]
            )
    return False


def correct_typo(
    word: str, preferred: Collection[str] = (), lex: Lexicon | None = None
) -> str | None:
    """The word a typo most likely meant, or None when nothing close enough is known."""
    lex = lex or get_lexicon()
    if len(word) < MIN_TYPO_CHARS or not word.isalpha():
        return None

    def rank(w: str) -> tuple[int, int, int, str]:
        kind = 0 if w in preferred else 1 if lex.is_concrete_noun(w) else 2
        # More WordNet senses: a commoner word (WordNet's sense counts track frequency).
        senses = len(lex.noun_senses(w)) + len((lex.adjective(w) or _NO_ADJ).heads)
        return (kind, 0 if _typical_slip(word, w) else 1, -senses, w)

    near = {
        c
        for c in _edits1(word)
        if c in preferred
        or (_typical_slip(word, c) and (lex.is_concrete_noun(c) or lex.adjective(c) is not None))
    }
    if near:
        return min(near, key=rank)
    if len(word) >= MIN_TWO_EDIT_CHARS:
        far = [p for p in preferred if "_" not in p and _distance_at_most_2(word, p)]
        if far:
            return min(far, key=rank)
    return None
