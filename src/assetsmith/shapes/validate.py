"""Part program validation: bounds first (cheap, so hostile input is refused fast), then the JSON
Schema, then the rules a schema cannot say (rules.py). Every problem carries the JSON path of the
offending value, e.g. `$.parts[3].primitive.segments`; all problems are reported at once.

    problems = validate_program(data)        # [] when valid
    program = check_program(data)            # the program with defaults filled in, or ProgramInvalid
"""

from __future__ import annotations

import copy
import json
import math
import threading
from collections import OrderedDict
from functools import cache
from typing import Any

from ..errors import Problem, ProgramInvalid
from .limits import MAX_JSON_DEPTH, MAX_JSON_NODES, MAX_PARTS
from .schema import load_schema
from .vocabulary import OPERATORS, PRIMITIVES


def json_path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _walk_bounds(data: Any) -> list[Problem]:
    """Node count, nesting depth and non-finite numbers, without recursion (a deep hostile
    document must not exhaust the stack)."""
    problems: list[Problem] = []
    stack: list[tuple[Any, tuple, int]] = [(data, (), 0)]
    nodes = 0
    while stack:
        node, path, depth = stack.pop()
        nodes += 1
        if nodes > MAX_JSON_NODES:
            return [
                Problem("$", f"the program has more than {MAX_JSON_NODES} values; it is too large")
            ]
        if depth > MAX_JSON_DEPTH:
            return [Problem(json_path(path), f"nested deeper than {MAX_JSON_DEPTH} levels")]
        if isinstance(node, dict):
            for k, v in node.items():
                if not isinstance(k, str):
                    problems.append(Problem(json_path(path), f"key {k!r} is not a string"))
                    continue
                stack.append((v, (*path, k), depth + 1))
        elif isinstance(node, list | tuple):
            stack.extend((v, (*path, i), depth + 1) for i, v in enumerate(node))
        elif isinstance(node, float) and not math.isfinite(node):
            problems.append(Problem(json_path(path), f"{node!r} is not a finite number"))
        elif not isinstance(node, str | int | float | bool) and node is not None:
            problems.append(
                Problem(json_path(path), f"a {type(node).__name__} is not a JSON value")
            )
    return problems


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema())


def _known(words: dict, what: str, value: Any) -> str:
    return f"unknown {what} {json.dumps(value)[:40]}; known: {', '.join(sorted(words))}"


def _schema_problems(data: Any) -> list[Problem]:
    problems = []
    for err in _validator().iter_errors(data):
        path = list(err.absolute_path)
        where = json_path(path)
        v = err.validator
        if v == "required":
            missing = err.message.split("'")[1] if "'" in err.message else err.message
            problems.append(Problem(json_path([*path, missing]), "is required but missing"))
        elif v == "additionalProperties":
            problems.append(
                Problem(
                    where,
                    err.message.replace(
                        "Additional properties are not allowed", "unknown field(s)"
                    ),
                )
            )
        elif v == "enum" and path[-1:] == ["type"] and "primitive" in path:
            problems.append(Problem(where, _known(PRIMITIVES, "primitive", err.instance)))
        elif v == "enum" and path[-1:] == ["op"]:
            problems.append(Problem(where, _known(OPERATORS, "operator", err.instance)))
        elif v in ("enum", "const"):
            allowed = err.validator_value if v == "enum" else [err.validator_value]
            shown = ", ".join(str(a) for a in allowed[:24]) + (" ..." if len(allowed) > 24 else "")
            problems.append(
                Problem(where, f"{json.dumps(err.instance)[:60]} is not one of: {shown}")
            )
        elif v in ("if", "allOf", "oneOf", "anyOf") and err.context:
            # A dispatch (`if type == box then ...`): report the inner problems, which say more.
            best = min(err.context, key=lambda e: len(e.message))
            problems.append(Problem(json_path(list(best.absolute_path)), best.message[:200]))
        else:
            problems.append(Problem(where, err.message[:200]))
    return problems


