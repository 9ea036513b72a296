"""The noun-phrase grammar: which word is the object and what every other word says about it.

    prompt   := phrase ((relation | "," | "and") phrase)*
    phrase   := (determiner | number | adverb* modifier)* head?
    relation := "with" | "of" | "made of" | "covered in" | "filled with" | "on" | "without" | ...

The head of the first phrase is the object ("stone well": the noun "well", the modifier "stone").
Phrases after a relation attach to it: "with iron bands" names a part, "made of oak" a material,
"covered in moss" a covering, "of apples" the contents of a container or the members of a
collective head ("pile of logs": logs, arranged in a pile). A modifier is, in this order, a colour
phrase, a theme or render style, a material (materials.py), a colour word, an adjective that sets
a parameter (qualities.py), or else a descriptor kept as written. Hyphen forms carry parts and
counts: "two-wheeled" is a part "wheel" with count 2, "iron-banded" a part "band" of iron.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ...errors import InvalidInput
from .colours import colour_table, is_colour_noun, read_colour
from .database import Lexicon, Synset, get_lexicon
from .function_words import MULTIPLICATIVE, NUMBER_WORDS, PARTICLES, STYLE_PRESET_WORDS, THEME_WORDS
from .materials import material_from_word
from .morph import morphy, noun_lemma
from .qualities import quality_of
from .reading import HeadNoun, Modifiers, PartMention, PromptReading, Style
from .tokens import Tok, tokenize

MAX_PROMPT_CHARS = 2000
COLLECTIVE_ROOTS = frozenset(["group.n.01"])
CONTAINER_ROOTS = frozenset(["container.n.01", "vessel.n.03"])
_ANCESTOR_DEPTH = 10
# Relations whose participle needs a particle after it to be a relation ("made of", "covered in");
# without one the participle is an ordinary adjective ("carved wooden chest").
_PARTICIPLE_RELATIONS = frozenset(["material", "covering", "contains"])


def _ancestors(s: Synset, lex: Lexicon) -> set[str]:
    out: set[str] = set()
    frontier = [s]
    for _ in range(_ANCESTOR_DEPTH):
        frontier = [lex.synset_at(h) for x in frontier for h in x.hypernyms]
        if not frontier:
            break
        out.update(x.name for x in frontier)
    return out


def _first_sense_under(lemma: str, roots: frozenset[str], lex: Lexicon, senses: int = 1) -> bool:
    for sense in lex.noun_senses(lemma)[:senses]:
        if sense.synset.name in roots or roots & _ancestors(sense.synset, lex):
            return True
    return False


def is_collective(lemma: str, lex: Lexicon | None = None) -> bool:
    """A noun whose commonest sense is a group ("pile", "cluster", "stack", "pair", "row")."""
    return _first_sense_under(lemma, COLLECTIVE_ROOTS, lex or get_lexicon())


def is_container(lemma: str, lex: Lexicon | None = None) -> bool:
    """A noun with a container sense among its first two ("barrel", "sack", "bottle", "chest")."""
    return _first_sense_under(lemma, CONTAINER_ROOTS, lex or get_lexicon(), senses=2)


@dataclass
class _Phrase:
    relation: str | None
    toks: list[Tok] = field(default_factory=list)


@dataclass
class _NP:
    head: Tok | None
    head_lemma: str | None
    pre: list[Tok]
    count: int | None
    modifiers: Modifiers
    styles: list[Style]
    parts: list[PartMention]
    # nouns before the head: (token, lemma, read as a mere descriptor rather than material/colour)
    nouns_before: list[tuple[Tok, str, bool]]


class PromptReader:
    """Reads prompts with one lexicon; `preferred` words win spelling corrections (recipe nouns)."""

    def __init__(
        self,
        lex: Lexicon | None = None,
        preferred: Collection[str] = (),
        families: Collection[str] | None = None,
        extra_nouns: Collection[str] = (),
    ) -> None:
        self.lex = lex or get_lexicon()
        self.preferred = frozenset(preferred)
        self.extra_nouns = frozenset(extra_nouns)  # nouns WordNet lacks ("katana", "war_hammer")
        self.families = families

    # -- words
    def _noun_lemma(self, tok: Tok) -> str | None:
        if tok.kind != "word" or (
            "-" in tok.text and not self.lex.is_noun(tok.text) and tok.text not in self.extra_nouns
        ):  # "four-poster_bed": a recipe's noun
            return None
        if tok.text in THEME_WORDS or tok.text in STYLE_PRESET_WORDS:
            return None
        found = noun_lemma(tok.text, self.lex)
        if found is None and self.extra_nouns:
            plain = tok.text[:-1] if tok.text.endswith("s") else tok.text
            found = next((w for w in (tok.text, plain) if w in self.extra_nouns), None)
        return found

    def _names_a_colour(self, word: str) -> bool:
        """ "grey": a colour noun among its first senses (collapsed people named Grey aside)."""
        senses = [x for x in self.lex.noun_senses(word) if not x.kind_of][:2]
        return not self.lex.is_noun(word) or any(
            is_colour_noun(x.synset.name, self.lex, synset=True) for x in senses
        )

    def _can_head(self, tok: Tok) -> bool:
        """A noun that can head a phrase. A word that is also an adjective heads only as a
        concrete noun that is not a colour ("old" and "red" are adjectives before a noun)."""
        lemma = self._noun_lemma(tok)
        if lemma is None:
            return (
                tok.kind == "word"
                and not morphy(tok.text, "a", self.lex)
                and "-" not in tok.text
                and not self.lex.is_other_word(tok.text)
            )
        if not morphy(tok.text, "a", self.lex):
            return True
        senses = self.lex.noun_senses(lemma)
        return bool(senses) and not is_colour_noun(lemma, self.lex)

    def _modifier(self, words: list[str], degree: float) -> tuple[Modifiers, list[Style], int]:
        """Classify the modifier at the start of `words`; returns what it says and words used."""
        first = words[0]
        if len(words) > 1:
            got = read_colour(words, self.lex)
            if got and got[1] > 1:
                return Modifiers(colours=(got[0],)), [], got[1]
        if first in STYLE_PRESET_WORDS:
            return Modifiers(), [Style(first, "preset", STYLE_PRESET_WORDS[first])], 1
        if first in THEME_WORDS:
            return Modifiers(), [Style(first, "theme", THEME_WORDS[first])], 1
        material = material_from_word(first, self.families, self.lex)
        if material:
            return Modifiers(materials=(material,)), [], 1
        if first in colour_table() and self._names_a_colour(first):
            got = read_colour([first], self.lex)  # "grey" is a colour before it is "grey-haired"
            if got:
                return Modifiers(colours=(got[0],)), [], 1
        quality = quality_of(first, degree, self.lex)
        if quality is None and first.endswith(("er", "est")):
            for base in morphy(first, "a", self.lex):
                quality = quality_of(base, degree, self.lex)
                if quality:
                    break
        if quality:
            return Modifiers(qualities=(quality,)), [], 1
        got = read_colour(words[:1], self.lex)
        if got:
            return Modifiers(colours=(got[0],)), [], 1
        return Modifiers(descriptors=(first,)), [], 1

    def _hyphen_part(self, word: str) -> PartMention | None:
        """ "two-wheeled" -> wheel x2, "iron-banded" -> band of iron, "long-handled" -> long handle."""
        lead, _, tail = word.rpartition("-")
        if not lead or not tail.endswith("ed") or len(tail) < 4:
            return None
        stem = tail[:-2]
        cands = [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
        part = next((c for c in cands if c and self.lex.is_concrete_noun(c)), None)
        if part is None:
            return None
        if lead in NUMBER_WORDS or lead.isdigit():
            count = NUMBER_WORDS.get(lead) if not lead.isdigit() else int(lead)
            return PartMention(part, word, "named", count=count)
        mods, _styles, _used = self._modifier(lead.split("-"), 1.0)
        return PartMention(part, word, "named", modifiers=mods)

    # -- phrases
    def _phrases(self, toks: list[Tok]) -> list[_Phrase]:
        phrases = [_Phrase(None)]
        i = 0
        while i < len(toks):
            tok = toks[i]
            cur = phrases[-1]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if tok.kind == "prep":
                relation = str(tok.value)
                if (
                    tok.text.endswith(("ed", "en"))
                    and not any(self._can_head(t) for t in cur.toks)
                    and cur.relation is None
                ):
                    cur.toks.append(Tok(tok.text, tok.typed, "word"))  # "painted wooden chest"
                    i += 1
                    continue
                if relation in _PARTICIPLE_RELATIONS and tok.text != "containing":
                    if tok.text in ("holding",) or (nxt is not None and nxt.text in PARTICLES):
                        pass
                    else:  # "carved wooden chest": an adjective, not a relation
                        cur.toks.append(Tok(tok.text, tok.typed, "word"))
                        i += 1
                        continue
                if relation == "painted":
                    phrases.append(_Phrase("painted"))
                else:
                    phrases.append(_Phrase(relation))
                while (
                    i + 1 < len(toks)
                    and toks[i + 1].text in PARTICLES
                    and toks[i + 1].kind == "prep"
                    and relation != "of"
                ):
                    i += 1  # "made out of", "covered in": the particle belongs to the relation
                    if relation == "with" and toks[i].text == "of":
                        break
                i += 1
                continue
            if tok.kind in ("conj", "punct"):
                # A list of adjectives ("a small, round table", "black and white") stays in its
                # phrase; after a noun ("a barrel, old and broken") a new phrase starts.
                if self._ends_with_noun(cur.toks) or tok.text in (
                    "(",
                    ")",
                    ".",
                    ";",
                    ":",
                    "!",
                    "?",
                ):
                    phrases.append(
                        _Phrase("also" if cur.relation in (None, "also") else cur.relation)
                    )
                i += 1
                continue
            cur.toks.append(tok)
            i += 1
        return [p for p in phrases if p.toks]

    def _ends_with_noun(self, toks: list[Tok]) -> bool:
        words = [t for t in toks if t.kind == "word"]
        if not words:
            return False
        last = words[-1]
        return self._can_head(last) and not morphy(last.text, "a", self.lex)

    def _np(self, toks: list[Tok], modifiers_only: bool = False, lone_head: bool = False) -> _NP:
        """Head and modifiers of one phrase: the head is its last noun."""
        head_i, head_lemma = None, None
        last_word = max((j for j, t in enumerate(toks) if t.kind == "word"), default=None)
        for j in range(len(toks) - 1, -1, -1) if not modifiers_only else ():
            t = toks[j]
            if t.kind != "word" or "-" in t.text and self._hyphen_part(t.text):
                continue
            if self._can_head(t):
                head_i = j
                break
            if j == last_word and t.text in THEME_WORDS and t.text in self.preferred:
                # "a stone castle": a theme word that ends the phrase and is a recipe's noun heads it
                head_lemma = noun_lemma(t.text, self.lex)
                if head_lemma:
                    head_i = j
                    break
        if head_i is None and lone_head:  # "gold", "a red": a lone noun heads the prompt anyway
            head_i = next(
                (j for j in range(len(toks) - 1, -1, -1) if self._noun_lemma(toks[j])), None
            )
        head = toks[head_i] if head_i is not None else None
        pre = toks[:head_i] if head_i is not None else toks
        post = toks[head_i + 1 :] if head_i is not None else []
        mods, styles, parts, count, nouns_before = Modifiers(), [], [], None, []
        degree = 1.0
        words = pre + post
        k = 0
        while k < len(words):
            t = words[k]
            if t.kind == "num":
                if t.text in MULTIPLICATIVE and k + 1 < len(words) or t.text not in MULTIPLICATIVE:
                    assert isinstance(t.value, int)  # a num token's value is its count (tokens.py)
                    count = t.value
                k += 1
                continue
            if t.kind == "adv":
                degree *= float(t.value)  # type: ignore[arg-type]
                k += 1
                continue
            if t.kind != "word":
                k += 1
                continue
            if "-" in t.text:
                part = self._hyphen_part(t.text)
                if part:
                    parts.append(part)
                    k += 1
                    continue
            run = [w.text for w in words[k : k + 4] if w.kind == "word"]
            got, st, used = self._modifier(run if run and run[0] == t.text else [t.text], degree)
            if used == 1 and self._noun_lemma(t) and t in pre:
                nouns_before.append((t, self._noun_lemma(t) or t.text, bool(got.descriptors)))
            mods = mods.merged(got)
            styles.extend(st)
            degree = 1.0
            k += max(1, used)
        return _NP(
            head,
            (self._noun_lemma(head) or head_lemma) if head else None,
            pre,
            count,
            mods,
            styles,
            parts,
            nouns_before,
        )

    def _head_readings(self, np: _NP) -> tuple[HeadNoun | None, list[HeadNoun]]:
        if np.head is None:
            return None, []
        head = HeadNoun(np.head_lemma or np.head.text, np.head.typed)
        alternatives: list[HeadNoun] = []
        if len(np.head.words) > 1:  # "stone wall": also the noun "wall" with the modifier "stone"
            last = noun_lemma(np.head.words[-1], self.lex)
            if last and last != np.head_lemma:
                extra = Modifiers()
                for w in np.head.words[:-1]:
                    if w != "of":
                        got, _st, _u = self._modifier([w], 1.0)
                        extra = extra.merged(got)
                alternatives.append(HeadNoun(last, np.head.words[-1], extra, "collocation-head"))
        for tok, lemma, plain in reversed(np.nouns_before):  # "sword hilt": perhaps the sword
            if plain:  # never a material ("stone well" is not a stone)
                alternatives.append(HeadNoun(lemma, tok.typed, Modifiers(), "modifier-noun"))
        return head, alternatives

    # -- the prompt
    def read(self, prompt: str) -> PromptReading:
        """Read one prompt. Raises InvalidInput for a prompt that is too long or not text."""
        if not isinstance(prompt, str):
            raise InvalidInput("The prompt must be text.")
        if len(prompt) > MAX_PROMPT_CHARS:
            raise InvalidInput(
                f"The prompt is {len(prompt)} characters; at most {MAX_PROMPT_CHARS} "
                "are read. Shorten it to the object and its look."
            )
        toks, corrections, unknown = tokenize(
            prompt, self.lex, self.preferred | self.extra_nouns, self.extra_nouns
        )
        phrases = self._phrases(toks)
        if not phrases:
            return PromptReading(
                prompt, None, corrections=tuple(corrections), unknown=tuple(unknown)
            )
        main = self._np(phrases[0].toks, lone_head=True)
        state = _State(main)
        for ph in phrases[1:]:
            self._attach(state, ph)
        self._collective(state)
        head, alternatives = self._head_readings(state.main)
        if state.arrangement_alt is not None:
            alternatives.append(state.arrangement_alt)
        alternatives.extend(state.of_alternatives)
        return PromptReading(
            prompt=prompt,
            head=head,
            alternatives=tuple(alternatives),
            count=state.count if state.count is not None else state.main.count,
            arrangement=state.arrangement,
            modifiers=state.main.modifiers.merged(state.extra),
            parts=tuple(state.main.parts + state.parts),
            contents=tuple(state.contents),
            covering=state.covering,
            styles=tuple(state.main.styles + state.styles),
            other_objects=tuple(state.others),
            corrections=tuple(corrections),
            unknown=tuple(unknown),
        )

    def _attach(self, state: _State, ph: _Phrase) -> None:
        rel = ph.relation
        np = self._np(ph.toks, modifiers_only=rel in ("material", "painted"))
        state.styles.extend(np.styles)
        if np.head is None or rel in ("material", "painted"):
            # No noun ("a barrel, old and broken") or a material phrase ("made of oak and iron"):
            # the words describe the object itself.
            mods = np.modifiers
            if rel == "covering":
                state.covering = state.covering.merged(mods)
            elif rel == "without":
                pass
            else:
                state.extra = state.extra.merged(mods)
            if rel == "painted":
                state.extra = state.extra.merged(Modifiers(descriptors=("painted",)))
            return
        lemma = np.head_lemma or np.head.text
        if rel == "of":
            state.of_phrases.append(np)
        elif rel == "contains":
            state.contents.append(lemma)
        elif rel == "covering":
            got = material_from_word(lemma, self.families, self.lex)
            extra = Modifiers(materials=(got,)) if got else Modifiers(descriptors=(lemma,))
            state.covering = state.covering.merged(np.modifiers.merged(extra))
        elif rel == "also":
            state.others.append(lemma)
        elif rel == "for":
            state.extra = state.extra.merged(Modifiers(descriptors=(f"for {lemma}",)))
        else:
            count = 0 if rel == "without" else np.count
            state.parts.append(
                PartMention(lemma, np.head.typed, rel or "with", count, np.modifiers)
            )
            state.parts.extend(np.parts)

    def _collective(self, state: _State) -> None:
        """ "pile of logs", "crystal cluster", "barrel of apples", "statue of a knight"."""
        main = state.main
        lemma = main.head_lemma
        if lemma is None:
            return
        if is_collective(lemma, self.lex):
            member: _NP | None = state.of_phrases.pop(0) if state.of_phrases else None
            if member is not None and member.head is not None:
                state.arrangement = lemma
                state.arrangement_alt = HeadNoun(
                    lemma, main.head.typed if main.head else lemma, Modifiers(), "collective"
                )
                state.count = member.count or NUMBER_WORDS.get(lemma)
                state.main = _NP(
                    member.head,
                    member.head_lemma,
                    member.pre,
                    member.count,
                    main.modifiers.merged(member.modifiers),
                    main.styles + member.styles,
                    main.parts + member.parts,
                    member.nouns_before,
                )
            elif main.nouns_before and not any(
                x.synset.lexname == "noun.artifact" for x in self.lex.noun_senses(lemma)[:2]
            ):
                # "crystal cluster", "log pile": the noun before is the object. Not for heads
                # that are also things ("round table": table.n.01 is a data table, a group).
                tok = main.nouns_before[-1][0]
                state.arrangement = lemma
                state.arrangement_alt = HeadNoun(
                    lemma, main.head.typed if main.head else lemma, Modifiers(), "collective"
                )
                state.count = main.count or NUMBER_WORDS.get(lemma)
                state.main = self._np([t for t in main.pre if t is not tok] + [tok])
        for member in state.of_phrases:
            m_lemma = member.head_lemma or (member.head.text if member.head else "")
            material = material_from_word(m_lemma, self.families, self.lex)
            substance = any(
                s.synset.lexname == "noun.substance" for s in self.lex.noun_senses(m_lemma)[:1]
            )
            if is_container(lemma, self.lex):
                state.contents.append(m_lemma)
            elif material and substance:
                state.extra = state.extra.merged(
                    member.modifiers.merged(Modifiers(materials=(material,)))
                )
            else:  # "statue of a knight", "wheel of cheese": the complement may be the object
                state.extra = state.extra.merged(Modifiers(descriptors=(f"of {m_lemma}",)))
                if member.head is not None and m_lemma:
                    state.of_alternatives.append(
                        HeadNoun(m_lemma, member.head.typed, member.modifiers, "of-complement")
                    )


@dataclass
class _State:
    main: _NP
    extra: Modifiers = field(default_factory=Modifiers)
    parts: list[PartMention] = field(default_factory=list)
    contents: list[str] = field(default_factory=list)
    covering: Modifiers = field(default_factory=Modifiers)
    styles: list[Style] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    of_phrases: list[_NP] = field(default_factory=list)
    arrangement: str | None = None
    arrangement_alt: HeadNoun | None = None
    of_alternatives: list[HeadNoun] = field(default_factory=list)
    count: int | None = None


def read_prompt(
    prompt: str,
    preferred: Collection[str] = (),
    families: Collection[str] | None = None,
    extra_nouns: Collection[str] = (),
) -> PromptReading:
    """Read a prompt with the shared lexicon (see PromptReader)."""
    return PromptReader(get_lexicon(), preferred, families, extra_nouns).read(prompt)
