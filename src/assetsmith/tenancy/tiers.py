"""Tiers and prices, with the reference tool's numbers (see shared/reference/seed-facts.md), and a
job's price by what it costs to build.

A job's work is its texture sets: every material of every variant gets a full set of PBR maps,
whose cost (time, memory, pack size) grows with its pixel count. One *texture unit* is one set at
1024 x 1024 px; a job's units are the sum over its sets of (side / 1024)^2 (a 2048 px set is 4
units, a 4096 px set 16, a 512 px set 0.25). The price is

    credits = base x ceil(units / 4)      base: 2, or 6 with model-generated textures

so the ordinary job (up to 4 sets at 1024 px, or one at 2048 px) costs the reference tool's 2 (6),
and a 16-material spec at 2048 px (64 units) costs 16 x 2 = 32. Each tier also caps a job's
texture size and units (`Tier.max_resolution`, `Tier.max_texture_units`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

COST_GENERATE_SPEC = 1
COST_JOB = 2
COST_JOB_TEXTURES = 6
UNIT_SIDE = 1024  # a texture unit: one set of maps at 1024 x 1024 px
UNITS_PER_PRICE = 4  # the base price covers this many units


@dataclass(frozen=True)
class Tier:
    """A plan: monthly credits, how many jobs may be in flight at once, whether model textures are
    included, and the largest job it takes (texture side in px, texture units)."""

    id: str
    name: str
    credits_per_month: int
    max_concurrent_jobs: int
    textures: bool
    max_resolution: int = 1024
    max_texture_units: int = 8


TIERS: dict[str, Tier] = {
    t.id: t
    for t in (
        Tier("free", "Free", 40, 1, False, max_resolution=1024, max_texture_units=8),
        Tier("indie", "Indie", 600, 2, True, max_resolution=2048, max_texture_units=32),
        Tier("team", "Small team", 3000, 5, True, max_resolution=4096, max_texture_units=64),
    )
}
TIER_IDS = tuple(TIERS)


def texture_units(sides: list[int]) -> float:
    """Texture units of a job whose texture sets have these sides (px): sum of (side / 1024)^2."""
    return sum((side / UNIT_SIDE) ** 2 for side in sides)


def job_cost(textures: bool, units: float = UNITS_PER_PRICE) -> int:
    """Credits one job costs: base (model-generated textures cost more than the procedural maps)
    x ceil(units / UNITS_PER_PRICE), at least the base."""
    base = COST_JOB_TEXTURES if textures else COST_JOB
    return base * max(1, math.ceil(units / UNITS_PER_PRICE - 1e-9))


def get_tier(tier_id: str) -> Tier:
    """The tier with this id (ValueError for an unknown one; callers turn it into InvalidInput)."""
    try:
        return TIERS[tier_id]
    except KeyError:
        raise ValueError(f"unknown tier '{tier_id}'; use one of {', '.join(TIER_IDS)}") from None
