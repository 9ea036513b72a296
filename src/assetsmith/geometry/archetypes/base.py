"""What every archetype builder shares: detail levels, the builder record, batched bars.

A builder is `build(detail, height_m, rng) -> [(part_id, Mesh), ...]`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..mesh import Mesh

Pieces = list[tuple[str, Mesh]]
BuildFn = Callable[["Detail", float, np.random.Generator], Pieces]

GROWTH = 1.1  # each level multiplies the base segment counts by this
STAGE_GROWTH = 1.15  # features switch on in stages about this far apart


@dataclass(frozen=True)
class Detail:
    """A detail level; `n(base, lo, hi)` turns a level-0 segment count into this level's count,
    `stage` counts coarser steps for switching features on (bevels, extra pieces)."""

    level: int

    @property
    def s(self) -> float:
        return GROWTH**self.level

    @property
    def stage(self) -> int:
        return int(self.level * math.log(GROWTH) / math.log(STAGE_GROWTH) + 1e-9)

    def n(self, base: float, lo: int | None = None, hi: int | None = None) -> int:
        v = int(np.floor(base * self.s + 1e-9))
        if lo is not None:
            v = max(lo, v)
        if hi is not None:
            v = min(hi, v)
        return v

    def bevels(self, groups: list[str], start: int, k_max: int) -> dict[str, int]:
        """Bevel segment counts for groups of bars, rounded one group further per level from
        `start` on (round robin), so the triangle count grows in small steps."""
        inc = max(0, self.level - start)
        n = len(groups)
        return {g: min(k_max, (inc + n - 1 - i) // n) for i, g in enumerate(groups)}

    def step(self, start: int, every: int = 1, hi: int | None = None) -> int:
        """A count that starts growing at stage `start` by one every `every` stages."""
        v = (self.stage - start) // every + 1 if self.stage >= start else 0
        return v if hi is None else min(v, hi)


@dataclass(frozen=True)
class ArchetypeBuilder:
    name: str
    build: BuildFn
    max_level: int


class BarSet:
    """Collects bars (planks, legs, battens) and builds them in a few vectorised batches."""

    def __init__(self) -> None:
        self._groups: dict[tuple, list[list]] = {}

    def add(
        self,
        part: str,
        size,
        center,
        *,
        axis: int,
        bevel: float = 0.0,
        k: int = 0,
        ends: bool = True,
        uv=(0.0, 0.0),
        rot=None,
    ) -> None:
        key = (part, axis, k if bevel > 0 else 0, ends, rot is not None)
        g = self._groups.setdefault(key, [[], [], [], [], []])
        for lst, v in zip(g, (size, center, bevel, uv, rot), strict=True):
            lst.append(v)

    def pieces(self) -> Pieces:
        from ..primitives import bars

        out: Pieces = []
        for (part, axis, k, ends, rotated), (
            sizes,
            centers,
            bevels,
            uvs,
            rots,
        ) in self._groups.items():
            out.append(
                (
                    part,
                    bars(
                        np.array(sizes, dtype=float),
                        np.array(centers, dtype=float),
                        axis=axis,
                        bevel=np.array(bevels, dtype=float),
                        k=k,
                        ends=ends,
                        uv_offsets=np.array(uvs, dtype=float),
                        rots=np.array(rots) if rotated else None,
                    ),
                )
            )
        return out
