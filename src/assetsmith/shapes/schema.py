"""The part program's JSON Schema (draft 2020-12), generated from vocabulary.py.

    python -m assetsmith.shapes.schema      # rewrites src/assetsmith/shapes/program.schema.json

A test checks that the committed file matches what this module generates, so the vocabulary, the
schema file and the validator cannot drift apart.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..spec.catalog import MATERIAL_FAMILIES
from .limits import (
    ID_PATTERN,
    MAX_ANGLE_DEG,
    MAX_COORD_M,
    MAX_PARTS,
    MAX_POINTS,
    MAX_SCALE,
    MAX_SIZE_M,
)
from .vocabulary import (
    ATTACH_SIDES,
    COLLIDERS,
    OPERATORS,
    PRIMITIVES,
    UV_MODES,
    Param,
    Word,
)

SCHEMA_FILE = "program.schema.json"
PROGRAM_VERSION = "1"
SECTION_SHAPES = ("circle", "ellipse", "rect", "rounded_rect", "outline")

_NUM = {"type": "number"}
LENGTH = {**_NUM, "exclusiveMinimum": 0, "maximum": MAX_SIZE_M}
LENGTH0 = {**_NUM, "minimum": 0, "maximum": MAX_SIZE_M}
COORD = {**_NUM, "minimum": -MAX_COORD_M, "maximum": MAX_COORD_M}
ANGLE = {**_NUM, "minimum": -MAX_ANGLE_DEG, "maximum": MAX_ANGLE_DEG}
FACTOR = {**_NUM, "exclusiveMinimum": 0, "maximum": MAX_SCALE}
NAME = {"type": "string", "pattern": ID_PATTERN}


def _tuple(item: dict, n: int) -> dict:
    return {"type": "array", "items": item, "minItems": n, "maxItems": n}


def _list(item: dict, p: Param) -> dict:
    out: dict = {"type": "array", "items": item}
    if p.min_items:
        out["minItems"] = p.min_items
    if p.max_items:
        out["maxItems"] = p.max_items
    return out


def _macro_names() -> list[str]:
    from ..geometry.archetypes import ARCHETYPE_BUILDERS

    return sorted(ARCHETYPE_BUILDERS.names())


def param_schema(p: Param) -> dict:
    """The schema of one parameter value."""
    k = p.kind
    simple: dict[str, dict[str, Any]] = {
        "length": LENGTH,
        "length0": LENGTH0,
        "coord": COORD,
        "angle": ANGLE,
        "name": NAME,
        "bool": {"type": "boolean"},
        "size3": _tuple(LENGTH, 3),
        "vec3": _tuple(COORD, 3),
        "size2": _tuple(LENGTH, 2),
        "range2": _tuple(FACTOR, 2),
        "angles3": _tuple(ANGLE, 3),
        "scale3": {"oneOf": [FACTOR, _tuple(FACTOR, 3)]},
        "scale2": {"oneOf": [FACTOR, _tuple(FACTOR, 2)]},
        "jitter": {"$ref": "#/$defs/jitter"},
        "mapping": {
            "type": "object",
            "propertyNames": NAME,
            "additionalProperties": NAME,
            "maxProperties": 64,
        },
    }
    if k in simple:
        return dict(simple[k])
    if k == "number":
        return {**_NUM, "minimum": p.lo, "maximum": p.hi}
    if k == "int":
        return {"type": "integer", "minimum": p.lo, "maximum": p.hi}
    if k == "enum":
        return {"enum": list(p.values)}
    if k == "points2":
        return _list(_tuple(COORD, 2), p)
    if k == "points3":
        return _list(_tuple(COORD, 3), p)
    if k == "outlines":
        return _list({"$ref": "#/$defs/outline"}, p)
    if k == "lengths":
        return _list(LENGTH, p)
    if k == "sections":
        return _list({"$ref": "#/$defs/section"}, p)
    if k == "shapes":
        return _list({"$ref": "#/$defs/shape"}, p)
    raise ValueError(f"unknown parameter kind {k!r}")


def _word_schema(word: Word, key: str) -> dict:
    props: dict = {key: {"const": word.name}}
    required = [key]
    for name, p in word.params.items():
        s = param_schema(p)
        if not p.required and p.default is None:
            s = {"anyOf": [s, {"type": "null"}]}
        s["description"] = p.doc
        props[name] = s
        if p.required:
            required.append(name)
    if word.name == "macro":
        props["name"] = {"enum": _macro_names(), "description": word.params["name"].doc}
    return {
        "type": "object",
        "description": word.doc,
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def _dispatch(words: dict[str, Word], key: str, prefix: str) -> dict:
    """An object whose `key` picks one of `words`; the matching definition then applies."""
    return {
        "type": "object",
        "required": [key],
        "properties": {key: {"enum": sorted(words)}},
        "allOf": [
            {
                "if": {"properties": {key: {"const": n}}, "required": [key]},
                "then": {"$ref": f"#/$defs/{prefix}_{n}"},
            }
            for n in sorted(words)
        ],
    }


def build_schema() -> dict:
    """The whole schema as a dict."""
    defs: dict = {}
    for n, w in PRIMITIVES.items():
        defs[f"primitive_{n}"] = _word_schema(w, "type")
    for n, w in OPERATORS.items():
        defs[f"op_{n}"] = _word_schema(w, "op")
    defs["primitive"] = _dispatch(PRIMITIVES, "type", "primitive")
    defs["op"] = _dispatch(OPERATORS, "op", "op")
    defs["outline"] = {
        "type": "array",
        "items": _tuple(COORD, 2),
        "minItems": 3,
        "maxItems": MAX_POINTS,
    }
    defs["jitter"] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "translate": _tuple(LENGTH0, 3),
            "rotate": _tuple(ANGLE, 3),
            "scale": {**_NUM, "minimum": 0, "maximum": 0.9},
        },
    }
    defs["transform"] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "translate": {**_tuple(COORD, 3), "description": "Move by [x, y, z] metres (last)."},
            "rotate": {
                **_tuple(ANGLE, 3),
                "description": "Turn about X, then Y, then Z (degrees).",
            },
            "scale": {"oneOf": [FACTOR, _tuple(FACTOR, 3)], "description": "Scale (first)."},
        },
    }
    defs["shape"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["primitive"],
        "description": "An inline shape: a boolean operand.",
        "properties": {
            "primitive": {"$ref": "#/$defs/primitive"},
            "ops": {"type": "array", "items": {"$ref": "#/$defs/op"}, "maxItems": 16},
            "transform": {"$ref": "#/$defs/transform"},
        },
    }
    defs["section"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["at", "shape"],
        "properties": {
            "at": {**COORD, "description": "Position along the loft axis."},
            "shape": {"enum": list(SECTION_SHAPES)},
            "radius": {**LENGTH, "description": "circle: its radius."},
            "size": {
                **_tuple(LENGTH, 2),
                "description": "ellipse, rect, rounded_rect: extents across the axis.",
            },
            "corner": {**LENGTH0, "description": "rounded_rect: corner radius."},
            "points": {"$ref": "#/$defs/outline", "description": "outline: its points."},
            "offset": {
                **_tuple(COORD, 2),
                "description": "Shift of the section's centre across the axis.",
            },
        },
    }
    defs["uv"] = {
        "oneOf": [
            {"enum": list(UV_MODES)},
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["mode"],
                "properties": {"mode": {"enum": list(UV_MODES)}, "axis": {"enum": ["x", "y", "z"]}},
            },
        ]
    }
    defs["attach"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["to"],
        "properties": {
            "to": {**NAME, "description": "Id of the part to attach to."},
            "on": {
                "enum": list(ATTACH_SIDES),
                "description": "Where, on the target's bounding box.",
            },
            "align": {
                "type": "object",
                "additionalProperties": False,
                "properties": {a: {**_NUM, "minimum": -2, "maximum": 2} for a in "xyz"},
            },
            "gap": {
                **COORD,
                "description": "Space between the touching faces (negative: sink into the target).",
            },
            "offset": _tuple(COORD, 3),
            "fit": {
                "type": "array",
                "items": {"enum": ["x", "y", "z"]},
                "uniqueItems": True,
                "maxItems": 3,
            },
        },
    }
    defs["part"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "primitive"],
        "properties": {
            "id": {**NAME, "description": "Unique id; attachments refer to it."},
            "part": {
                **NAME,
                "description": "Output part (mesh) this entry joins; default: its id.",
            },
            "material": {**NAME, "description": "Material id (a key of `materials`)."},
            "primitive": {"$ref": "#/$defs/primitive"},
            "ops": {"type": "array", "items": {"$ref": "#/$defs/op"}, "maxItems": 16},
            "transform": {"$ref": "#/$defs/transform"},
            "attach": {"$ref": "#/$defs/attach"},
            "uv": {"$ref": "#/$defs/uv"},
            "detail": {
                **_NUM,
                "minimum": 0.1,
                "maximum": 10,
                "description": "Weight of this part's share of the triangles.",
            },
        },
    }
    defs["material"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["family"],
        "properties": {
            "family": {"enum": sorted(MATERIAL_FAMILIES)},
            "base_color": {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://assetsmith.dev/schemas/part-program-v1.schema.json",
        "title": "assetsmith part program",
        "description": "An object as named parts: primitives, operators, transforms, attachments.",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "materials", "parts"],
        "properties": {
            "version": {"const": PROGRAM_VERSION},
            "name": {"type": "string", "maxLength": 64},
            "materials": {
                "type": "object",
                "propertyNames": NAME,
                "minProperties": 1,
                "maxProperties": 64,
                "additionalProperties": {"$ref": "#/$defs/material"},
            },
            "parts": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_PARTS,
                "items": {"$ref": "#/$defs/part"},
            },
            "collider": {"enum": list(COLLIDERS)},
        },
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=1, sort_keys=True) + "\n"


@cache
def load_schema() -> dict:
    """The committed schema file."""
    return json.loads(resources.files("assetsmith.shapes").joinpath(SCHEMA_FILE).read_text())


if __name__ == "__main__":
    out = Path(__file__).with_name(SCHEMA_FILE)
    out.write_text(schema_text())
    print(f"wrote {out}")
