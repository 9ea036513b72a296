"""JobRequest: what every edge (CLI, SDK, API, worker) turns its input into before running."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import InvalidInput, Problem, SpecInvalid
from ..spec.catalog import CATEGORIES, RESOLUTIONS, STYLE_PRESETS

ENGINES = ("unity", "godot", "unreal")
Engine = Literal["unity", "godot", "unreal"]


class JobRequest(BaseModel):
    """A validated, normalised request for one pack."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str | None = Field(default=None, max_length=2000, description="What to make, in words.")
    spec: dict[str, Any] | None = Field(
        default=None, description="A v0.1, v0.2 or v0.3 asset spec (instead of a prompt)."
    )
    strict: bool = Field(
        default=False,
        description="Fail (no_fitting_shape, HTTP 422, exit 23) when no recipe of the library fits the prompt, instead of building a stand-in and saying so.",
    )
    category: str | None = Field(default=None, description=f"One of {', '.join(CATEGORIES)}.")
    style_preset: str | None = Field(
        default=None, description=f"One of {', '.join(STYLE_PRESETS)}."
    )
    seed: int | None = Field(
        default=None, ge=0, le=2**31 - 1, description="Seed; default: derived from the prompt."
    )
    resolution: int | None = Field(default=None, description=f"Texture size, one of {RESOLUTIONS}.")
    poly_budget: int | None = Field(
        default=None, ge=1, le=1_000_000, description="Triangle budget for LOD0."
    )
    engine: Engine = Field(default="unity", description="Engine layout of the pack.")
    textures: bool = Field(default=True, description="Synthesize PBR texture maps.")
    export_usd: bool = Field(default=True, description="Write .usda and .usdz beside the GLB.")
    normalise: bool = Field(
        default=True, description="Repair sloppy spec input before validating it."
    )
    sign: bool = Field(
        default=True, description="Sign the pack's provenance statement (turn off explicitly)."
    )
    require_backends: bool = Field(
        default=False,
        description="Fail instead of falling back to the procedural generators when a configured model backend fails.",
    )

    @field_validator("prompt")
    @classmethod
    def _prompt(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = " ".join(v.split())
        if not v:
            raise ValueError("the prompt is empty")
        return v

    @field_validator("resolution")
    @classmethod
    def _res(cls, v: int | None) -> int | None:
        if v is not None and v not in RESOLUTIONS:
            raise ValueError(
                f"{v} is not a supported texture size; use one of {', '.join(map(str, RESOLUTIONS))}"
            )
        return v

    @field_validator("category")
    @classmethod
    def _cat(cls, v: str | None) -> str | None:
        if v is not None and v not in CATEGORIES:
            raise ValueError(f"'{v}' is not a category; use one of {', '.join(CATEGORIES)}")
        return v

    @field_validator("style_preset")
    @classmethod
    def _style(cls, v: str | None) -> str | None:
        if v is not None and v not in STYLE_PRESETS:
            raise ValueError(f"'{v}' is not a style preset; use one of {', '.join(STYLE_PRESETS)}")
        return v

    @model_validator(mode="after")
    def _one_source(self) -> JobRequest:
        if (self.prompt is None) == (self.spec is None):
            raise ValueError("give exactly one of a prompt or a spec")
        return self

    @classmethod
    def parse(cls, data: dict[str, Any]) -> JobRequest:
        """Validate untrusted input, turning pydantic's errors into our InvalidInput with JSON paths.
        A spec is validated whole here (schema, bounds and rules; SpecInvalid listing every problem
        at `$.spec...`), so every edge that submits (API, queue, SDK) refuses a bad spec before it is
        stored, not in a worker."""
        try:
            req = cls.model_validate(data)
        except ValidationError as exc:
            problems = []
            for e in exc.errors():
                path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e["loc"])
                msg = e["msg"].removeprefix("Value error, ")
                problems.append(Problem(path, msg))
            first = problems[0]
            raise InvalidInput(
                f"Invalid request: {first.path}: {first.message}.",
                "Fix the request fields listed in details.",
                details=[p.to_dict() for p in problems],
            ) from None
        req.checked_spec()
        return req

    def checked_spec(self) -> dict[str, Any] | None:
        """The request's spec as the spec stage will load it (normalised when asked, validated,
        upgraded to v0.2), or None for a prompt; SpecInvalid with `$.spec` paths, or InvalidInput
        when the request's style or category contradicts it."""
        if self.spec is None:
            return None
        from ..spec import load_spec

        try:
            spec = load_spec(self.spec, normalise=self.normalise)
        except SpecInvalid as exc:
            raise SpecInvalid(
                [Problem("$.spec" + p.path[1:], p.message) for p in exc.problems], exc.hint
            ) from None
        for key, value in (("style_preset", self.style_preset), ("category", self.category)):
            if value is not None and value != spec[key]:
                raise InvalidInput(
                    f"The request's {key} '{value}' conflicts with the spec's '{spec[key]}'.",
                    f"Drop {key} or edit the spec.",
                )
        return spec

    def digest(self) -> str:
        """Content hash of the request: equal requests build byte-identical packs."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()
