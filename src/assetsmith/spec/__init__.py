"""Asset specs: schemas (v0.1 compatible; v0.2 and v0.3 ours), validation, normalisation, upgrade to
v0.3, generation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InvalidInput, Problem, SpecInvalid, SpecUnreadable
from .generator import generate_spec
from .normalise import normalise_spec
from .upgrade import upgrade_v01, upgrade_v02
from .validate import load_schema, validate_spec_data

MAX_SPEC_BYTES = 2 * 1024 * 1024

__all__ = [
    "generate_spec",
    "normalise_spec",
    "upgrade_v01",
    "upgrade_v02",
    "load_schema",
    "validate_spec_data",
    "parse_spec_text",
    "read_spec_file",
    "load_spec",
    "check_spec",
    "shape_label",
    "shape_report",
    "shape_summary",
]


def parse_spec_text(text: str | bytes, *, source: str = "spec") -> Any:
    """Parse JSON text, turning decode errors into SpecUnreadable with line and column."""
    if isinstance(text, bytes):
        if len(text) > MAX_SPEC_BYTES:
            raise SpecUnreadable(
                f"The {source} is {len(text)} bytes; specs are at most {MAX_SPEC_BYTES}."
            )
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SpecUnreadable(
                f"The {source} is not UTF-8 text.", "Save the spec as UTF-8 JSON."
            ) from None
    if not text.strip():
        raise SpecUnreadable(
            f"The {source} is empty.", "Write a JSON object (see `assetsmith generate-spec`)."
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) - 1 or _unbalanced(text)
        what = "ends too early (truncated?)" if truncated else f"is not valid JSON ({exc.msg})"
        raise SpecUnreadable(
            f"The {source} {what} at line {exc.lineno}, column {exc.colno}.",
            "Fix the JSON syntax, or regenerate the spec.",
        ) from None


def _unbalanced(text: str) -> bool:
    """True when the text ends inside a string or an open object/array: a cut-off file."""
    depth, in_str, esc = 0, False, False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_str or depth > 0


def read_spec_file(path: str | Path) -> Any:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_SPEC_BYTES:
            raise SpecUnreadable(f"The spec file '{p.name}' is larger than {MAX_SPEC_BYTES} bytes.")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(
            f"The spec file '{p}' does not exist.", "Check the path given to --spec/--file."
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            f"'{p}' is a folder, not a spec file.", "Pass the path of a .json spec."
        ) from None
    except PermissionError:
        raise InvalidInput(f"The spec file '{p}' cannot be read (permission denied).") from None
    return parse_spec_text(data, source=f"spec file '{p.name}'")


def check_spec(
    data: Any, *, normalise: bool = False
) -> tuple[str | None, list[Problem], list[str], Any]:
    """(version, problems, normalisation changes, the possibly normalised data) without raising."""
    changes: list[str] = []
    if normalise:
        data, changes = normalise_spec(data)
    version, problems = validate_spec_data(data)
    return version, problems, changes, data


def load_spec(data: Any, *, normalise: bool = False) -> dict:
    """Validate a parsed spec of any supported version and return it as a valid v0.3 spec."""
    version, problems, _changes, data = check_spec(data, normalise=normalise)
    if problems:
        raise SpecInvalid(problems)
    if version in ("0.1", "0.2"):
        data = upgrade_v01(data) if version == "0.1" else upgrade_v02(data)
        _, problems = validate_spec_data(data)
        if problems:
            raise SpecInvalid(
                problems,
                f"The v{version} spec is valid but could not be upgraded; report this spec.",
            )
    return data


def shape_report(spec: dict) -> dict:
    """What was built and why: the `shape` object of run-job --json, the SDK result and the API's
    job result. `recipe` (or the program's name), `matched_words`, `confidence`, `fallback` (null,
    or the reason in plain words), `how` the noun reached the recipe, `suggestions`, and `params`
    (the values the prompt's words set). A spec written by hand reports how "spec"."""
    interp = (spec.get("generation") or {}).get("interpretation") or {}
    read = interp.get("shape") if isinstance(interp.get("shape"), dict) else None
    out = {
        "recipe": shape_label(spec),
        "matched_words": [],
        "confidence": 1.0,
        "fallback": None,
        "how": "spec",
        "suggestions": [],
        "params": {},
    }
    if read is not None:
        out.update(
            {
                k: read[k]
                for k in ("matched_words", "confidence", "fallback", "how", "suggestions", "params")
                if k in read
            }
        )
    out["recipe"] = shape_label(spec)
    group = (spec.get("shape") or {}).get("arrangement")
    out["arrangement"] = dict(group) if group else None
    return out


def shape_summary(spec: dict) -> str:
    """The shape in the CLI summary line: "table", "lantern via 'lamp' (0.75)", "crate x3 (stack)",
    or "stand-in crate: no recipe fits" when nothing did."""
    group = (spec.get("shape") or {}).get("arrangement")
    one = _one_shape_summary(spec)
    return f"{one} x{group['count']} ({group['kind']})" if group else one


def _one_shape_summary(spec: dict) -> str:
    rep = shape_report(spec)
    if rep["how"] == "spec":
        return rep["recipe"]
    if rep["how"] == "none":
        return f"stand-in {rep['recipe']}: no recipe fits"
    if rep["how"] == "llm":
        return f"{rep['recipe']}, written by the language model"
    if rep["fallback"] or rep["confidence"] < 1.0:
        words = " ".join(rep["matched_words"])
        return f"{rep['recipe']} via '{words}' ({rep['confidence']:.2f})"
    return rep["recipe"]


def shape_label(spec: dict) -> str:
    """What a v0.3 spec builds, in one word: its recipe, or its program's name."""
    shape = spec.get("shape") or {}
    if shape.get("recipe"):
        return str(shape["recipe"])
    program = shape.get("program") or {}
    return str(program.get("name") or "custom shape")
