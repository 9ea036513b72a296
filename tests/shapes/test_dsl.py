"""The Python helpers write the program JSON the language defines."""

from __future__ import annotations

import pytest

from assetsmith.shapes import build_program
from assetsmith.shapes.dsl import part, primitive, program, sphere


def test_a_primitive_parameter_may_be_called_kind():
    # The sphere's `kind` once collided with the helper's own argument name.
    assert sphere(0.1, kind="ico") == {"type": "sphere", "radius": 0.1, "kind": "ico"}
    assert primitive("sphere", radius=0.2, kind="uv")["kind"] == "uv"
    ico = build_program(
        program(part("s", "m", sphere(0.1, kind="ico")), materials={"m": {"family": "iron"}}),
        seed=0,
        poly_budget=2000,
    )
    uv = build_program(
        program(part("s", "m", sphere(0.1)), materials={"m": {"family": "iron"}}),
        seed=0,
        poly_budget=2000,
    )
    assert ico.triangle_count != uv.triangle_count


def test_unknown_primitives_and_parameters_are_type_errors():
    with pytest.raises(TypeError, match="unknown primitive"):
        primitive("teapot", size=1)
    with pytest.raises(TypeError, match="no parameter 'colour'"):
        primitive("sphere", radius=1, colour="red")


def test_a_parameter_may_not_shadow_what_params_holds():
    # `p.items` would be the Mapping method, never the parameter: refused when the recipe is made.
    from assetsmith.shapes.recipe import Param, Recipe, SizePrior

    def make(name):
        return Recipe(
            name="thing",
            category="furniture",
            nouns=("thing",),
            synsets=("table.n.02",),
            size=SizePrior((1, 1, 1)),
            materials={},
            parts=(),
            build=lambda p: {},
            params=(Param(name, "bool", True),),
        )

    for bad in ("items", "keys", "get", "seed", "rng"):
        with pytest.raises(ValueError, match="taken by Params"):
            make(bad)
    assert make("clutter").params[0].name == "clutter"
