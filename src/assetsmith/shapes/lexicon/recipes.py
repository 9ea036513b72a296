"""Mapping a noun to a recipe, with a confidence and the WordNet path that justifies it.

The recipe library describes each recipe with a `RecipeEntry` (the nouns that name it and its
WordNet anchor synsets); `RecipeIndex` holds them. `match_noun` tries, in order of confidence:
the noun itself, a synonym (same synset), a hypernym walk up to an anchor ("hogshead" is a kind
of cask), a hyponym of the noun ("lamp": a lantern is a kind of lamp) and a sibling under a close
hypernym. Walks never pass through synsets too general to mean a shape (artifact, object,
instrumentality...): such a noun gets "no fit" and suggestions, never a wrong fit.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .database import Lexicon, Synset, get_lexicon
from .morph import noun_lemma

# Synsets too general to stand for a shape: walks stop before them.
STOP_SYNSETS = frozenset(
    [
        "entity.n.01",
        "physical_entity.n.01",
        "abstraction.n.06",
        "object.n.01",
        "whole.n.02",
        "artifact.n.01",
        "instrumentality.n.03",
        "matter.n.03",
        "substance.n.01",
        "substance.n.07",
        "thing.n.12",
        "living_thing.n.01",
        "organism.n.01",
        "causal_agent.n.01",
        "device.n.01",
        "container.n.01",
        "covering.n.02",
        "structure.n.01",
        "commodity.n.01",
        "equipment.n.01",
        "implement.n.01",
        "furnishing.n.02",
        "natural_object.n.01",
        "material.n.01",
        "solid.n.01",
        "part.n.02",
        "conveyance.n.03",
        "system.n.01",
        "creation.n.02",
        "decoration.n.01",
        "facility.n.01",
        "location.n.01",
        "group.n.01",
        "collection.n.01",
        "plant.n.02",
        "animal.n.01",
        "person.n.01",
        "food.n.01",
        "food.n.02",
        "vascular_plant.n.01",
        "article.n.02",
        "unit.n.05",
        "component.n.03",
        "way.n.06",
        "area.n.05",
        "region.n.03",
        "geological_formation.n.01",
        "vehicle.n.01",
        "craft.n.02",
        "consumer_goods.n.01",
    ]
)
PHYSICAL_FILES = frozenset(
    [
        "noun.artifact",
        "noun.object",
        "noun.food",
        "noun.plant",
        "noun.animal",
        "noun.body",
        "noun.substance",
    ]
)
MAX_UP = 5  # hypernym steps from the noun to a recipe anchor
MAX_DOWN = 2  # hyponym steps from the noun down to an anchor ("lamp" -> lantern)
MAX_SENSES = 8
SENSE_PENALTY = 0.04  # later WordNet senses are rarer readings of the word
MIN_CONFIDENCE = 0.35
CONFIDENCE = {"noun": 1.0, "synonym": 0.95, "hypernym": 0.9, "hyponym": 0.75, "sibling": 0.55}
STEP_DECAY = 0.85


@dataclass(frozen=True)
class RecipeEntry:
    """What the reader needs to know about one recipe of the library.

    nouns: lemmas that name the object ("barrel", "cask", "keg"; multiword joined with "_",
    "street_lamp"). synsets: WordNet 3.0 anchors, NLTK-style names ("barrel.n.02"); when empty,
    the first sense of each noun is used. part_words: part id -> words naming that part
    ({"hoops": ("hoop", "band", "ring")}). primary_parts: the parts an unattached material or colour
    describes ("oak table": the top); empty means the first part in part_words.
    """

    name: str
    category: str
    nouns: tuple[str, ...]
    synsets: tuple[str, ...] = ()
    part_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    primary_parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class NounMatch:
    """One way a noun reaches a recipe."""

    recipe: str
    confidence: float
    how: str  # "noun", "synonym", "hypernym", "hyponym", "sibling"
    path: tuple[str, ...]


class RecipeIndex:
    """The recipe entries, indexed by noun and by anchor synset. Raises ValueError for entries
    that name a synset the lexicon does not have, or two recipes with one name."""

    def __init__(self, entries: Iterable[RecipeEntry], lex: Lexicon | None = None) -> None:
        self.lex = lex or get_lexicon()
        self.entries: dict[str, RecipeEntry] = {}
        self.by_noun: dict[str, list[str]] = {}
        self.by_synset: dict[int, list[str]] = {}
        problems: list[str] = []
        for entry in entries:
            if entry.name in self.entries:
                problems.append(f"recipe {entry.name!r} is listed twice")
                continue
            self.entries[entry.name] = entry
            for noun in entry.nouns:
                self.by_noun.setdefault(noun.lower().replace(" ", "_"), []).append(entry.name)
            anchors = list(entry.synsets)
            if not anchors:
                anchors = [s.synset.name for n in entry.nouns for s in self.lex.noun_senses(n)[:1]]
            for name in anchors:
                s = self.lex.synset(name)
                if s is None:
                    problems.append(f"recipe {entry.name!r}: no WordNet synset {name!r}")
                    continue
                self.by_synset.setdefault(s.index, []).append(entry.name)
        if problems:
            raise ValueError("bad recipe index: " + "; ".join(problems))
        # Anchors by their hypernyms up to MAX_DOWN steps: the hyponym and sibling look-ups read
        # these instead of walking every anchor per query.
        self._below: dict[int, list[tuple[int, int, tuple[str, ...]]]] = {}
        for index in self.by_synset:
            anchor = self.lex.synset_at(index)
            frontier: list[tuple[Synset, tuple[str, ...]]] = [(anchor, (anchor.name,))]
            for dist in range(1, MAX_DOWN + 1):
                frontier = [
                    (self.lex.synset_at(h), path) for x, path in frontier for h in x.hypernyms
                ]
                frontier = [(x, (x.name, *path)) for x, path in frontier]
                for x, path in frontier:
                    self._below.setdefault(x.index, []).append((index, dist, path))
        words = set(self.by_noun)
        for entry in self.entries.values():
            words.update(w for ws in entry.part_words.values() for w in ws)
        self.vocabulary = frozenset(w for w in words if "_" not in w)
        # The index's nouns that WordNet lacks ("katana", "war_hammer"): the reader joins and
        # heads them like WordNet's own.
        self.extra_nouns = frozenset(
            n for n in self.by_noun if "_" in n or not self.lex.is_concrete_noun(n)
        )

    def __len__(self) -> int:
        return len(self.entries)

    # -- matching
    def match_noun(self, lemma: str) -> list[NounMatch]:
        """Every recipe the noun reaches, best first (ties: recipe order in the index)."""
        lex = self.lex
        found: dict[str, NounMatch] = {}

        def offer(recipe: str, conf: float, how: str, path: tuple[str, ...]) -> None:
            conf = round(max(conf, 0.0), 3)
            if recipe not in found or conf > found[recipe].confidence:
                found[recipe] = NounMatch(recipe, conf, how, path)

        for recipe in self.by_noun.get(lemma, ()):
            offer(recipe, CONFIDENCE["noun"], "noun", ())
        senses = lex.noun_senses(lemma)[:MAX_SENSES]
        # A rarer sense that is another kind of physical thing than the word's first sense is
        # another word for the shape: "saddle" (a seat) is not the cut of meat, "eagle" (the
        # bird) not the coin. When the first sense is no physical thing at all ("club": a
        # society), every sense may speak.
        first = next((x.synset.lexname for x in senses if not x.kind_of), None)
        for rank, sense in enumerate(senses):
            if rank and first in PHYSICAL_FILES and sense.synset.lexname != first:
                continue
            penalty = SENSE_PENALTY * rank
            start = sense.synset
            first_step = 1 if sense.kind_of else 0
            for synset, dist, path in self._up(start, first_step):
                for recipe in self.by_synset.get(synset.index, ()):
                    how = "synonym" if dist == 0 else "hypernym"
                    conf = CONFIDENCE[how] * STEP_DECAY ** max(dist - 1, 0) - penalty
                    offer(recipe, conf, how, path)
                if 1 <= dist <= 2:
                    self._siblings(synset, dist, path, penalty, offer)
            if not sense.kind_of:
                for recipe, dist, path in self._down(start):
                    offer(
                        recipe,
                        CONFIDENCE["hyponym"] * STEP_DECAY ** (dist - 1) - penalty,
                        "hyponym",
                        path,
                    )
        order = {name: i for i, name in enumerate(self.entries)}
        return sorted(found.values(), key=lambda m: (-m.confidence, order[m.recipe]))

    def _up(self, start: Synset, first_step: int) -> Iterable[tuple[Synset, int, tuple[str, ...]]]:
        queue: deque[tuple[Synset, int, tuple[str, ...]]] = deque(
            [(start, first_step, (start.name,))]
        )
        seen = {start.index}
        while queue:
            s, dist, path = queue.popleft()
            if s.name in STOP_SYNSETS:
                continue
            yield s, dist, path
            if dist >= MAX_UP:
                continue
            for h in s.hypernyms:
                if h not in seen:
                    seen.add(h)
                    hs = self.lex.synset_at(h)
                    queue.append((hs, dist + 1, path + (hs.name,)))

    def _down(self, start: Synset) -> Iterable[tuple[str, int, tuple[str, ...]]]:
        """Recipes anchored at a hyponym of `start` ("lamp": a lantern is a kind of lamp)."""
        if start.name in STOP_SYNSETS:
            return
        for index, dist, path in self._below.get(start.index, ()):
            for recipe in self.by_synset[index]:
                yield recipe, dist, path

    def _siblings(
        self, parent: Synset, dist: int, path: tuple[str, ...], penalty: float, offer
    ) -> None:
        """Recipes anchored one step below a close hypernym of the noun ("a cousin")."""
        if parent.name in STOP_SYNSETS:
            return
        for index, down, down_path in self._below.get(parent.index, ()):
            here = self.lex.synset(path[0])
            if down != 1 or (here is not None and index == here.index):
                continue
            for recipe in self.by_synset[index]:
                offer(
                    recipe,
                    CONFIDENCE["sibling"] * STEP_DECAY ** (dist - 1) - penalty,
                    "sibling",
                    path + down_path[1:],
                )

    def suggestions(self, lemma: str | None, typed: str = "", limit: int = 3) -> tuple[str, ...]:
        """Recipes to offer when nothing fits: the closest in WordNet, else the closest spelling."""
        if lemma:
            near = self._nearest_by_taxonomy(lemma)
            if near:
                return tuple(near[:limit])
        names = {n: n for n in self.entries}
        names.update({noun: recipes[0] for noun, recipes in self.by_noun.items()})
        close = difflib.get_close_matches(
            (typed or lemma or "").replace(" ", "_"), list(names), n=8, cutoff=0.6
        )
        return tuple(dict.fromkeys(names[c] for c in close))[:limit]

    def _nearest_by_taxonomy(self, lemma: str) -> list[str]:
        senses = self.lex.noun_senses(lemma)[:3]
        if not senses:
            return []
        mine: dict[int, int] = {}
        for sense in senses:
            for s, d in _ancestors_with_depth(sense.synset, self.lex, 16).items():
                mine[s] = min(d, mine.get(s, 99))
        scored: list[tuple[int, int, str]] = []
        order = {name: i for i, name in enumerate(self.entries)}
        general = {
            syn.index
            for n in (
                "entity.n.01",
                "physical_entity.n.01",
                "abstraction.n.06",
                "object.n.01",
                "whole.n.02",
            )
            if (syn := self.lex.synset(n)) is not None
        }
        for index, recipes in self.by_synset.items():
            theirs = _ancestors_with_depth(self.lex.synset_at(index), self.lex, 16)
            common = [mine[s] + d for s, d in theirs.items() if s in mine and s not in general]
            if common:
                for r in recipes:
                    scored.append((min(common), order[r], r))
        scored.sort()
        return list(dict.fromkeys(r for _, _, r in scored))


def _ancestors_with_depth(s: Synset, lex: Lexicon, depth: int) -> dict[int, int]:
    out = {s.index: 0}
    frontier = [s]
    for d in range(1, depth + 1):
        frontier = [lex.synset_at(h) for x in frontier for h in x.hypernyms]
        for x in frontier:
            out.setdefault(x.index, d)
        if not frontier:
            break
    return out


def lemma_of(word: str, lex: Lexicon | None = None) -> str:
    """A part word or noun as a lemma ("legs" -> "leg"), or the word itself."""
    return noun_lemma(word.replace(" ", "_"), lex) or word


def entries_to_dicts(entries: Iterable[RecipeEntry]) -> list[dict[str, Any]]:
    """Entries as plain data (for fixtures and the coverage benchmark's planned index)."""
    return [
        {
            "name": e.name,
            "category": e.category,
            "nouns": list(e.nouns),
            "synsets": list(e.synsets),
            "part_words": {k: list(v) for k, v in e.part_words.items()},
            "primary_parts": list(e.primary_parts),
        }
        for e in entries
    ]
