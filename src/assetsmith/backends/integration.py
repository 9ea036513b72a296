"""Where the pipeline stages meet the model backends: open the backend the stage's options name,
call it, and fall back to the offline generators with one clear log line when it fails (unless
fallback is off or the request demanded the backend). What ran is recorded on the context for the
manifest (`ctx.model_toolchain`: `llm_model`, `image_pipeline`)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from assetsmith.errors import BackendUnavailable

if TYPE_CHECKING:
    from assetsmith.pipeline.context import JobContext
    from assetsmith.pipeline.stages.materials import MaterialsOptions
    from assetsmith.pipeline.stages.spec import SpecOptions

log = logging.getLogger("assetsmith.backends")

PROCEDURAL_PIPELINE = "assetsmith.materials (numpy, procedural)"
# Families whose look depends on alpha (glass, liquid): the model paints no opacity, keep procedural.
PROCEDURAL_ONLY_FAMILIES = frozenset({"crystal"})


def backend_demanded(ctx: JobContext, model_fallback: bool) -> bool:
    """True when a failure must fail the job: fallback is off in settings, or the request asks
    for its backend to be required (`require_backends`)."""
    return not model_fallback or ctx.request.require_backends


def spec_from_model(ctx: JobContext, options: SpecOptions) -> dict[str, Any] | None:
    """A spec written by the configured language model, or None for the offline generator
    (configured so, or fallen back to after a logged BackendUnavailable).

    When a recipe of the library fits the prompt, the model writes the look (names, materials,
    colours) around it; when none fits, the model writes the shape itself as a part program
    (assetsmith.shapes.writer: schema-constrained, validated, built and checked, repaired in
    rounds) and the spec is built around that program."""
    from assetsmith.backends.llm.repair import generate_spec_with_model
    from assetsmith.spec import generate_spec, shape_report

    req = ctx.request
    if options.backend == "offline" or options.open_chat is None or req.prompt is None:
        return None
    try:
        chat = options.open_chat()
    except BackendUnavailable as exc:
        _spec_fallback(ctx, options, options.backend, exc)
        return None
    label = f"{chat.name}:{chat.model}"
    try:
        draft = generate_spec(
            req.prompt,
            category=req.category,
            style_preset=req.style_preset,
            seed=req.seed,
            resolution=req.resolution,
            poly_budget=req.poly_budget,
        )
        if shape_report(draft)["how"] == "none":
            return _spec_with_written_shape(ctx, options, chat, label, draft)
        spec: dict[str, Any] = generate_spec_with_model(
            chat,
            req.prompt,
            category=req.category,
            style_preset=req.style_preset,
            seed=req.seed,
            resolution=req.resolution,
            poly_budget=req.poly_budget,
            repair_rounds=options.repair_rounds,
            temperature=options.temperature,
            is_cancelled=ctx.is_cancelled,
        )
    except BackendUnavailable as exc:
        _spec_fallback(ctx, options, label, exc)
        return None
    finally:
        chat.close()
    rounds = spec["generation"]["interpretation"]["model"]["repair_rounds"]
    ctx.log(f"spec: written by {label}" + (f" after {rounds} repair round(s)" if rounds else ""))
    ctx.model_toolchain["llm_model"] = label
    return spec


def _spec_with_written_shape(
    ctx: JobContext, options: SpecOptions, chat: Any, label: str, draft: dict[str, Any]
) -> dict[str, Any]:
    """No recipe fits: the model writes the part program (BackendUnavailable / ModelOutputInvalid
    propagate to the caller's fallback)."""
    from assetsmith.shapes.writer import nearest_examples, write_shape
    from assetsmith.spec import shape_report
    from assetsmith.spec.generator import spec_for_program

    req = ctx.request
    assert req.prompt is not None
    offline = shape_report(draft)
    result = write_shape(
        chat,
        req.prompt,
        examples=nearest_examples(req.prompt),
        rounds=options.repair_rounds,
        temperature=options.temperature,
        poly_budget=int(draft["poly_budget_tris"]),
        seed=int(draft["generation"]["seed"]),
        is_cancelled=ctx.is_cancelled,
    )
    name = str(result.program.get("name") or "custom shape")
    shape = {
        "recipe": None,
        "program": name,
        "matched_words": offline["matched_words"],
        "confidence": None,
        "how": "llm",
        "suggestions": offline["suggestions"],
        "params": {},
        "fallback": f"no recipe of the library fits; the shape was written by {label}"
        + (f" after {result.rounds_used} repair round(s)" if result.rounds_used else ""),
        "model": result.to_dict(),
    }
    ctx.log(
        f"shape: written by {label} ({len(result.program.get('parts') or [])} parts, "
        f"{result.triangles} triangles at check)"
    )
    ctx.model_toolchain["llm_model"] = label
    return spec_for_program(draft, result.program, shape=shape)


def _spec_fallback(
    ctx: JobContext, options: SpecOptions, label: str, exc: BackendUnavailable
) -> None:
    if backend_demanded(ctx, options.model_fallback):
        raise exc
    ctx.log(f"fallback: spec backend {label} failed ({exc.message}); using the offline generator")
    log.warning(
        "spec backend %s failed, falling back to the offline generator: %s", label, exc.message
    )
    return None


class ModelTextures:
    """Albedo from an image model, normal and ORM derived; shared by the materials stage's threads.

    After the first backend failure every later material goes procedural at once (no repeated
    waits on a dead server); `maps()` returns None whenever the caller should synthesise.
    """

    def __init__(self, ctx: JobContext, options: MaterialsOptions, backend: Any) -> None:
        self.ctx = ctx
        self.options = options
        self.backend = backend
        self.failed: BackendUnavailable | None = None
        self._lock = threading.Lock()
        self.used = 0

    def maps(self, material: dict, *, seed: int, size: int):
        from assetsmith.backends.texture.base import TextureRequest
        from assetsmith.backends.texture.compose import maps_from_albedo
        from assetsmith.backends.texture.prompts import albedo_prompt
        from assetsmith.backends.texture.seams import ensure_seamless

        if self.failed is not None or material["family"] in PROCEDURAL_ONLY_FAMILIES:
            return None
        from assetsmith.pipeline.context import produced

        style = produced(self.ctx.spec, "spec")["style_preset"]
        prompt, negative = albedo_prompt(material, style)
        request = TextureRequest(
            prompt=prompt, negative_prompt=negative, seed=seed, steps=self.options.texture_steps
        )
        try:
            result = self.backend.generate(request, is_cancelled=self.ctx.is_cancelled)
            albedo, report = ensure_seamless(result.albedo)
            if not report["ok"]:
                raise BackendUnavailable(
                    f"the albedo for '{material['id']}' does not tile "
                    f"(seam ratio {report['seam_ratio_after']} after repair)"
                )
        except BackendUnavailable as exc:
            with self._lock:
                first = self.failed is None
                self.failed = self.failed or exc
            if backend_demanded(self.ctx, self.options.model_fallback):
                raise
            if first and self.used:
                self.ctx.model_toolchain["image_pipeline"] += "; procedural after a backend failure"
            if first:
                self.ctx.log(
                    f"fallback: texture backend {self.backend.pipeline} failed ({exc.message}); "
                    "using procedural materials"
                )
                log.warning(
                    "texture backend failed, falling back to procedural materials: %s", exc.message
                )
            return None
        self.ctx.log(
            f"materials: albedo for '{material['id']}' from {self.backend.pipeline}"
            + (
                f" (seam repaired: {report['seam_ratio']} -> {report['seam_ratio_after']})"
                if report["repaired"]
                else ""
            )
        )
        with self._lock:
            self.used += 1
            self.ctx.model_toolchain["image_pipeline"] = (
                f"{self.backend.pipeline} (albedo) + assetsmith.materials.derive (normal, ORM from height)"
            )
        return maps_from_albedo(
            albedo,
            family=material["family"],
            style=style,
            size=size,
            seed=seed,
            base_color=material["base_color"],
            wear=float(material.get("wear", 0.35)),
            height=result.height,
            roughness=material.get("roughness"),
            metallic=material.get("metallic"),
        )


def model_textures(ctx: JobContext, options: MaterialsOptions) -> ModelTextures | None:
    """The configured texture backend wrapped for the materials stage; None when procedural
    (configured so, or the backend cannot even be built and fallback is allowed)."""
    if (
        options.texture_backend == "procedural"
        or options.open_texture_backend is None
        or not ctx.request.textures
    ):
        return None
    try:
        backend = options.open_texture_backend()
    except BackendUnavailable as exc:
        if backend_demanded(ctx, options.model_fallback):
            raise
        ctx.log(
            f"fallback: texture backend {options.texture_backend} unavailable ({exc.message}); "
            "using procedural materials"
        )
        return None
    return ModelTextures(ctx, options, backend)
