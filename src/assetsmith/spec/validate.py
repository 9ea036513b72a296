"""Spec validation: the JSON Schema first, then the rules a schema cannot say. Every problem is
reported with the JSON path of the offending value, all at once (not just the first).

Every list and string a spec can carry is bounded in the schemas (`maxItems`, `maxLength`): a
spec is work (each material x variant is a full set of PBR maps held in memory), so its size is
refused before it is queued. Lists over their bound are reported first, before the schema walks
their items, so a 10,000-material spec costs microseconds to refuse."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import Problem
from .catalog import ARCHETYPES, MAX_TRIS_BY_STYLE, REQUIRED_ROLES_BY_STYLE

SUPPORTED_VERSIONS = ("0.1", "0.2", "0.3")
LATEST_VERSION = "0.3"
# Materials x variants: each pair is one full set of PBR maps (albedo, normal, ORM...) in memory.
MAX_TEXTURE_SETS = 64


@cache
def load_schema(version: str) -> dict:
    text = (
        resources.files("assetsmith.spec")
        .joinpath(f"schemas/asset-spec-v{version}.schema.json")
        .read_text()
    )
    return json.loads(text)


@cache
def _validator(version: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(version))


def json_path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _schema_problems(data: dict, version: str) -> list[Problem]:
    problems = []
    for err in _validator(version).iter_errors(data):
        path = json_path(err.absolute_path)
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else err.message
            problems.append(
                Problem(json_path([*err.absolute_path, missing]), "is required but missing")
            )
        elif err.validator == "additionalProperties":
            problems.append(
                Problem(
                    path,
                    err.message.replace(
                        "Additional properties are not allowed", "unknown field(s)"
                    ),
                )
            )
        elif err.validator == "maxItems":
            problems.append(
                Problem(
                    path,
                    f"has {len(err.instance)} items; at most {err.validator_value} are allowed",
                )
            )
        elif err.validator == "maxLength":
            problems.append(
                Problem(
                    path,
                    f"is {len(err.instance)} characters long; at most "
                    f"{err.validator_value} are allowed",
                )
            )
        elif err.validator in ("enum", "const"):
            allowed = err.validator_value if err.validator == "enum" else [err.validator_value]
            allowed = list(dict.fromkeys(str(a) for a in allowed))
            shown = ", ".join(map(str, allowed[:12])) + (" ..." if len(allowed) > 12 else "")
            problems.append(
                Problem(path, f"{json.dumps(err.instance)[:60]} is not one of: {shown}")
            )
        else:
            problems.append(Problem(path, err.message[:200]))
    return sorted(set(problems), key=lambda p: (p.path, p.message))


def _size_problems(data: dict, version: str) -> list[Problem]:
    """Top-level lists over their schema's maxItems, found without walking their items."""
    out = []
    for key, node in load_schema(version)["properties"].items():
        limit, value = node.get("maxItems"), data.get(key)
        if limit is not None and isinstance(value, list) and len(value) > limit:
            out.append(Problem(f"$.{key}", f"has {len(value)} items; at most {limit} are allowed"))
    return out


def _subfolder_problems(data: dict) -> list[Problem]:
    problems = []
    for engine in ("unity", "unreal", "godot", "bevy"):
        block = data.get(engine)
        if not isinstance(block, dict):
            continue
        sub = block.get("import_subfolder")
        if isinstance(sub, str) and (".." in sub or sub.startswith(("/", "\\")) or ":" in sub):
            problems.append(
                Problem(
                    f"$.{engine}.import_subfolder",
                    f"'{sub}' must be a relative folder without '..' (and not start with / or \\)",
                )
            )
    return problems


