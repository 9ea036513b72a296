"""The built-in stages. Each is a thin function over JobContext; the work lives in its package."""

from __future__ import annotations

import zlib

from ..errors import InvalidInput
from ..materials.emission import emission_args, with_emission
from ..packs import get_layout
from ..packs.base import BASE_ROLES, build_manifest, contact_sheet_png, dumps, relpath
from ..spec import generate_spec, load_spec, normalise_spec
from .context import JobContext, TextureKey
from .runner import register_stage

OFFLINE_PIPELINE = (
    "spec", "materials", "geometry", "export", "render", "layout", "originality", "provenance", "package", "attest",
)


def material_seed(variant_seed: int, material_id: str) -> int:
    return (variant_seed * 1_000_003 + zlib.crc32(material_id.encode())) & 0x7FFFFFFF


@register_stage("spec", weight=0.2, description="generate or load the asset spec")
def spec_stage(ctx: JobContext) -> None:
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
                raise InvalidInput(f"The request's {k} '{v}' conflicts with the spec's '{spec[k]}'.",
                                   f"Drop --{k.replace('_', '-')} or edit the spec.")
    else:
        from ..backends.integration import spec_from_model  # settings.spec_backend; None: offline

        spec = spec_from_model(ctx) or generate_spec(req.prompt, category=req.category, style_preset=req.style_preset,
                                                     seed=req.seed, resolution=req.resolution, poly_budget=req.poly_budget)
        spec = load_spec(spec)  # the generator's output goes through the same gate as user specs
    if req.resolution is not None:
        for m in spec["materials"]:
            m["resolution"] = req.resolution
    ctx.spec = spec
    fb = spec["generation"].get("interpretation", {}).get("fallback")
    if fb:
        ctx.log(f"fallback: {fb['reason']}")


def _texture_size(ctx: JobContext, material: dict) -> int:
    size = int(material.get("resolution") or ctx.settings.default_resolution)
    if size > ctx.settings.max_resolution:
        raise InvalidInput(f"Texture size {size} for material '{material['id']}' exceeds this server's limit of "
                           f"{ctx.settings.max_resolution}.", "Ask for a smaller resolution.")
    return size


@register_stage("materials", weight=4, description="synthesize PBR maps and engine packings")
def materials_stage(ctx: JobContext) -> None:
    from ..materials import synthesize_material

    spec = ctx.spec
    layout = get_layout(ctx.request.engine)
    jobs = []
    for vi, variant in enumerate(ctx.variants):
        vseed = ctx.variant_seed(vi)
        for m in spec["materials"]:
            jobs.append((variant["variant_id"], m, material_seed(vseed, m["id"])))

    from ..backends.integration import model_textures

    model = model_textures(ctx)  # None: procedural (settings.texture_backend)

    def synth(job, on_step):
        variant, m, seed = job
        maps = model.maps(m, seed=seed, size=_texture_size(ctx, m)) if model else None  # None: procedural
        if maps is not None:
            return with_emission(maps, m)
        return synthesize_material(m["family"], base_color=m["base_color"], wear=float(m.get("wear", 0.35)),
                                   style=spec["style_preset"], size=_texture_size(ctx, m), seed=seed,
                                   roughness=m.get("roughness"), metallic=m.get("metallic"),
                                   on_step=on_step, **emission_args(m))

    def planes(job, maps):
        out = [("albedo", (maps.albedo, True)), ("normal", (maps.normal, False)), ("orm", (maps.orm, False))]
        if maps.emissive is not None:
            out.append(("emissive", (maps.emissive, True)))
        return out + [(extra.role, (extra.make(maps), extra.srgb)) for extra in layout.extra_roles()]

    from ..materials.batch import synthesize_and_encode
    from ..provenance.credentials_pack import credential_textures

    results, encoded = synthesize_and_encode(
        jobs, synth, planes, level=ctx.settings.png_compress_level, workers=max(1, ctx.settings.workers),
        report=lambda f, msg: ctx.report(0.85 * f, f"materials: {msg}"), label=lambda job: f"{job[0]}_{job[1]['id']}")
    for (variant, m, _seed), maps, pngs in zip(jobs, results, encoded, strict=True):
        ctx.maps[(variant, m["id"])] = maps
        for role, png in pngs:
            ctx.textures[TextureKey(variant, m["id"], role)] = png
    ctx.log(f"materials: {len(results)} texture sets, {len(ctx.textures)} maps")
    # Content Credentials in every map, before the USDZ, the pack and its digests (provenance/credentials_pack.py)
    credential_textures(ctx, layout, start=0.85)


