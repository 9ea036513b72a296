"""The v0.3 spec schema as constrained decoders want it.

Ollama turns `format` into a grammar and understands a subset of JSON Schema: no `$ref`, no
`const`. OpenAI-style `strict` structured output (llama.cpp, vLLM) also wants closed objects.
The model only writes the descriptive part of a spec; assetsmith owns `generation`, the extra
engine blocks and the `shape` (chosen by the offline reader from the recipe library, or written as
a part program by assetsmith.shapes.writer), so those are left out of what the model is asked for.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from assetsmith.spec import load_schema

# Keys a grammar-based decoder cannot use or that only document.
_DROP_KEYS = ("$schema", "$id", "$comment", "title", "description", "examples", "default")
# Top-level fields the model does not write (assetsmith fills them in).
_OWNED_BY_US = ("generation", "godot", "unreal", "bevy", "lods", "shape")


def _resolve_ref(ref: str, root: dict) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs can be inlined, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def simplify_schema(schema: dict, *, _root: dict | None = None, _depth: int = 0) -> Any:
    """A copy with every local `$ref` inlined, `const` written as a one-value `enum`, and
    annotation keys (`$schema`, `title`, `description`, ...) and `$defs` dropped."""
    root = schema if _root is None else _root
    if _depth > 32:
        raise ValueError("the schema's $refs nest too deep (recursive schema?)")
    if isinstance(schema, list):
        return [simplify_schema(s, _root=root, _depth=_depth + 1) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target = simplify_schema(_resolve_ref(schema["$ref"], root), _root=root, _depth=_depth + 1)
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        return {**target, **simplify_schema(rest, _root=root, _depth=_depth + 1)}
    out: dict = {}
    for key, value in schema.items():
        if key in _DROP_KEYS or key in ("$defs", "definitions"):
            continue
        if key == "const":
            out["enum"] = [value]
        elif key in ("properties", "patternProperties"):
            out[key] = {
                k: simplify_schema(v, _root=root, _depth=_depth + 1) for k, v in value.items()
            }
        else:
            out[key] = simplify_schema(value, _root=root, _depth=_depth + 1)
    return out


@cache
def _llm_spec_schema() -> dict:
    full = copy.deepcopy(load_schema("0.3"))
    props = full["properties"]
    for key in _OWNED_BY_US:
        props.pop(key, None)
    full["required"] = [r for r in full["required"] if r not in _OWNED_BY_US]
    return simplify_schema(full)


def llm_spec_schema() -> dict:
    """The part of the v0.3 spec schema a model fills in, simplified for grammar decoders."""
    return copy.deepcopy(_llm_spec_schema())


def strict_schema(schema: dict) -> dict:
    """A copy in which every object is closed (`additionalProperties: false`), as strict
    structured output requires. Optional fields stay optional: llama.cpp and vLLM accept that."""
    out = copy.deepcopy(schema)

    def close(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                close(n)
        elif isinstance(node, dict):
            if node.get("type") == "object" or "properties" in node:
                node.setdefault("additionalProperties", False)
            for v in node.values():
                close(v)

    close(out)
    return out
