"""The built-in stages. Each is a thin function over JobContext; the work lives in its package."""

from __future__ import annotations

import zlib
from concurrent.futures import ThreadPoolExecutor

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
    from ..formats.png import encode_pngs_parallel
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

    def synth(job):
        variant, m, seed = job
        maps = model.maps(m, seed=seed, size=_texture_size(ctx, m)) if model else None  # None: procedural
        if maps is not None:
            return with_emission(maps, m)
        return synthesize_material(m["family"], base_color=m["base_color"], wear=float(m.get("wear", 0.35)),
                                   style=spec["style_preset"], size=_texture_size(ctx, m), seed=seed,
                                   roughness=m.get("roughness"), metallic=m.get("metallic"),
                                   **emission_args(m))

    workers = max(1, ctx.settings.workers)
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(synth, jobs))
    keys, arrays = [], []
    for (variant, m, _seed), maps in zip(jobs, results, strict=True):
        ctx.maps[(variant, m["id"])] = maps
        planes = {"albedo": (maps.albedo, True), "normal": (maps.normal, False), "orm": (maps.orm, False)}
        if maps.emissive is not None:
            planes["emissive"] = (maps.emissive, True)
        for extra in layout.extra_roles():
            planes[extra.role] = (extra.make(maps), extra.srgb)
        for role, plane in planes.items():
            keys.append(TextureKey(variant, m["id"], role))
            arrays.append(plane)
    encoded = encode_pngs_parallel(arrays, level=ctx.settings.png_compress_level, workers=workers)
    ctx.textures = dict(zip(keys, encoded, strict=True))
    ctx.log(f"materials: {len(results)} texture sets, {len(encoded)} maps")


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


def _glb_materials(ctx: JobContext, variant: str) -> dict:
    from ..formats.glb import GlbMaterial

    out = {}
    for m in ctx.spec["materials"]:
        tex = {r: ctx.textures[TextureKey(variant, m["id"], r)] for r in BASE_ROLES}
        maps = ctx.maps[(variant, m["id"])]
        translucent = maps.albedo.shape[-1] == 4
        out[m["id"]] = GlbMaterial(name=f"{variant}_{m['id']}", albedo_png=tex["albedo"], normal_png=tex["normal"],
                                   orm_png=tex["orm"], alpha_mode="BLEND" if translucent else "OPAQUE",
                                   emissive_png=ctx.textures.get(TextureKey(variant, m["id"], "emissive")),
                                   emissive_strength=maps.emissive_strength)
    return out


def usd_materials(ctx: JobContext, variant: str, path_of) -> dict:
    from ..formats.usd import UsdMaterial

    out = {}
    for m in ctx.spec["materials"]:
        maps = ctx.maps[(variant, m["id"])]
        translucent = maps.albedo.shape[-1] == 4
        glow = TextureKey(variant, m["id"], "emissive")
        out[m["id"]] = UsdMaterial(name=f"{variant}_{m['id']}",
                                   **{r: path_of(TextureKey(variant, m["id"], r)) for r in BASE_ROLES},
                                   opacity=0.35 if translucent else 1.0,
                                   emissive=path_of(glow) if glow in ctx.textures else None,
                                   emissive_strength=maps.emissive_strength)
    return out


@register_stage("export", weight=1, description="write GLB, LOD GLBs, collider and USDZ")
def export_stage(ctx: JobContext) -> None:
    from ..formats.glb import write_glb, write_glb_geometry_only

    geom = ctx.geometry
    aid = ctx.asset_id
    variant = ctx.variants[0]["variant_id"]
    mats = _glb_materials(ctx, variant)
    extras = {"assetsmith": {"asset_id": aid, "archetype": ctx.spec["archetype"], "build_id": ctx.build_id}}
    ctx.models["glb"] = write_glb(geom.parts, mats, root_name=aid, extras=extras)
    for i, lod in enumerate(geom.lods, start=1):
        ctx.models[f"lod{i}"] = write_glb(lod, mats, root_name=f"{aid}_LOD{i}")
    if geom.collider is not None and geom.collider.hull is not None:
        ctx.models["collider_glb"] = write_glb_geometry_only(geom.collider.hull, name=f"{aid}_collider")
    ctx.models["collider_json"] = dumps(geom.collider.to_json() if geom.collider else {"kind": "none"})
    if ctx.request.export_usd:
        from ..formats.usd import write_usda, write_usdz

        inner = {TextureKey(variant, m["id"], r): f"textures/{variant}_{m['id']}_{r}.png"
                 for m in ctx.spec["materials"] for r in (*BASE_ROLES, "emissive")
                 if TextureKey(variant, m["id"], r) in ctx.textures}
        usda = write_usda(geom.parts, usd_materials(ctx, variant, inner.__getitem__), root_name=aid)
        ctx.models["usdz"] = write_usdz(usda, {p: ctx.textures[k] for k, p in inner.items()},
                                        root_layer_name=f"{aid}.usda")


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
    ctx.zip_path = ctx.staging_dir / "pack.zip"
    write_reproducible_zip(pack, ctx.zip_path, epoch=ctx.settings.source_date_epoch)


# Stages that live in their own packages register themselves on import.
from ..originality import stage as _originality_stage  # noqa: E402,F401
from ..provenance import stage as _provenance_stage  # noqa: E402,F401
from ..render import stage as _render_stage  # noqa: E402,F401