@register_stage("geometry", weight=1, description="build meshes, UVs, tangents, LODs and the collider")
def geometry_stage(ctx: JobContext) -> None:
    from ..geometry import build_geometry
    from ..materials import FAMILY_TILE_SIZE_M

    spec = ctx.spec
    families = {m["id"]: m["family"] for m in spec["materials"]}
    ctx.geometry = build_geometry(
        spec["archetype"],
        height_m=float(spec.get("target_height_m") or 1.0),
        poly_budget=int(spec["poly_budget_tris"]),
        part_materials={p["id"]: p["material"] for p in spec["parts"]},
        seed=ctx.variant_seed(0),
        collider=spec["unity"]["collider"],
        tile_size_m={mid: FAMILY_TILE_SIZE_M.get(f, 1.0) for mid, f in families.items()},
        lod_ratios=tuple(spec.get("lods") or (0.5, 0.25)),
    )
    ctx.log(f"geometry: {ctx.geometry.triangle_count} triangles at LOD0")


def usd_materials(ctx: JobContext, variant: str, path_of) -> dict:
    from ..formats.usd import UsdMaterial

    layout = get_layout(ctx.request.engine)
    out = {}
    for m in ctx.spec["materials"]:
        maps = ctx.maps[(variant, m["id"])]
        translucent = maps.albedo.shape[-1] == 4
        glow = TextureKey(variant, m["id"], "emissive")
        out[m["id"]] = UsdMaterial(name=layout.material_name(ctx, variant, m["id"]),
                                   **{r: path_of(TextureKey(variant, m["id"], r)) for r in BASE_ROLES},
                                   opacity=0.35 if translucent else 1.0,
                                   emissive=path_of(glow) if glow in ctx.textures else None,
                                   emissive_strength=maps.emissive_strength)
    return out


@register_stage("export", weight=1, description="write GLB, LOD GLBs, collider and USDZ")
def export_stage(ctx: JobContext) -> None:
    from ..formats.glb import write_glb, write_glb_geometry_only
    from ..packs.textures import glb_materials

    geom = ctx.geometry
    aid = ctx.asset_id
    variant = ctx.variants[0]["variant_id"]
    layout = get_layout(ctx.request.engine)
    # Every GLB names the pack's one copy of each map by relative URI (packs/textures.py says why).
    shared = glb_materials(ctx, layout, variant, embed=False)
    lod0 = glb_materials(ctx, layout, variant, embed=True) if ctx.settings.glb_textures == "embed_lod0" else shared
    extras = {"assetsmith": {"asset_id": aid, "archetype": ctx.spec["archetype"], "build_id": ctx.build_id}}
    # Unreal: UCX_/UBX_ collision meshes in LOD0, picked up by name on import (packs/unreal.py)
    collision = layout.collision_meshes(ctx) if hasattr(layout, "collision_meshes") else None
    root = layout.model_name(ctx)  # the asset id; SM_<Asset> for Unreal, which UCX_ names refer to
    ctx.models["glb"] = write_glb(geom.parts, lod0, root_name=root, extras=extras, collision=collision)
    for i, lod in enumerate(geom.lods, start=1):
        ctx.models[f"lod{i}"] = write_glb(lod, shared, root_name=f"{root}_LOD{i}")
    ctx.report(0.1, "export: GLBs written")
    if geom.collider is not None and geom.collider.hull is not None:
        ctx.models["collider_glb"] = write_glb_geometry_only(geom.collider.hull, name=f"{aid}_collider")
    ctx.models["collider_json"] = dumps(geom.collider.to_json() if geom.collider else {"kind": "none"})
    if ctx.request.export_usd:
        from ..formats.usd import write_usda, write_usdz
        from ..packs.textures import usdz_images

        done = []

        def jpeg_done(path: str) -> None:
            done.append(path)
            ctx.report(0.1 + 0.8 * len(done) / (2 * len(ctx.spec["materials"])), f"export: USDZ {path}")

        inner, packaged, how = usdz_images(ctx, variant, on_done=jpeg_done)
        usda = write_usda(geom.parts, usd_materials(ctx, variant, inner.__getitem__), root_name=aid)
        ctx.models["usdz"] = write_usdz(usda, packaged, root_layer_name=f"{aid}.usda")
        ctx.log(f"export: USDZ maps stored as {how}")


