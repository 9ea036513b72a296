"""The offline spec generator: reads a prompt the way a technical artist would and writes a v0.3 spec.

The prompt is read by the shape chooser (assetsmith.shapes.choose: the WordNet-derived lexicon
against the recipe library): which recipe, its parameters from the prompt's words, and each part's
material named by what it is. Same prompt, options and seed give the same spec. The reading is
recorded in `generation.interpretation`: `shape` (recipe, matched words, confidence, fallback: null
or the reason in plain words), the parameters and the words that set them, and ignored words.
"""

from __future__ import annotations

import hashlib
import re

from ..errors import InvalidInput, UnknownName
from .catalog import (
    CATEGORIES,
    DEFAULT_TRIS_BY_STYLE,
    REQUIRED_ROLES_BY_STYLE,
    RESOLUTIONS,
    STYLE_PRESETS,
)

GENERATOR_ID = "assetsmith.offline/2"
MAX_PROMPT_CHARS = 2000


def prompt_seed(prompt: str) -> int:
    """A stable seed from a prompt, so an unseeded request is still reproducible."""
    digest = hashlib.sha256(" ".join(prompt.lower().split()).encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def slugify(text: str, limit: int = 48) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("a", "an", "the")]
    slug = "_".join(words)[:limit].strip("_")
    return slug or "asset"


def check_prompt(prompt: object) -> str:
    """The prompt with its whitespace collapsed; InvalidInput when it is empty or too long."""
    if not isinstance(prompt, str) or not prompt.strip():
        raise InvalidInput(
            "The prompt is empty.",
            'Describe the asset, e.g. --prompt "wooden barrel with iron bands".',
        )
    if len(prompt) > MAX_PROMPT_CHARS:
        raise InvalidInput(
            f"The prompt is {len(prompt)} characters long; the limit is {MAX_PROMPT_CHARS}.",
            "Shorten the prompt.",
        )
    return " ".join(prompt.split())


def generate_spec(
    prompt: str,
    *,
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    asset_id: str | None = None,
    strict: bool = False,
) -> dict:
    """Write a v0.3 spec for `prompt` with the built-in reader and recipe library (no model, no
    network). `strict`: raise NoFittingShape when no recipe fits instead of building a stand-in."""
    from ..shapes.choose import choose_shape, spec_category

    prompt = check_prompt(prompt)
    if category is not None and category not in CATEGORIES:
        raise UnknownName("category", category, CATEGORIES)
    if style_preset is not None and style_preset not in STYLE_PRESETS:
        raise UnknownName("style preset", style_preset, STYLE_PRESETS)
    if resolution is not None and resolution not in RESOLUTIONS:
        raise InvalidInput(
            f"Texture resolution {resolution} is not supported.",
            f"Use one of: {', '.join(map(str, RESOLUTIONS))}.",
        )
    seed = prompt_seed(prompt) if seed is None else int(seed)
    if seed < 0:
        raise InvalidInput(
            f"The seed must be zero or positive, not {seed}.", "Pass --seed 0 or higher."
        )
    choice = choose_shape(prompt, category=category, seed=seed, strict=strict)
    recipe = choice.recipe
    style = (
        style_preset
        or (choice.style if choice.style in STYLE_PRESETS else None)
        or "realistic_hd_pbr"
    )
    res = resolution or 1024

    # One material per distinct look; a name two different looks share gets a suffix.
    materials: list[dict] = []
    parts: list[dict] = []
    by_key: dict[tuple, str] = {}
    for name, pm in choice.part_materials.items():
        key = (pm.id, pm.family, pm.base_color, tuple(sorted(pm.glow.items())))
        if key not in by_key:
            mid, n = pm.id, 2
            while mid in {m["id"] for m in materials}:
                mid, n = f"{pm.id}_{n}", n + 1
            by_key[key] = mid
            materials.append(
                {
                    "id": mid,
                    "family": pm.family,
                    "base_color": pm.base_color,
                    "wear": round(choice.wear, 3),
                    "resolution": res,
                    **pm.glow,
                }
            )
        parts.append({"id": name, "material": by_key[key]})

    roles = REQUIRED_ROLES_BY_STYLE[style]
    slots = [{"id": m["id"], "role": r, "resolution_hint": res} for m in materials for r in roles]
    aid = asset_id or slugify(prompt)
    collider = recipe.collider
    tags = sorted({recipe.name, recipe.category, *(m["family"] for m in materials), style})
    from ..shapes.arrange import arrangement_for

    shape: dict = {"recipe": recipe.name}
    if choice.params:
        shape["params"] = dict(choice.params)
    budget = int(poly_budget) if poly_budget is not None else DEFAULT_TRIS_BY_STYLE[style]
    arrangement = arrangement_for(choice.group_word, choice.group_count, budget)
    report = dict(choice.shape)
    if arrangement is not None:
        shape["arrangement"] = {"kind": arrangement["kind"], "count": arrangement["count"]}
        report["arrangement"] = arrangement
    return {
        "spec_version": "0.3",
        "asset_id": aid,
        "display_name": prompt[:1].upper() + prompt[1:80],
        "category": category or spec_category(recipe),
        "style_preset": style,
        "poly_budget_tris": budget,
        "palette": sorted({m["base_color"] for m in materials}),
        "tags": tags,
        "shape": shape,
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
                "shape": report,
                "fallback": report["fallback"],
                "reading": choice.reading,
                "ignored_words": list(choice.ignored_words),
            },
        },
        **engine_blocks(aid, collider),
    }


