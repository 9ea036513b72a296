"""A glowing material end to end: spec fields -> emissive map -> GLB and USD (real validators) ->
Unity, Godot and Unreal layouts -> previews that glow."""

from __future__ import annotations

import re

import numpy as np
import pytest
from tests.helpers.gltf_validator import problems, validate_glbs

from assetsmith.formats.glb import read_glb
from assetsmith.pipeline.context import JobContext, TextureKey
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings
from assetsmith.spec import generate_spec

pytestmark = pytest.mark.slow  # the pipeline's stages end to end, the glTF validator, the renderer

CANDLE = "#ffb347"


def decode_png(data: bytes) -> np.ndarray:
    import io

    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def lantern_spec(strength: float = 8.0) -> dict:
    """The v0.2 lantern archetype (frame, glass, handle, candle; upgraded to v0.3 on load) with its
    candle glowing evenly and its glass in the crystal's facets."""
    spec = generate_spec("iron lantern", resolution=512, seed=5)
    base = {"wear": 0.35, "resolution": 512}
    spec.pop("shape")
    spec.update(spec_version="0.2", archetype="lantern", target_height_m=0.45)
    spec["materials"] = [
        {"id": "iron", "family": "iron", "base_color": "#3d3f41", **base},
        {
            "id": "glass",
            "family": "crystal",
            "base_color": "#f3d28a",
            "emissive": "#ffd27a",
            "emissive_strength": 2.0,
            "emissive_pattern": "family",
            **base,
        },
        {
            "id": "candle",
            "family": "ceramic",
            "base_color": "#efe6cf",
            "emissive": CANDLE,
            "emissive_strength": strength,
            **base,
        },
    ]
    spec["parts"] = [
        {"id": "frame", "material": "iron"},
        {"id": "glass", "material": "glass"},
        {"id": "handle", "material": "iron"},
        {"id": "candle", "material": "candle"},
    ]
    spec["material_slots"] = [
        {"id": m["id"], "role": r, "resolution_hint": 512}
        for m in spec["materials"]
        for r in ("albedo", "normal", "orm")
    ]
    return spec


def build(tmp_path, engine: str, stages: tuple[str, ...], spec: dict | None = None) -> JobContext:
    req = JobRequest(spec=spec or lantern_spec(), engine=engine, resolution=512)
    ctx = JobContext(request=req, job_id="t", build_id="t")
    return run_plan(ctx, Settings(data_dir=tmp_path), stages)


PACK = ("spec", "materials", "geometry", "export", "layout")


def glowing_ids(ctx: JobContext) -> set[str]:
    return {m["id"] for m in ctx.spec["materials"] if "emissive" in m}


@pytest.fixture(scope="module")
def unity(tmp_path_factory):
    return build(tmp_path_factory.mktemp("unity"), "unity", PACK)


def test_spec_fields_give_emissive_maps_only_to_glowing_materials(unity):
    variant = unity.variants[0]["variant_id"]
    glowing = glowing_ids(unity)
    assert len(glowing) == 2
    for m in unity.spec["materials"]:
        maps = unity.maps[(variant, m["id"])]
        key = TextureKey(variant, m["id"], "emissive")
        if m["id"] in glowing:
            assert maps.emissive is not None and key in unity.textures
            assert maps.emissive_strength == m["emissive_strength"]
        else:
            assert maps.emissive is None and key not in unity.textures
    candle = next(m["id"] for m in unity.spec["materials"] if m.get("emissive") == CANDLE)
    img = decode_png(unity.textures[TextureKey(variant, candle, "emissive")])
    assert (img == (255, 179, 71)).all()  # uniform: the colour everywhere


