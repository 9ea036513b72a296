"""Detail levels: how many segments a circle, curve or bevel gets at a level.

A level sets a density (segments per metre) that grows by GROWTH per level, relative to the
object's reference size, so the level range is the same for a ring and a ship. A part's count is
its length times the density times the part's `detail` weight, clamped: big parts get more
segments than small ones, and every count is non-decreasing in the level, so the triangle count is
too (lod.py's search relies on that).

Every count a Resolution hands out is recorded. Replaying the record at another level tells
whether the part would come out the same there; if so its mesh is reused (most small parts stop
changing long before the big ones do).
"""

from __future__ import annotations

import math
import zlib

import numpy as np

from .limits import MAX_SEGMENTS

GROWTH = 1.1  # density multiplier per level (the archetype builders' growth, so macros line up)
BASE_DENSITY = 3.0  # segments per reference size at level 0
MAX_LEVEL = 56


def seed_rng(seed: int, *keys: str) -> np.random.Generator:
    """A generator for one purpose of one part: independent of the detail level and of every other
    part, so adding a part or raising the level never changes another's random draws."""
    return np.random.default_rng([int(seed) % (2**63), *(zlib.crc32(k.encode()) for k in keys)])


class Resolution:
    """Segment counts for one part at one level (records each count it gives)."""

    def __init__(
        self, level: int, ref_size: float, weight: float = 1.0, seed: int = 0, key: str = ""
    ) -> None:
        self.level, self.ref_size, self.weight, self.seed, self.key = (
            level,
            ref_size,
            weight,
            seed,
            key,
        )
        self.density = BASE_DENSITY * GROWTH**level * weight / max(ref_size, 1e-9)
        self.calls: list[tuple[str, tuple, int]] = []

    def _record(self, name: str, args: tuple, value: int) -> int:
        self.calls.append((name, args, value))
        return value

    def segments(self, length: float, lo: int = 1, hi: int = MAX_SEGMENTS) -> int:
        """Segments for a curve of `length` metres."""
        n = math.ceil(length * self.density - 1e-9)
        return self._record("segments", (length, lo, hi), int(min(max(n, lo), hi)))

    def around(
        self, radius: float, lo: int = 6, hi: int = MAX_SEGMENTS, arc_deg: float = 360.0
    ) -> int:
        """Segments round a circle (or an arc of it); full circles above 8 use multiples of 4, so
        the outermost points sit on the axes and bounding boxes barely change between levels."""
        n = math.ceil(2 * math.pi * radius * arc_deg / 360.0 * self.density - 1e-9)
        n = max(n, lo)
        if arc_deg >= 360.0 and n > 8:
            n = 4 * math.ceil(n / 4)
        return self._record("around", (radius, lo, hi, arc_deg), int(min(n, hi)))

    def bevel(self, radius: float, k_max: int = 6) -> int:
        """Segments across a rounded edge's 45 degrees of face (0: a sharp edge)."""
        n = math.floor(math.pi / 4 * radius * self.density * 1.5 + 1e-9)
        return self._record("bevel", (radius, k_max), int(min(max(n, 0), k_max)))

    def stage(self, start: int, every: int = 1, hi: int = 1_000_000) -> int:
        """A count that starts at level `start` and grows by one every `every` levels."""
        v = (self.level - start) // every + 1 if self.level >= start else 0
        return self._record("stage", (start, every, hi), int(min(v, hi)))

    def level_for(self, size: float, top: int) -> int:
        """The archetype level of a macro `size` metres tall: this level, lowered by how much
        smaller than the object the macro is (never above `top`)."""
        shift = math.log(max(size * self.weight / self.ref_size, 1e-9)) / math.log(GROWTH)
        level = self.level + int(round(min(shift, 0.0)))
        return self._record("level_for", (size, top), max(0, min(top, level)))

    def rng(self, purpose: str) -> np.random.Generator:
        return seed_rng(self.seed, self.key, purpose)

    def same_at(self, level: int) -> bool:
        """Whether every recorded count is the same at `level` (so the part's mesh is too)."""
        other = Resolution(level, self.ref_size, self.weight, self.seed, self.key)
        return all(getattr(other, name)(*args) == value for name, args, value in self.calls)
