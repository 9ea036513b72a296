"""`assetsmith recipes list / show / match`: the library and how a prompt is read, for people and
for scripts (--json), with clear errors."""

import json

from tests.helpers.cli import run_cli as run

from assetsmith.shapes import RECIPES


def test_list_and_filter(capsys):
    code, out, _ = run(capsys, "recipes", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == len(RECIPES)
    code, out, _ = run(capsys, "recipes", "list", "--category", "lights", "--json")
    assert {r["category"] for r in json.loads(out)} == {"lights"}
    code, _, err = run(capsys, "recipes", "list", "--category", "spaceships")
    assert code == 2 and "spaceships" in err and "vehicles_ships" in err


def test_show_lists_parts_parameters_and_words(capsys):
    code, out, _ = run(capsys, "recipes", "show", "cart", "--json")
    doc = json.loads(out)
    assert code == 0 and {p["name"] for p in doc["parts"]} >= {"wheels", "bed"}
    assert doc["params"]["wheels"]["kind"] == "int" and doc["params"]["size"]["words"]["huge"] > 1
    code, _, err = run(capsys, "recipes", "show", "carte")
    assert code == 2 and "cart" in err  # the nearest names


def test_match_explains_the_reading(capsys):
    code, out, _ = run(capsys, "recipes", "match", "oak table with iron legs", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["fitted"] and doc["shape"]["recipe"] == "table"
    assert doc["parts"]["legs"]["material"] == "iron" and doc["parts"]["top"]["material"] == "oak"
    code, out, _ = run(capsys, "recipes", "match", "quantum happiness")
    assert code == 0 and "no fitting recipe" in out and "not a physical object" in out
    code, _, err = run(capsys, "recipes", "match", "   ")
    assert code == 2 and "empty" in err
