"""The `layout` stage: every pack file at the engine layout's path, Content Credentials in the
previews, and manifest.json's body (sealed later, once: see pipeline/context.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...formats.jsondoc import dumps
from ...packs import get_layout
from ...packs.base import build_manifest, contact_sheet_png, relpath
from ...provenance.credentials_pack import CredentialsOptions
from ...spec import shape_summary
from ..context import JobContext, produced
from ..stage import create_stage
from .export import usd_materials

CREDENTIALS_SHARE = 0.8  # of the stage's progress bar: embedding credentials in the previews


@dataclass(frozen=True)
class LayoutOptions:
    """`source_date_epoch` dates the manifest (reproducible builds); `png_compress_level` encodes
    the texture contact sheet; `credentials` embeds Content Credentials in the previews (the maps
    got theirs in the materials stage)."""

    source_date_epoch: int | None = None
    png_compress_level: int = 1
    credentials: CredentialsOptions = field(default_factory=CredentialsOptions)


DEFAULTS = LayoutOptions()


def layout_stage(ctx: JobContext, options: LayoutOptions) -> None:
    """Lay out the engine pack and its manifest."""
    from ...formats.usd import write_usda
    from ...provenance.credentials_pack import credential_files

    spec = produced(ctx.spec, "spec")
    geometry = produced(ctx.geometry, "geometry")
    layout = get_layout(ctx.request.engine)
    mdir, name = layout.model_dir(ctx), layout.model_name(ctx)
    files: dict[str, bytes] = dict(ctx.previews)  # from render
    for key, data in ctx.textures.items():
        files[layout.texture_path(ctx, key)] = data
    files[f"{mdir}/{name}.glb"] = ctx.models["glb"]
    for i in range(1, len(geometry.lods) + 1):
        files[f"{mdir}/{name}_LOD{i}.glb"] = ctx.models[f"lod{i}"]
    files[f"{mdir}/{name}.collider.json"] = ctx.models["collider_json"]
    if "collider_glb" in ctx.models:
        files[f"{mdir}/{name}_collider.glb"] = ctx.models["collider_glb"]
    if ctx.request.export_usd:
        variant = ctx.variants[0]["variant_id"]
        loose = usd_materials(
            ctx, layout, variant, lambda k: relpath(mdir, layout.texture_path(ctx, k))
        )
        files[f"{mdir}/{name}.usda"] = write_usda(
            geometry.parts, loose, root_name=ctx.asset_id
        ).encode()
        files[f"{mdir}/{name}.usdz"] = ctx.models["usdz"]
    files.update(layout.extra_files(ctx))
    files[f"Previews/{ctx.asset_id}_materials.png"] = contact_sheet_png(
        ctx, level=options.png_compress_level
    )
    # Content Credentials in the previews, before the manifest's digests (provenance/credentials_pack.py)
    previews = sorted(p for p in files if p.startswith("Previews/"))
    files = credential_files(ctx, files, previews, options.credentials, span=CREDENTIALS_SHARE)
    files["spec.json"] = dumps(spec)
    files[layout.notes_name] = layout.notes(ctx).encode()
    ctx.manifest = build_manifest(ctx, layout, files, epoch=options.source_date_epoch)
    ctx.files = files  # manifest.json joins them when it is sealed (provenance or package stage)
    ctx.summary = (
        f"{spec['display_name']} ({shape_summary(spec)}, {spec['style_preset']}, "
        f"{geometry.triangle_count} tris, {len(spec['materials'])} materials)"
    )


LAYOUT = create_stage(
    "layout",
    layout_stage,
    DEFAULTS,
    weight=0.5,
    description="lay out the engine pack and its manifest",
)
