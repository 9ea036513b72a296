"""The words of the shape language: every primitive and operator, with its parameters.

This table is the single source of the JSON Schema (`python -m assetsmith.shapes.schema` writes
program.schema.json from it), the validator's defaults and the parameter tables of docs/shapes.md.
Builders live in prims/ and ops/, keyed by the same names.

Conventions: metres, +Y up, front +Z, angles in degrees. Sized primitives (box, cylinder, cone,
sphere, capsule, torus, boards, blob) stand on their local origin: the bottom centre of their
bounding box is (0, 0, 0). Primitives drawn from coordinates (lathe, extrude, sweep, loft) keep the
coordinates they are given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .limits import (
    MAX_ARRAY_COUNT,
    MAX_HOLES,
    MAX_OPERANDS,
    MAX_POINTS,
    MAX_SECTIONS,
    MAX_SIDES,
)

REQUIRED = object()  # the default of a parameter that must be given


@dataclass(frozen=True)
class Param:
    """One parameter: its kind (see KINDS in schema.py), default (REQUIRED: must be given), bounds
    and a one-line doc."""

    kind: str
    doc: str
    default: Any = REQUIRED
    lo: float | None = None
    hi: float | None = None
    values: tuple = ()
    min_items: int = 0
    max_items: int = 0

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


@dataclass(frozen=True)
class Word:
    """A primitive or operator: its name, what it makes, its parameters."""

    name: str
    doc: str
    params: dict[str, Param] = field(default_factory=dict)
    closed: bool = True  # a primitive that makes a closed solid (booleans need closed solids)


def _p(kind: str, doc: str, default: Any = REQUIRED, **kw) -> Param:
    return Param(kind, doc, default, **kw)


_SIDES = _p(
    "int",
    "Exact number of polygon sides (a faceted prism); default: from the detail level.",
    None,
    lo=3,
    hi=MAX_SIDES,
)

PRIMITIVES: dict[str, Word] = {
    w.name: w
    for w in (
        Word(
            "box",
            "A box standing on the origin; `bevel` rounds all twelve edges.",
            {
                "size": _p("size3", "Width (X), height (Y) and depth (Z)."),
                "bevel": _p(
                    "length0",
                    "Radius of the rounded edges (0: sharp); at most half the smallest side.",
                    0.0,
                ),
            },
        ),
        Word(
            "cylinder",
            "A cylinder (or a tube with `inner_radius`) standing on the origin, axis +Y.",
            {
                "radius": _p("length", "Outer radius."),
                "height": _p("length", "Height along Y."),
                "inner_radius": _p(
                    "length0", "Radius of a hole along the axis (0: solid); a pipe or a ring.", 0.0
                ),
                "bevel": _p("length0", "Radius of the rounded rims (0: sharp).", 0.0),
                "sides": _SIDES,
            },
        ),
        Word(
            "cone",
            "A cone or frustum standing on the origin, axis +Y.",
            {
                "radius_bottom": _p("length0", "Radius at y = 0."),
                "radius_top": _p("length0", "Radius at the top (0: a point).", 0.0),
                "height": _p("length", "Height along Y."),
                "sides": _SIDES,
            },
        ),
        Word(
            "sphere",
            "A sphere (or the top `portion` of one: a dome) standing on the origin.",
            {
                "radius": _p("length", "Radius."),
                "kind": _p(
                    "enum",
                    "`uv`: latitude/longitude rings; `ico`: a geodesic sphere (even triangles).",
                    "uv",
                    values=("uv", "ico"),
                ),
                "portion": _p(
                    "number",
                    "Fraction of the height kept, from the top (0.5: a hemisphere with a "
                    "flat base); `uv` only.",
                    1.0,
                    lo=0.05,
                    hi=1.0,
                ),
            },
        ),
        Word(
            "capsule",
            "A capsule (cylinder with hemispherical ends) standing on the origin, axis +Y.",
            {
                "radius": _p("length", "Radius."),
                "height": _p("length", "Overall height, ends included (at least 2 x radius)."),
            },
        ),
        Word(
            "torus",
            "A ring lying flat (axis +Y) and standing on the origin; `arc` makes a part ring "
            "(a horseshoe, a handle) with flat ends.",
            {
                "radius": _p("length", "Radius of the ring, axis to tube centre."),
                "tube_radius": _p("length", "Radius of the tube (less than `radius`)."),
                "arc": _p(
                    "number", "Degrees of the ring kept, centred on +Z.", 360.0, lo=1.0, hi=360.0
                ),
            },
        ),
        Word(
            "lathe",
            "A profile revolved about the Y axis: vases, bottles, posts, bowls, buckets.",
            {
                "profile": _p(
                    "points2",
                    "[r, y] points from bottom to top along the outside (r >= 0); a "
                    "hollow vessel goes up the outside and back down the inside. Ends off "
                    "the axis are closed with flat discs.",
                    min_items=2,
                    max_items=MAX_POINTS,
                ),
                "smooth": _p(
                    "bool",
                    "Pass a smooth curve through the points (otherwise straight segments).",
                    False,
                ),
                "crease": _p(
                    "angle", "Turns sharper than this many degrees make a hard edge.", 30.0
                ),
                "sides": _SIDES,
            },
        ),
        Word(
            "extrude",
            "A 2D outline (with holes) extruded into a slab.",
            {
                "outline": _p(
                    "points2",
                    "The outline's points (either winding), seen along the extrusion axis.",
                    min_items=3,
                    max_items=MAX_POINTS,
                ),
                "holes": _p(
                    "outlines", "Outlines of holes inside the outline.", [], max_items=MAX_HOLES
                ),
                "depth": _p("length", "Thickness along the axis."),
                "axis": _p(
                    "enum",
                    "`z`: outline [x, y] seen from the front, centred on z = 0; `x`: outline "
                    "[z, y] seen from the right, centred on x = 0; `y`: outline [x, z] seen from "
                    "above, from y = 0 up.",
                    "z",
                    values=("z", "x", "y"),
                ),
                "smooth": _p(
                    "bool", "Pass a smooth closed curve through the outline's points.", False
                ),
                "crease": _p(
                    "angle", "Outline turns sharper than this many degrees make a hard edge.", 30.0
                ),
                "bevel": _p(
                    "length0",
                    "Radius of the rounded front and back edges (0: sharp); at most half "
                    "the depth, and small against the outline's narrowest parts.",
                    0.0,
                ),
            },
        ),
        Word(
            "sweep",
            "A section swept along a path: pipes, rails, ropes, handles, horns, tentacles.",
            {
                "path": _p("points3", "Path points [x, y, z].", min_items=2, max_items=MAX_POINTS),
                "curve": _p(
                    "enum",
                    "`polyline` (corners rounded by `radius`), `smooth` (a curve through the "
                    "points) or `bezier` (cubic: p0 c1 c2 p1 c1 c2 p2 ...).",
                    "polyline",
                    values=("polyline", "smooth", "bezier"),
                ),
                "radius": _p("length", "Radius of the section (give this or `radii`).", None),
                "radii": _p(
                    "lengths",
                    "Radius at each path point (a taper); overrides `radius`.",
                    None,
                    max_items=MAX_POINTS,
                ),
                "section": _p(
                    "points2",
                    "A custom section outline [a, b] (instead of a circle), scaled by "
                    "the radius; `a` runs sideways, `b` up.",
                    None,
                    min_items=3,
                    max_items=MAX_POINTS,
                ),
                "closed": _p("bool", "Join the path's end to its start (a ring).", False),
                "caps": _p("enum", "How open ends are closed.", "flat", values=("flat", "round")),
            },
        ),
        Word(
            "loft",
            "A skin through sections stacked along an axis: hulls, fuselages, bottles, blades.",
            {
                "sections": _p(
                    "sections",
                    "At least two sections, in order along the axis.",
                    min_items=2,
                    max_items=MAX_SECTIONS,
                ),
                "axis": _p(
                    "enum",
                    "Axis the sections are stacked along; sections lie across it.",
                    "y",
                    values=("y", "z", "x"),
                ),
                "smooth": _p(
                    "bool",
                    "A smooth skin through the sections (otherwise straight between them).",
                    False,
                ),
            },
        ),
        Word(
            "boards",
            "A panel of bevelled boards side by side with gaps: floors, table tops, doors, "
            "crate sides, shelves. Stands on the origin.",
            {
                "size": _p("size3", "The whole panel: width (X), height (Y), depth (Z)."),
                "count": _p("int", "Number of boards.", lo=1, hi=64),
                "run": _p(
                    "enum", "Axis the boards run along (their length).", "x", values=("x", "y", "z")
                ),
                "thickness_axis": _p(
                    "enum",
                    "The panel's thin axis (`y`: lying flat; `z`: facing the front).",
                    "y",
                    values=("x", "y", "z"),
                ),
                "gap": _p("length0", "Gap between neighbouring boards.", 0.004),
                "bevel": _p("length0", "Radius of the boards' rounded long edges.", 0.003),
                "jitter": _p(
                    "number",
                    "Random variation of board widths and lengths (fraction).",
                    0.15,
                    lo=0.0,
                    hi=0.5,
                ),
            },
        ),
        Word(
            "blob",
            "A lumpy closed shape standing on the origin: rocks, bushes, bread, skulls, clouds.",
            {
                "size": _p("size3", "Extents along X, Y and Z before the lumps."),
                "lumps": _p(
                    "number",
                    "Height of the random lumps (fraction of the size).",
                    0.15,
                    lo=0.0,
                    hi=0.6,
                ),
                "lump_count": _p("int", "Number of lumps.", 12, lo=0, hi=64),
                "sharpness": _p(
                    "number",
                    "Narrowness of each lump (higher: smaller, sharper lumps).",
                    4.0,
                    lo=0.5,
                    hi=40.0,
                ),
                "facets": _p("int", "Flat chisel cuts, as on a broken rock.", 0, lo=0, hi=16),
                "flat_bottom": _p(
                    "number", "Fraction of the height cut flat at the base.", 0.0, lo=0.0, hi=0.9
                ),
            },
        ),
        Word(
            "macro",
            "One of the procedural archetypes (barrel, crate, ...), its parts named as the "
            "archetype names them (optionally with a prefix).",
            {
                "name": _p(
                    "enum", "The archetype.", values=()
                ),  # filled from the archetype registry
                "height": _p("length", "Overall height."),
                "materials": _p(
                    "mapping", "Archetype part id -> material id, for every part of the archetype."
                ),
                "prefix": _p(
                    "name", "Prefix of the emitted part names (`cart_` -> `cart_body`).", None
                ),
            },
        ),
    )
}

_JITTER = _p(
    "jitter",
    "Random variation per copy: {translate: [x, y, z] metres, rotate: [x, y, z] "
    "degrees, scale: fraction}, drawn from the part's seeded generator.",
    None,
)

OPERATORS: dict[str, Word] = {
    w.name: w
    for w in (
        Word(
            "array",
            "Copies in a row: copy i moved by i x `offset`.",
            {
                "count": _p(
                    "int", "Number of copies (the original included).", lo=1, hi=MAX_ARRAY_COUNT
                ),
                "offset": _p("vec3", "Step from one copy to the next."),
                "center": _p("bool", "Centre the row on the original position.", False),
                "jitter": _JITTER,
            },
        ),
        Word(
            "radial",
            "Copies around an axis through the origin: spokes, petals, stones in a ring.",
            {
                "count": _p("int", "Number of copies.", lo=1, hi=MAX_ARRAY_COUNT),
                "radius": _p("length0", "Each copy is first moved this far along +Z.", 0.0),
                "axis": _p("enum", "Axis to turn about.", "y", values=("x", "y", "z")),
                "start": _p("angle", "Angle of the first copy.", 0.0),
                "span": _p(
                    "angle",
                    "Degrees covered; 360 spaces the copies evenly round a full turn, anything "
                    "less puts the first and last copy at its ends.",
                    360.0,
                ),
                "face_out": _p(
                    "bool", "Turn each copy with its angle (false: only move it).", True
                ),
                "jitter": _JITTER,
            },
        ),
        Word(
            "mirror",
            "A mirrored copy across a plane (the original kept): wings, legs, handles.",
            {
                "axis": _p("enum", "Normal of the mirror plane.", "x", values=("x", "y", "z")),
                "offset": _p("coord", "Position of the plane along the axis.", 0.0),
                "keep": _p("bool", "Keep the original as well as the mirror image.", True),
            },
        ),
        Word(
            "scatter",
            "Copies strewn over a disc or rectangle on the ground plane, no two closer than "
            "`spacing`: pebbles, coins, leaves, candles.",
            {
                "count": _p(
                    "int",
                    "Number of copies (fewer when they do not fit).",
                    lo=1,
                    hi=MAX_ARRAY_COUNT,
                ),
                "area": _p("enum", "Shape of the area.", "disc", values=("disc", "rect")),
                "size": _p("size2", "Disc: [radius, radius]; rect: [width, depth]."),
                "spacing": _p("length0", "Smallest distance between copies.", 0.0),
                "turn": _p("angle", "Random turn about Y, up to this many degrees.", 360.0),
                "scale": _p("range2", "Random uniform scale between these factors.", [1.0, 1.0]),
            },
        ),
        Word(
            "taper",
            "Narrows (or widens) the shape along an axis: scale 1 at its low end, `scale` at "
            "its high end.",
            {
                "axis": _p(
                    "enum", "Axis along which the scale changes.", "y", values=("x", "y", "z")
                ),
                "scale": _p("scale2", "Scale at the high end (one number, or one per cross axis)."),
                "curve": _p(
                    "number",
                    "Exponent of the change (1: linear, 2: late, 0.5: early).",
                    1.0,
                    lo=0.1,
                    hi=10.0,
                ),
            },
        ),
        Word(
            "bend",
            "Bends the shape's extent along `axis` into an arc of `angle` degrees towards `toward`.",
            {
                "axis": _p("enum", "The length being bent.", "y", values=("x", "y", "z")),
                "toward": _p(
                    "enum",
                    "Direction the far end moves to.",
                    "z",
                    values=("x", "-x", "y", "-y", "z", "-z"),
                ),
                "angle": _p("angle", "Total bend."),
            },
        ),
        Word(
            "twist",
            "Twists the shape about an axis through its centre, `angle` degrees from end to end.",
            {
                "axis": _p("enum", "Twist axis.", "y", values=("x", "y", "z")),
                "angle": _p("angle", "Total twist."),
            },
        ),
        Word(
            "transform",
            "Moves, turns or scales the shape at this point of the operator chain (the "
            "part's own `transform` still applies last): tilt a piece before a radial "
            "array, or move it before a mirror.",
            {
                "translate": _p("vec3", "Move by [x, y, z].", [0.0, 0.0, 0.0]),
                "rotate": _p(
                    "angles3",
                    "Turn about X, then Y, then Z (degrees), about the origin.",
                    [0.0, 0.0, 0.0],
                ),
                "scale": _p("scale3", "Scale about the origin (first): one factor or three.", 1.0),
            },
        ),
        Word(
            "union",
            "Merges closed shapes into the part (manifold3d): one watertight skin.",
            {
                "shapes": _p("shapes", "Shapes to add.", min_items=1, max_items=MAX_OPERANDS),
            },
        ),
        Word(
            "difference",
            "Cuts closed shapes out of the part (manifold3d): holes, sockets, notches.",
            {
                "shapes": _p("shapes", "Shapes to cut away.", min_items=1, max_items=MAX_OPERANDS),
            },
        ),
        Word(
            "intersection",
            "Keeps only what the part shares with every shape (manifold3d).",
            {
                "shapes": _p(
                    "shapes", "Shapes to intersect with.", min_items=1, max_items=MAX_OPERANDS
                ),
            },
        ),
        Word(
            "smooth",
            "Rounds the whole closed shape by subdivision (manifold3d): organic forms from "
            "blocky ones. Each level multiplies the triangles by about four.",
            {
                "levels": _p("int", "Subdivision levels.", 1, lo=1, hi=3),
                "sharp": _p("angle", "Edges sharper than this many degrees stay sharp.", 60.0),
            },
        ),
    )
}

BOOLEAN_OPS = ("union", "difference", "intersection")
ARRAY_OPS = ("array", "radial", "scatter")  # multiply the instance count
UV_MODES = ("native", "box", "cylindrical", "spherical", "planar", "auto")
ATTACH_SIDES = ("top", "bottom", "left", "right", "front", "back", "center", "around", "along")
COLLIDERS = ("box", "capsule", "mesh_convex", "none")
