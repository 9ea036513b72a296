import copy
import json

import pytest

from assetsmith.errors import SpecInvalid, SpecUnreadable
from assetsmith.spec import generate_spec, load_spec, normalise_spec, parse_spec_text
from assetsmith.spec.validate import validate_spec_data

V01 = {
    "spec_version": "0.1",
    "asset_id": "neon_barrel",
    "display_name": "Neon barrel",
    "category": "prop",
    "style_preset": "anime_stylized",
    "poly_budget_tris": 4000,
    "tags": ["barrel"],
    "material_slots": [
        {"id": "body", "role": "albedo", "resolution_hint": "1024"},
        {"id": "body", "role": "normal", "resolution_hint": 1024},
        {"id": "body", "role": "orm", "resolution_hint": 1024},
    ],
    "variants": [{"variant_id": "v1", "label": "V1", "seed": 7}],
    "generation": {"source_prompt": "neon barrel with steel bands"},
    "unity": {"import_subfolder": "Studio/neon", "collider": "box"},
}


def paths(problems):
    return {p.path for p in problems}


def test_v01_valid_and_upgrades_to_v03():
    assert validate_spec_data(V01) == ("0.1", [])
    up = load_spec(copy.deepcopy(V01))
    assert up["spec_version"] == "0.3"
    assert up["shape"]["recipe"] == "barrel"
    assert up["asset_id"] == "neon_barrel" and up["unity"] == V01["unity"]
    # the first v0.1 slot id names the main material, so texture names stay {variant}_{slot}_{role}
    assert up["materials"][0]["id"] == "body"
    assert {p["id"]: p["material"] for p in up["parts"]}["body"] == "body"
    assert up["generation"]["interpretation"]["upgraded_from"] == "0.1"
    assert up["variants"][0]["seed"] == 7 and up["generation"]["seed"] == 7
    assert validate_spec_data(up) == ("0.3", [])


def test_v01_palette_colours_the_upgraded_materials():
    spec = copy.deepcopy(V01)
    spec["palette"] = ["#112233", "#445566"]
    up = load_spec(spec)
    assert [m["base_color"] for m in up["materials"][:2]] == ["#112233", "#445566"]


def test_v01_schema_is_exact_additional_properties_refused():
    spec = copy.deepcopy(V01)
    spec["archetype"] = "barrel"  # a v0.2 field is not allowed in a v0.1 spec
    spec["material_slots"][0]["extra"] = 1
    _, problems = validate_spec_data(spec)
    assert {"$", "$.material_slots[0]"} <= paths(problems)


def test_every_problem_is_listed_with_its_path():
    bad = {
        "spec_version": "0.1",
        "asset_id": "Bad Id",
        "category": "nope",
        "style_preset": "toon_bold",
        "poly_budget_tris": 50000,
        "tags": [""],
        "material_slots": [{"id": "x", "role": "normal", "resolution_hint": 300}],
        "variants": [],
        "generation": {"source_prompt": ""},
        "unity": {"import_subfolder": "../x", "collider": "sphere"},
    }
    _, problems = validate_spec_data(bad)
    expected = {
        "$.asset_id",
        "$.category",
        "$.display_name",
        "$.generation.source_prompt",
        "$.material_slots[0].resolution_hint",
        "$.poly_budget_tris",
        "$.tags[0]",
        "$.unity.collider",
        "$.unity.import_subfolder",
        "$.variants",
        "$.material_slots",
    }
    assert expected <= paths(problems)
    msgs = " ".join(p.message for p in problems)
    assert "12000" in msgs and "'albedo'" in msgs and "'orm'" in msgs


@pytest.mark.parametrize("sub", ["../escape", "/abs/path", "\\windows", "a/../../b", "C:/x"])
def test_import_subfolder_escapes_refused(sub):
    spec = copy.deepcopy(V01)
    spec["unity"]["import_subfolder"] = sub
    assert "$.unity.import_subfolder" in paths(validate_spec_data(spec)[1])


