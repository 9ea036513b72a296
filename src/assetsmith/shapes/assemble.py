"""Evaluating a (validated, normalised) part program at one detail level: each part's primitive,
operators, transform and UVs, then attachments in dependency order.

Per part: primitive -> operators -> transform scale -> UV projection -> rotate -> translate, all in
the part's own frame (a rotated log keeps its cylindrical UVs about its own axis); then `attach`
moves it against its target's bounding box (and `fit` stretches it to the target's extent).
A part's mesh is reused at another level when every segment count it asked for is the same there.
"""

from __future__ import annotations

import numpy as np

from ..geometry.mesh import Mesh
from ..geometry.ops import unit
from .detail import Resolution
from .limits import OverLimit
from .ops import Shape, apply_op, bounds, transform_shape
from .prims import BUILDERS, nominal_size
from .uv import project_uv

_AXIS = {"x": 0, "y": 1, "z": 2}
MEMO_PER_PART = 6  # builds remembered per part
_SIDE = {
    "top": (1, 1),
    "bottom": (1, -1),
    "right": (0, 1),
    "left": (0, -1),
    "front": (2, 1),
    "back": (2, -1),
}


def scale_shape(shape: Shape, s: np.ndarray, pivot: np.ndarray | None = None) -> Shape:
    """Per-axis scale about `pivot` (origin); normals by the inverse, UVs by the mean factor."""
    s = np.asarray(s, dtype=np.float64)
    if np.allclose(s, 1.0):
        return shape
    c = np.zeros(3) if pivot is None else pivot
    f = float(np.cbrt(np.prod(s)))
    return [
        (n, Mesh((m.positions - c) * s + c, unit(m.normals / s), m.uvs * f, m.indices))
        for n, m in shape
    ]


def attach_order(parts: list[dict]) -> list[int]:
    """Part indices with every attachment target before the parts attached to it (program order
    otherwise); the validator has ruled out cycles."""
    index = {p["id"]: i for i, p in enumerate(parts)}
    done: list[int] = []
    seen: set[int] = set()
    for i in range(len(parts)):
        chain = []
        j = i
        while j not in seen:
            chain.append(j)
            seen.add(j)
            a = parts[j]["attach"]
            if a is None:
                break
            j = index[a["to"]]
        done.extend(reversed(chain))
    return done


def reference_size(parts: list[dict]) -> float:
    """The object's reference size: its largest part's nominal extent (times its scale)."""
    sizes = [nominal_size(p["primitive"]) * max(p["transform"]["scale"]) for p in parts]
    return max(max(sizes), 1e-3)


class ProgramBuilder:
    """Builds a normalised program at any level, remembering each part's last build."""

    def __init__(self, program: dict, seed: int) -> None:
        self.parts = program["parts"]
        self.order = attach_order(self.parts)
        self.ref_size = reference_size(self.parts)
        self.seed = int(seed)
        self._memo: dict[int, list[tuple[Resolution, Shape]]] = {}

    def build_shape(self, shape: dict, res: Resolution, tag: str, uv: dict | None = None) -> Shape:
        prim = shape["primitive"]
        made = BUILDERS[prim["type"]](prim, res)
        out: Shape = made if isinstance(made, list) else [(None, made)]
        for k, op in enumerate(shape["ops"]):
            out = apply_op(op, out, res, f"{tag}.ops[{k}]", self.build_shape)
        t = shape["transform"]
        out = scale_shape(out, t["scale"])
        if uv is not None and uv["mode"] != "native":
            out = [(n, project_uv(m, uv["mode"], uv["axis"])) for n, m in out]
        return transform_shape(out, t["translate"], t["rotate"], 1.0)

    def local(self, i: int, level: int) -> Shape:
        """Part i in its own frame at `level`: a remembered build when every count it asked for is
        the same at this level (the search goes back and forth between levels)."""
        memo = self._memo.setdefault(i, [])
        for res, shape in memo:
            if res.level == level or res.same_at(level):
                return shape
        part = self.parts[i]
        res = Resolution(level, self.ref_size, part["detail"], self.seed, part["id"])
        shape = self.build_shape(part, res, f"$.parts[{i}]", part["uv"])
        memo.append((res, shape))
        if len(memo) > MEMO_PER_PART:
            memo.pop(0)
        return shape

    def pieces(self, level: int, limit: int) -> list[tuple[str, str, Mesh]]:
        """(output part, material id, mesh) of every piece at `level`, in program order; raises
        OverLimit as soon as the running triangle count passes `limit`."""
        placed: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        made: dict[int, Shape] = {}
        total = 0
        for i in self.order:
            part = self.parts[i]
            shape = self.local(i, level)
            lo, hi = bounds(shape)
            if part["attach"] is not None:
                shape, lo, hi = place(shape, lo, hi, placed[part["attach"]["to"]], part["attach"])
            placed[part["id"]] = (lo, hi)
            made[i] = shape
            total += sum(m.triangle_count for _, m in shape)
            if total > limit:
                raise OverLimit(total)
        out = []
        for i, part in enumerate(self.parts):
            prefix = part["primitive"].get("prefix") or ""
            for name, mesh in made[i]:
                if name is None:
                    out.append((part["part"], part["material"], mesh))
                else:
                    out.append((prefix + name, part["primitive"]["materials"][name], mesh))
        return out


def place(
    shape: Shape, lo: np.ndarray, hi: np.ndarray, target: tuple[np.ndarray, np.ndarray], a: dict
) -> tuple[Shape, np.ndarray, np.ndarray]:
    """Move (and `fit`) a shape against its target's bounding box."""
    tlo, thi = target
    on = a["on"]
    fit = {_AXIS[x] for x in a["fit"]}
    if on == "along":
        fit.add(int(np.argmax(thi - tlo)))
    if fit:
        s = np.ones(3)
        for k in fit:
            if hi[k] - lo[k] > 1e-12:
                s[k] = (thi[k] - tlo[k]) / (hi[k] - lo[k])
        shape = scale_shape(shape, s, (lo + hi) / 2)
        lo, hi = bounds(shape)
    c, h = (lo + hi) / 2, (hi - lo) / 2
    tc, th = (tlo + thi) / 2, (thi - tlo) / 2
    align = np.array([a["align"]["x"], a["align"]["y"], a["align"]["z"]])
    new = tc + align * (th - h)
    if on in _SIDE:
        k, sg = _SIDE[on]
        new[k] = tc[k] + sg * (th[k] + a["gap"] + h[k])
    move = new - c + np.asarray(a["offset"], dtype=np.float64)
    moved = [(n, Mesh(m.positions + move, m.normals, m.uvs, m.indices)) for n, m in shape]
    return moved, lo + move, hi + move
