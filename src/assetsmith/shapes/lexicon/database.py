"""The lexical table derived from WordNet 3.0 (scripts/build_lexicon.py), loaded on first use.

The table is one gzip'd text file of sorted sections. Loading only decompresses it and splits the
sections into line lists; a line is parsed when it is first asked for, and look-ups bisect the
sorted lines instead of building dictionaries, which keeps the first read of a prompt in the tens
of milliseconds. Nothing here downloads anything or needs WordNet installed.
"""

from __future__ import annotations

import gzip
import threading
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources

FORMAT = "#assetsmith-lexicon/1 wordnet-3.0"
LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]


class LexiconDataError(RuntimeError):
    """The packaged lexical table is missing or not in the expected format (a broken install)."""


@dataclass(frozen=True)
class Synset:
    """A WordNet noun synset as kept in the table; `name` is NLTK-style ("barrel.n.02")."""

    index: int
    name: str
    lexname: str
    lemmas: tuple[str, ...]
    hypernyms: tuple[int, ...]
    parts: tuple[int, ...]
    colour: str | None  # read off the gloss for materials ("walnut.n.02": dark brown)


@dataclass(frozen=True)
class NounSense:
    """One sense of a noun lemma: its synset, or (`kind_of`) a collapsed leaf kind of it.

    Named individuals and leaf kinds of person, animal and place are not kept whole: "blacksmith"
    is stored as a kind of its hypernym, so `kind_of` is True and the walk starts one step up.
    """

    synset: Synset
    kind_of: bool


@dataclass(frozen=True)
class AdjectiveEntry:
    """An adjective lemma: the cluster heads of its senses and the noun synsets it comes from."""

    heads: tuple[tuple[str, bool], ...]  # (head synset name, intense) in sense order
    nouns: tuple[int, ...]  # pertainyms and derivations ("metallic" -> metal.n.01)