def test_v02_cross_references_checked():
    spec = generate_spec("wooden barrel with iron bands")
    spec["parts"][1]["material"] = "nonexistent"
    spec["parts"].append({"id": "wheel", "material": "wood"})
    spec["materials"].append(dict(spec["materials"][0]))
    spec["material_slots"] = [
        s for s in spec["material_slots"] if not (s["id"] == "wood" and s["role"] == "normal")
    ]
    _, problems = validate_spec_data(spec)
    p = paths(problems)
    assert "$.parts[1].material" in p
    assert "$.parts[3].id" in p
    assert "$.materials[3].id" in p
    assert "$.materials[0]" in p  # wood lost its normal slot


def test_unknown_and_missing_versions():
    assert paths(validate_spec_data({"spec_version": "9.9"})[1]) == {"$.spec_version"}
    assert paths(validate_spec_data({})[1]) == {"$.spec_version"}
    assert paths(validate_spec_data([1, 2])[1]) == {"$"}


def test_load_spec_raises_with_all_problems():
    with pytest.raises(SpecInvalid) as exc:
        load_spec({"spec_version": "0.2"})
    assert len(exc.value.problems) > 5
    assert exc.value.exit_code == 3


@pytest.mark.parametrize(
    "text", ["", "   ", '{"spec_version": "0.1", "asset_id": "x"', "not json", "\xff\xfe"]
)
def test_unreadable_text(text):
    with pytest.raises(SpecUnreadable) as exc:
        parse_spec_text(text.encode("latin-1"))
    assert (
        "line" in exc.value.message or "empty" in exc.value.message or "UTF-8" in exc.value.message
    )


def test_truncated_json_is_called_truncated():
    text = json.dumps(generate_spec("barrel"))[:-40]
    with pytest.raises(SpecUnreadable, match="truncated"):
        parse_spec_text(text)


def test_normalise_repairs_llm_style_output():
    sloppy = {
        "version": 0.1,
        "id": "My Barrel!",
        "name": "Barrel",
        "style": "Toon",
        "category": "props",
        "triangles": "3k",
        "tags": "barrel, wood",
        "slots": [{"name": "body", "type": "diffuse", "size": "1000"}],
        "generation": "a barrel",
        "unity": {"import_subfolder": "A", "collider": "convex"},
        "mood": "happy",
    }
    fixed, changes = normalise_spec(sloppy)
    assert validate_spec_data(fixed) == ("0.1", [])
    assert fixed["asset_id"] == "my_barrel"
    assert fixed["poly_budget_tris"] == 3000
    assert fixed["material_slots"][0] == {"id": "body", "role": "albedo", "resolution_hint": 1024}
    assert {s["role"] for s in fixed["material_slots"]} == {
        "albedo",
        "orm",
    }  # toon's missing orm appended
    assert fixed["unity"]["collider"] == "mesh_convex"
    assert "mood" not in fixed
    assert any("mood" in c for c in changes) and any("3k" in c for c in changes)


def test_normalise_snaps_resolutions_and_reads_numbers():
    spec = generate_spec("wooden crate")
    spec["materials"][0]["resolution"] = "900"
    spec["materials"][0]["base_color"] = "RED"
    spec["target_height_m"] = "80cm"
    spec["material_slots"][0]["resolution_hint"] = 3000
    fixed, _ = normalise_spec(spec)
    assert fixed["materials"][0]["resolution"] == 1024
    assert fixed["materials"][0]["base_color"].startswith("#")
    assert fixed["target_height_m"] == pytest.approx(0.8)
    assert fixed["material_slots"][0]["resolution_hint"] == 2048
    assert validate_spec_data(fixed)[1] == []


def test_normalise_leaves_valid_specs_alone():
    spec = generate_spec("brass lantern")
    fixed, changes = normalise_spec(spec)
    assert fixed == spec and changes == []
