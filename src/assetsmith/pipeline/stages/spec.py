"""The `spec` stage: load the request's spec (normalised, validated) or write one for its prompt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...errors import InvalidInput
from ...spec import generate_spec, load_spec, normalise_spec, shape_report
from ..context import JobContext
from ..stage import create_stage


@dataclass(frozen=True)
class SpecOptions:
    """How prompts become specs. `open_chat` builds the configured language-model backend (None:
    the offline reader); `backend` names it for log lines."""

    backend: str = "offline"
    open_chat: Callable[[], Any] | None = None
    repair_rounds: int = 2
    temperature: float = 0.2
    model_fallback: bool = (
        True  # on a backend failure, use the offline reader (logged) instead of failing
    )


DEFAULTS = SpecOptions()


def spec_stage(ctx: JobContext, options: SpecOptions) -> None:
    """Generate or load the asset spec."""
    req = ctx.request
    if req.spec is not None:
        data = req.spec
        if req.normalise:
            data, ctx.spec_changes = normalise_spec(data)
            for c in ctx.spec_changes:
                ctx.log(f"normalised {c}")
        spec = load_spec(data)
        overrides = {"style_preset": req.style_preset, "category": req.category}
        for k, v in overrides.items():
            if v is not None and v != spec[k]:
                raise InvalidInput(
                    f"The request's {k} '{v}' conflicts with the spec's '{spec[k]}'.",
                    f"Drop --{k.replace('_', '-')} or edit the spec.",
                )
    else:
        from ...backends.integration import spec_from_model  # options.open_chat; None: offline

        assert req.prompt is not None  # a JobRequest has exactly one of a prompt and a spec
        spec = spec_from_model(ctx, options) or generate_spec(
            req.prompt,
            category=req.category,
            style_preset=req.style_preset,
            seed=req.seed,
            resolution=req.resolution,
            poly_budget=req.poly_budget,
            strict=req.strict,
        )
        spec = load_spec(spec)  # the generator's output goes through the same gate as user specs
    if req.resolution is not None:
        for m in spec["materials"]:
            m["resolution"] = req.resolution
    ctx.spec = spec
    report = shape_report(spec)
    ctx.log(f"shape: {report['recipe']} ({report['how']}, confidence {report['confidence']})")
    if report["fallback"]:
        ctx.log(f"fallback: {report['fallback']}")


SPEC = create_stage(
    "spec", spec_stage, DEFAULTS, weight=0.2, description="generate or load the asset spec"
)
