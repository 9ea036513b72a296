"""The rules of a part program that JSON Schema cannot say: references, cycles, materials, bounds
that relate two values, and geometry that would come out broken (self-crossing outlines, radii
that swallow a shape). Runs only on schema-valid programs."""

from __future__ import annotations

import math

import numpy as np

from ..errors import Problem
from .geom2d import dedupe_closed, inside, self_intersects, signed_area
from .limits import MAX_ATTACH_DEPTH, MAX_INSTANCES, MAX_NESTING
from .vocabulary import ARRAY_OPS, BOOLEAN_OPS


def rule_problems(data: dict) -> list[Problem]:
    problems: list[Problem] = []
    parts = data["parts"]
    materials = data["materials"]
    ids: dict[str, int] = {}
    for i, p in enumerate(parts):
        if p["id"] in ids:
            problems.append(
                Problem(
                    f"$.parts[{i}].id", f"duplicate id {p['id']!r} (also $.parts[{ids[p['id']]}])"
                )
            )
        else:
            ids[p["id"]] = i
    outputs: dict[str, tuple[str | None, str]] = {}  # output part -> (material, where first seen)
    for i, p in enumerate(parts):
        at = f"$.parts[{i}]"
        problems += _material_problems(p, at, materials, outputs)
        problems += _shape_problems(p, at, depth=0)
        if "attach" in p and "translate" in p.get("transform", {}):
            problems.append(
                Problem(
                    f"{at}.transform.translate",
                    "a part with `attach` is placed by it; move it with attach.offset instead",
                )
            )
        uv = p.get("uv", "native")
        if (
            p["primitive"]["type"] == "macro"
            and (uv if isinstance(uv, str) else uv["mode"]) != "native"
        ):
            problems.append(Problem(f"{at}.uv", "a macro keeps its own UVs; use `native`"))
    problems += _attach_problems(parts, ids)
    return problems


def _material_problems(p: dict, at: str, materials: dict, outputs: dict) -> list[Problem]:
    out = []
    declared = ", ".join(sorted(materials))
    prim = p["primitive"]
    if prim["type"] == "macro":
        from ..spec.catalog import ARCHETYPES

        if "material" in p:
            out.append(
                Problem(f"{at}.material", "a macro names its materials in primitive.materials")
            )
        want = [d.id for d in ARCHETYPES[prim["name"]].parts]
        got = prim["materials"]
        missing, extra = [w for w in want if w not in got], [g for g in got if g not in want]
        if missing or extra:
            out.append(
                Problem(
                    f"{at}.primitive.materials",
                    f"must map exactly the {prim['name']}'s "
                    f"parts {want}"
                    + (f"; missing {missing}" if missing else "")
                    + (f"; unknown {extra}" if extra else ""),
                )
            )
        for k, m in got.items():
            if m not in materials:
                out.append(
                    Problem(
                        f"{at}.primitive.materials.{k}",
                        f"unknown material {m!r}; declared: {declared}",
                    )
                )
        for k in want:
            name = (prim.get("prefix") or "") + k
            if name in outputs:
                out.append(
                    Problem(
                        f"{at}.primitive",
                        f"emits part {name!r}, which {outputs[name][1]} makes too",
                    )
                )
            outputs[name] = (None, at)
        return out
    mat = p.get("material")
    if mat is None:
        return [Problem(f"{at}.material", "is required but missing")]
    if mat not in materials:
        out.append(Problem(f"{at}.material", f"unknown material {mat!r}; declared: {declared}"))
    name = p.get("part", p["id"])
    if name in outputs and outputs[name][0] != mat:
        out.append(
            Problem(
                f"{at}.material",
                f"part {name!r} is made of {outputs[name][0]!r} at "
                f"{outputs[name][1]}; entries of one part share one material",
            )
        )
    outputs.setdefault(name, (mat, at))
    return out


def _attach_problems(parts: list[dict], ids: dict[str, int]) -> list[Problem]:
    out = []
    target: dict[int, int] = {}
    for i, p in enumerate(parts):
        a = p.get("attach")
        if a is None:
            continue
        if a["to"] == p["id"]:
            out.append(
                Problem(f"$.parts[{i}].attach.to", f"part {p['id']!r} cannot attach to itself")
            )
        elif a["to"] not in ids:
            out.append(Problem(f"$.parts[{i}].attach.to", f"no part has id {a['to']!r}"))
        else:
            target[i] = ids[a["to"]]
    reported: set[int] = set()
    for start in target:
        chain, seen, i = [start], {start}, start
        while i in target:
            i = target[i]
            if i in seen:
                cycle = chain[chain.index(i) :] + [i]
                if not reported & set(cycle):
                    names = " -> ".join(parts[k]["id"] for k in cycle)
                    out.append(
                        Problem(f"$.parts[{start}].attach.to", f"attachments form a cycle: {names}")
                    )
                    reported |= set(cycle)
                break
            chain.append(i)
            seen.add(i)
        else:
            if len(chain) - 1 > MAX_ATTACH_DEPTH:
                out.append(
                    Problem(
                        f"$.parts[{start}].attach",
                        f"a chain of {len(chain) - 1} "
                        f"attachments exceeds the limit of {MAX_ATTACH_DEPTH}",
                    )
                )
    return out


