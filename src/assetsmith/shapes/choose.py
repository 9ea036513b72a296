"""From a prompt to what to build: the recipe, its parameters, and each part's material.

    choice = choose_shape("oak table with iron legs")
    choice.recipe.name        # "table"
    choice.params             # {} (nothing but the defaults) or e.g. {"open": True, "size": 1.35}
    choice.part_materials     # {"top": PartMaterial("oak", "wood_planks", "#..."), "legs": ...}
    choice.shape              # the `shape` report: recipe, matched_words, confidence, fallback...

The prompt is read by the lexicon (lexicon/: WordNet lemmas, compounds, the noun phrase, materials
and colours) against an index of every recipe in the library (built once, ~0.1 s). Parameter values
come from the words each parameter lists (`Param.words`: "open" -> open=True), from the reader's
qualities ("gigantic" -> size large, intense), and from counts ("two wheels" -> wheels=2).

When no recipe fits, the choice is honest: `fitted` is False, `shape["fallback"]` says why in plain
words with suggestions, and the recipe built is the nearest suggestion (or the category's stand-in).
`strict=True` raises NoFittingShape instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import NoFittingShape
from .recipe import CONDITION_WEAR, STANDARD_PARAMS, Param, Recipe

DEFAULT_WEAR = 0.35  # a prompt that says nothing about condition: lightly used, as before v0.3
# The stand-in recipe per spec category when the prompt names nothing the library can build.
FALLBACK_RECIPE_BY_CATEGORY = {
    "prop": "crate",
    "environment_piece": "rock",
    "character_base": "mannequin",
    "material_library": "floor_tile",
}
# Recipe categories that are pieces of a level rather than props you pick up or place.
ENVIRONMENT_CATEGORIES = frozenset({"nature", "dungeon_castle", "graveyard", "market_town", "farm"})
_ENVIRONMENT_RECIPES = frozenset(
    {"wall", "floor_tile", "rock", "tree", "stump", "pillar", "fence", "door"}
)
# What a reader quality means for a standard scale parameter when the parameter's own words do not
# list the word ("gigantic" is a quality (size, large) but not in the size words).
_SCALE_OF_QUALITY = {
    ("size", "large"): 1.35,
    ("size", "small"): 0.75,
    ("height", "tall"): 1.3,
    ("height", "short"): 0.8,
    ("length", "long"): 1.3,
    ("length", "short"): 0.8,
    ("width", "wide"): 1.3,
    ("width", "narrow"): 0.75,
    ("thickness", "thick"): 1.2,
    ("thickness", "thin"): 0.8,
}
_CONDITION_OF_QUALITY = {
    "broken": "broken",
    "damaged": "broken",
    "old": "old",
    "worn": "old",
    "dirty": "old",
    "new": "new",
    "clean": "new",
    "polished": "new",
}
# A sibling under a shared hypernym ("harp" and "shelf" are both supports) says nothing about the
# shape unless the link is close: weaker sibling readings count as no fit (the recipe is suggested).
SIBLING_MIN_CONFIDENCE = 0.6
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass(frozen=True)
class PartMaterial:
    """The material one output part gets: `id` names what it is ("oak", "iron", or the recipe's
    role when the prompt says nothing), with its family, colour and glow."""

    id: str
    family: str
    base_color: str
    words: tuple[str, ...] = ()
    glow: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ShapeChoice:
    recipe: Recipe
    params: dict[str, Any]  # the values the prompt set (defaults left out)
    param_words: dict[str, str]  # parameter -> the word that set it
    part_materials: dict[str, PartMaterial]  # every output part of the program at these params
    shape: dict[str, Any]  # the report: recipe, matched_words, confidence, fallback, how, ...
    style: str | None  # a render preset the prompt named ("toon" -> toon_bold)
    wear: float
    fitted: bool
    reading: dict[str, Any]
    ignored_words: tuple[str, ...] = ()
    # Several of the object ("a stack of three crates"): the reader's group word and the count
    # no parameter took; shapes.arrange turns them into a layout.
    group_word: str | None = None
    group_count: int | None = None


def _entry(r: Recipe):
    from .lexicon import RecipeEntry

    first = r.parts[0].role if r.parts else None
    return RecipeEntry(
        r.name,
        r.category,
        tuple(n.replace(" ", "_") for n in r.nouns),
        tuple(r.synsets),
        {p.name: tuple(p.words) for p in r.parts},
        tuple(p.name for p in r.parts if p.role == first),
    )


@lru_cache(maxsize=1)
def recipe_index():
    """The lexicon's index of every recipe in the library (built once per process)."""
    from .lexicon import RecipeIndex
    from .recipes import RECIPES

    return RecipeIndex([_entry(r) for r in RECIPES.values()])


