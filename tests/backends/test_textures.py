"""Seam check and repair, PBR maps derived from a model's albedo, and the materials stage with a
texture backend: repaired seams, logged fallback, fallback refused when settings demand it."""

import numpy as np
import pytest
from tests.backends.fake_http import closed_port_url

from assetsmith.backends.texture.compose import (
    height_from_albedo,
    maps_from_albedo,
    resize_periodic,
)
from assetsmith.backends.texture.seams import (
    SEAM_LIMIT,
    ensure_seamless,
    offset_blend,
    seam_ratio,
    tiles,
)
from assetsmith.errors import BackendUnavailable
from assetsmith.materials import synthesize_material
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings


def gradient_image(size=128, seed=0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    img = np.stack([x * 200, y * 160, (x + y) * 60], -1) + rng.normal(0, 4, (size, size, 3))
    return np.clip(img, 0, 255).astype(np.uint8)


def test_seam_ratio_separates_tiling_from_non_tiling():
    tiling = synthesize_material(
        "brick", base_color="#9a4b35", wear=0.3, style="realistic_hd_pbr", size=128, seed=1
    )
    assert seam_ratio(tiling.albedo) < SEAM_LIMIT
    assert seam_ratio(gradient_image()) > 10


def test_offset_blend_repairs_both_axes_and_keeps_dtype():
    img = gradient_image()
    fixed = offset_blend(img)
    assert fixed.dtype == np.uint8 and fixed.shape == img.shape
    assert seam_ratio(fixed) < SEAM_LIMIT
    # x wrap and y wrap separately, not just on average
    a = fixed.astype(np.float32)
    interior = np.abs(np.diff(a, axis=1)).mean()
    assert np.abs(a[:, 0] - a[:, -1]).mean() < 2 * interior
    assert np.abs(a[0] - a[-1]).mean() < 2 * np.abs(np.diff(a, axis=0)).mean()


def test_ensure_seamless_leaves_tiling_images_alone_and_reports_repairs():
    tiling = synthesize_material(
        "marble", base_color="#e6e2da", wear=0.2, style="realistic_hd_pbr", size=128, seed=2
    )
    same, report = ensure_seamless(tiling.albedo)
    assert same is tiling.albedo and report == {
        "seam_ratio": report["seam_ratio"],
        "repaired": False,
        "ok": True,
    }
    fixed, report = ensure_seamless(gradient_image())
    assert report["repaired"] and report["ok"] and report["seam_ratio_after"] < SEAM_LIMIT
    _, strict = ensure_seamless(
        gradient_image(), limit=0.01
    )  # unreachable: the caller must fall back
    assert strict["repaired"] and not strict["ok"]


def periodic_image(size=256) -> np.ndarray:
    y, x = np.mgrid[0:size, 0:size] / size
    f = (
        np.sin(2 * np.pi * (3 * x + y))
        + np.cos(2 * np.pi * (x - 4 * y))
        + 0.5 * np.sin(2 * np.pi * 7 * x)
    )
    return np.clip(128 + 40 * f[..., None] * [1.0, 0.8, 0.6], 0, 255).astype(np.uint8)


def test_smooth_images_are_not_failed_by_rounding():
    y, x = np.mgrid[0:512, 0:512] / 512
    smooth = 128 + 6 * np.sin(2 * np.pi * (x + 2 * y))[..., None] * np.ones(3)
    assert tiles(smooth.astype(np.uint8))  # interior and seam both ~ one code value
    assert not tiles(
        (smooth + 3 * x[..., None]).astype(np.uint8)
    )  # a real 3-level step at the edge


def test_resize_periodic_keeps_tiling_at_any_ratio():
    tiling = periodic_image()
    for size in (64, 100, 512):
        out = resize_periodic(tiling, size)
        assert out.shape == (size, size, 3)
        assert seam_ratio(out) < 1.2
    assert np.allclose(resize_periodic(tiling, 256), tiling)
    assert (
        seam_ratio(resize_periodic(gradient_image(256), 64)) > 10
    )  # it does not hide seams either


def test_maps_from_albedo_derives_normal_and_orm_from_height():
    albedo = offset_blend(gradient_image(256))
    maps = maps_from_albedo(
        albedo,
        family="iron",
        style="realistic_hd_pbr",
        size=128,
        seed=4,
        base_color="#5d6063",
        roughness=0.8,
    )
    assert maps.albedo.shape == (128, 128, 3) and maps.albedo.dtype == np.uint8
    assert maps.normal.shape == (128, 128, 3) and maps.orm.shape == (128, 128, 3)
    assert maps.metallic.mean() > 200  # iron reads as metal, whatever the picture looks like
    assert abs(maps.roughness.mean() / 255 - 0.8) < 0.05  # the spec's override of the mean
    assert maps.roughness.std() > 1  # varies with the relief
    assert maps.height.min() == 0.0 and maps.height.max() == pytest.approx(1.0)
    for plane in (maps.albedo, maps.normal, maps.orm):
        assert seam_ratio(plane) < SEAM_LIMIT
    # the normal map is the derivative of the height: flat height, flat normal
    flat = maps_from_albedo(
        np.full((64, 64, 3), 120, np.uint8), family="plastic", style="toon_bold", size=64, seed=1
    )
    assert np.all(flat.normal == [128, 128, 255])


def test_given_height_is_used_instead_of_the_albedos():
    albedo = np.full((64, 64, 3), 120, np.uint8)
    y, x = np.mgrid[0:64, 0:64] / 64
    height = np.sin(2 * np.pi * x).astype(np.float32)
    maps = maps_from_albedo(
        albedo, family="rough_stone", style="realistic_hd_pbr", size=64, seed=1, height=height
    )
    assert np.allclose(maps.height, (height - height.min()) / np.ptp(height), atol=1e-5)
    assert maps.normal[..., 0].std() > 5 and maps.normal[..., 1].std() < 1  # relief only along x
    assert height_from_albedo(albedo).max() == 0.0


def context(tmp_path, prompt="wooden crate", **settings) -> tuple[JobContext, Settings]:
    s = Settings(
        data_dir=tmp_path / "data", workers=2, backend_retries=0, texture_steps=2, **settings
    )
    req = JobRequest(prompt=prompt, seed=3, resolution=512, export_usd=False)
    return JobContext(request=req, job_id="t", build_id="t"), s


def test_materials_stage_repairs_seams_from_a_graph_without_tiling_nodes(tmp_path, make_comfyui):
    server = make_comfyui(seamless_nodes=False)
    ctx = run_plan(
        *context(tmp_path, texture_backend="comfyui", comfyui_url=server.url), ["spec", "materials"]
    )
    assert len(server.graphs) == len(ctx.spec["materials"]) == 2
    assert sum("seam repaired" in line for line in ctx.log_lines) == 2
    for maps in ctx.maps.values():
        for plane in (maps.albedo, maps.normal, maps.orm):
            assert tiles(plane)
    assert "image_pipeline" in ctx.model_toolchain


def test_translucent_families_stay_procedural(tmp_path, make_comfyui):
    server = make_comfyui()
    ctx = run_plan(
        *context(
            tmp_path,
            prompt="glass potion bottle",
            texture_backend="comfyui",
            comfyui_url=server.url,
        ),
        ["spec", "materials"],
    )
    families = {m["id"]: m["family"] for m in ctx.spec["materials"]}
    painted = len([f for f in families.values() if f != "crystal"])
    assert len(server.graphs) == painted < len(families)
    for (_, mid), maps in ctx.maps.items():
        assert maps.albedo.shape[-1] == (4 if families[mid] == "crystal" else 3)


def test_failing_backend_is_tried_once_then_procedural(tmp_path, make_comfyui):
    server = make_comfyui(mode="error")
    ctx = run_plan(
        *context(tmp_path, texture_backend="comfyui", comfyui_url=server.url), ["spec", "materials"]
    )
    assert (
        len(server.requests("POST", "/prompt")) <= 2
    )  # two threads may both be in flight, no more
    lines = [line for line in ctx.log_lines if "fallback: texture backend" in line]
    assert len(lines) == 1 and "CUDA out of memory" in lines[0] and "procedural" in lines[0]
    assert "image_pipeline" not in ctx.model_toolchain
    reference = synthesize_material(
        ctx.spec["materials"][0]["family"],
        base_color=ctx.spec["materials"][0]["base_color"],
        wear=float(ctx.spec["materials"][0]["wear"]),
        style=ctx.spec["style_preset"],
        size=512,
        seed=_seed(ctx),
    )
    assert np.array_equal(
        ctx.maps[(ctx.variants[0]["variant_id"], ctx.spec["materials"][0]["id"])].albedo,
        reference.albedo,
    )


def _seed(ctx) -> int:
    from assetsmith.pipeline.context import material_seed

    return material_seed(ctx.variant_seed(0), ctx.spec["materials"][0]["id"])


def test_unreachable_backend_without_fallback_fails_the_job(tmp_path):
    ctx, s = context(
        tmp_path, texture_backend="comfyui", comfyui_url=closed_port_url(), model_fallback=False
    )
    with pytest.raises(BackendUnavailable, match="refused"):
        run_plan(ctx, s, ["spec", "materials"])
