"""Bounds on what a part program may ask for. A program can come from a client or a language model,
so every list, count, size and depth is bounded; the validator refuses anything beyond these with
the JSON path of the offending value, before anything is built."""

from __future__ import annotations

MAX_PARTS = 256  # part entries in one program
MAX_OPS = 16  # operators on one part (or one boolean operand)
MAX_ARRAY_COUNT = 256  # copies made by one array / radial / scatter operator
MAX_INSTANCES = 4096  # copies of one part after all its array-like operators (their product)
MAX_OPERANDS = 8  # shapes in one union / difference / intersection
MAX_NESTING = 3  # booleans inside boolean operands inside ...
MAX_ATTACH_DEPTH = 32  # longest chain of parts attached to parts
MAX_POINTS = 512  # points in one profile, outline, path or section
MAX_HOLES = 64  # holes in one extruded outline
MAX_SECTIONS = 64  # sections of one loft
MAX_SIDES = 256  # an explicit polygon side count
MAX_SEGMENTS = 256  # what the detail level may give one circle or curve
MAX_TRIANGLES = 200_000  # triangles a program may produce at any detail level
MAX_POLY_BUDGET = 100_000  # the largest triangle budget a build accepts
MAX_SIZE_M = 1000.0  # any size: (0, MAX_SIZE_M] metres
MAX_COORD_M = 1000.0  # any coordinate: [-MAX_COORD_M, MAX_COORD_M] metres
MAX_ANGLE_DEG = 720.0  # any angle in degrees: [-MAX_ANGLE_DEG, MAX_ANGLE_DEG]
MAX_SCALE = 100.0  # a transform's scale factor: (0, MAX_SCALE]
MAX_JSON_NODES = 200_000  # numbers, strings, lists and objects in one program
MAX_JSON_DEPTH = 40  # nesting of JSON lists/objects
MAX_ID_LENGTH = 64
ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"


class OverLimit(Exception):
    """A build would pass a triangle limit: the level search treats the level as too rich; at the
    lowest level it becomes the error that the program is too large."""
