"""Helpers for writing part programs in Python: they build the same JSON a program is.

    from assetsmith.shapes.dsl import part, program, cylinder, box, shape

    well = program(
        part("ring", "stone", cylinder(0.8, 0.9, inner_radius=0.62, bevel=0.03)),
        part("post", "wood", box([0.1, 1.5, 0.1])).on("ring", "top", x=-1).mirror("x"),
        part("bucket", "wood", cylinder(0.15, 0.25)).on("ring", "top", gap=0.3),
    )

Primitive helpers take the vocabulary's parameters (the first ones positionally); a wrong name
raises TypeError at once, naming the ones that exist. `part(...)` returns a builder whose methods
(placement, operators, UVs) return the builder, so a part reads as one chained expression.
"""

from __future__ import annotations

import copy
from typing import Any, Self

from .schema import PROGRAM_VERSION
from .vocabulary import OPERATORS, PRIMITIVES


def _clean(v: Any) -> Any:
    """Tuples and numpy values as plain JSON lists and numbers."""
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_clean(x) for x in v]
    if hasattr(v, "tolist"):
        return v.tolist()
    return v


def primitive(type_: str, /, **params: Any) -> dict:
    """Any primitive as a dict; unknown names raise TypeError. (`type_` is positional-only, so a
    primitive parameter may be called `kind`, as the sphere's is.)"""
    word = PRIMITIVES.get(type_)
    if word is None:
        raise TypeError(f"unknown primitive {type_!r}; known: {', '.join(sorted(PRIMITIVES))}")
    bad = [k for k in params if k not in word.params]
    if bad:
        raise TypeError(f"{type_}() has no parameter {bad[0]!r}; it takes {', '.join(word.params)}")
    return {"type": type_, **{k: _clean(v) for k, v in params.items() if v is not None}}


def box(size, bevel: float = 0.0) -> dict:
    return primitive("box", size=size, bevel=bevel or None)


def cylinder(radius: float, height: float, **kw) -> dict:
    return primitive("cylinder", radius=radius, height=height, **kw)


def cone(radius_bottom: float, height: float, radius_top: float = 0.0, **kw) -> dict:
    return primitive(
        "cone", radius_bottom=radius_bottom, radius_top=radius_top, height=height, **kw
    )


def sphere(radius: float, **kw) -> dict:
    return primitive("sphere", radius=radius, **kw)


def capsule(radius: float, height: float) -> dict:
    return primitive("capsule", radius=radius, height=height)


def torus(radius: float, tube_radius: float, **kw) -> dict:
    return primitive("torus", radius=radius, tube_radius=tube_radius, **kw)


def lathe(profile, **kw) -> dict:
    return primitive("lathe", profile=profile, **kw)


def extrude(outline, depth: float, **kw) -> dict:
    return primitive("extrude", outline=outline, depth=depth, **kw)


def sweep(path, radius: float | None = None, **kw) -> dict:
    return primitive("sweep", path=path, radius=radius, **kw)


def loft(*sections: dict, **kw) -> dict:
    return primitive("loft", sections=list(sections), **kw)


def body_loft(rows, smooth: bool = True) -> dict:
    """A loft along +Z through (z, width, height, centre y) ellipse rows: a creature's body,
    tail and neck in one skin."""
    return loft(
        *(section(z, "ellipse", size=[w, h], offset=[0, y]) for z, w, h, y in rows),
        axis="z",
        smooth=smooth,
    )


def section(at: float, shape: str = "circle", **kw) -> dict:
    """A loft section: circle (radius), ellipse / rect (size), rounded_rect (size, corner),
    outline (points); optional offset [a, b]."""
    return _clean({"at": at, "shape": shape, **kw})


def boards(size, count: int, **kw) -> dict:
    return primitive("boards", size=size, count=count, **kw)


def blob(size, **kw) -> dict:
    return primitive("blob", size=size, **kw)


def macro(name: str, height: float, materials: dict[str, str], prefix: str | None = None) -> dict:
    return primitive("macro", name=name, height=height, materials=materials, prefix=prefix)


