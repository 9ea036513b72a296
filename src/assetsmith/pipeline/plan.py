"""The plan: every stage of the offline pipeline, in order, and the one place where Settings
become each stage's options.

    OFFLINE_PIPELINE   spec -> materials -> geometry -> export -> render -> layout -> originality
                       -> provenance -> package -> attest
    FOLDER_PIPELINE    the same without attest (a pack written to a folder has no job to attest)

`plan(settings)` binds every stage to `stage_options(settings)`; `plan(settings, names)` picks
stages by name (tests, the render demo). A stage is added by writing its module (an options
dataclass with DEFAULTS, a function `fn(ctx, options)`, `create_stage(...)`), adding it to the
tuple below and giving `stage_options` the line that derives its options.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from ..backends.registry import create_llm, create_texture
from ..originality.stage import ORIGINALITY, OriginalityOptions
from ..provenance.attest import ATTEST, AttestOptions
from ..provenance.credentials_pack import CredentialsOptions
from ..provenance.stage import PROVENANCE, ProvenanceOptions
from ..registry import Registry
from ..render.previews import PreviewOptions
from ..render.stage import RENDER, RenderOptions
from ..settings import Settings
from .context import JobContext
from .runner import run_stages
from .stage import AnyStage
from .stages.export import EXPORT, ExportOptions
from .stages.geometry import GEOMETRY, GeometryOptions
from .stages.layout import LAYOUT, LayoutOptions
from .stages.materials import MATERIALS, MaterialsOptions
from .stages.package import PACKAGE, PackageOptions
from .stages.spec import SPEC, SpecOptions

OFFLINE_PIPELINE: tuple[AnyStage, ...] = (
    SPEC,
    MATERIALS,
    GEOMETRY,
    EXPORT,
    RENDER,
    LAYOUT,
    ORIGINALITY,
    PROVENANCE,
    PACKAGE,
    ATTEST,
)
FOLDER_PIPELINE: tuple[AnyStage, ...] = tuple(s for s in OFFLINE_PIPELINE if s is not ATTEST)

STAGES: Registry[AnyStage] = Registry("stage", {s.name: s for s in OFFLINE_PIPELINE})


def _open_signer(settings: Settings) -> Any:
    # records what it signs, so this installation's signer endpoint will sign it (issue 13)
    from ..provenance.records import open_recording_signer

    return open_recording_signer(settings)


def _creator(settings: Settings, keyid: str) -> dict[str, Any] | None:
    from ..provenance.wallet import creator_block

    return creator_block(settings, keyid)


def _c2pa_chain(settings: Settings) -> Any:
    from ..provenance.c2pa_certs import init_chain

    return init_chain(settings)[0]


def _audit(settings: Settings, ctx: JobContext) -> Any:
    from ..originality.stage import audit_context

    return audit_context(settings, ctx)


def stage_options(settings: Settings) -> dict[str, Any]:
    """Each stage's options from Settings: the only place stages' settings are read."""
    s = settings
    # Content Credentials: the materials stage embeds them in the maps, the layout stage in the
    # previews, with one signer per job (provenance/credentials_pack.py)
    credentials = CredentialsOptions(mode=s.content_credentials, c2pa_chain=partial(_c2pa_chain, s))
    return {
        "spec": SpecOptions(
            backend=s.spec_backend,
            open_chat=partial(create_llm, s),
            repair_rounds=s.llm_repair_rounds,
            temperature=s.llm_temperature,
            model_fallback=s.model_fallback,
        ),
        "materials": MaterialsOptions(
            default_resolution=s.default_resolution,
            max_resolution=s.max_resolution,
            png_compress_level=s.png_compress_level,
            workers=s.workers,
            texture_backend=s.texture_backend,
            open_texture_backend=partial(create_texture, s),
            texture_steps=s.texture_steps,
            model_fallback=s.model_fallback,
            credentials=credentials,
        ),
        "geometry": GeometryOptions(),
        "export": ExportOptions(
            glb_textures=s.glb_textures, usdz_textures=s.usdz_textures, workers=s.workers
        ),
        "render": RenderOptions(
            enabled=s.previews,
            png_compress_level=s.png_compress_level,
            preview=PreviewOptions(
                hero_size=s.preview_size,
                turntable_size=s.preview_turntable_size,
                views=s.preview_views,
                samples=s.preview_samples,
                turntable_samples=s.preview_turntable_samples,
                fxaa=s.preview_fxaa,
            ),
        ),
        "layout": LayoutOptions(
            source_date_epoch=s.source_date_epoch,
            png_compress_level=s.png_compress_level,
            credentials=credentials,
        ),
        "originality": OriginalityOptions(
            audit=None if s.originality == "off" else partial(_audit, s)
        ),
        "provenance": ProvenanceOptions(
            open_signer=partial(_open_signer, s), creator=partial(_creator, s)
        ),
        "package": PackageOptions(source_date_epoch=s.source_date_epoch),
        "attest": AttestOptions(),
    }


def plan(
    settings: Settings,
    names: Sequence[str] | None = None,
    stages: Sequence[AnyStage] = OFFLINE_PIPELINE,
) -> list[AnyStage]:
    """`stages` (default: the offline pipeline), or those of them called `names` in that order,
    each bound to its options from `settings`. An unknown name is UnknownName."""
    chosen = list(stages) if names is None else [STAGES.get(n) for n in names]
    options = stage_options(settings)
    return [s.with_options(options[s.name]) if s.name in options else s for s in chosen]


def run_plan(ctx: JobContext, settings: Settings, names: Sequence[str] | None = None) -> JobContext:
    """Run the named stages (default: the whole offline pipeline) over `ctx` with their options
    from `settings`."""
    return run_stages(ctx, plan(settings, names))