def validate_program(data: Any) -> list[Problem]:
    """Every problem of a part program (an empty list when it is valid)."""
    if not isinstance(data, dict):
        return [Problem("$", "a part program must be a JSON object")]
    parts = data.get("parts")
    if isinstance(parts, list) and len(parts) > MAX_PARTS:  # before anything walks them
        return [
            Problem(
                "$.parts",
                f"{len(parts)} parts exceed the limit of {MAX_PARTS}; "
                "merge parts with array operators",
            )
        ]
    problems = _walk_bounds(data)
    if any(p.message.startswith(("the program has more", "nested deeper")) for p in problems):
        return problems
    problems += _schema_problems(data)  # a NaN passes every schema bound: both lists are needed
    if problems:
        return _sorted(problems)
    from .rules import rule_problems

    return _sorted(rule_problems(data))


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda p: (p.path, p.message))


_CHECKED: OrderedDict[str, dict] = OrderedDict()  # canonical JSON -> normalised program
_CHECKED_MAX = 128
_CHECKED_LOCK = threading.Lock()


def check_program(data: Any) -> dict:
    """The program with every default filled in (a fresh copy); ProgramInvalid if it has any
    problem. Valid programs are remembered by their canonical JSON, so building the same recipe
    again skips the schema (a recipe's program is the same for the same parameters)."""
    key = None
    if isinstance(data, dict) and not _walk_bounds_quick(data):
        try:
            key = json.dumps(data, sort_keys=True, allow_nan=False)
        except (TypeError, ValueError):
            key = None
    if key is not None:
        with _CHECKED_LOCK:
            hit = _CHECKED.get(key)
            if hit is not None:
                _CHECKED.move_to_end(key)
        if hit is not None:
            return copy.deepcopy(hit)
    problems = validate_program(data)
    if problems:
        raise ProgramInvalid(problems)
    out = normalise_program(data)
    if key is not None and len(key) < 200_000:
        with _CHECKED_LOCK:
            _CHECKED[key] = copy.deepcopy(out)
            if len(_CHECKED) > _CHECKED_MAX:
                _CHECKED.popitem(last=False)
    return out


def _walk_bounds_quick(data: dict) -> bool:
    """True when the program is obviously too large to be worth a cache key."""
    parts = data.get("parts")
    return not isinstance(parts, list) or len(parts) > MAX_PARTS


def _fill(obj: dict, words: dict, key: str) -> dict:
    word = words[obj[key]]
    out = {key: obj[key]}
    for name, p in word.params.items():
        out[name] = copy.deepcopy(obj[name]) if name in obj else copy.deepcopy(p.default)
    for name, p in word.params.items():
        if p.kind == "shapes":
            out[name] = [_fill_shape(s) for s in out[name]]
    return out


def _fill_shape(shape: dict) -> dict:
    return {
        "primitive": _fill(shape["primitive"], PRIMITIVES, "type"),
        "ops": [_fill(o, OPERATORS, "op") for o in shape.get("ops", [])],
        "transform": _fill_transform(shape.get("transform")),
    }


def _fill_transform(t: dict | None) -> dict:
    t = t or {}
    s = t.get("scale", 1.0)
    return {
        "translate": list(t.get("translate", [0.0, 0.0, 0.0])),
        "rotate": list(t.get("rotate", [0.0, 0.0, 0.0])),
        "scale": [float(s)] * 3 if isinstance(s, int | float) else list(s),
    }


def normalise_program(data: dict) -> dict:
    """A valid program with all defaults explicit (what the builder reads)."""
    parts = []
    for p in data["parts"]:
        shape = _fill_shape(p)
        uv = p.get("uv", "native")
        uv = {"mode": uv, "axis": "y"} if isinstance(uv, str) else {"axis": "y", **uv}
        attach = None
        if "attach" in p:
            a = p["attach"]
            attach = {
                "to": a["to"],
                "on": a.get("on", "top"),
                "align": {ax: float(a.get("align", {}).get(ax, 0.0)) for ax in "xyz"},
                "gap": float(a.get("gap", 0.0)),
                "offset": list(a.get("offset", [0.0] * 3)),
                "fit": list(a.get("fit", [])),
            }
        parts.append(
            {
                "id": p["id"],
                "part": p.get("part", p["id"]),
                "material": p.get("material"),
                **shape,
                "attach": attach,
                "uv": uv,
                "detail": float(p.get("detail", 1.0)),
            }
        )
    return {
        "version": data["version"],
        "name": data.get("name", ""),
        "materials": copy.deepcopy(data["materials"]),
        "parts": parts,
        "collider": data.get("collider", "box"),
    }
