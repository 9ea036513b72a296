"""Primitive builders, keyed by the names of vocabulary.PRIMITIVES.

A builder takes the primitive's parameters (defaults filled in) and a Resolution, and returns a
closed, outward-facing Mesh in float64 with UVs in metres (a macro returns its named pieces).
`nominal_size` estimates a primitive's largest extent from its parameters alone: the object's
reference size, which the detail levels are relative to, is the largest of its parts'.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .organic import blob, boards, macro
from .profiles import extrude, lathe_prim, loft, sweep
from .solids import box, capsule, cone, cylinder, sphere, torus

BUILDERS: dict[str, Callable] = {
    "box": box,
    "cylinder": cylinder,
    "cone": cone,
    "sphere": sphere,
    "capsule": capsule,
    "torus": torus,
    "lathe": lathe_prim,
    "extrude": extrude,
    "sweep": sweep,
    "loft": loft,
    "boards": boards,
    "blob": blob,
    "macro": macro,
}


def nominal_size(p: dict) -> float:
    """The largest extent of a primitive, from its parameters (metres)."""
    t = p["type"]
    if t in ("box", "boards", "blob"):
        return float(max(p["size"]))
    if t == "cylinder":
        return float(max(2 * p["radius"], p["height"]))
    if t == "cone":
        return float(max(2 * p["radius_bottom"], 2 * p["radius_top"], p["height"]))
    if t == "sphere":
        return 2.0 * float(p["radius"])
    if t == "capsule":
        return float(p["height"])
    if t == "torus":
        return 2.0 * float(p["radius"] + p["tube_radius"])
    if t == "lathe":
        q = np.asarray(p["profile"], dtype=np.float64)
        return float(max(2 * q[:, 0].max(), np.ptp(q[:, 1])))
    if t == "extrude":
        q = np.asarray(p["outline"], dtype=np.float64)
        return float(max(np.ptp(q, axis=0).max(), p["depth"]))
    if t == "sweep":
        q = np.asarray(p["path"], dtype=np.float64)
        r = max(p["radii"]) if p.get("radii") else p["radius"]
        return float(np.ptp(q, axis=0).max() + 2 * r)
    if t == "loft":
        ats = [s["at"] for s in p["sections"]]
        reach = [
            s.get("radius", 0.0) * 2
            if s["shape"] == "circle"
            else max(s["size"])
            if "size" in s
            else float(np.ptp(np.asarray(s["points"]), axis=0).max())
            for s in p["sections"]
        ]
        return float(max(max(ats) - min(ats), max(reach)))
    if t == "macro":
        return float(p["height"])
    raise KeyError(t)
