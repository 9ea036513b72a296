"""Choosing detail levels: the richest level within a triangle budget, and LOD levels near given
fractions of it.

Like geometry/lod.py's search (extrapolate, then interpolate in log space), but with capped steps:
a program's count often grows slowly while small parts sit at their minimum segment counts and
then fast, so a long extrapolation overshoots into levels that are very costly to build. Steps of
at most MAX_STEP levels keep every probe within a few times the budget.
"""

from __future__ import annotations

import math
from collections.abc import Callable

MAX_STEP = 8
FIRST_GROWTH = 1.15  # triangles per level, before two levels are known


def richest_within(count: Callable[[int], int], limit: float, lo: int, hi: int,
                   known: dict[int, int]) -> int:
    """The largest level in [lo, hi] whose count is <= limit (`lo` is assumed to fit; counts never
    decrease with the level). `known` holds the counts measured so far (count() adds to it)."""
    over = None
    for lv in sorted(known):
        if lo < lv <= hi:
            if known[lv] <= limit:
                lo = lv
            elif over is None or lv < over:
                over = lv
    while over is None:
        if lo >= hi:
            return lo
        c_lo = max(count(lo), 1)
        below = [lv for lv in known if lv < lo]
        growth = FIRST_GROWTH
        if below:
            first = max(below)
            growth = (c_lo / max(known[first], 1)) ** (1.0 / (lo - first))
        if growth <= 1.0 + 1e-6:
            step = MAX_STEP
        else:
            step = math.ceil(math.log(max(limit, 1) / c_lo) / math.log(growth))
        guess = min(lo + max(1, min(step, MAX_STEP)), hi)
        if count(guess) <= limit:
            lo = guess
        else:
            over = guess
    bisect = False
    while over - lo > 1:
        width = over - lo
        c_lo, c_over = max(count(lo), 1), max(count(over), 1)
        if bisect or c_over <= c_lo:
            guess = (lo + over) // 2
        else:
            frac = math.log(max(limit, 1) / c_lo) / math.log(c_over / c_lo)
            guess = lo + int(round(frac * width))
        guess = min(max(guess, lo + 1), over - 1)
        if count(guess) <= limit:
            lo = guess
        else:
            over = guess
        bisect = (over - lo) * 2 > width
    return lo


ACCEPT = math.log(1.2)  # a LOD level within 20 % of its target is near enough


def _err(c: float, target: float) -> float:
    return abs(math.log(max(c, 1) / max(target, 1)))


def nearest_below(count: Callable[[int], int], target: float, hi: int, known: dict[int, int]) -> int:
    """A level in [0, hi] whose count is nearest `target` by ratio (0 when even it is larger).
    A known level, or one interpolated between known levels, within 20 % of the target is taken
    without searching further (a LOD needs to be near its ratio, not exactly at it)."""
    near = [lv for lv in known if lv <= hi]
    best = min(near, key=lambda lv: (_err(known[lv], target), lv))
    if _err(known[best], target) <= ACCEPT:
        return best
    below = [lv for lv in near if known[lv] <= target]
    above = [lv for lv in near if known[lv] > target]
    if below and above:
        a, b = max(below), min(above)
        if b - a > 1 and known[b] > known[a]:
            frac = math.log(max(target, 1) / max(known[a], 1)) / math.log(known[b] / max(known[a], 1))
            guess = min(max(a + int(round(frac * (b - a))), a + 1), b - 1)
            if _err(count(guess), target) <= ACCEPT:
                return guess
    lv = richest_within(count, target, 0, hi, known)
    if lv >= hi or count(lv) > target:
        return lv
    return lv + 1 if _err(count(lv + 1), target) < _err(count(lv), target) else lv


def choose_levels(count: Callable[[int], int], known: dict[int, int], budget: int, top: int,
                  ratios: tuple[float, ...]) -> list[int]:
    """LOD0 (the richest level within `budget`; level 0 must fit) and one level per ratio of
    LOD0's count, each no richer than the one before."""
    levels = [richest_within(count, budget, 0, top, known)]
    total = count(levels[0])
    for r in ratios:
        prev = levels[-1]
        c_prev = count(prev)
        # The richest level with strictly fewer triangles than the LOD before (if any has fewer).
        hi = richest_within(count, c_prev - 1, 0, prev, known) if count(0) < c_prev else 0
        levels.append(nearest_below(count, r * total, hi, known))
    return levels
