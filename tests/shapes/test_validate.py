"""Part program validation: every problem with its JSON path, hostile input refused before any
building, the schema file in step with the vocabulary."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from assetsmith.shapes import ProgramInvalid, build_program, check_program, validate_program
from assetsmith.shapes.limits import MAX_ATTACH_DEPTH, MAX_PARTS
from assetsmith.shapes.schema import SCHEMA_FILE, build_schema, schema_text
from assetsmith.shapes.vocabulary import OPERATORS, PRIMITIVES

from .meshcheck import one, prog

BOX = {"type": "box", "size": [1, 1, 1]}


def paths(data) -> dict[str, str]:
    return {p.path: p.message for p in validate_program(data)}


def test_a_valid_program_has_no_problems_and_gets_its_defaults():
    data = prog(
        {"id": "a", "material": "m", "primitive": BOX},
        {
            "id": "b",
            "material": "m",
            "primitive": {"type": "cylinder", "radius": 0.1, "height": 1},
            "attach": {"to": "a"},
        },
    )
    assert validate_program(data) == []
    full = check_program(data)
    assert full["parts"][0]["primitive"]["bevel"] == 0.0
    assert full["parts"][1]["attach"]["on"] == "top"
    assert full["parts"][1]["uv"] == {"mode": "native", "axis": "y"}
    assert full["collider"] == "box"


def test_an_unknown_parameter_is_reported_at_its_path():
    data = one({"type": "cylinder", "radius": 0.1, "height": 1, "segments": 12})
    got = paths(data)
    assert "$.parts[0].primitive" in got and "segments" in got["$.parts[0].primitive"]


def test_a_missing_parameter_is_reported_at_its_own_path():
    got = paths(one({"type": "cylinder", "radius": 0.1}))
    assert got == {"$.parts[0].primitive.height": "is required but missing"}


def test_non_finite_numbers_are_refused_with_their_path():
    data = one({"type": "box", "size": [1.0, float("nan"), 1.0]})
    data["parts"][0]["transform"] = {"translate": [0.0, float("inf"), 0.0]}
    got = paths(data)
    assert "not a finite number" in got["$.parts[0].primitive.size[1]"]
    assert "not a finite number" in got["$.parts[0].transform.translate[1]"]
    with pytest.raises(ProgramInvalid):
        build_program(data, poly_budget=1000)


def test_sizes_must_lie_in_their_range():
    got = paths(one({"type": "box", "size": [5000, 1, 0]}))
    assert "maximum" in got["$.parts[0].primitive.size[0]"]
    assert "$.parts[0].primitive.size[2]" in got  # zero is not a size


def test_unknown_primitives_and_operators_list_the_known_ones():
    data = one({"type": "teapot"}, ops=[{"op": "explode"}])
    got = paths(data)
    for name in PRIMITIVES:
        assert name in got["$.parts[0].primitive.type"]
    for name in OPERATORS:
        assert name in got["$.parts[0].ops[0].op"]


def test_ten_thousand_parts_are_refused_at_once():
    parts = [{"id": f"p{i}", "material": "m", "primitive": BOX} for i in range(10_000)]
    problems = validate_program(prog(*parts))
    assert len(problems) == 1 and problems[0].path == "$.parts"
    assert str(MAX_PARTS) in problems[0].message
    with pytest.raises(ProgramInvalid) as err:
        build_program(prog(*parts), poly_budget=1000)
    assert err.value.details[0]["path"] == "$.parts"


def test_self_reference_cycles_and_missing_targets():
    got = paths(prog({"id": "a", "material": "m", "primitive": BOX, "attach": {"to": "a"}}))
    assert "itself" in got["$.parts[0].attach.to"]
    got = paths(
        prog(
            {"id": "a", "material": "m", "primitive": BOX, "attach": {"to": "c"}},
            {"id": "b", "material": "m", "primitive": BOX, "attach": {"to": "a"}},
            {"id": "c", "material": "m", "primitive": BOX, "attach": {"to": "b"}},
            {"id": "d", "material": "m", "primitive": BOX, "attach": {"to": "zz"}},
        )
    )
    cycle = [m for m in got.values() if "cycle" in m]
    assert len(cycle) == 1 and "a -> c -> b -> a" in cycle[0]
    assert "no part has id 'zz'" in got["$.parts[3].attach.to"]


def test_attachment_chains_are_bounded():
    n = MAX_ATTACH_DEPTH + 2
    parts = [{"id": "p0", "material": "m", "primitive": BOX}]
    parts += [
        {"id": f"p{i}", "material": "m", "primitive": BOX, "attach": {"to": f"p{i - 1}"}}
        for i in range(1, n)
    ]
    got = paths(prog(*parts))
    assert any("exceeds the limit" in m for m in got.values())


def test_duplicate_ids_unknown_materials_and_mixed_part_materials():
    got = paths(
        prog(
            {"id": "a", "material": "m", "primitive": BOX},
            {"id": "a", "material": "m", "primitive": BOX},
            {"id": "c", "material": "steel", "primitive": BOX},
            {"id": "d", "part": "a", "material": "n", "primitive": BOX},
            materials={"m": {"family": "iron"}, "n": {"family": "brass"}},
        )
    )
    assert "duplicate id 'a'" in got["$.parts[1].id"]
    assert "unknown material 'steel'" in got["$.parts[2].material"]
    assert "share one material" in got["$.parts[3].material"]


def test_materials_must_be_families_that_exist():
    got = paths(
        prog(
            {"id": "a", "material": "m", "primitive": BOX},
            materials={"m": {"family": "unobtainium"}},
        )
    )
    assert "$.materials.m.family" in got


def test_geometry_rules():
    cases = {
        "$.parts[0].primitive.bevel": {"type": "box", "size": [1, 0.2, 1], "bevel": 0.15},
        "$.parts[0].primitive.inner_radius": {
            "type": "cylinder",
            "radius": 0.2,
            "height": 1,
            "inner_radius": 0.3,
        },
        "$.parts[0].primitive.radius_bottom": {"type": "cone", "radius_bottom": 0, "height": 1},
        "$.parts[0].primitive.height": {"type": "capsule", "radius": 0.5, "height": 0.6},
        "$.parts[0].primitive.tube_radius": {"type": "torus", "radius": 0.2, "tube_radius": 0.3},
        "$.parts[0].primitive.profile[1][0]": {"type": "lathe", "profile": [[0, 0], [-0.2, 0.5]]},
        "$.parts[0].primitive.outline": {
            "type": "extrude",
            "depth": 0.1,
            "outline": [[0, 0], [1, 1], [1, 0], [0, 1]],
        },
        "$.parts[0].primitive.holes[0]": {
            "type": "extrude",
            "depth": 0.1,
            "outline": [[0, 0], [1, 0], [1, 1], [0, 1]],
            "holes": [[[2, 2], [3, 2], [3, 3]]],
        },
        "$.parts[0].primitive.radii": {
            "type": "sweep",
            "path": [[0, 0, 0], [0, 1, 0]],
            "radii": [0.1],
        },
        "$.parts[0].primitive.sections[1].at": {
            "type": "loft",
            "sections": [
                {"at": 1, "shape": "circle", "radius": 0.1},
                {"at": 0, "shape": "circle", "radius": 0.1},
            ],
        },
        "$.parts[0].primitive.sections[0].size": {
            "type": "loft",
            "sections": [
                {"at": 0, "shape": "rect", "radius": 0.1},
                {"at": 1, "shape": "circle", "radius": 0.1},
            ],
        },
        "$.parts[0].primitive.gap": {
            "type": "boards",
            "size": [1, 0.1, 0.5],
            "count": 40,
            "gap": 0.02,
        },
        "$.parts[0].primitive.portion": {
            "type": "sphere",
            "radius": 1,
            "kind": "ico",
            "portion": 0.5,
        },
    }
    for path, prim in cases.items():
        got = paths(one(prim))
        assert path in got, (path, got)


def test_operator_bounds():
    many = [
        {"op": "array", "count": 100, "offset": [1, 0, 0]},
        {"op": "array", "count": 100, "offset": [0, 1, 0]},
    ]
    assert "copies" in paths(one(BOX, ops=many))["$.parts[0].ops"]
    assert "$.parts[0].ops[0].count" in paths(
        one(BOX, ops=[{"op": "array", "count": 10_000, "offset": [1, 0, 0]}])
    )
    nested = {"primitive": BOX}
    for _ in range(5):
        nested = {"primitive": BOX, "ops": [{"op": "difference", "shapes": [nested]}]}
    got = paths(one(BOX, ops=nested["ops"]))
    assert any("nested deeper" in m for m in got.values())
    assert "$.parts[0].ops[0].toward" in paths(
        one(BOX, ops=[{"op": "bend", "axis": "y", "toward": "-y", "angle": 30}])
    )


def test_attach_and_translate_exclude_each_other():
    got = paths(
        prog(
            {"id": "a", "material": "m", "primitive": BOX},
            {
                "id": "b",
                "material": "m",
                "primitive": BOX,
                "attach": {"to": "a"},
                "transform": {"translate": [1, 0, 0]},
            },
        )
    )
    assert "attach.offset" in got["$.parts[1].transform.translate"]


def test_macros_map_every_part_of_their_archetype():
    m = {"type": "macro", "name": "barrel", "height": 1, "materials": {"body": "m", "hoops": "m"}}
    got = paths(prog({"id": "a", "primitive": m}))
    assert "missing ['lids']" in got["$.parts[0].primitive.materials"]
    m2 = {**m, "name": "spaceship"}
    assert "$.parts[0].primitive.name" in paths(prog({"id": "a", "primitive": m2}))


def test_hostile_structure_is_refused():
    deep: dict = {"a": 1}
    for _ in range(100):
        deep = {"x": deep}
    assert (
        "nested deeper"
        in validate_program({"version": "1", "materials": {}, "parts": [], "x": deep})[0].message
    )
    huge = {"version": "1", "materials": {}, "parts": [], "junk": [0] * 300_000}
    assert "too large" in validate_program(huge)[0].message
    assert validate_program([1, 2])[0].message.startswith("a part program must be")


def test_errors_carry_every_problem_with_paths():
    data = one({"type": "box", "size": [1, 1, 1], "bevel": 0.9})
    data["parts"].append(copy.deepcopy(data["parts"][0]))
    with pytest.raises(ProgramInvalid) as err:
        check_program(data)
    assert err.value.exit_code == 3 and err.value.http_status == 422
    assert {d["path"] for d in err.value.details} >= {"$.parts[0].primitive.bevel", "$.parts[1].id"}


def test_the_schema_file_matches_the_vocabulary():
    path = Path(__file__).resolve().parents[2] / "src/assetsmith/shapes" / SCHEMA_FILE
    assert path.read_text() == schema_text(), "run: python -m assetsmith.shapes.schema"
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(json.loads(schema_text()))
    assert set(build_schema()["$defs"]["primitive"]["properties"]["type"]["enum"]) == set(
        PRIMITIVES
    )
