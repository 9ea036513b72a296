"""Lemmas: WordNet's morphy for nouns, verbs and adjectives, and the splitting of closed compounds.

WordNet's morphy (wn/morph.c) is small and exact; it is written out here because it runs over our
own compact table (see database.py), not over a WordNet installation.
"""

from __future__ import annotations

from functools import lru_cache

from .database import Lexicon, get_lexicon

# WordNet's detachment rules, in its own order (morph.c: sufx/addr).
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("ves", "f"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}
# "knives", "wolves", "lives": WordNet lists most -ves plurals as exceptions; this rule covers the
# rest ("shelves" -> shelf is in noun.exc, "scarves" is not). It is tried after WordNet's own.
_EXTRA_NOUN_RULES = (("ves", "fe"),)
MAX_COMPOUND_CHARS = 40  # a closed compound longer than this is not split (bounds the DP)
MIN_COMPONENT = 3


def _is_lemma(lex: Lexicon, word: str, pos: str) -> bool:
    if pos == "n":
        return lex.is_noun(word)
    if pos == "a":
        return lex.adjective(word) is not None
    return lex.is_other_word(word)


def morphy(word: str, pos: str = "n", lex: Lexicon | None = None) -> tuple[str, ...]:
    """Base forms of `word` as part of speech `pos` ('n', 'v', 'a'), most likely first.

    "logs" -> ("log",), "shelves" -> ("shelf",), "geese" -> ("goose",), "boxes" -> ("box",).
    Multiword forms ("street_lamps") lemmatise their last word. Empty when no base form is known.
    """
    return _morphy(word.lower(), pos, lex or get_lexicon())


@lru_cache(maxsize=8192)
def _morphy(word: str, pos: str, lex: Lexicon) -> tuple[str, ...]:
    if "_" in word:
        head, _, last = word.rpartition("_")
        out = [word] if _is_lemma(lex, word, pos) else []
        out += [
            f"{head}_{b}" for b in _morphy(last, pos, lex) if _is_lemma(lex, f"{head}_{b}", pos)
        ]
        return tuple(dict.fromkeys(out))
    # NLTK's order: the word itself when it is a lemma ("glasses"), then its listed exceptions
    # ("geese" -> goose), then the detachment rules.
    found: list[str] = [word] if _is_lemma(lex, word, pos) else []
    exc = lex.exceptions(pos).get(word)
    if exc:
        found.extend(b for b in exc if _is_lemma(lex, b, pos))
        return tuple(dict.fromkeys(found))
    rules = _RULES[pos] + (_EXTRA_NOUN_RULES if pos == "n" else ())
    for suffix, ending in rules:
        if word.endswith(suffix) and len(word) > len(suffix):
            base = word[: -len(suffix)] + ending
            if _is_lemma(lex, base, pos):
                found.append(base)
    return tuple(dict.fromkeys(found))


def noun_lemma(word: str, lex: Lexicon | None = None) -> str | None:
    """The noun lemma of a word ("knives" -> "knife"), preferring a concrete noun, or None."""
    lex = lex or get_lexicon()
    bases = morphy(word, "n", lex)
    for b in bases:
        if lex.is_concrete_noun(b):
            return b
    return bases[0] if bases else None


def split_compound(word: str, lex: Lexicon | None = None) -> tuple[str, ...] | None:
    """Split an unknown closed compound into known words; the last one is the head.

    "crystalshield" -> ("crystal", "shield"), "woodenbarrels" -> ("wooden", "barrel"). The split
    uses the fewest components of at least three letters, each a noun or adjective lemma (the last
    one a noun, any plural lemmatised); ties go to the split with the longer head. None when no split
    exists or the word is too long to try.
    """
    lex = lex or get_lexicon()
    word = word.lower()
    if len(word) > MAX_COMPOUND_CHARS or len(word) < 2 * MIN_COMPONENT or not word.isalpha():
        return None
    return _split(word, lex)


@lru_cache(maxsize=4096)
def _split(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    n = len(word)

    def modifier_ok(piece: str) -> bool:
        return lex.is_concrete_noun(piece) or lex.adjective(piece) is not None

    # best[i]: the fewest-part split of word[:i] into modifiers (a prefix DP; O(n^2) look-ups).
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(MIN_COMPONENT, n + 1):
        for j in range(0, i - MIN_COMPONENT + 1):
            prev = best[j]
            if prev is not None and modifier_ok(word[j:i]):
                cand = prev + (word[j:i],)
                if best[i] is None or len(cand) < len(best[i]):  # type: ignore[arg-type]
                    best[i] = cand
    choice: tuple[str, ...] | None = None
    for j in range(MIN_COMPONENT, n - MIN_COMPONENT + 1):
        prev = best[j]
        head = noun_lemma(word[j:], lex)
        if prev is None or head is None or not lex.is_concrete_noun(head):
            continue
        cand = prev + (head,)
        if (
            choice is None
            or len(cand) < len(choice)
            or (len(cand) == len(choice) and len(cand[-1]) > len(choice[-1]))
        ):
            choice = cand
    return choice