class Shape:
    """A primitive with operators and a transform: a boolean operand, and the base of Part."""

    def __init__(self, prim: dict) -> None:
        self.data: dict[str, Any] = {"primitive": prim}

    def _op(self, name: str, **params: Any) -> Self:
        word = OPERATORS[name]
        bad = [k for k in params if k not in word.params]
        if bad:
            raise TypeError(
                f"{name}() has no parameter {bad[0]!r}; it takes {', '.join(word.params)}"
            )
        self.data.setdefault("ops", []).append(
            {"op": name, **{k: _clean(v) for k, v in params.items() if v is not None}}
        )
        return self

    def _transform(self, key: str, value) -> Self:
        self.data.setdefault("transform", {})[key] = _clean(value)
        return self

    def at(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Self:
        """Move to (x, y, z) (the primitive's origin; sized primitives stand on it)."""
        return self._transform("translate", [x, y, z])

    def rotate(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Self:
        """Turn about X, then Y, then Z, in degrees."""
        return self._transform("rotate", [x, y, z])

    def scale(self, s) -> Self:
        return self._transform("scale", s)

    def moved(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Self:
        """A `transform` operator: move the shape at this point of the chain (before the ops
        that follow, e.g. away from the axis before a mirror)."""
        return self._op("transform", translate=[x, y, z])

    def turned(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Self:
        """A `transform` operator: turn the shape here (X, then Y, then Z degrees about the origin)."""
        return self._op("transform", rotate=[x, y, z])

    def scaled(self, s) -> Self:
        """A `transform` operator: scale the shape here (one factor or [x, y, z])."""
        return self._op("transform", scale=s)

    def array(self, count: int, offset, center: bool = False, jitter: dict | None = None) -> Self:
        return self._op("array", count=count, offset=offset, center=center or None, jitter=jitter)

    def radial(self, count: int, radius: float = 0.0, **kw) -> Self:
        return self._op("radial", count=count, radius=radius, **kw)

    def mirror(self, axis: str = "x", offset: float = 0.0, keep: bool = True) -> Self:
        return self._op("mirror", axis=axis, offset=offset, keep=keep)

    def scatter(self, count: int, size, **kw) -> Self:
        return self._op("scatter", count=count, size=size, **kw)

    def taper(self, scale, axis: str = "y", curve: float = 1.0) -> Self:
        return self._op("taper", scale=scale, axis=axis, curve=curve)

    def bend(self, angle: float, axis: str = "y", toward: str = "z") -> Self:
        return self._op("bend", angle=angle, axis=axis, toward=toward)

    def twist(self, angle: float, axis: str = "y") -> Self:
        return self._op("twist", angle=angle, axis=axis)

    def cut(self, *shapes: Shape) -> Self:
        """Boolean difference: carve the shapes out."""
        return self._op("difference", shapes=[s.to_json() for s in shapes])

    def add(self, *shapes: Shape) -> Self:
        """Boolean union."""
        return self._op("union", shapes=[s.to_json() for s in shapes])

    def intersect(self, *shapes: Shape) -> Self:
        return self._op("intersection", shapes=[s.to_json() for s in shapes])

    def smooth(self, levels: int = 1, sharp: float = 60.0) -> Self:
        return self._op("smooth", levels=levels, sharp=sharp)

    def to_json(self) -> dict:
        return copy.deepcopy(self.data)


def shape(prim: dict) -> Shape:
    """A boolean operand: `part(...).cut(shape(sphere(0.1)).at(0, 0.2, 0.1))`."""
    return Shape(prim)


class Part(Shape):
    """A program part: a shape with an id, a material, UVs and a placement."""

    def __init__(self, id: str, material: str | None, prim: dict, part: str | None = None) -> None:
        super().__init__(prim)
        self.data = {
            "id": id,
            **({"part": part} if part else {}),
            **({"material": material} if material else {}),
            "primitive": prim,
        }

    def on(
        self,
        target: str,
        side: str = "top",
        *,
        x: float | None = None,
        y: float | None = None,
        z: float | None = None,
        gap: float = 0.0,
        offset=None,
        fit=None,
    ) -> Self:
        """Attach to `target`'s bounding box: `side` top / bottom / left / right / front / back /
        center / around / along; x, y, z align along the face (-1 flush with the target's min
        edge, 0 centred, 1 flush with its max); `gap` apart (negative: sunk in); `offset` nudges;
        `fit` stretches to the target's extent along the named axes."""
        a: dict[str, Any] = {"to": target, "on": side}
        align = {k: v for k, v in (("x", x), ("y", y), ("z", z)) if v is not None}
        if align:
            a["align"] = align
        if gap:
            a["gap"] = gap
        if offset is not None:
            a["offset"] = offset
        if fit:
            a["fit"] = list(fit)
        self.data["attach"] = _clean(a)
        return self

    def uv(self, mode: str, axis: str | None = None) -> Self:
        self.data["uv"] = mode if axis is None else {"mode": mode, "axis": axis}
        return self

    def detail(self, weight: float) -> Self:
        """More (> 1) or fewer (< 1) triangles for this part than its size alone would give."""
        self.data["detail"] = weight
        return self


def part(id: str, material: str | None, prim: dict, *, part: str | None = None) -> Part:
    """A part entry: `id` (unique; attachments name it), material id, primitive; `part` groups
    several entries into one output mesh (default: the id)."""
    return Part(id, material, prim, part)


def program(
    *parts: Part,
    collider: str | None = None,
    materials: dict | None = None,
    name: str | None = None,
) -> dict:
    """A part program from parts (materials are added from the recipe's roles when omitted)."""
    out: dict[str, Any] = {
        "version": PROGRAM_VERSION,
        "parts": [p.to_json() if isinstance(p, Shape) else p for p in parts],
    }
    if collider:
        out["collider"] = collider
    if materials is not None:
        out["materials"] = materials
    if name:
        out["name"] = name
    return out
