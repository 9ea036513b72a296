"""Tiers and prices, with the reference tool's numbers (see shared/reference/seed-facts.md)."""

from __future__ import annotations

from dataclasses import dataclass

COST_GENERATE_SPEC = 1
COST_JOB = 2
COST_JOB_TEXTURES = 6


@dataclass(frozen=True)
class Tier:
    """A plan: monthly credits, how many jobs may be in flight at once, whether model textures are
    included."""

    id: str
    name: str
    credits_per_month: int
    max_concurrent_jobs: int
    textures: bool


TIERS: dict[str, Tier] = {t.id: t for t in (
    Tier("free", "Free", 40, 1, False),
    Tier("indie", "Indie", 600, 2, True),
    Tier("team", "Small team", 3000, 5, True),
)}
TIER_IDS = tuple(TIERS)


def job_cost(textures: bool) -> int:
    """Credits one job costs: model-generated textures cost more than the procedural maps."""
    return COST_JOB_TEXTURES if textures else COST_JOB


def get_tier(tier_id: str) -> Tier:
    """The tier with this id (ValueError for an unknown one; callers turn it into InvalidInput)."""
    try:
        return TIERS[tier_id]
    except KeyError:
        raise ValueError(f"unknown tier '{tier_id}'; use one of {', '.join(TIER_IDS)}") from None