def _rule_problems(data: dict, version: str) -> list[Problem]:
    problems = _subfolder_problems(data)
    style: Any = data.get("style_preset")  # untrusted JSON: anything, or nothing
    budget = data.get("poly_budget_tris")
    if style in MAX_TRIS_BY_STYLE and isinstance(budget, int) and budget > MAX_TRIS_BY_STYLE[style]:
        problems.append(
            Problem(
                "$.poly_budget_tris",
                f"{budget} exceeds the {style} maximum of {MAX_TRIS_BY_STYLE[style]} triangles",
            )
        )
    slots = [s for s in data.get("material_slots") or [] if isinstance(s, dict)]
    required = REQUIRED_ROLES_BY_STYLE.get(style, ())
    if version == "0.1":
        roles = {s.get("role") for s in slots}
        for role in required:
            if role not in roles:
                problems.append(
                    Problem("$.material_slots", f"style {style} needs a slot with role '{role}'")
                )
        return problems

    # v0.2 and v0.3: materials, parts and slots must agree with each other and with the
    # archetype (v0.2) or the shape (v0.3).
    materials = [m for m in data.get("materials") or [] if isinstance(m, dict)]
    mat_ids = [m.get("id") for m in materials]
    for i, mid in enumerate(mat_ids):
        if mat_ids.index(mid) != i:
            problems.append(Problem(f"$.materials[{i}].id", f"duplicate material id '{mid}'"))
    archetype: Any = data.get("archetype")
    arch = ARCHETYPES.get(archetype) if version == "0.2" else None
    parts = [p for p in data.get("parts") or [] if isinstance(p, dict)]
    part_ids = [p.get("id") for p in parts]
    if version != "0.2":
        problems += _shape_problems(data, parts, mat_ids)
    for i, p in enumerate(parts):
        if part_ids.index(p.get("id")) != i:
            problems.append(Problem(f"$.parts[{i}].id", f"duplicate part id '{p.get('id')}'"))
        if arch and p.get("id") not in {d.id for d in arch.parts}:
            problems.append(
                Problem(
                    f"$.parts[{i}].id",
                    f"'{p.get('id')}' is not a part of a {arch.name}; "
                    f"its parts are: {', '.join(d.id for d in arch.parts)}",
                )
            )
        if p.get("material") not in mat_ids:
            problems.append(
                Problem(
                    f"$.parts[{i}].material", f"'{p.get('material')}' is not the id of any material"
                )
            )
    if arch:
        for d in arch.parts:
            if d.id not in part_ids:
                problems.append(
                    Problem("$.parts", f"the {arch.name} part '{d.id}' has no material")
                )
        if isinstance(budget, int) and budget < arch.min_tris:
            problems.append(
                Problem(
                    "$.poly_budget_tris",
                    f"{budget} is too small for a {arch.name}: it needs at least {arch.min_tris} triangles",
                )
            )
    roles_by_slot: dict[str | None, set] = {}
    for s in slots:
        roles_by_slot.setdefault(s.get("id"), set()).add(s.get("role"))
    for i, mid in enumerate(mat_ids):
        have = roles_by_slot.get(mid, set())
        for role in required:
            if role not in have:
                problems.append(
                    Problem(
                        f"$.materials[{i}]",
                        f"style {style} needs a '{role}' slot for material '{mid}'",
                    )
                )
    variants = [v for v in data.get("variants") or [] if isinstance(v, dict)]
    if len(materials) * len(variants) > MAX_TEXTURE_SETS:
        problems.append(
            Problem(
                "$.materials",
                f"{len(materials)} materials x {len(variants)} variants = "
                f"{len(materials) * len(variants)} texture sets; at most {MAX_TEXTURE_SETS} are "
                "allowed (fewer materials or variants)",
            )
        )
    vids = [v.get("variant_id") for v in variants]
    for i, v in enumerate(vids):
        if vids.index(v) != i:
            problems.append(Problem(f"$.variants[{i}].variant_id", f"duplicate variant id '{v}'"))
        if isinstance(v, str) and not v.replace("_", "").replace("-", "").isalnum():
            problems.append(
                Problem(f"$.variants[{i}].variant_id", f"'{v}' must be letters, digits, '_' or '-'")
            )
    return problems


