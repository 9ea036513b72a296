"""Detail search: the richest level that fits a triangle budget, and LOD levels near given ratios.

A builder's triangle count never decreases with the level. ladders.py stores every level's count
for seed 0; other seeds' ladders are close to a rescaled copy, so the ladder predicts each answer
and a build or two confirms it (about four builds per call in all). Without a usable ladder an
interpolation search over levels (memoised) finds the same answers in a few more builds.
"""

from __future__ import annotations

import math

import numpy as np

from .archetypes.base import ArchetypeBuilder, Detail, Pieces
from .ladders import REFERENCE_COUNTS
from .mesh import Mesh
from .ops import merge

PartMeshes = dict[str, Mesh]
GUESS_GROWTH = 1.2  # triangles per level, before two levels are known


class LevelCache:
    """Builds an archetype at a level once; remembers each level's triangle count."""

    def __init__(self, builder: ArchetypeBuilder, height: float, seed: int, part_ids: list[str]):
        self.builder, self.height, self.seed, self.part_ids = builder, height, seed, part_ids
        self.top = builder.max_level
        self._pieces: dict[int, Pieces] = {}
        self.counts: dict[int, int] = {}

    def count(self, level: int) -> int:
        if level not in self.counts:
            rng = np.random.default_rng(self.seed)
            pieces = self.builder.build(Detail(level), self.height, rng)
            self._pieces[level] = pieces
            self.counts[level] = sum(m.triangle_count for _, m in pieces)
        return self.counts[level]

    def parts(self, level: int) -> PartMeshes:
        self.count(level)
        pieces = self._pieces[level]
        return {pid: merge([m for p, m in pieces if p == pid]) for pid in self.part_ids}


def largest_within(cache: LevelCache, lo: int, hi: int, limit: float) -> int:
    """The largest level in [lo, hi] whose count is <= limit (`lo` when none is); `lo` is assumed
    to fit.

    Assumes counts never decrease with the level and grow roughly geometrically: extrapolates
    upwards from what is known until a level exceeds the limit, then log-interpolates inside the
    bracket, falling back to bisection whenever a probe fails to halve it."""
    over: int | None = None  # the smallest level known to exceed the limit
    for lv, c in sorted(cache.counts.items()):
        if lo < lv <= hi:
            if c <= limit:
                lo = lv
            elif over is None:
                over = lv
    while over is None:
        if lo >= hi:
            return lo
        c_lo = max(cache.count(lo), 1)
        below = [lv for lv in cache.counts if lv < lo]
        growth = GUESS_GROWTH
        if below:
            first = min(below)
            growth = (c_lo / max(cache.counts[first], 1)) ** (1.0 / (lo - first))
        if growth <= 1.0 + 1e-6:
            guess = hi  # a plateau so far: try the top
        else:
            guess = lo + max(1, math.ceil(math.log(max(limit, 1) / c_lo) / math.log(growth)))
        guess = min(guess, hi)
        if cache.count(guess) <= limit:
            lo = guess
        else:
            over = guess
    bisect = False
    while over - lo > 1:
        width = over - lo
        c_lo, c_over = max(cache.count(lo), 1), max(cache.count(over), 1)
        if bisect or c_over <= c_lo:
            guess = (lo + over) // 2
        else:
            frac = math.log(max(limit, 1) / c_lo) / math.log(c_over / c_lo)
            guess = lo + int(round(frac * width))
        guess = min(max(guess, lo + 1), over - 1)
        if cache.count(guess) <= limit:
            lo = guess
        else:
            over = guess
        bisect = (over - lo) * 2 > width
    return lo


def reference(name: str) -> tuple[int, ...] | None:
    return REFERENCE_COUNTS.get(name)


def reference_counts(builder: ArchetypeBuilder, height: float) -> tuple[int, ...]:
    """Triangle counts of every level for seed 0 (what REFERENCE_COUNTS stores)."""
    cache = LevelCache(builder, height, 0, [])
    return tuple(cache.count(lv) for lv in range(builder.max_level + 1))


def level_near(cache: LevelCache, hi: int, target: float) -> int:
    """The level in [0, hi] whose count is nearest `target` by ratio (the coarsest when even it is
    larger), by search."""
    below = largest_within(cache, 0, hi, target)
    if below >= hi or cache.count(below) > target:
        return below
    return (
        below + 1
        if _err(cache.count(below + 1), target) < _err(cache.count(below), target)
        else below
    )


def _err(count: float, target: float) -> float:
    return abs(math.log(max(count, 1) / max(target, 1)))


def choose_levels(
    cache: LevelCache, ref: tuple[int, ...] | None, budget: int, ratios: tuple[float, ...]
) -> list[int]:
    """LOD0 (the richest level within `budget`) and one level per ratio of LOD0's count.

    With a reference ladder `ref` (seed 0's counts; other seeds differ by a roughly constant
    factor), each answer is usually one or two builds: the ladder, rescaled by what the builds so
    far measured, predicts the level, which is then built to check. A level the prediction puts
    more than 2 % over the budget is not built to confirm (so LOD0 may, rarely, stop one level
    short of the richest that fits). Without a ladder: `largest_within`."""
    if ref is None or len(ref) != cache.top + 1:
        levels = [largest_within(cache, 0, cache.top, budget)]
        for r in ratios:
            levels.append(level_near(cache, levels[-1], r * cache.count(levels[0])))
        return levels

    def scale_at(lv: int) -> float:  # measured / reference, from the nearest built level
        near = min(cache.counts, key=lambda k: (abs(k - lv), k))
        return cache.counts[near] / max(ref[near], 1)

    fits = [lv for lv, c in enumerate(ref) if c <= budget]
    lv = fits[-1] if fits else 0
    if cache.count(lv) > budget:
        lv = largest_within(cache, 0, lv, budget)  # this seed runs heavier: search below
    else:
        while lv < cache.top:
            if ref[lv + 1] * scale_at(lv) > 1.02 * budget:
                break  # predicted over: not worth a build to confirm
            if cache.count(lv + 1) > budget:
                break
            lv += 1
    levels = [lv]
    total = cache.count(lv)
    for r in ratios:
        target, hi = r * total, levels[-1]
        k = scale_at(hi)
        est = {v: cache.counts.get(v, ref[v] * k) for v in range(hi + 1)}
        guess = min(est, key=lambda v: (_err(est[v], target), v))
        if _err(cache.count(guess), target) <= math.log(1.2):
            levels.append(guess)
        else:  # the ladder misled us here: search
            levels.append(level_near(cache, hi, target))
    return levels


if __name__ == "__main__":  # regenerate ladders.py after changing a builder
    from pathlib import Path

    from ..spec.catalog import ARCHETYPES
    from .archetypes import ARCHETYPE_BUILDERS

    rows = "".join(
        f"    {n!r}: {reference_counts(ARCHETYPE_BUILDERS[n], ARCHETYPES[n].height_m)!r},\n"
        for n in sorted(ARCHETYPE_BUILDERS)
    )
    Path(__file__).with_name("ladders.py").write_text(
        '"""Triangle count per detail level of every archetype for seed 0 at its default height:\n'
        "first guesses for the level search (any seed's ladder is close). Generated by\n"
        '`python -m assetsmith.geometry.lod`; tests check it is current."""\n\n'
        f"REFERENCE_COUNTS: dict[str, tuple[int, ...]] = {{\n{rows}}}\n"
    )
