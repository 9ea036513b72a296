"""Every recipe of the library x style preset, through the pipeline from its own noun: the GLBs
pass the Khronos validator with 0 errors and 0 warnings, the USDZ passes USD's validators, the
bounding box is inside the recipe's size prior, the pivot is at the bottom centre, LOD0 is within
the triangle budget, LODs shrink and keep the bounding box, the collider is sane; and maps tile."""

import numpy as np
import pytest
from tests.helpers.gltf_validator import problems, validate_glbs
from tests.helpers.usd_validation import validate_usd

from assetsmith.packs import get_layout
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings
from assetsmith.shapes import ALL_RECIPES, CATEGORIES, RECIPES, Recipe
from assetsmith.spec.catalog import STYLE_PRESETS

pytestmark = pytest.mark.slow  # every recipe x style through the validators
SEED = 11

IN_MEMORY = ("spec", "materials", "geometry", "export", "layout")


def seam_excess(img: np.ndarray) -> float:
    """How far the wrap-around seam is worse than the worst interior line pair, in grey levels.

    For each axis: the mean difference across the seam (last line vs first) against the mean
    difference of every adjacent interior line pair. A tiling map's seam is one more line pair
    (a thin feature may even run along it); a non-tiling map's seam stands far above them all.
    """
    a = img.astype(np.float32)
    if a.ndim == 2:
        a = a[..., None]
    worst = 0.0
    for axis in (0, 1):
        pairs = np.abs(np.diff(a, axis=axis)).mean(axis=(1 - axis, 2))
        seam = np.abs(np.take(a, 0, axis=axis) - np.take(a, -1, axis=axis)).mean()
        worst = max(worst, float(seam - pairs.max()))
    return worst


def test_seam_check_catches_a_non_tiling_map():
    rng = np.random.default_rng(0)
    ramp = np.linspace(0, 255, 256, dtype=np.float32)[None, :].repeat(256, 0)
    assert seam_excess(ramp) > 100
    noise = (
        rng.normal(128, 2, (256, 256)).cumsum(axis=1) / 16
    )  # drifts: left and right edges differ
    assert seam_excess(noise) > 1.5
    tiled = np.sin(np.linspace(0, 2 * np.pi, 256, endpoint=False))[None, :] * 100 + 128
    assert seam_excess(tiled.repeat(256, 0)) < 0.5


def build(recipe: Recipe | str, style: str, tmp_path, texture_px: int = 512) -> JobContext:
    """A prompt (a recipe's first noun) through the pipeline in the given style. The sweeps
    synthesise their maps at `texture_px` (64: the validators check structure, not pixels; the
    maps' own tests run at full size), set on the spec between the spec and materials stages."""
    prompt = recipe if isinstance(recipe, str) else recipe.nouns[0]
    req = JobRequest(prompt=prompt, style_preset=style, resolution=512, seed=SEED)
    ctx = JobContext(request=req, job_id="t", build_id="t")
    settings = Settings(data_dir=tmp_path, content_credentials="off")
    run_plan(ctx, settings, IN_MEMORY[:1])
    for m in ctx.spec["materials"]:
        m["resolution"] = texture_px
    return run_plan(ctx, settings, IN_MEMORY[1:])


def write_models(ctx: JobContext, root, name: str) -> tuple[list, object]:
    """The GLBs beside the pack's shared maps (they name them by relative URI), and the USDZ."""
    layout = get_layout(ctx.request.engine)
    for tkey, png in ctx.textures.items():
        (root / layout.texture_path(ctx, tkey)).parent.mkdir(parents=True, exist_ok=True)
        (root / layout.texture_path(ctx, tkey)).write_bytes(png)
    glbs = []
    for key in ("glb", "lod1", "lod2", "collider_glb"):
        if key in ctx.models:
            p = root / layout.model_dir(ctx) / f"{name}_{key}.glb"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(ctx.models[key])
            glbs.append(p)
    usdz = root / f"{name}.usdz"
    usdz.write_bytes(ctx.models["usdz"])
    return glbs, usdz


