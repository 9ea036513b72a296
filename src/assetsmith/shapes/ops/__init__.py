"""Operators, keyed by the names of vocabulary.OPERATORS.

`apply_op(op, shape, res, tag, build_shape)` returns the new shape (a list of (piece name, Mesh));
`tag` names the operator's place in the program (`$.parts[3].ops[1]`): it seeds the operator's
random draws and locates errors. `build_shape` builds a boolean's operand shapes.
"""

from __future__ import annotations

from .arrays import Shape, array, bounds, euler, mirror, radial, scatter, transform, transform_shape
from .boolean import ShapeError, boolean, smooth
from .deform import bend, taper, twist

_SIMPLE = {
    "array": array,
    "radial": radial,
    "mirror": mirror,
    "scatter": scatter,
    "taper": taper,
    "bend": bend,
    "twist": twist,
    "smooth": smooth,
    "transform": transform,
}
NAMES = (*_SIMPLE, "union", "difference", "intersection")


def apply_op(op: dict, shape: Shape, res, tag: str, build_shape) -> Shape:
    name = op["op"]
    if name in ("union", "difference", "intersection"):
        return boolean(op, shape, res, tag, build_shape)
    return _SIMPLE[name](op, shape, res, tag)


__all__ = ["NAMES", "Shape", "ShapeError", "apply_op", "bounds", "euler", "transform_shape"]