def engine_blocks(asset_id: str, collider: str) -> dict:
    """The spec's unity, godot and unreal blocks: import folders and each engine's collider."""
    return {
        "unity": {"import_subfolder": f"Assetsmith/{asset_id}", "collider": collider},
        "godot": {
            "import_subfolder": f"assets/assetsmith/{asset_id}",
            "collider": GODOT_COLLIDER[collider],
        },
        "unreal": {
            "import_subfolder": f"Assetsmith/{asset_id}",
            "collision": UNREAL_COLLISION[collider],
        },
    }


GODOT_COLLIDER = {"box": "box", "capsule": "capsule", "mesh_convex": "convex", "none": "none"}
UNREAL_COLLISION = {
    "box": "simple_box",
    "capsule": "simple_capsule",
    "mesh_convex": "convex",
    "none": "none",
}


def spec_for_program(draft: dict, program: dict, *, shape: dict) -> dict:
    """`draft` (a generated v0.3 spec) rebuilt around a part program: the shape becomes the
    program, its material roles become the spec's materials (named as the program names them),
    its output parts the spec's parts; `shape` is the report stored in the interpretation."""
    from ..shapes.choose import output_parts
    from .catalog import MATERIAL_FAMILIES

    made = output_parts(program)
    table = program.get("materials") or {}
    res = int(draft["materials"][0]["resolution"]) if draft["materials"] else 1024
    wear = float(draft["materials"][0].get("wear", 0.35)) if draft["materials"] else 0.35
    materials = []
    for role in dict.fromkeys(made.values()):
        row = table.get(role) or {}
        family = row.get("family")
        if not isinstance(family, str) or family not in MATERIAL_FAMILIES:
            family = "plastic"
        materials.append(
            {
                "id": role,
                "family": family,
                "base_color": row.get("base_color") or MATERIAL_FAMILIES[family]["base_color"],
                "wear": wear,
                "resolution": res,
            }
        )
    roles = REQUIRED_ROLES_BY_STYLE[draft["style_preset"]]
    spec = dict(draft)
    spec["shape"] = {"program": program}
    spec["materials"] = materials
    spec["parts"] = [{"id": name, "material": role} for name, role in made.items()]
    spec["material_slots"] = [
        {"id": m["id"], "role": r, "resolution_hint": res} for m in materials for r in roles
    ]
    spec["palette"] = sorted({m["base_color"] for m in materials})
    collider = program.get("collider")
    if not isinstance(collider, str) or collider not in GODOT_COLLIDER:
        collider = "box"
    spec.update(engine_blocks(spec["asset_id"], collider))
    spec["tags"] = sorted(
        {
            *(t for t in draft["tags"] if t not in (draft["shape"].get("recipe"),)),
            *(m["family"] for m in materials),
        }
    )
    gen = dict(draft["generation"])
    gen["interpretation"] = {
        **gen["interpretation"],
        "shape": shape,
        "fallback": shape.get("fallback"),
    }
    spec["generation"] = gen
    return spec