class Lexicon:
    """Read-only access to the packaged table. Use `get_lexicon()` for the shared instance."""

    def __init__(self, text: str) -> None:
        if not text.startswith(FORMAT):
            raise LexiconDataError("the lexicon table has an unknown format; reinstall assetsmith")
        sections = {}
        for chunk in text.split("\n@")[1:]:
            name, _, body = chunk.partition("\n")
            sections[name] = body
        try:
            self._synsets = sections["synsets"].split("\n")
            self._nouns = sections["nouns"].split("\n")
            self._raw = {k: sections[k] for k in ("abstract", "adjectives", "words", "exceptions")}
        except KeyError as exc:
            raise LexiconDataError(
                f"the lexicon table lacks its {exc} section; reinstall assetsmith"
            ) from exc
        self._lazy: dict[str, list[str]] = {}
        self._parsed: dict[int, Synset] = {}
        self._exceptions: dict[str, dict[str, tuple[str, ...]]] | None = None
        self._lock = threading.Lock()

    # -- sections split on first use (most prompts never need the abstract nouns or verbs)
    def _section(self, name: str) -> list[str]:
        lines = self._lazy.get(name)
        if lines is None:
            lines = self._raw[name].rstrip("\n").split("\n")
            self._lazy[name] = lines
        return lines

    @staticmethod
    def _find(lines: list[str], key: str) -> str | None:
        probe = key + "\t"
        i = bisect_left(lines, probe)
        if i < len(lines) and lines[i].startswith(probe):
            return lines[i][len(probe) :]
        return None

    # -- synsets
    def synset_at(self, index: int) -> Synset:
        """The synset at a table index (indexes come from other look-ups)."""
        found = self._parsed.get(index)
        if found is None:
            name, lex, lemmas, hyper, parts, colour = self._synsets[index].split("\t")
            found = Synset(
                index=index,
                name=name,
                lexname=LEXNAMES[int(lex)],
                lemmas=tuple(lemmas.split()),
                hypernyms=tuple(int(h) for h in hyper.split()),
                parts=tuple(int(p) for p in parts.split()),
                colour=colour or None,
            )
            self._parsed[index] = found
        return found

    def synset(self, name: str) -> Synset | None:
        """A synset by its NLTK-style name, or None when the table does not keep it.

        Like NLTK's wn.synset, "lemma.n.NN" also finds the NN-th sense of any lemma of a synset:
        "metal.n.01" is the synset named "metallic_element.n.01"."""
        probe = name + "\t"
        i = bisect_left(self._synsets, probe)
        if i < len(self._synsets) and self._synsets[i].startswith(probe):
            return self.synset_at(i)
        lemma, _, rest = name.rpartition(".n.")
        if lemma and rest.isdigit():
            row = self._find(self._nouns, lemma)
            if row is not None:
                senses = row.split()
                n = int(rest) - 1
                if 0 <= n < len(senses) and not senses[n].startswith("^"):
                    return self.synset_at(int(senses[n]))
        return None

    # -- nouns
    def noun_senses(self, lemma: str) -> tuple[NounSense, ...]:
        """The kept senses of a noun lemma (underscores join multiword lemmas), commonest first."""
        row = self._find(self._nouns, lemma)
        if row is None:
            return ()
        out = []
        for tok in row.split():
            if tok.startswith("^"):
                out.append(NounSense(self.synset_at(int(tok[1:])), kind_of=True))
            else:
                out.append(NounSense(self.synset_at(int(tok)), kind_of=False))
        return tuple(out)

    def is_noun(self, lemma: str) -> bool:
        """True for any WordNet noun lemma, concrete or abstract."""
        return (
            self._find(self._nouns, lemma) is not None or self.abstract_lexname(lemma) is not None
        )

    def is_concrete_noun(self, lemma: str) -> bool:
        return self._find(self._nouns, lemma) is not None

    def abstract_lexname(self, lemma: str) -> str | None:
        """For a noun with no kept sense ("happiness"): its lexicographer file ("noun.feeling")."""
        row = self._find(self._section("abstract"), lemma)
        return LEXNAMES[int(row)] if row is not None else None

    def nouns_with_prefix(self, prefix: str) -> list[str]:
        """Concrete noun lemmas starting with `prefix` (used to find collocations)."""
        i = bisect_left(self._nouns, prefix)
        out = []
        while i < len(self._nouns) and self._nouns[i].startswith(prefix):
            out.append(self._nouns[i].split("\t", 1)[0])
            i += 1
        return out

    # -- adjectives and other words
    def adjective(self, lemma: str) -> AdjectiveEntry | None:
        row = self._find(self._section("adjectives"), lemma)
        if row is None:
            return None
        heads_txt, nouns_txt = row.split("\t")
        heads = tuple((h.rstrip("!"), h.endswith("!")) for h in heads_txt.split())
        return AdjectiveEntry(heads=heads, nouns=tuple(int(n) for n in nouns_txt.split()))

    def is_other_word(self, lemma: str) -> bool:
        """A verb or adverb lemma (never to be 'corrected' as a typo)."""
        lines = self._section("words")
        i = bisect_left(lines, lemma)
        return i < len(lines) and lines[i] == lemma

    def exceptions(self, pos: str) -> dict[str, tuple[str, ...]]:
        """WordNet's irregular forms for 'n', 'v' or 'a': "geese" -> ("goose",)."""
        if self._exceptions is None:
            with self._lock:
                table: dict[str, dict[str, tuple[str, ...]]] = {"n": {}, "v": {}, "a": {}}
                for line in self._section("exceptions"):
                    p, form, bases = line.split("\t")
                    table[p][form] = tuple(bases.split())
                self._exceptions = table
        return self._exceptions[pos]

    def all_single_nouns(self) -> list[str]:
        """Every concrete single-word noun lemma, sorted (the spelling corrector's dictionary)."""
        return [ln.split("\t", 1)[0] for ln in self._nouns if "_" not in ln.split("\t", 1)[0]]


_LOCK = threading.Lock()
_SHARED: Lexicon | None = None


def _gunzip(raw: bytes) -> bytes:
    """libdeflate (a core dependency, for the PNGs) inflates the 1.7 MB table ~3.5x faster than
    zlib: ~6 ms instead of ~21 ms, paid by every fresh process that reads a prompt."""
    try:
        import deflate
    except ImportError:  # pragma: no cover - deflate is a core dependency
        return gzip.decompress(raw)
    return bytes(deflate.gzip_decompress(raw))


def get_lexicon() -> Lexicon:
    """The shared table, loaded on the first call (tens of milliseconds), then cached."""
    global _SHARED
    if _SHARED is None:
        with _LOCK:
            if _SHARED is None:
                ref = resources.files(__package__) / "data" / "lexicon.txt.gz"
                try:
                    raw = ref.read_bytes()
                except FileNotFoundError as exc:
                    raise LexiconDataError(
                        "the packaged lexicon table is missing; reinstall assetsmith "
                        "(developers: python scripts/build_lexicon.py)"
                    ) from exc
                _SHARED = Lexicon(_gunzip(raw).decode("utf-8"))
    return _SHARED