def spec_category(recipe: Recipe) -> str:
    """The asset spec's coarse category for a recipe (prop, environment_piece, character_base)."""
    if recipe.category == "characters":
        return "character_base"
    if recipe.name in _ENVIRONMENT_RECIPES or (
        recipe.category in ENVIRONMENT_CATEGORIES
        and recipe.collider in ("box", "mesh_convex")
        and max(recipe.size.dims) >= 2.0
    ):
        return "environment_piece"
    return "prop"


def _prompt_words(prompt: str) -> list[str]:
    words: list[str] = []
    for w in _WORD.findall(prompt.lower()):
        words.append(w)
        if "-" in w:
            words.extend(x for x in w.split("-") if x)
    return words


def _params_from_words(
    recipe: Recipe, interp, prompt: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """Parameter values the prompt's words set. A word sets at most one parameter: the recipe's
    own parameters first, then the standard ones (size, height, width, length, condition)."""
    from .lexicon.recipes import lemma_of

    declared = {p.name: p for p in recipe.params}
    ordered: list[Param] = [
        *declared.values(),
        *(p for n, p in STANDARD_PARAMS.items() if n not in declared),
    ]
    values: dict[str, Any] = {}
    source: dict[str, str] = {}
    used: set[str] = set()
    words = _prompt_words(prompt)

    def put(p: Param, value: Any, word: str) -> None:
        if p.name in values:
            return
        values[p.name] = p.clamp(value) if p.kind in ("float", "int") else value
        source[p.name] = word
        used.add(word)

    for p in ordered:
        for w in words:
            if w in used:
                continue
            key = w if w in p.words else lemma_of(w) if lemma_of(w) in p.words else None
            if key is not None:
                put(p, p.words[key], w)
                break
    # Counts: "two wheels", "with four legs", "three candles".
    mentions = [(m.lemma, m.text, m.count) for m in interp.reading.parts if m.count is not None]
    if interp.reading.head is not None and interp.reading.count is not None:
        mentions.append((interp.reading.head.lemma, interp.reading.head.text, interp.reading.count))
    for lemma, text, count in mentions:
        for p in declared.values():
            if (
                p.kind == "int"
                and p.count_nouns
                and {lemma, text, lemma_of(text)} & set(p.count_nouns)
            ):
                values.pop(p.name, None)
                put(p, int(count), text)
    # Qualities the reader found in words the parameters do not list ("gigantic", "towering").
    for q in interp.object_qualities:
        if q.word in used:
            continue
        worded = declared.get(q.param) or STANDARD_PARAMS.get(q.param)
        if worded is not None and q.value in worded.words:
            put(worded, worded.words[q.value], q.word)
            continue
        if (q.param, q.value) in _SCALE_OF_QUALITY:
            name = q.param if q.param in ("size", "height", "length", "width") else "width"
            p = declared.get(name) or STANDARD_PARAMS[name]
            if p.kind == "float":
                put(p, _SCALE_OF_QUALITY[(q.param, q.value)] ** max(1.0, q.degree), q.word)
            continue
        if q.param == "condition" and q.value in _CONDITION_OF_QUALITY:
            p = declared.get("condition") or STANDARD_PARAMS["condition"]
            if p.kind == "choice" and _CONDITION_OF_QUALITY[q.value] in p.choices:
                put(p, _CONDITION_OF_QUALITY[q.value], q.word)
            continue
        for p in declared.values():  # a state the recipe models ("open" chest, "lit" lantern)
            if q.value in p.words:
                put(p, p.words[q.value], q.word)
                break
    return values, source


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "material"


def _part_materials(
    recipe: Recipe, program: dict, interp, families: Collection[str]
) -> dict[str, PartMaterial]:
    """Each output part of `program` -> its material, from the recipe's roles and what the prompt
    says about the part ("iron legs") or the whole object ("oak table": its primary parts)."""
    from ..spec.catalog import MATERIAL_FAMILIES

    lex = recipe_index().lex
    material_words: dict[str, str] = {}  # the word as typed -> the noun it names ("wooden" -> wood)
    reading = interp.reading
    for mods in [
        reading.modifiers,
        *(h.modifiers for h in (reading.head, *reading.alternatives) if h),
        *(m.modifiers for m in reading.parts),
    ]:
        for m in mods.materials:
            # a noun names itself ("stone", "oak"); an adjective its noun ("wooden" -> wood)
            noun = m.word if lex.is_noun(m.word) or not m.synset else m.synset.split(".")[0]
            material_words[m.word] = noun
    roles = {p.name: p.role for p in recipe.parts}
    out: dict[str, PartMaterial] = {}
    for name, role in output_parts(program).items():
        role = roles.get(name, role)
        base = recipe.materials.get(role)
        fam = (
            base.family
            if base
            else program.get("materials", {}).get(role, {}).get("family", "plastic")
        )
        colour = base.color() if base else MATERIAL_FAMILIES[fam]["base_color"]
        glow = dict(base.glow()) if base else {}
        look = interp.parts.get(name)
        if look is None or (look.family is None and look.colour is None):
            out[name] = PartMaterial(role, fam, colour, (), glow)
            continue
        family = look.family if look.family in families else fam
        if look.colour:
            colour = look.colour
        elif family != fam:
            colour = MATERIAL_FAMILIES[family]["base_color"]
        mat = [w for w in look.words if w in material_words]
        if mat:
            mid = _slug(material_words[mat[-1]])
        else:
            mid = _slug("_".join([*(w for w in look.words if w != "painted"), role]))
        if family != fam:
            glow = {}  # "stone lantern glass" no longer glows as the lamp glass did
        out[name] = PartMaterial(mid, family, colour, tuple(look.words), glow)
    return out


def output_parts(program: dict) -> dict[str, str]:
    """The output parts a (raw) part program makes -> the material id each uses, in order. A
    part's output name is its `part` field or its id; a macro makes one part per entry of its
    materials map (with the macro's prefix)."""
    out: dict[str, str] = {}
    for p in program.get("parts") or []:
        if not isinstance(p, dict):
            continue
        prim = p.get("primitive")
        if not isinstance(prim, dict):
            prim = {}
        if prim.get("type") == "macro" and isinstance(prim.get("materials"), dict):
            for sub, role in prim["materials"].items():
                out.setdefault(f"{prim.get('prefix') or ''}{sub}", str(role))
        else:
            out.setdefault(str(p.get("part") or p.get("id")), str(p.get("material")))
    return out


def retarget_program(
    program: dict, part_material: Mapping[str, str], materials: Mapping[str, dict]
) -> dict:
    """A copy of `program` whose parts use the spec's material ids: each output part named in
    `part_material` gets that material; the program's material table becomes `materials`
    (id -> {family, base_color}). Parts not named keep their own material id."""
    prog = dict(program)
    parts = []
    for p in program.get("parts") or []:
        q = dict(p)
        prim = q.get("primitive")
        if not isinstance(prim, dict):
            prim = {}
        if prim.get("type") == "macro" and isinstance(prim.get("materials"), dict):
            prefix = prim.get("prefix") or ""
            q["primitive"] = {
                **prim,
                "materials": {
                    sub: part_material.get(f"{prefix}{sub}", role)
                    for sub, role in prim["materials"].items()
                },
            }
        else:
            name = str(q.get("part") or q.get("id"))
            if name in part_material:
                q["material"] = part_material[name]
        parts.append(q)
    prog["parts"] = parts
    prog["materials"] = {
        k: {"family": v["family"], "base_color": v["base_color"]} for k, v in materials.items()
    }
    return prog


def choose_shape(
    prompt: str,
    *,
    category: str | None = None,
    seed: int = 0,
    strict: bool = False,
    families: Collection[str] | None = None,
) -> ShapeChoice:
    """Read `prompt` and choose what to build (see the module docstring)."""
    from ..spec.catalog import MATERIAL_FAMILIES
    from .lexicon import interpret
    from .recipes import RECIPES

    fams = families if families is not None else tuple(MATERIAL_FAMILIES)
    interp = interpret(prompt, recipe_index(), fams)
    match = interp.match
    shape = match.to_dict()
    if (
        match.recipe is not None
        and match.how == "sibling"
        and match.confidence < SIBLING_MIN_CONFIDENCE
    ):
        head = match.head or "the object"
        shape.update(
            recipe=None,
            how="none",
            confidence=0.0,
            suggestions=[match.recipe, *match.suggestions][:3],
            fallback=f"No recipe fits '{head}'; the nearest by meaning is '{match.recipe}' "
            f"({' > '.join(match.path)}), too far to stand for its shape.",
        )
    fitted = shape["recipe"] is not None
    group_word, group_count = None, None
    if fitted and match.recipe is not None:  # (fitted: the match names a recipe)
        recipe = RECIPES[match.recipe]
        values, source = _params_from_words(recipe, interp, prompt)
        head_noun = interp.reading.head
        # The recipe may model the group itself ("three candles", a "pile" of logs): then the
        # words already went into its parameters and there is nothing to arrange.
        taken = set(source.values())
        count_taken = head_noun is not None and head_noun.text in taken
        group_taken = interp.arrangement is not None and interp.arrangement in taken
        if not group_taken:
            group_word = interp.arrangement
            group_count = None if count_taken else interp.count
    else:
        if strict:
            raise NoFittingShape(
                shape["fallback"] or "No recipe fits the prompt.", tuple(shape["suggestions"])
            )
        # A neutral stand-in per category, never a low-confidence guess: the report says nothing
        # fits and lists the nearest recipes, so the user can pick one.
        stand_in = FALLBACK_RECIPE_BY_CATEGORY.get(category or "prop", "crate")
        recipe = RECIPES[stand_in]
        values, source = {}, {}
        shape["recipe"] = recipe.name
        shape["fallback"] = (
            f"{shape['fallback']} Built the stand-in '{recipe.name}' instead; name one of "
            f"the library's objects for a fitting shape (`assetsmith recipes`)."
        )
    program = recipe.program(values, seed)
    parts = _part_materials(recipe, program, interp, fams)
    styles = [s.value for s in interp.reading.styles if s.kind == "preset"]
    condition = values.get("condition")
    wear = (
        CONDITION_WEAR.get(condition, DEFAULT_WEAR) if isinstance(condition, str) else DEFAULT_WEAR
    )
    shape["params"] = {k: {"value": v, "word": source[k]} for k, v in values.items()}
    known = set(_prompt_words(prompt))
    ignored = tuple(w for w in interp.reading.unknown if w in known)
    return ShapeChoice(
        recipe,
        values,
        source,
        parts,
        shape,
        styles[-1] if styles else None,
        wear,
        fitted,
        interp.reading.to_dict(),
        ignored,
        group_word,
        group_count,
    )
