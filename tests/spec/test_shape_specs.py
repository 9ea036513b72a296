"""v0.3 shapes from the outside: a recipe with parameters, or a part program, validated with JSON
paths under $.shape; hostile programs refused before anything is built, with no partial pack."""

from __future__ import annotations

import copy
import json
import math

import pytest

from assetsmith import build_pack
from assetsmith.errors import SpecInvalid
from assetsmith.settings import Settings
from assetsmith.spec import generate_spec, load_spec, upgrade_v02, validate_spec_data

PROGRAM = {
    "version": "1",
    "name": "stool",
    "materials": {"oak": {"family": "wood_planks"}, "iron": {"family": "iron"}},
    "parts": [
        {
            "id": "seat",
            "material": "oak",
            "primitive": {"type": "cylinder", "radius": 0.18, "height": 0.04},
            "transform": {"translate": [0, 0.44, 0]},
        },
        {
            "id": "legs",
            "material": "iron",
            "primitive": {"type": "cylinder", "radius": 0.015, "height": 0.44},
            "ops": [{"op": "transform", "translate": [0.12, 0, 0]}, {"op": "radial", "count": 3}],
        },
    ],
}


def program_spec(program: dict) -> dict:
    spec = generate_spec("wooden stool", seed=3)
    spec["shape"] = {"program": program}
    spec["materials"] = [
        dict(spec["materials"][0], id="oak", family="wood_planks"),
        dict(spec["materials"][0], id="iron", family="iron"),
    ]
    spec["parts"] = [{"id": "seat", "material": "oak"}, {"id": "legs", "material": "iron"}]
    spec["material_slots"] = [
        {"id": m, "role": r, "resolution_hint": 512}
        for m in ("oak", "iron")
        for r in ("albedo", "normal", "orm")
    ]
    return spec


def paths(problems) -> set[str]:
    return {p.path for p in problems}


def test_a_program_spec_validates_and_builds(tmp_path):
    spec = program_spec(PROGRAM)
    assert validate_spec_data(spec) == ("0.3", [])
    out = build_pack(
        spec,
        tmp_path / "pack",
        settings=Settings(data_dir=tmp_path / "d", previews=False, content_credentials="off"),
        export_usd=False,
    )
    names = {p.name for p in out.rglob("*.glb")}
    assert any(n.endswith(".glb") for n in names)


def test_a_recipe_with_bad_parameters_is_refused_with_a_path():
    spec = generate_spec("wooden cart")
    spec["shape"]["params"] = {"wheels": 9, "sails": True}
    _, problems = validate_spec_data(spec)
    assert "$.shape.params" in paths(problems)
    spec["shape"] = {"recipe": "cartt"}
    _, problems = validate_spec_data(spec)
    assert any(p.path == "$.shape.recipe" and "cart" in p.message for p in problems)


def test_parts_must_be_parts_of_the_shape():
    spec = generate_spec("wooden barrel")
    spec["parts"].append({"id": "sail", "material": spec["materials"][0]["id"]})
    _, problems = validate_spec_data(spec)
    assert any(
        p.path.startswith("$.parts[") and "sail" in p.message and "body" in p.message
        for p in problems
    )


def test_recipe_and_program_together_are_refused():
    spec = program_spec(PROGRAM)
    spec["shape"]["recipe"] = "stool"
    _, problems = validate_spec_data(spec)
    assert "$.shape" in paths(problems)


def _nan(p):
    p["parts"][0]["primitive"]["radius"] = math.nan


def _many(p):
    p["parts"] = [dict(p["parts"][0], id=f"p{i}") for i in range(10_000)]


def _huge(p):
    p["parts"][0]["primitive"]["radius"] = 1e9


def _unknown_op(p):
    p["parts"][1]["ops"].append({"op": "explode", "count": 3})


def _self_attach(p):
    p["parts"][0]["attach"] = {"to": "seat", "on": "top"}


HOSTILE = {
    "nan": (_nan, "$.shape.program.parts[0].primitive.radius"),
    "10000 parts": (_many, "$.shape.program.parts"),
    "huge": (_huge, "$.shape.program.parts[0].primitive.radius"),
    "unknown operator": (_unknown_op, "$.shape.program.parts[1].ops[2]"),
    "self attachment": (_self_attach, "$.shape.program.parts[0].attach"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_programs_are_refused_with_paths_and_no_partial_pack(kind, tmp_path):
    change, path = HOSTILE[kind]
    program = copy.deepcopy(PROGRAM)
    change(program)
    spec = program_spec(program)
    # as a client would send it: through JSON (NaN as the JSON extension Python writes)
    spec = json.loads(json.dumps(spec))
    _, problems = validate_spec_data(spec)
    assert problems and any(p.path.startswith(path) for p in problems), [str(p) for p in problems][
        :5
    ]
    out = tmp_path / "pack"
    with pytest.raises(SpecInvalid) as err:
        build_pack(spec, out, settings=Settings(data_dir=tmp_path / "d"))
    assert err.value.exit_code == 3 and err.value.http_status == 422
    assert not out.exists()


def test_v02_specs_upgrade_to_the_same_macro_geometry():
    spec = generate_spec("wooden barrel")
    v02 = {k: v for k, v in spec.items() if k != "shape"}
    v02.update(spec_version="0.2", archetype="barrel", target_height_m=1.0)
    assert validate_spec_data(v02) == ("0.2", [])
    up = load_spec(copy.deepcopy(v02))
    assert up == upgrade_v02(v02)
    prim = up["shape"]["program"]["parts"][0]["primitive"]
    assert prim == {
        "type": "macro",
        "name": "barrel",
        "height": 1.0,
        "materials": {p["id"]: p["material"] for p in spec["parts"]},
    }
    assert (
        validate_spec_data(up) == ("0.3", [])
        and up["generation"]["interpretation"]["upgraded_from"] == "0.2"
    )