@register_stage("layout", weight=0.5, description="lay out the engine pack and its manifest")
def layout_stage(ctx: JobContext) -> None:
    from ..formats.usd import write_usda

    layout = get_layout(ctx.request.engine)
    mdir, name = layout.model_dir(ctx), layout.model_name(ctx)
    files: dict[str, bytes] = {p: b for p, b in ctx.files.items() if p.startswith("Previews/")}  # from render
    for key, data in ctx.textures.items():
        files[layout.texture_path(ctx, key)] = data
    files[f"{mdir}/{name}.glb"] = ctx.models["glb"]
    for i in range(1, len(ctx.geometry.lods) + 1):
        files[f"{mdir}/{name}_LOD{i}.glb"] = ctx.models[f"lod{i}"]
    files[f"{mdir}/{name}.collider.json"] = ctx.models["collider_json"]
    if "collider_glb" in ctx.models:
        files[f"{mdir}/{name}_collider.glb"] = ctx.models["collider_glb"]
    if ctx.request.export_usd:
        variant = ctx.variants[0]["variant_id"]
        loose = usd_materials(ctx, variant, lambda k: relpath(mdir, layout.texture_path(ctx, k)))
        files[f"{mdir}/{name}.usda"] = write_usda(ctx.geometry.parts, loose, root_name=ctx.asset_id).encode()
        files[f"{mdir}/{name}.usdz"] = ctx.models["usdz"]
    files.update(layout.extra_files(ctx))
    files[f"Previews/{ctx.asset_id}_materials.png"] = contact_sheet_png(ctx)
    # Content Credentials in the previews, before the manifest's digests (provenance/credentials_pack.py)
    from ..provenance.credentials_pack import credential_files

    files = credential_files(ctx, files, sorted(p for p in files if p.startswith("Previews/")), span=0.8)
    files["spec.json"] = dumps(ctx.spec)
    files[layout.notes_name] = layout.notes(ctx).encode()
    files["manifest.json"] = dumps(build_manifest(ctx, layout, files))
    ctx.files = files
    ctx.summary = (f"{ctx.spec['display_name']} ({ctx.spec['archetype']}, {ctx.spec['style_preset']}, "
                   f"{ctx.geometry.triangle_count} tris, {len(ctx.spec['materials'])} materials)")


@register_stage("package", weight=0.6, description="write the pack folder and its reproducible zip")
def package_stage(ctx: JobContext) -> None:
    from ..formats.reproducible_zip import write_reproducible_zip

    if ctx.staging_dir is None:
        return
    pack = ctx.staging_dir / "pack"
    for rel, data in ctx.files.items():
        dest = pack / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)  # the staging folder as a whole is committed by one rename
    ctx.report(0.4, "package: pack folder written; zipping")
    ctx.zip_path = ctx.staging_dir / "pack.zip"
    write_reproducible_zip(pack, ctx.zip_path, epoch=ctx.settings.source_date_epoch)


# Stages that live in their own packages register themselves on import.
from ..originality import stage as _originality_stage  # noqa: E402,F401
from ..provenance import stage as _provenance_stage  # noqa: E402,F401
from ..render import stage as _render_stage  # noqa: E402,F401
