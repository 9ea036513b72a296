"""The Python helpers write the program JSON the language defines."""

from __future__ import annotations

import pytest

from assetsmith.shapes import build_program
from assetsmith.shapes.dsl import part, primitive, program, sphere


def test_a_primitive_parameter_may_be_called_kind():
    # The sphere's `kind` once collided with the helper's own argument name.
    assert sphere(0.1, kind="ico") == {"type": "sphere", "radius": 0.1, "kind": "ico"}
    assert primitive("sphere", radius=0.2, kind="uv")["kind"] == "uv"
    ico = build_program(program(part("s", "m", sphere(0.1, kind="ico")), materials={"m": {"family": "iron"}}),
                        seed=0, poly_budget=2000)
    uv = build_program(program(part("s", "m", sphere(0.1)), materials={"m": {"family": "iron"}}),
                       seed=0, poly_budget=2000)
    assert ico.triangle_count != uv.triangle_count


def test_unknown_primitives_and_parameters_are_type_errors():
    with pytest.raises(TypeError, match="unknown primitive"):
        primitive("teapot", size=1)
    with pytest.raises(TypeError, match="no parameter 'colour'"):
        primitive("sphere", radius=1, colour="red")
