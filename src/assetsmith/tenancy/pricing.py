"""What a run_job request will build, measured before it is queued: its texture sets, their
largest side and its texture units (see tiers.py for the price rule), and the limits on them.

A spec request is measured on its own materials and variants (as the spec stage will load it;
the request's `resolution` overrides every material's). A prompt is measured on the spec the
offline reader writes for it (the spec stage's own generator, microseconds): one variant and its
materials at the requested resolution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import Forbidden, InvalidInput, TooLarge
from .tiers import Tier, job_cost, texture_units

if TYPE_CHECKING:
    from ..settings import Settings


@dataclass(frozen=True)
class JobSize:
    """texture_sets: materials x variants; max_side: the largest texture side (px); units: sum of
    (side / 1024)^2 over the sets."""

    texture_sets: int
    max_side: int
    units: float

    def cost(self, textures: bool) -> int:
        return job_cost(textures, self.units)


def job_size(request: Any, default_resolution: int) -> JobSize:
    """The size of a run_job request (a dict or a JobRequest; InvalidInput/SpecInvalid if it is not valid)."""
    from ..pipeline.request import JobRequest

    req = request if isinstance(request, JobRequest) else JobRequest.parse(request)
    spec = req.checked_spec()
    if spec is None:
        from ..spec import generate_spec

        spec = generate_spec(
            req.prompt or "",
            category=req.category,
            style_preset=req.style_preset,
            seed=req.seed,
            resolution=req.resolution,
            poly_budget=req.poly_budget,
            strict=req.strict,  # NoFittingShape here: refused at submit, not in the worker
        )
    per_variant = [
        int(req.resolution or m.get("resolution") or default_resolution) for m in spec["materials"]
    ]
    sides = per_variant * max(1, len(spec["variants"]))
    return JobSize(len(sides), max(sides, default=0), texture_units(sides))


def check_job_size(size: JobSize, settings: Settings, tier: Tier | None = None) -> None:
    """Refuse a job over this server's limits (422 texture size, 413 units) or its plan's (403)."""
    if size.max_side > settings.max_resolution:
        raise InvalidInput(
            f"Texture size {size.max_side} exceeds this server's limit of {settings.max_resolution} "
            "(setting max_resolution).",
            "Ask for a smaller resolution.",
        )
    if size.units > settings.max_texture_units:
        raise TooLarge(
            f"This job is {size.units:g} texture units ({size.texture_sets} texture sets; a unit is one "
            f"set at 1024 px), over this server's limit of {settings.max_texture_units} (setting "
            "max_texture_units).",
            "Use fewer materials or variants, or a smaller resolution.",
        )
    if tier is None:
        return
    if size.max_side > tier.max_resolution:
        raise Forbidden(
            f"The {tier.name} plan builds textures up to {tier.max_resolution} px; this job asks for "
            f"{size.max_side}.",
            "Ask for a smaller resolution, or upgrade.",
        )
    if size.units > tier.max_texture_units:
        raise Forbidden(
            f"The {tier.name} plan takes jobs up to {tier.max_texture_units} texture units; this one is "
            f"{size.units:g} ({size.texture_sets} texture sets; a unit is one set at 1024 px).",
            "Use fewer materials or variants, or a smaller resolution, or upgrade.",
        )