def _shape_problems(shape: dict, at: str, depth: int) -> list[Problem]:
    out = _primitive_problems(shape["primitive"], f"{at}.primitive")
    instances = 1
    for k, op in enumerate(shape.get("ops", [])):
        where = f"{at}.ops[{k}]"
        name = op["op"]
        if name in ARRAY_OPS:
            instances *= op["count"]
        elif name == "mirror" and op.get("keep", True):
            instances *= 2
        if name in BOOLEAN_OPS or name == "smooth":
            if shape["primitive"]["type"] == "macro":
                out.append(Problem(f"{where}.op", f"a macro's parts cannot take part in `{name}`"))
            if name in BOOLEAN_OPS:
                if depth + 1 > MAX_NESTING:
                    out.append(
                        Problem(f"{where}.shapes", f"booleans nested deeper than {MAX_NESTING}")
                    )
                    continue
                for j, s in enumerate(op["shapes"]):
                    sat = f"{where}.shapes[{j}]"
                    if s["primitive"]["type"] == "macro":
                        out.append(
                            Problem(f"{sat}.primitive.type", "a macro cannot be a boolean operand")
                        )
                        continue
                    out += _shape_problems(s, sat, depth + 1)
        elif name == "bend" and op.get("toward", "z").strip("-") == op.get("axis", "y"):
            out.append(Problem(f"{where}.toward", "must differ from the bent axis"))
        elif name == "scatter" and op.get("scale", [1, 1])[0] > op.get("scale", [1, 1])[1]:
            out.append(Problem(f"{where}.scale", "the low factor is larger than the high one"))
    if instances > MAX_INSTANCES:
        out.append(
            Problem(
                f"{at}.ops", f"the operators make {instances} copies; the limit is {MAX_INSTANCES}"
            )
        )
    return out


def _primitive_problems(prim: dict, at: str) -> list[Problem]:
    check = _CHECKS.get(prim["type"])
    return check(prim, at) if check else []


def _box(p, at):
    if p.get("bevel", 0.0) > min(p["size"]) / 2:
        return [
            Problem(
                f"{at}.bevel",
                f"{p['bevel']} is more than half the smallest side ({min(p['size']) / 2:g})",
            )
        ]
    return []


def _cylinder(p, at):
    out = []
    inner = p.get("inner_radius", 0.0)
    if inner >= p["radius"]:
        return [
            Problem(f"{at}.inner_radius", f"{inner} must be less than the radius {p['radius']}")
        ]
    wall = p["radius"] - inner if inner else p["radius"]
    limit = min(wall / 2 if inner else wall, p["height"] / 2)
    bevel = p.get("bevel", 0.0)
    if bevel > limit:
        out.append(Problem(f"{at}.bevel", f"{bevel} exceeds {limit:g} (half the wall or height)"))
    return out


def _cone(p, at):
    if p["radius_bottom"] <= 0 and p.get("radius_top", 0.0) <= 0:
        return [Problem(f"{at}.radius_bottom", "one of the two radii must be above 0")]
    return []


def _sphere(p, at):
    if p.get("kind", "uv") == "ico" and p.get("portion", 1.0) < 1.0:
        return [
            Problem(f"{at}.portion", "an `ico` sphere is always whole; use kind `uv` for a dome")
        ]
    return []


def _capsule(p, at):
    if p["height"] < 2 * p["radius"]:
        return [
            Problem(
                f"{at}.height", f"{p['height']} is less than twice the radius ({2 * p['radius']:g})"
            )
        ]
    return []


def _torus(p, at):
    if p["tube_radius"] >= p["radius"]:
        return [
            Problem(
                f"{at}.tube_radius",
                f"{p['tube_radius']} must be less than the radius {p['radius']}",
            )
        ]
    return []


def _lathe(p, at):
    pts = np.asarray(p["profile"], dtype=np.float64)
    out = [
        Problem(f"{at}.profile[{k}][0]", f"radius {r} is negative")
        for k, r in enumerate(pts[:, 0])
        if r < 0
    ]
    if out:
        return out
    if np.all(pts[:, 0] <= 1e-9):
        return [Problem(f"{at}.profile", "every point is on the axis: the shape has no width")]
    d = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    out += [
        Problem(f"{at}.profile[{k + 1}]", "repeats the point before it")
        for k in np.nonzero(d < 1e-9)[0]
    ]
    loop = np.vstack([[0.0, pts[0, 1]], pts, [0.0, pts[-1, 1]]])
    if not out and abs(signed_area(dedupe_closed(loop))) < 1e-12:
        out.append(Problem(f"{at}.profile", "encloses no area"))
    return out


