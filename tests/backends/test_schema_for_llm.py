"""Schema simplification for grammar-constrained decoding (Ollama `format`, strict json_schema)."""

import pytest
from jsonschema import Draft202012Validator

from assetsmith.backends.llm.schema_for_llm import llm_spec_schema, simplify_schema, strict_schema
from assetsmith.spec import generate_spec


def test_refs_are_inlined_and_const_becomes_a_one_value_enum():
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "t",
        "$defs": {
            "colour": {"type": "string", "pattern": "^#[0-9a-f]{6}$", "description": "sRGB"},
            "pair": {"type": "array", "items": {"$ref": "#/$defs/colour"}},
        },
        "type": "object",
        "properties": {
            "v": {"const": "0.2"},
            "c": {"$ref": "#/$defs/colour"},
            "p": {"$ref": "#/$defs/pair"},
            "title": {"type": "string"},
        },  # a property named like a keyword stays
    }
    out = simplify_schema(schema)
    assert out == {
        "type": "object",
        "properties": {
            "v": {"enum": ["0.2"]},
            "c": {"type": "string", "pattern": "^#[0-9a-f]{6}$"},
            "p": {"type": "array", "items": {"type": "string", "pattern": "^#[0-9a-f]{6}$"}},
            "title": {"type": "string"},
        },
    }


def test_recursive_refs_are_refused():
    with pytest.raises(ValueError, match="too deep"):
        simplify_schema(
            {
                "$defs": {"n": {"type": "array", "items": {"$ref": "#/$defs/n"}}},
                "properties": {"x": {"$ref": "#/$defs/n"}},
            }
        )


def test_the_llm_schema_still_accepts_the_generators_specs():
    schema = llm_spec_schema()
    assert "generation" not in schema["required"] and "parts" in schema["required"]
    assert "shape" not in schema["properties"]  # the shape is chosen by the reader, not the model
    spec = generate_spec("rusty iron lantern", seed=3)
    body = {k: v for k, v in spec.items() if k in schema["properties"]}
    assert list(Draft202012Validator(schema).iter_errors(body)) == []
    assert list(Draft202012Validator(strict_schema(schema)).iter_errors(body)) == []
    bad = dict(body, spec_version="0.1")
    assert list(Draft202012Validator(schema).iter_errors(bad))


def test_strict_schema_closes_every_object_and_copies():
    schema = {"type": "object", "properties": {"a": {"type": "object", "properties": {}}}}
    out = strict_schema(schema)
    assert (
        out["additionalProperties"] is False
        and out["properties"]["a"]["additionalProperties"] is False
    )
    assert "additionalProperties" not in schema
