#!/usr/bin/env python3
"""Derive the prompt reader's compact lexical table from the WordNet 3.0 database files.

Input: the WordNet dict files (Debian's `wordnet-base` puts them in /usr/share/wordnet:
`apt-get install wordnet-base`). Output, committed with the package and read lazily at run time
(the run time never needs WordNet installed and never downloads anything):

    src/assetsmith/shapes/lexicon/data/lexicon.txt.gz
    src/assetsmith/shapes/lexicon/data/LICENSE-WordNet.txt   (the WordNet 3.0 licence, verbatim)

What is kept, and why (the table must stay small and load in tens of milliseconds):
- noun synsets under physical_entity.n.01, under color.n.01, under group.n.01 (collective heads
  such as pile, stack, cluster), a few props WordNet files as abstractions (coins, fires, signs,
  documents), and the artifact, object, food, plant, substance, body and shape files, plus every
  hypernym of those, with their
  lemmas, hypernyms (instance hypernyms included), part meronyms, lexicographer file and, for
  materials, a colour read off the gloss ("teak: hard strong durable yellowish-brown wood");
- every other noun lemma with only its lexicographer file ("happiness" -> noun.feeling), so the
  reader can say honestly that a word names an abstraction rather than not knowing it;
- adjective lemmas with their cluster heads (satellites such as "huge" point at large.a.01) and the
  nouns they pertain to or derive from ("metallic" -> metal), verb and adverb lemmas (known words
  are never "corrected" as typos), and WordNet's exception lists for lemmatising.

Synset names follow NLTK: the first lemma, lower-cased, with its sense number ("barrel.n.02").
The colour table (data/colours.tsv, scripts/build_colours.py) must exist first: gloss colours
are looked up in it.

    python scripts/build_lexicon.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import colorsys
import gzip
import re
import sys
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# The table's format and WordNet's lexicographer files: one definition, the reader's.
from assetsmith.shapes.lexicon.database import FORMAT, LEXNAMES  # noqa: E402

DATA = ROOT / "src/assetsmith/shapes/lexicon/data"
KEEP_ROOTS = (
    "physical_entity.n.01",
    "color.n.01",
    "group.n.01",
    # props WordNet files under abstractions: coins (money), campfires (fire is an
    # event), signs and scrolls (communication)
    "coin.n.01",
    "fire.n.01",
    "sign.n.02",
    "document.n.01",
)
# Lexicographer files whose synsets are things even where WordNet hangs them under an abstraction
# ("crystal_ball.n.01" is filed as an artifact under a shape).
KEEP_LEXFILES = (
    "noun.shape",
    "noun.artifact",
    "noun.object",
    "noun.food",
    "noun.plant",
    "noun.substance",
    "noun.body",
)
COLLAPSE_LEXFILES = ("noun.person", "noun.animal", "noun.location")
# Synsets whose descendants are substances: only their glosses are read for a colour.
MATERIAL_ROOTS = ("substance.n.01", "substance.n.07", "material.n.01", "rock.n.01")
# Satellite glosses that open with these words mark an intense adjective ("huge", "tiny").
INTENSE_OPENERS = (
    "very ",
    "extremely ",
    "unusually ",
    "exceptionally ",
    "extraordinarily ",
    "enormously ",
    "immensely ",
    "exceedingly ",
    "of great ",
    "of immense ",
)
COLOUR_TONE = {"dark": 0.6, "deep": 0.7, "light": 1.45, "pale": 1.6, "bright": 1.2}


class Synset:
    __slots__ = (
        "offset",
        "lexfile",
        "lemmas",
        "hypernyms",
        "parts",
        "gloss",
        "name",
        "pos",
        "ptrs",
        "head",
        "satellite",
    )

    def __init__(self, offset: str, pos: str, lexfile: int, lemmas: list[str], gloss: str) -> None:
        self.offset, self.pos, self.lexfile, self.lemmas, self.gloss = (
            offset,
            pos,
            lexfile,
            lemmas,
            gloss,
        )
        self.hypernyms: list[str] = []
        self.parts: list[str] = []
        self.ptrs: list[tuple[str, str, str, int]] = []  # symbol, offset, pos, source word
        self.name = ""
        self.head = ""
        self.satellite = False


def _clean_lemma(word: str) -> str:
    return re.sub(r"\((a|p|ip)\)$", "", word).lower()


def read_data(path: Path, pos: str) -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        body, _, gloss = line.partition(" | ")
        f = body.split()
        offset, lexfile, w_cnt = f[0], int(f[1]), int(f[3], 16)
        words = [_clean_lemma(f[4 + 2 * i]) for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(f[i])
        s = Synset(offset, pos, lexfile, words, gloss.strip())
        s.satellite = f[2] == "s"
        for j in range(p_cnt):
            sym, off, ppos, st = f[i + 1 + 4 * j : i + 5 + 4 * j]
            s.ptrs.append((sym, off, "a" if ppos == "s" else ppos, int(st[:2], 16)))
            if ppos == "n" and sym in ("@", "@i"):
                s.hypernyms.append(off)
            elif ppos == "n" and sym == "%p":
                s.parts.append(off)
        synsets[offset] = s
    return synsets


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets in WordNet's sense order (most frequent first)."""
    index: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, p_cnt = f[0].lower(), int(f[3])
        synset_cnt = int(f[2])
        offsets = f[4 + p_cnt + 2 :]
        assert len(offsets) == synset_cnt, line
        index[lemma] = offsets
    return index


