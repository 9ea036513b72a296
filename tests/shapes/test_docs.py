"""docs/shapes.md: its generated reference is current and its examples run."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

from assetsmith.shapes import build_shape, validate_program

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "shapes.md"


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", DOC.read_text(), flags=re.S)


def test_the_reference_section_is_current():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import shapes_doc
    finally:
        sys.path.pop(0)
    assert shapes_doc.rendered(DOC.read_text()) == DOC.read_text(), (
        "run: python scripts/shapes_doc.py"
    )


def test_the_json_example_is_a_valid_program_that_builds():
    program = json.loads(_blocks("json")[0])
    assert validate_program(program) == []
    g = build_shape(program, seed=1, poly_budget=2000)
    assert {p.name for p in g.parts} == {"foot", "post", "arrow"}
    lo = np.concatenate([p.mesh.positions for p in g.parts]).min(axis=0)
    assert abs(lo[1]) < 1e-6


def test_the_recipe_example_builds_both_shapes():
    code = [b for b in _blocks("python") if "RECIPES = [Recipe(" in b][0]
    scope: dict = {}
    exec(compile(code, "docs/shapes.md", "exec"), scope)
    recipe = scope["RECIPES"][0]
    for params in ({}, {"shape": "square", "roof": False}):
        g = build_shape(recipe, params=params, seed=1, poly_budget=3000)
        assert 0 < g.triangle_count <= 3000