def _shape_problems(data: dict, parts: list[dict], mat_ids: list) -> list[Problem]:
    """v0.3: the shape names a recipe of the library with valid parameters, or holds a valid
    part program; the spec's parts are parts the shape makes, and every part it makes has a
    material (listed in `parts`, or a material whose id is the part's own material role)."""
    from ..errors import InvalidInput
    from ..shapes.choose import output_parts

    shape = data.get("shape")
    if not isinstance(shape, dict):
        return []  # the schema reported it
    problems: list[Problem] = []
    made: dict[str, str] | None = None
    kind = ""
    if isinstance(shape.get("recipe"), str) and "program" not in shape:
        from ..shapes.recipes import RECIPES

        name = shape["recipe"]
        recipe = RECIPES.get(name)
        if recipe is None:
            import difflib

            near = difflib.get_close_matches(name, RECIPES, n=3)
            return [
                Problem(
                    "$.shape.recipe",
                    f"'{name}' is not a recipe of the library"
                    + (f" (nearest: {', '.join(near)})" if near else "")
                    + "; `assetsmith recipes` lists them",
                )
            ]
        params = shape.get("params") if isinstance(shape.get("params"), dict) else {}
        try:
            program = recipe.program(params, _seed_of(data))
        except InvalidInput as exc:
            return [
                Problem(
                    "$.shape.params",
                    exc.message.rstrip(".") + (f" ({exc.hint.rstrip('.')})" if exc.hint else ""),
                )
            ]
        made = {p.name: p.role for p in recipe.parts}
        made.update({k: v for k, v in output_parts(program).items() if k not in made})
        kind = f"a {name}"
    elif isinstance(shape.get("program"), dict):
        from ..shapes.validate import validate_program

        found = validate_program(shape["program"])
        if found:
            return [Problem("$.shape.program" + p.path[1:], p.message) for p in found]
        made = output_parts(shape["program"])
        kind = "the shape's program"
    if made is None:
        return problems
    listed = {p.get("id") for p in parts}
    for i, p in enumerate(parts):
        if p.get("id") not in made:
            shown = ", ".join(list(made)[:24]) + (" ..." if len(made) > 24 else "")
            problems.append(
                Problem(
                    f"$.parts[{i}].id",
                    f"'{p.get('id')}' is not a part of {kind}; its parts are: {shown}",
                )
            )
    if kind == "the shape's program":
        for name, role in made.items():
            if name not in listed and role not in mat_ids:
                problems.append(
                    Problem(
                        "$.parts",
                        f"the part '{name}' has no material: list it in parts or "
                        f"add a material with id '{role}'",
                    )
                )
    return problems


def _seed_of(data: dict) -> int:
    """The seed the geometry of the first variant is built with (JobContext.variant_seed(0))."""
    variants = data.get("variants") if isinstance(data.get("variants"), list) else []
    first = variants[0] if variants and isinstance(variants[0], dict) else {}
    if isinstance(first.get("seed"), int) and not isinstance(first.get("seed"), bool):
        return int(first["seed"])
    gen = data.get("generation")
    seed = gen.get("seed", 0) if isinstance(gen, dict) else 0
    return int(seed) if isinstance(seed, int) and not isinstance(seed, bool) else 0


def validate_spec_data(data: Any) -> tuple[str | None, list[Problem]]:
    """Validate a parsed spec of either version. Returns (version, problems)."""
    if not isinstance(data, dict):
        return None, [Problem("$", f"a spec must be a JSON object, not {type(data).__name__}")]
    version = data.get("spec_version")
    if version not in SUPPORTED_VERSIONS:
        return None, [
            Problem(
                "$.spec_version",
                f"{json.dumps(version)} is not a supported version "
                f"({', '.join(SUPPORTED_VERSIONS)})",
            )
        ]
    too_many = _size_problems(data, version)
    if too_many:  # refused on its size alone: the items are not walked
        return version, too_many
    problems = _schema_problems(data, version) + _rule_problems(data, version)
    return version, sorted(set(problems), key=lambda p: (p.path, p.message))