def name_synsets(synsets: dict[str, Synset], index: dict[str, list[str]], pos: str) -> None:
    for s in synsets.values():
        first = s.lemmas[0]
        tag = "s" if pos == "a" and s.head else pos
        s.name = f"{first}.{tag}.{index[first].index(s.offset) + 1:02d}"


def descendants(synsets: dict[str, Synset], roots: list[str]) -> set[str]:
    children: dict[str, list[str]] = {}
    for s in synsets.values():
        for h in s.hypernyms:
            children.setdefault(h, []).append(s.offset)
    seen, todo = set(roots), deque(roots)
    while todo:
        for c in children.get(todo.popleft(), ()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return seen


def load_colours() -> dict[str, str]:
    rows = (DATA / "colours.tsv").read_text(encoding="utf-8").splitlines()
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if r and not r.startswith("#")}


def _rgb(hexval: str) -> tuple[float, float, float]:
    return tuple(int(hexval[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _hex(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def gloss_colour(gloss: str, colours: dict[str, str]) -> str | None:
    """The first colour phrase of a gloss's definition: 'yellowish-brown' -> 1/3 yellow + 2/3 brown."""
    definition = gloss.split(";")[0].lower()
    tokens = re.findall(r"[a-z]+|[-,]", definition)
    group: list[str] = []
    tone = 1.0
    for _i, tok in enumerate(tokens):
        base = tok[:-3] if tok.endswith("ish") else tok
        base = {"blu": "blue", "whit": "white", "purpl": "purple", "gray": "grey"}.get(base, base)
        if tok in COLOUR_TONE and not group:
            tone = COLOUR_TONE[tok]
        elif base in colours and len(base) > 2 and (tok.endswith("ish") or base in _BASIC):
            group.append(base)
        elif tok in ("-", "to", "or", "and") and group:
            continue  # "yellowish-brown", "white to yellowish": one mixed colour
        elif group:
            break
        elif tok not in ("-", "to"):
            tone = 1.0
    if not group:
        return None
    weights = [1.0] * (len(group) - 1) + [2.0]
    mix = [
        sum(w * _rgb(colours[g])[k] for g, w in zip(group, weights, strict=False)) / sum(weights)
        for k in range(3)
    ]
    toned = tuple(c * tone if tone < 1 else c + (1 - c) * (tone - 1) for c in mix)
    # Glosses name colours loosely ("yellowish" wood is a pale tan, not the survey's #ffff14):
    # saturation and value are capped so a material colour stays a plausible material colour.
    h, sat, val = colorsys.rgb_to_hsv(*toned)
    return _hex(colorsys.hsv_to_rgb(h, min(sat, 0.55), min(val, 0.85)))


# Colour words a gloss uses as colours; other colour-table names (e.g. "wine", "sand") are nouns there.
_BASIC = frozenset(
    [
        "red",
        "orange",
        "yellow",
        "green",
        "blue",
        "purple",
        "violet",
        "pink",
        "brown",
        "black",
        "white",
        "grey",
        "tan",
        "beige",
        "crimson",
        "scarlet",
        "golden",
        "silver",
        "silvery",
        "ivory",
        "cream",
        "olive",
        "amber",
    ]
)


def build(wn: Path) -> str:
    nouns = read_data(wn / "data.noun", "n")
    noun_index = read_index(wn / "index.noun")
    name_synsets(nouns, noun_index, "n")
    by_name = {s.name: s for s in nouns.values()}
    roots = [by_name[r].offset for r in KEEP_ROOTS]
    kept = descendants(nouns, roots)
    kept |= {o for o, s in nouns.items() if LEXNAMES[s.lexfile] in KEEP_LEXFILES}
    todo = deque(kept)
    while todo:  # every hypernym of a kept synset is kept, so each hypernym walk stays inside
        for h in nouns[todo.popleft()].hypernyms:
            if h not in kept:
                kept.add(h)
                todo.append(h)
    # Named individuals (instances) and leaf kinds of person, animal and place carry no shape of
    # their own: each collapses to "a kind of <its hypernym>" in the noun index (about a third of
    # the table), so "paris" and "blacksmith" still read as a place and a person.
    has_children = {h for o in kept for h in nouns[o].hypernyms}
    collapsed = {
        o
        for o in kept
        if o not in has_children
        and nouns[o].hypernyms
        and (
            any(sym == "@i" for sym, *_ in nouns[o].ptrs)
            or LEXNAMES[nouns[o].lexfile] in COLLAPSE_LEXFILES
        )
    }
    kept -= collapsed
    material = descendants(nouns, [by_name[r].offset for r in MATERIAL_ROOTS])
    colours = load_colours()

    ordered = sorted(kept, key=lambda o: nouns[o].name)
    pos_of = {o: i for i, o in enumerate(ordered)}
    synset_lines = []
    for o in ordered:
        s = nouns[o]
        colour = gloss_colour(s.gloss, colours) if o in material else None
        synset_lines.append(
            "\t".join(
                [
                    s.name,
                    str(s.lexfile),
                    " ".join(s.lemmas),
                    " ".join(str(pos_of[h]) for h in s.hypernyms if h in pos_of),
                    " ".join(str(pos_of[p]) for p in s.parts if p in pos_of),
                    colour or "",
                ]
            )
        )
    noun_lines, abstract_lines = [], []
    for lemma, offsets in noun_index.items():
        inside = []
        for o in offsets:
            if o in pos_of:
                inside.append(str(pos_of[o]))
            elif o in collapsed:
                inside.extend(f"^{pos_of[h]}" for h in nouns[o].hypernyms)
        inside = list(dict.fromkeys(inside))
        if inside:
            noun_lines.append(f"{lemma}\t{' '.join(inside)}")
        else:
            abstract_lines.append(f"{lemma}\t{nouns[offsets[0]].lexfile}")

    adjs = read_data(wn / "data.adj", "a")
    adj_index = read_index(wn / "index.adj")
    for s in adjs.values():
        s.head = next((off for sym, off, _p, _w in s.ptrs if sym == "&"), "") if s.satellite else ""
    name_synsets(adjs, adj_index, "a")
    adj_lines = []
    for lemma, offsets in sorted(adj_index.items()):
        heads, linked = [], []
        for o in offsets:
            s = adjs[o]
            head = adjs[s.head] if s.head else s
            intense = bool(s.head) and s.gloss.lower().startswith(INTENSE_OPENERS)
            heads.append(head.name + ("!" if intense else ""))
            word_no = s.lemmas.index(lemma) + 1 if lemma in s.lemmas else -1
            for sym, off, ppos, src in s.ptrs:
                if (
                    ppos == "n"
                    and sym in ("\\", "+")
                    and src in (0, word_no)
                    and off in pos_of
                    and str(pos_of[off]) not in linked
                ):
                    linked.append(str(pos_of[off]))
        adj_lines.append(f"{lemma}\t{' '.join(dict.fromkeys(heads))}\t{' '.join(linked)}")

    other_words = set()
    for name in ("index.verb", "index.adv"):
        other_words.update(read_index(wn / name))
    exceptions = []
    for pos in ("noun", "verb", "adj"):
        for line in (wn / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            f = line.split()
            if len(f) >= 2:
                exceptions.append(f"{pos[0]}\t{f[0]}\t{' '.join(f[1:])}")

    sections = {
        "synsets": synset_lines,  # sorted by name: looked up by bisection, parsed on first use
        "nouns": sorted(noun_lines),
        "abstract": sorted(abstract_lines),
        "adjectives": adj_lines,
        "words": sorted(other_words),
        "exceptions": sorted(exceptions),
    }
    parts = [FORMAT] + [f"@{k}\n" + "\n".join(v) for k, v in sections.items()]
    return "\n".join(parts) + "\n"


def licence_text() -> str:
    src = Path("/usr/share/doc/wordnet-base/copyright").read_text(encoding="utf-8")
    block = src.split("License: WordNet3.0", 1)[1].split("\nFiles:", 1)[0]
    body = "\n".join(line[1:] if line.startswith(" ") else line for line in block.splitlines())
    body = body.replace("\n.\n", "\n\n").strip()
    return (
        "The table lexicon.txt.gz is derived from WordNet 3.0 by scripts/build_lexicon.py.\n"
        "WordNet's licence follows, as WordNet requires on all copies.\n\n" + body + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    if not (args.wordnet / "data.noun").is_file():
        raise SystemExit(f"no WordNet dict files in {args.wordnet}: apt-get install wordnet-base")
    text = build(args.wordnet)
    out = DATA / "lexicon.txt.gz"
    # mtime=0 and a fixed compression level: the same WordNet gives byte-identical output.
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    (DATA / "LICENSE-WordNet.txt").write_text(licence_text(), encoding="utf-8")
    counts = {sec.split("\n", 1)[0]: sec.count("\n") for sec in text.split("\n@")[1:]}
    print(f"{out}: {out.stat().st_size} bytes gzip, {len(text)} chars; sections {counts}")


if __name__ == "__main__":
    main()
