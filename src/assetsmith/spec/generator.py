"""The offline spec generator: reads a prompt the way a technical artist would and writes a v0.2 spec.

Same prompt, options and seed give the same spec. Every reading is recorded in
`generation.interpretation` (matched words, ignored words, and the fallback taken, if any).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field

from ..errors import InvalidInput, UnknownName
from . import vocab
from .catalog import (
    ARCHETYPES,
    CATEGORIES,
    DEFAULT_TRIS_BY_STYLE,
    FALLBACK_ARCHETYPE_BY_CATEGORY,
    MATERIAL_FAMILIES,
    RESOLUTIONS,
    STYLE_PRESETS,
)

GENERATOR_ID = "assetsmith.offline/1"
MAX_PROMPT_CHARS = 2000

FAMILY_CLASS = {
    "wood_planks": "wood", "painted_wood": "wood", "end_grain": "wood", "bark": "wood",
    "iron": "metal", "brass": "metal", "rusted_metal": "metal",
    "rough_stone": "stone", "brick": "stone", "cobblestone": "stone", "marble": "stone",
    "crystal": "glass", "leather": "soft", "fabric": "soft",
    "ground_moss": "organic", "ceramic": "ceramic", "plastic": "ceramic",
    "foliage": "organic", "organic": "organic", "soil": "organic", "bone": "ceramic",
    "paper": "soft", "straw": "soft", "wicker": "soft", "rope": "soft",
    "concrete": "stone", "roof_tiles": "stone", "painted_metal": "metal", "metal_panels": "metal",
}
# Sub-families a generic word of the same class keeps ("oak barrel" keeps end-grain lids).
_KEEP_ON_GENERIC = {"end_grain", "bark"}

_ARCHETYPE_BY_WORD: dict[str, str] = {w: a.name for a in ARCHETYPES.values() for w in a.words}
_MULTIWORD = {"floor tile": "floor_tile", "tree stump": "stump", "treasure chest": "chest", "oak tree": "tree",
              "potion bottle": "bottle", "stone wall": "wall", "brick wall": "wall"}


def prompt_seed(prompt: str) -> int:
    """A stable seed from a prompt, so an unseeded request is still reproducible."""
    digest = hashlib.sha256(" ".join(prompt.lower().split()).encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def tokenize(prompt: str) -> list[str]:
    # Underscores are ours (they mark multi-word archetypes below); in user text they separate words.
    text = re.sub(r"_+", " ", prompt.lower())
    for phrase, archetype in _MULTIWORD.items():
        text = text.replace(phrase, f"__{archetype}__")
    return re.findall(r"[a-z0-9_\-]+", text)


@dataclass
class _Assign:
    family: str | None = None
    color: str | None = None
    words: list[str] = field(default_factory=list)


@dataclass
class Reading:
    """What the prompt says, before it becomes a spec."""

    archetype: str
    archetype_word: str | None
    fallback: dict | None
    style: str | None
    wear: float
    size: float
    assignments: dict[str, _Assign]
    matched: dict[str, list[str]]
    unknown: list[str]


def _match_archetype(tokens: list[str]) -> tuple[str | None, str | None, int, str | None]:
    """(archetype, word, index, corrected_from): the head noun of the first phrase wins."""
    end = next((i for i, t in enumerate(tokens) if t in vocab.PHRASE_BREAKS and i > 0), len(tokens))
    for span in (range(end - 1, -1, -1), range(end, len(tokens))):
        for i in span:
            t = tokens[i]
            if t.startswith("__") and t.endswith("__") and t.strip("_") in ARCHETYPES:
                return t.strip("_"), t.strip("_").replace("_", " "), i, None
            if t in _ARCHETYPE_BY_WORD:
                return _ARCHETYPE_BY_WORD[t], t, i, None
    # Typo tolerance: "barel" reads as "barrel", said so in the interpretation.
    for i, t in enumerate(tokens):
        if len(t) >= 5 and t not in vocab.STOPWORDS:
            close = difflib.get_close_matches(t, list(_ARCHETYPE_BY_WORD), n=1, cutoff=0.84)
            if close:
                return _ARCHETYPE_BY_WORD[close[0]], close[0], i, t
    return None, None, -1, None


def read_prompt(prompt: str, category: str | None) -> Reading:
    tokens = tokenize(prompt)
    archetype, word, arch_idx, corrected = _match_archetype(tokens)
    fallback = None
    if archetype is None:
        cat = category or "prop"
        archetype = FALLBACK_ARCHETYPE_BY_CATEGORY[cat]
        fallback = {
            "archetype": archetype,
            "reason": f"no archetype word in the prompt; the '{cat}' category falls back to '{archetype}'",
        }
    elif corrected:
        fallback = {"archetype": archetype, "reason": f"read '{corrected}' as '{word}'"}

    part_words = vocab.PART_WORDS.get(archetype, {})
    part_by_word = {w: p for p, ws in part_words.items() for w in ws}
    matched: dict[str, list[str]] = {"archetype": [word] if word else [], "materials": [], "colours": [],
                                     "parts": [], "style": [], "wear": [], "size": []}
    unknown: list[str] = []
    assignments: dict[str, _Assign] = {}
    pending_mat: list[str] = []
    pending_col: list[str] = []
    style = None
    wear = 0.35
    size = 1.0

    def apply(target_parts: tuple[str, ...], mats: list[str], cols: list[str]) -> None:
        for p in target_parts:
            a = assignments.setdefault(p, _Assign())
            for m in mats:
                fam, col = vocab.MATERIAL_WORDS[m]
                a.family = fam
                a.color = col or a.color
                a.words.append(m)
            for c in cols:
                if vocab.COLOUR_WORDS[c]:
                    a.color = vocab.COLOUR_WORDS[c]
                a.words.append(c)

    def default_targets(mats: list[str]) -> tuple[str, ...]:
        if mats:
            cls = FAMILY_CLASS[vocab.MATERIAL_WORDS[mats[-1]][0]]
            parts = ARCHETYPES[archetype].parts
            same = tuple(p.id for p in parts if FAMILY_CLASS[p.family] == cls)
            if same:
                return same
        return vocab.PRIMARY_PARTS[archetype]

    seen_archetype = False
    for i, t in enumerate(tokens):
        if i == arch_idx or (t in _ARCHETYPE_BY_WORD and _ARCHETYPE_BY_WORD[t] == archetype):
            seen_archetype = True
            mats, cols = pending_mat, pending_col
            if mats or cols:
                targets = vocab.PRIMARY_PARTS[archetype] if not mats else _primary_for(archetype, mats)
                apply(targets, mats, cols)
            pending_mat, pending_col = [], []
            continue
        if t in part_by_word and (pending_mat or pending_col or seen_archetype):
            matched["parts"].append(t)
            apply((part_by_word[t],), pending_mat, pending_col)
            pending_mat, pending_col = [], []
            continue
        if t in vocab.MATERIAL_WORDS:
            matched["materials"].append(t)
            pending_mat.append(t)
        elif t in vocab.COLOUR_WORDS:
            matched["colours"].append(t)
            pending_col.append(t)
        elif t in vocab.STYLE_WORDS:
            matched["style"].append(t)
            style = vocab.STYLE_WORDS[t]
        elif t in vocab.WEAR_WORDS:
            matched["wear"].append(t)
            wear = vocab.WEAR_WORDS[t]
        elif t in vocab.SIZE_WORDS:
            matched["size"].append(t)
            size = vocab.SIZE_WORDS[t]
        elif t in vocab.STOPWORDS or t in vocab.PHRASE_BREAKS or t.isdigit() or t in part_by_word:
            continue
        else:
            unknown.append(t)
    if pending_mat or pending_col:
        apply(default_targets(pending_mat), pending_mat, pending_col)
    if any(m in ("rust", "rusty", "rusted") for m in matched["materials"]):
        wear = max(wear, 0.6)
    return Reading(archetype, word, fallback, style, wear, size, assignments, matched, unknown)


def _primary_for(archetype: str, mats: list[str]) -> tuple[str, ...]:
    """'wooden barrel': the word describes the barrel's main parts; 'glass potion' the bottle's glass."""
    cls = FAMILY_CLASS[vocab.MATERIAL_WORDS[mats[-1]][0]]
    parts = ARCHETYPES[archetype].parts
    primary = vocab.PRIMARY_PARTS[archetype]
    if archetype == "bottle" and cls == "glass":
        return ("glass",)
    same = tuple(p.id for p in parts if p.id in primary)
    return same or (parts[0].id,)


def slugify(text: str, limit: int = 48) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("a", "an", "the")]
    slug = "_".join(words)[:limit].strip("_")
    return slug or "asset"


def generate_spec(
    prompt: str,
    *,
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    asset_id: str | None = None,
) -> dict:
    """Write a v0.2 spec for `prompt` with the built-in vocabulary (no model, no network)."""
    if not isinstance(prompt, str) or not prompt.strip():
        raise InvalidInput("The prompt is empty.", "Describe the asset, e.g. --prompt \"wooden barrel with iron bands\".")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise InvalidInput(f"The prompt is {len(prompt)} characters long; the limit is {MAX_PROMPT_CHARS}.",
                           "Shorten the prompt.")
    if category is not None and category not in CATEGORIES:
        raise UnknownName("category", category, CATEGORIES)
    if style_preset is not None and style_preset not in STYLE_PRESETS:
        raise UnknownName("style preset", style_preset, STYLE_PRESETS)
    if resolution is not None and resolution not in RESOLUTIONS:
        raise InvalidInput(f"Texture resolution {resolution} is not supported.",
                           f"Use one of: {', '.join(map(str, RESOLUTIONS))}.")
    prompt = " ".join(prompt.split())
    reading = read_prompt(prompt, category)
    arch = ARCHETYPES[reading.archetype]
    style = style_preset or reading.style or "realistic_hd_pbr"
    seed = prompt_seed(prompt) if seed is None else int(seed)
    if seed < 0:
        raise InvalidInput(f"The seed must be zero or positive, not {seed}.", "Pass --seed 0 or higher.")
    res = resolution or 1024

    # Resolve each part to (family, colour), then group parts into materials.
    resolved: dict[str, tuple[str, str]] = {}
    for part in arch.parts:
        a = reading.assignments.get(part.id)
        family = part.family
        if a and a.family:
            generic_same_class = FAMILY_CLASS[a.family] == FAMILY_CLASS[part.family] and a.family == "wood_planks"
            family = part.family if (part.family in _KEEP_ON_GENERIC and generic_same_class) else a.family
        color = (a.color if a and a.color else None) or MATERIAL_FAMILIES[family]["base_color"]
        if a and a.color and family in _KEEP_ON_GENERIC and part.family == family and a.family == "wood_planks":
            color = _lighten(a.color, 0.15)  # cut wood reads lighter than the planks' faces
        resolved[part.id] = (family, color)

    materials: list[dict] = []
    parts: list[dict] = []
    by_key: dict[tuple[str, str, str], str] = {}
    used_ids: set[str] = set()
    for part in arch.parts:
        family, color = resolved[part.id]
        key = (part.material, family, color)
        if key not in by_key:
            mid = part.material if part.material not in used_ids else f"{part.material}_{part.id}"
            used_ids.add(mid)
            by_key[key] = mid
            mat = {"id": mid, "family": family, "base_color": color, "wear": round(reading.wear, 3),
                   "resolution": res}
            materials.append(mat)
        parts.append({"id": part.id, "material": by_key[key]})

    roles = ("albedo", "orm") if style == "toon_bold" else ("albedo", "normal", "orm")
    slots = [{"id": m["id"], "role": r, "resolution_hint": res} for m in materials for r in roles]
    aid = asset_id or slugify(prompt)
    height = round(arch.height_m * reading.size, 4)
    collider = arch.collider
    tags = sorted({arch.name, *(m["family"] for m in materials), style})
    spec = {
        "spec_version": "0.2",
        "asset_id": aid,
        "display_name": prompt[:1].upper() + prompt[1:80],
        "category": category or arch.category,
        "style_preset": style,
        "poly_budget_tris": int(poly_budget) if poly_budget is not None else DEFAULT_TRIS_BY_STYLE[style],
        "target_height_m": height,
        "palette": sorted({m["base_color"] for m in materials}),
        "tags": tags,
        "archetype": arch.name,
        "materials": materials,
        "parts": parts,
        "material_slots": slots,
        "variants": [{"variant_id": "default", "label": "Default", "seed": seed}],
        "lods": [0.5, 0.25],
        "generation": {
            "source_prompt": prompt,
            "seed": seed,
            "generator": GENERATOR_ID,
            "interpretation": {
                "archetype": arch.name,
                "archetype_word": reading.archetype_word,
                "fallback": reading.fallback,
                "matched": {k: v for k, v in reading.matched.items() if v},
                "ignored_words": reading.unknown,
            },
        },
        "unity": {"import_subfolder": f"Assetsmith/{aid}", "collider": collider},
        "godot": {"import_subfolder": f"assets/assetsmith/{aid}", "collider": GODOT_COLLIDER[collider]},
        "unreal": {"import_subfolder": f"Assetsmith/{aid}", "collision": UNREAL_COLLISION[collider]},
    }
    return spec


GODOT_COLLIDER = {"box": "box", "capsule": "capsule", "mesh_convex": "convex", "none": "none"}
UNREAL_COLLISION = {"box": "simple_box", "capsule": "simple_capsule", "mesh_convex": "convex", "none": "none"}


def _lighten(hex_color: str, amount: float) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    r, g, b = (min(255, round(c + (255 - c) * amount)) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"