def _polygon(points, at: str, what: str) -> list[Problem]:
    pts = dedupe_closed(np.asarray(points, dtype=np.float64))
    if len(pts) < 3 or abs(signed_area(pts)) < 1e-12:
        return [Problem(at, f"the {what} encloses no area")]
    if self_intersects(pts):
        return [Problem(at, f"the {what} crosses itself")]
    return []


def _extrude(p, at):
    out = _polygon(p["outline"], f"{at}.outline", "outline")
    if p.get("bevel", 0.0) > p["depth"] / 2:
        out.append(
            Problem(f"{at}.bevel", f"{p['bevel']} is more than half the depth ({p['depth'] / 2:g})")
        )
    outline = np.asarray(p["outline"], dtype=np.float64)
    for k, h in enumerate(p.get("holes", [])):
        bad = _polygon(h, f"{at}.holes[{k}]", "hole")
        out += bad
        if not bad and not out and not all(inside(q, outline) for q in h):
            out.append(Problem(f"{at}.holes[{k}]", "the hole is not inside the outline"))
    return out


def _sweep(p, at):
    out = []
    has_r, has_rs = p.get("radius") is not None, p.get("radii") is not None
    if has_r == has_rs:
        out.append(Problem(f"{at}.radius", "give exactly one of `radius` and `radii`"))
    if has_rs and len(p["radii"]) != len(p["path"]):
        out.append(
            Problem(f"{at}.radii", f"{len(p['radii'])} radii for {len(p['path'])} path points")
        )
    n = len(p["path"])
    if p.get("curve") == "bezier":
        if (n - 1) % 3:
            out.append(Problem(f"{at}.path", f"a bezier path has 3k + 1 points, not {n}"))
        if p.get("closed"):
            out.append(Problem(f"{at}.closed", "close a path with curve `smooth` or `polyline`"))
    pts = np.asarray(p["path"], dtype=np.float64)
    d = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    if p.get("curve") != "bezier":
        out += [
            Problem(f"{at}.path[{k + 1}]", "repeats the point before it")
            for k in np.nonzero(d < 1e-9)[0]
        ]
    if p.get("closed") and n < 3:
        out.append(Problem(f"{at}.path", "a closed path needs at least 3 points"))
    if p.get("section") is not None:
        out += _polygon(p["section"], f"{at}.section", "section")
    return out


_SECTION_FIELDS = {
    "circle": ("radius",),
    "ellipse": ("size",),
    "rect": ("size",),
    "rounded_rect": ("size", "corner"),
    "outline": ("points",),
}


def _loft(p, at):
    out = []
    ats = [s["at"] for s in p["sections"]]
    for k in range(1, len(ats)):
        if ats[k] <= ats[k - 1]:
            out.append(
                Problem(
                    f"{at}.sections[{k}].at",
                    f"{ats[k]} must be greater than the section before ({ats[k - 1]})",
                )
            )
    for k, s in enumerate(p["sections"]):
        sat = f"{at}.sections[{k}]"
        need = _SECTION_FIELDS[s["shape"]]
        for f in need:
            if f not in s:
                out.append(Problem(f"{sat}.{f}", f"is required for a {s['shape']} section"))
        for f in ("radius", "size", "corner", "points"):
            if f in s and f not in need:
                out.append(Problem(f"{sat}.{f}", f"is not used by a {s['shape']} section"))
        if (
            s["shape"] == "rounded_rect"
            and "size" in s
            and s.get("corner", 0.0) > min(s["size"]) / 2
        ):
            out.append(Problem(f"{sat}.corner", "is more than half the smaller side"))
        if s["shape"] == "outline" and "points" in s:
            out += _polygon(s["points"], f"{sat}.points", "section")
    return out


def _boards(p, at):
    axes = "xyz"
    out = []
    if p.get("run", "x") == p.get("thickness_axis", "y"):
        return [Problem(f"{at}.run", "boards cannot run along the panel's thin axis")]
    across = 3 - axes.index(p.get("run", "x")) - axes.index(p.get("thickness_axis", "y"))
    width = p["size"][across]
    gaps = p.get("gap", 0.004) * (p["count"] - 1)
    if gaps >= 0.8 * width:
        out.append(
            Problem(
                f"{at}.gap",
                f"{p['count'] - 1} gaps of {p.get('gap', 0.004)} leave no "
                f"room for the boards across {width:g} m",
            )
        )
    return out


def _macro(p, at):
    return [] if math.isfinite(p["height"]) else [Problem(f"{at}.height", "must be finite")]


_CHECKS = {
    "box": _box,
    "cylinder": _cylinder,
    "cone": _cone,
    "sphere": _sphere,
    "capsule": _capsule,
    "torus": _torus,
    "lathe": _lathe,
    "extrude": _extrude,
    "sweep": _sweep,
    "loft": _loft,
    "boards": _boards,
    "macro": _macro,
}
