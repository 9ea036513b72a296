"""Choosing detail levels: the richest level within a triangle budget, and LOD levels near given
fractions of it.

Like geometry/lod.py's search (extrapolate, then interpolate in log space; a level predicted more
than 2 % over the budget is not built to confirm it, so LOD0 may rarely stop one level short of the
richest that fits), but with capped steps:
a program's count often grows slowly while small parts sit at their minimum segment counts and
then fast, so a long extrapolation overshoots into levels that are very costly to build. Steps of
at most MAX_STEP levels keep every probe within a few times the budget.
"""

from __future__ import annotations

import math
from collections.abc import Callable

MAX_STEP = 8
FIRST_GROWTH = 1.15  # triangles per level, before two levels are known


def richest_within(
    count: Callable[[int], int], limit: float, lo: int, hi: int, known: dict[int, int]
) -> int:
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
        # Counts grow about geometrically between two levels: when even the next level is
        # predicted more than 2 % over, building it to confirm is not worth its cost.
        if c_over > c_lo and c_lo * (c_over / c_lo) ** (1.0 / width) > 1.02 * limit:
            return lo
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


ACCEPT = math.log(1.25)  # a LOD level within 25 % of its target is near enough


def _err(c: float, target: float) -> float:
    return abs(math.log(max(c, 1) / max(target, 1)))


def nearest_below(
    count: Callable[[int], int], target: float, hi: int, known: dict[int, int]
) -> int:
    """A level in [0, hi] whose count is nearest `target` by ratio (0 when even it is larger).
    A level within 25 % of the target is taken as soon as one is known: up to three guesses
    interpolated between the known levels that bracket the target, then a search."""
    for _ in range(3):
        near = [lv for lv in known if lv <= hi]
        best = min(near, key=lambda lv: (_err(known[lv], target), lv))
        if _err(known[best], target) <= ACCEPT:
            return best
        below = [lv for lv in near if known[lv] <= target]
        above = [lv for lv in near if known[lv] > target]
        if not below or not above:
            break
        a, b = max(below), min(above)
        if b - a <= 1 or known[b] <= known[a]:
            break
        frac = math.log(max(target, 1) / max(known[a], 1)) / math.log(known[b] / max(known[a], 1))
        count(min(max(a + int(round(frac * (b - a))), a + 1), b - 1))
    lv = richest_within(count, target, 0, hi, known)
    if lv >= hi or count(lv) > target:
        return lv
    return lv + 1 if _err(count(lv + 1), target) < _err(count(lv), target) else lv


def choose_levels(
    count: Callable[[int], int],
    known: dict[int, int],
    budget: int,
    top: int,
    ratios: tuple[float, ...],
) -> list[int]:
    """LOD0 (the richest level within `budget`; level 0 must fit) and one level per ratio of
    LOD0's count, each no richer than the one before."""
    levels = [richest_within(count, budget, 0, top, known)]
    total = count(levels[0])
    for r in ratios:
        prev = levels[-1]
        c_prev = count(prev)
        lv = nearest_below(count, r * total, prev, known)
        if count(lv) >= c_prev and count(0) < c_prev:
            # A cliff: the level nearest the target has as many triangles as the LOD before;
            # take the richest level with strictly fewer.
            lv = richest_within(count, c_prev - 1, 0, prev, known)
        levels.append(lv)
    return levels