def test_pack_glb_carries_emission_and_validates(unity, tmp_path):
    aid = unity.asset_id
    for rel, data in unity.files.items():  # the GLB names the pack's Textures/ by relative URI
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    glb = unity.files[f"Models/{aid}/{aid}.glb"]
    report = validate_glbs([tmp_path / f"Models/{aid}/{aid}.glb"])[0]
    assert problems(report) == []
    assert any(
        r.get("uri", "").endswith("_emissive.png")
        for r in report["info"]["resources"]
        if r.get("pointer", "").startswith("/images/")
    ), "the glow map is a shared pack image"

    gltf, _ = read_glb(glb)
    by_name = {m["name"]: m for m in gltf["materials"]}
    for mid in glowing_ids(unity):
        mat = by_name[f"{unity.variants[0]['variant_id']}_{mid}"]
        assert "emissiveTexture" in mat
    strengths = sorted(
        m["extensions"]["KHR_materials_emissive_strength"]["emissiveStrength"]
        for m in gltf["materials"]
        if "extensions" in m
    )
    assert strengths == [2.0, 8.0]
    assert gltf["extensionsUsed"] == ["KHR_materials_emissive_strength"]


def test_pack_usd_carries_emission_and_validates(unity, tmp_path):
    pytest.importorskip("pxr")
    from tests.helpers.usd_validation import usd_issues

    aid = unity.asset_id
    path = tmp_path / "lantern.usdz"
    path.write_bytes(unity.files[f"Models/{aid}/{aid}.usdz"])
    assert usd_issues(path) == []
    usda = unity.files[f"Models/{aid}/{aid}.usda"].decode()
    assert usda.count("inputs:emissiveColor.connect") == 2
    assert "float4 inputs:scale = (8, 8, 8, 1)" in usda


def test_unity_layout_manifest_and_notes(unity):
    aid = unity.asset_id
    manifest = unity.manifest_document()  # the layout stage's body (sealed later, by package)
    entries = {e["material"]: e for e in manifest["materials"]}
    for mid, entry in entries.items():
        if mid in glowing_ids(unity):
            assert entry["textures"]["emissive"] == f"Textures/{aid}/{entry['name']}_emissive.png"
            assert entry["textures"]["emissive"] in unity.files
            assert entry["emissive_strength"] in (2.0, 8.0)
        else:
            assert "emissive" not in entry["textures"] and "emissive_strength" not in entry
    notes = unity.files["UnityImportNotes.md"].decode()
    assert "_EmissionMap" in notes and "_EmissionColor" in notes


def test_godot_material_resources_enable_emission(tmp_path):
    ctx = build(tmp_path, "godot", PACK)
    tres = {p: b.decode() for p, b in ctx.files.items() if p.endswith(".tres")}
    glowing = [t for t in tres.values() if "emission_enabled = true" in t]
    assert len(glowing) == 2 and len(tres) == len(ctx.spec["materials"])
    for text in glowing:
        assert 'id="4_emissive"' in text and "load_steps=5" in text
        (path,) = re.findall(r'path="res://([^"]+)" id="4_emissive"', text)
        assert path.endswith("_emissive.png") and path in ctx.files
        assert "emission_energy_multiplier = 8" in text or "emission_energy_multiplier = 2" in text
    for text in tres.values():
        if text not in glowing:
            assert "emission" not in text and "load_steps=4" in text


def test_unreal_layout_names_emissive_maps_e(tmp_path):
    ctx = build(tmp_path, "unreal", PACK)
    emissive = [p for p in ctx.files if p.endswith("_E.png")]
    assert len(emissive) == 2 and all("/Textures/T_" in p for p in emissive)
    assert "_E` emissive map" in ctx.files["UnrealImportNotes.md"].decode()


def test_previews_glow(tmp_path, gl_ok):
    """The hero shot of a lantern whose candle glows is brighter than the same lantern unlit."""
    lit = build(tmp_path / "a", "unity", ("spec", "materials", "geometry", "render"))
    plain = lantern_spec()
    for m in plain["materials"]:
        for key in ("emissive", "emissive_strength", "emissive_pattern"):
            m.pop(key, None)
    dark = build(tmp_path / "b", "unity", ("spec", "materials", "geometry", "render"), spec=plain)
    aid = lit.asset_id
    a = decode_png(lit.previews[f"Previews/{aid}_hero.png"]).astype(float)
    b = decode_png(dark.previews[f"Previews/{aid}_hero.png"]).astype(float)
    brighter = a.sum(-1) - b.sum(-1)
    assert (brighter > 60).mean() > 0.002  # the candle and the glass light up
    assert np.percentile(a.sum(-1), 99.9) > np.percentile(b.sum(-1), 99.9)