def check_geometry(recipe: Recipe, ctx: JobContext) -> None:
    spec = ctx.spec
    g = ctx.geometry
    assert 0 < g.triangle_count <= spec["poly_budget_tris"]
    parts = list(g.parts)
    pos = np.concatenate([p.mesh.positions for p in parts]).astype(np.float64)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    assert abs(lo[1]) < 1e-4 and abs(lo[0] + hi[0]) < 1e-3 and abs(lo[2] + hi[2]) < 1e-3, (
        lo,
        hi,
    )  # pivot
    params = recipe.resolve(spec["shape"].get("params") or {}, ctx.variant_seed(0))
    assert recipe.size.check(hi - lo, recipe.object_scale(params)) == []
    assert len(g.lods) == 2
    prev = g.triangle_count
    for lod in g.lods:
        n = sum(p.mesh.triangle_count for p in lod)
        assert 0 < n <= prev
        prev = n
        lpos = np.concatenate([p.mesh.positions for p in lod]).astype(np.float64)
        assert np.allclose(lpos.min(axis=0), lo, atol=1e-3) and np.allclose(
            lpos.max(axis=0), hi, atol=1e-3
        )
    coll = g.collider
    if spec["unity"]["collider"] != "none":
        assert coll is not None
        if coll.hull is not None:  # a simplified hull grows outward (up to ~8%), never far
            cpos = coll.hull.positions
            tol = 0.08 * float(np.max(hi - lo)) + 0.02
            assert np.all(cpos.min(axis=0) >= lo - tol) and np.all(cpos.max(axis=0) <= hi + tol)
            assert np.all(
                cpos.max(axis=0) - cpos.min(axis=0) >= (hi - lo) * 0.9
            )  # and covers the object
    mats = {m["id"] for m in spec["materials"]}
    assert {p.material for p in parts} <= mats


# Every recipe x style preset, in chunks by category so the two test workers share the load.
CASES = [
    (style, cat)
    for style in STYLE_PRESETS
    for cat in CATEGORIES
    if any(r.category == cat for r in ALL_RECIPES)
]


@pytest.mark.parametrize("style, category", CASES)
def test_every_recipe_in_every_style_validates(style, category, tmp_path):
    glbs, usdzs = [], []
    for recipe in (r for r in ALL_RECIPES if r.category == category):
        ctx = build(recipe, style, tmp_path, texture_px=64)
        assert ctx.spec["shape"]["recipe"] == recipe.name, (recipe.name, ctx.spec["shape"])
        check_geometry(recipe, ctx)
        more, usdz = write_models(ctx, tmp_path / recipe.name, recipe.name)
        glbs += more
        usdzs.append(usdz)
    for path, report in zip(glbs, validate_glbs(glbs), strict=True):
        assert problems(report) == [], path.name
    for u in usdzs:
        assert validate_usd(u) == [], u.name


def test_maps_of_the_archetype_recipes_tile(tmp_path):
    for name in ("barrel", "crate", "wall", "rock"):
        ctx = build(RECIPES[name], "realistic_hd_pbr", tmp_path)
        for (_, mid), maps in ctx.maps.items():
            for plane in (maps.albedo, maps.normal, maps.orm):
                assert seam_excess(plane) < 0.5, (name, mid)


@pytest.mark.parametrize(
    "prompt", ["a stack of three crates", "heap of sacks", "two wooden chairs"]
)
def test_arranged_assets_validate(prompt, tmp_path):
    """Several copies as one asset: within the budget, pivot at the bottom centre, GLB and USD clean."""
    ctx = build(prompt, "realistic_hd_pbr", tmp_path, texture_px=64)
    assert "arrangement" in ctx.spec["shape"]
    g = ctx.geometry
    assert 0 < g.triangle_count <= ctx.spec["poly_budget_tris"]
    pos = np.concatenate([p.mesh.positions for p in g.parts]).astype(np.float64)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    assert abs(lo[1]) < 1e-4 and abs(lo[0] + hi[0]) < 1e-3 and abs(lo[2] + hi[2]) < 1e-3
    glbs, usdz = write_models(ctx, tmp_path, "asset")
    for path, report in zip(glbs, validate_glbs(glbs), strict=True):
        assert problems(report) == [], path.name
    assert validate_usd(usdz) == []
