"""Material families and glow in specs: the schema names every family the synthesiser has; the
v0.2 `emissive` fields validate with JSON paths, normalise from sloppy input, and v0.1's
`emissive` slot role upgrades to a glowing material."""

from __future__ import annotations

import copy

import pytest

from assetsmith.materials.emission import EMISSIVE_PATTERNS, MAX_EMISSIVE_STRENGTH
from assetsmith.materials.synth import FAMILY_TILE_SIZE_M
from assetsmith.spec import generate_spec, load_spec, normalise_spec
from assetsmith.spec.catalog import MATERIAL_FAMILIES
from assetsmith.spec.validate import load_schema, validate_spec_data


def material_schema() -> dict:
    return load_schema("0.2")["properties"]["materials"]["items"]["properties"]


def test_schema_family_enum_is_the_catalog():
    assert sorted(material_schema()["family"]["enum"]) == sorted(MATERIAL_FAMILIES)
    assert set(FAMILY_TILE_SIZE_M) == set(MATERIAL_FAMILIES)


def test_schema_glow_fields_match_the_synthesiser():
    props = material_schema()
    assert tuple(props["emissive_pattern"]["enum"]) == EMISSIVE_PATTERNS
    assert props["emissive_strength"]["maximum"] == MAX_EMISSIVE_STRENGTH
    assert props["emissive_strength"]["minimum"] == 0


@pytest.mark.parametrize("family", ["foliage", "bone", "metal_panels", "roof_tiles", "rope"])
def test_new_families_are_legal_in_a_spec(family):
    spec = generate_spec("wooden crate")
    spec["materials"][0]["family"] = family
    assert validate_spec_data(spec) == ("0.3", [])


def glowing_spec(**fields) -> dict:
    spec = generate_spec("wooden crate")
    spec["materials"][0].update(fields)
    return spec


def test_glowing_material_validates_and_loads():
    spec = glowing_spec(emissive="#FFB347", emissive_strength=12.5, emissive_pattern="runes")
    assert validate_spec_data(spec) == ("0.3", [])
    loaded = load_spec(copy.deepcopy(spec))
    assert loaded["materials"][0]["emissive_strength"] == 12.5


@pytest.mark.parametrize(
    "fields, message",
    [
        (dict(emissive="orange"), "does not match"),
        (dict(emissive="#ffb34"), "does not match"),
        (dict(emissive="#ffb347", emissive_strength=101), "greater than the maximum"),
        (dict(emissive="#ffb347", emissive_strength=-0.5), "less than the minimum"),
        (dict(emissive="#ffb347", emissive_strength="bright"), "is not of type"),
        (dict(emissive="#ffb347", emissive_pattern="sparkles"), "is not one of"),
    ],
)
def test_bad_glow_fields_are_reported_at_their_path(fields, message):
    version, problems = validate_spec_data(glowing_spec(**fields))
    field = next(iter(fields)) if len(fields) == 1 else list(fields)[-1]
    hits = [p for p in problems if p.path == f"$.materials[0].{field}"]
    assert hits and message in hits[0].message, problems


def test_normalise_reads_glow_words_and_numbers():
    spec = glowing_spec()
    spec["materials"][0]["glow"] = "orange"
    spec["materials"][0]["emissive_strength"] = "6"
    fixed, changes = normalise_spec(spec)
    m = fixed["materials"][0]
    assert m["emissive"] == "#d0702a" and m["emissive_strength"] == 6.0 and "glow" not in m
    assert any("'glow' to 'emissive'" in c for c in changes)
    assert validate_spec_data(fixed) == ("0.3", [])


def test_v01_emissive_role_upgrades_to_a_glowing_material():
    v01 = {
        "spec_version": "0.1",
        "asset_id": "magic_crystal",
        "display_name": "Magic crystal",
        "category": "prop",
        "style_preset": "realistic_hd_pbr",
        "poly_budget_tris": 4000,
        "tags": ["crystal"],
        "variants": [{"variant_id": "v1", "label": "V1", "seed": 3}],
        "material_slots": [
            {"id": "glass", "role": "albedo", "resolution_hint": 1024},
            {"id": "glass", "role": "normal", "resolution_hint": 1024},
            {"id": "glass", "role": "orm", "resolution_hint": 1024},
            {"id": "glass", "role": "emissive", "resolution_hint": 1024},
        ],
        "generation": {"source_prompt": "glowing potion bottle"},
        "unity": {"import_subfolder": "Magic", "collider": "box"},
    }
    up = load_spec(v01)
    glowing = [m for m in up["materials"] if "emissive" in m]
    assert [m["id"] for m in glowing] == ["glass"]
    assert glowing[0]["emissive"].startswith("#") and glowing[0].get("emissive_strength", 1) > 0
    assert validate_spec_data(up) == ("0.3", [])


@pytest.mark.parametrize(
    "prompt, part, family",
    [
        ("tree", "canopy", "foliage"),  # leaves are leaves, not ground moss
        ("bone chair", "seat", "bone"),
        ("wicker chair", "seat", "wicker"),
        ("concrete wall", "wall", "concrete"),
        ("thatched wall", "wall", "straw"),
        ("paper lantern", "lit_paper", "paper"),
    ],
)
def test_prompt_words_name_the_new_families(prompt, part, family):
    spec = generate_spec(prompt)
    materials = {m["id"]: m["family"] for m in spec["materials"]}
    families = {p["id"]: materials[p["material"]] for p in spec["parts"]}
    assert families[part] == family
    assert validate_spec_data(spec) == ("0.3", [])
