"""Every archetype x style preset: the GLB passes the Khronos validator with 0 errors and 0 warnings,
the USDZ passes USD's validators, every map tiles, and LODs and colliders are present."""

import numpy as np
import pytest
from tests.helpers.gltf_validator import problems, validate_glbs
from tests.helpers.usd_validation import validate_usd

from assetsmith.packs import get_layout
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings
from assetsmith.spec.catalog import ARCHETYPES, STYLE_PRESETS

pytestmark = pytest.mark.slow  # every archetype x style through the validators

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
    noise = rng.normal(128, 2, (256, 256)).cumsum(axis=1) / 16  # drifts: left and right edges differ
    assert seam_excess(noise) > 1.5
    tiled = np.sin(np.linspace(0, 2 * np.pi, 256, endpoint=False))[None, :] * 100 + 128
    assert seam_excess(tiled.repeat(256, 0)) < 0.5


def build(archetype: str, style: str, tmp_path) -> JobContext:
    word = ARCHETYPES[archetype].words[0]
    req = JobRequest(prompt=word, style_preset=style, resolution=512)
    ctx = JobContext(request=req, job_id="t", build_id="t")
    return run_plan(ctx, Settings(data_dir=tmp_path), IN_MEMORY)


@pytest.mark.parametrize("style", STYLE_PRESETS)
def test_every_archetype_validates(style, tmp_path):
    glbs, usdzs = [], []
    for name in ARCHETYPES:
        ctx = build(name, style, tmp_path)
        assert ctx.spec["archetype"] == name
        assert ctx.geometry.triangle_count <= ctx.spec["poly_budget_tris"]
        assert len(ctx.geometry.lods) == 2
        for (_, mid), maps in ctx.maps.items():
            for plane in (maps.albedo, maps.normal, maps.orm):
                assert seam_excess(plane) < 0.5, (name, mid)
        # The GLBs name the pack's shared maps by relative URI: lay both out as the pack does.
        layout = get_layout(ctx.request.engine)
        root = tmp_path / name
        for tkey, png in ctx.textures.items():
            (root / layout.texture_path(ctx, tkey)).parent.mkdir(parents=True, exist_ok=True)
            (root / layout.texture_path(ctx, tkey)).write_bytes(png)
        for key in ("glb", "lod1", "lod2", "collider_glb"):
            if key in ctx.models:
                p = root / layout.model_dir(ctx) / f"{name}_{key}.glb"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(ctx.models[key])
                glbs.append(p)
        u = tmp_path / f"{name}.usdz"
        u.write_bytes(ctx.models["usdz"])
        usdzs.append(u)
    for path, report in zip(glbs, validate_glbs(glbs), strict=True):
        assert problems(report) == [], path.name
    for u in usdzs:
        assert validate_usd(u) == [], u.name
