"""Material words as lexical knowledge: a word's WordNet senses are walked up their hypernyms to an
anchor synset, and the anchor names the project's material family ("teak" -> wood.n.01 ->
wood_planks; "pewter" -> alloy.n.01 -> iron; "jade" -> crystal.n.01 -> crystal).

The anchor table is the only list: adding a material family is one row here (and the family
itself in spec.catalog.MATERIAL_FAMILIES). A row names families in preference order, so a row can
ask for a family another engineer is adding ("bone") and fall back while it does not exist.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from .colours import colour_table
from .database import Lexicon, Synset, get_lexicon

# (anchor synset, families in preference order, colour the anchor implies or None)
MATERIAL_ANCHORS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wood.n.01", ("wood_planks",), None),
    ("lumber.n.01", ("wood_planks",), None),
    ("log.n.01", ("bark", "wood_planks"), None),
    ("bark.n.01", ("bark",), None),
    ("bamboo.n.01", ("wood_planks",), "#c8b560"),
    ("metal.n.01", ("iron",), None),
    ("metallic_element.n.01", ("iron",), None),
    ("alloy.n.01", ("iron",), None),
    ("steel.n.01", ("iron",), "#8c9196"),
    ("noble_metal.n.01", ("iron",), None),
    ("copper-base_alloy.n.01", ("brass",), None),
    ("copper.n.01", ("brass",), "#b06a3c"),
    ("gold.n.03", ("gold", "brass"), "#d4af37"),
    ("rust.n.01", ("rusted_metal",), None),
    ("rock.n.01", ("rough_stone",), None),
    ("rock.n.02", ("rough_stone",), None),
    ("stone.n.02", ("rough_stone",), None),
    ("gem.n.02", ("crystal",), None),
    ("transparent_gem.n.01", ("crystal",), None),
    ("mineral.n.01", ("rough_stone",), None),
    ("concrete.n.01", ("concrete", "rough_stone"), "#9a9a96"),
    ("marble.n.01", ("marble",), None),
    ("alabaster.n.01", ("marble",), "#f0ebe0"),
    ("brick.n.01", ("brick",), None),
    ("paving_stone.n.01", ("cobblestone",), None),
    ("crystal.n.01", ("crystal",), None),
    ("glass.n.01", ("glass", "crystal"), "#bfe3ee"),
    ("volcanic_glass.n.01", ("crystal",), "#1c1a22"),
    ("quartz.n.02", ("crystal",), "#e8e0f0"),
    ("animal_skin.n.01", ("leather",), None),
    ("leather.n.01", ("leather",), None),
    ("fur.n.01", ("fur", "fabric"), "#6b5040"),
    ("fabric.n.01", ("fabric",), None),
    ("fiber.n.01", ("fabric",), None),
    ("rope.n.01", ("rope", "fabric"), "#b09a6a"),
    ("cord.n.01", ("rope", "fabric"), "#b09a6a"),
    ("wicker.n.01", ("wicker", "wood_planks"), None),
    ("wickerwork.n.01", ("wicker", "wood_planks"), None),
    ("rattan.n.02", ("wicker", "wood_planks"), "#c8a86a"),
    ("straw.n.01", ("straw", "fabric"), None),
    ("thatch.n.01", ("straw", "fabric"), None),
    ("hay.n.01", ("straw", "fabric"), "#c9b458"),
    ("soil.n.02", ("soil", "ground_moss"), None),
    ("earth.n.02", ("soil", "ground_moss"), None),
    ("mud.n.01", ("soil", "ground_moss"), "#4a3a2a"),
    ("leaf.n.01", ("foliage", "ground_moss"), "#4a7a2a"),
    ("sheet_metal.n.01", ("metal_panels", "iron"), None),
    ("roofing_tile.n.01", ("roof_tiles", "ceramic"), None),
    ("shingle.n.01", ("roof_tiles", "wood_planks"), None),
    ("wax.n.01", ("ceramic",), "#efe6cf"),
    ("bone.n.02", ("bone", "ceramic"), "#e3d9c0"),
    ("dentine.n.01", ("bone", "ceramic"), "#efe6cf"),
    ("clay.n.01", ("ceramic",), "#b86a45"),
    ("ceramic.n.01", ("ceramic",), None),
    ("ceramic_ware.n.01", ("ceramic",), None),
    ("moss.n.01", ("ground_moss",), None),
    ("grass.n.01", ("ground_moss",), "#5c8a32"),
    ("foliage.n.01", ("foliage", "ground_moss"), "#4a7a2a"),
    ("plastic.n.01", ("plastic",), None),
    ("rubber.n.01", ("plastic",), "#303030"),
    ("paper.n.01", ("paper", "fabric"), "#e8e0cc"),
)
MAX_DEPTH = 8
# Adjective endings stripped to reach a material noun ("wooden" -> wood, "stony" -> stone,
# "woollen" -> wool); WordNet links adjectives to nouns only for some of them.
_ADJ_SUFFIXES = (
    ("en", ""),
    ("n", ""),
    ("y", ""),
    ("y", "e"),
    ("ey", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("line", ""),
    ("ine", ""),
    ("ic", ""),
    ("lic", ""),
    ("al", ""),
)


@dataclass(frozen=True)
class Material:
    """A material named in the prompt: the family, a colour the word implies, and the WordNet path."""

    word: str
    family: str
    colour: str | None
    synset: str  # the word's sense that reached the anchor
    path: tuple[str, ...]  # from that sense up to the anchor


def _families_available(families: Collection[str] | None) -> Collection[str]:
    if families is not None:
        return families
    from ...spec.catalog import MATERIAL_FAMILIES  # lazy: keeps the lexicon importable alone

    return MATERIAL_FAMILIES


@lru_cache(maxsize=1)
def _anchor_rows() -> dict[str, tuple[tuple[str, ...], str | None, int]]:
    return {name: (fams, colour, i) for i, (name, fams, colour) in enumerate(MATERIAL_ANCHORS)}


def _walk_to_anchor(start: Synset, lex: Lexicon) -> tuple[list[str], str] | None:
    """Breadth-first up the hypernyms: the nearest anchor (ties: earlier table row) and the path."""
    rows = _anchor_rows()
    queue: deque[tuple[Synset, tuple[str, ...]]] = deque([(start, (start.name,))])
    seen = {start.index}
    best: tuple[int, int, tuple[str, ...]] | None = None
    while queue:
        s, path = queue.popleft()
        if best is not None and len(path) > best[0]:
            break
        if s.name in rows:
            cand = (len(path), rows[s.name][2], path)
            best = cand if best is None or cand < best else best
            continue
        if len(path) > MAX_DEPTH:
            continue
        for h in s.hypernyms:
            if h not in seen:
                seen.add(h)
                queue.append((lex.synset_at(h), path + (lex.synset_at(h).name,)))
    return (list(best[2]), best[2][-1]) if best else None


def material_from_noun(
    word: str, families: Collection[str] | None = None, lex: Lexicon | None = None
) -> Material | None:
    """The material a noun names, from its first sense (commonest first) that reaches an anchor."""
    lex = lex or get_lexicon()
    available = _families_available(families)
    for sense in lex.noun_senses(word):
        if sense.kind_of:
            continue
        found = _walk_to_anchor(sense.synset, lex)
        if found is None:
            continue
        path, anchor = found
        fams, anchor_colour, _ = _anchor_rows()[anchor]
        family = next((f for f in fams if f in available), None)
        if family is None:
            continue
        return Material(
            word,
            family,
            _implied_colour(word, sense.synset, path, anchor_colour),
            sense.synset.name,
            tuple(path),
        )
    return None


def _implied_colour(
    word: str, synset: Synset, path: list[str], anchor_colour: str | None
) -> str | None:
    """A word more specific than its anchor implies its own colour ("mahogany", "jade", "walnut")."""
    if len(path) > 1:
        # The gloss first: it describes the material ("pine: white to yellowish timber"), where the
        # colour survey's "pine" is the tree's green.
        if synset.colour:
            return synset.colour
        table = colour_table()
        name = word.replace("_", " ")
        if name in table:
            return table[name][0]
    return anchor_colour


def material_from_word(
    word: str, families: Collection[str] | None = None, lex: Lexicon | None = None
) -> Material | None:
    """The material a noun or adjective names: "oak", "wooden", "golden", "stony", "metallic"."""
    lex = lex or get_lexicon()
    word = word.lower().replace(" ", "_")
    adj = lex.adjective(word)
    # An adjective whose WordNet links reach a material reads as that adjective ("metallic" is
    # made of metal, not the fabric metallic.n.01); otherwise the noun comes first ("plastic").
    if adj is not None:
        for idx in adj.nouns:
            s = lex.synset_at(idx)
            got = material_from_noun(s.lemmas[0], families, lex)
            if got and got.synset == s.name:
                return Material(word, got.family, got.colour, got.synset, got.path)
    found = material_from_noun(word, families, lex)
    if found:
        return found
    if lex.is_concrete_noun(word) and adj is None:
        return None  # a noun that names no material is not stripped ("bed" is not "be" + "d")
    for suffix, ending in _ADJ_SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            stems = [stem + ending]
            if not ending and len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # woollen -> wool, muddy -> mud
            for cand in stems:
                if len(cand) < 3:
                    continue
                got = material_from_noun(cand, families, lex)
                if got:
                    return Material(word, got.family, got.colour, got.synset, got.path)
    return None
