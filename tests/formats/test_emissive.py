"""Glowing materials in GLB and USD: emissive map, factor, strength; the real validators agree."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.formats.glb import GlbMaterial, read_glb, write_glb
from assetsmith.formats.png import encode_png
from assetsmith.formats.usd import UsdMaterial, write_usda, write_usdz
from assetsmith.geometry.mesh import Part

from .conftest import make_cube


@pytest.fixture(scope="module")
def glow_png() -> bytes:
    rng = np.random.default_rng(3)
    img = np.zeros((32, 32, 3), np.uint8)
    img[8:24, 8:24] = (255, 160, 40)  # a glowing square on a dark surface
    img[rng.random((32, 32)) < 0.05] = (90, 200, 255)
    return encode_png(img, srgb=True)


def _glb(pngs, glow_png, strength: float) -> bytes:
    lamp = GlbMaterial(
        name="lamp_glass",
        albedo_png=pngs["wood_albedo"],
        normal_png=pngs["wood_normal"],
        orm_png=pngs["wood_orm"],
        emissive_png=glow_png,
        emissive_strength=strength,
    )
    plain = GlbMaterial(name="frame", albedo_png=pngs["metal_albedo"], orm_png=pngs["metal_orm"])
    parts = [Part("glass", "lamp", make_cube(0.4)), Part("frame", "frame", make_cube(0.5))]
    return write_glb(parts, {"lamp": lamp, "frame": plain}, root_name="lamp")


@pytest.mark.parametrize("strength", [0.5, 1.0, 12.0])
def test_glb_emission_is_valid_and_complete(pngs, glow_png, gltf_validator, strength):
    data = _glb(pngs, glow_png, strength)
    report = gltf_validator.validate_glb(data)
    assert gltf_validator.problems(report) == []
    assert report["issues"]["numErrors"] == 0 and report["issues"]["numWarnings"] == 0
    gltf, _ = read_glb(data)
    lamp, frame = gltf["materials"]
    tex = lamp["emissiveTexture"]["index"]
    assert gltf["textures"][tex]["source"] < len(gltf["images"])
    assert "emissiveTexture" not in frame and "emissiveFactor" not in frame
    ext = lamp.get("extensions", {}).get("KHR_materials_emissive_strength")
    if strength > 1:
        # glTF clamps factors to 1: the strength goes in the extension, which is declared.
        assert lamp["emissiveFactor"] == [1.0, 1.0, 1.0]
        assert ext == {"emissiveStrength": strength}
        assert gltf["extensionsUsed"] == ["KHR_materials_emissive_strength"]
        assert "extensionsRequired" not in gltf  # viewers without it still show a glow
    else:
        assert lamp["emissiveFactor"] == [strength] * 3
        assert ext is None and "extensionsUsed" not in gltf


def test_glb_without_emission_has_no_emissive_keys(pngs):
    plain = GlbMaterial(name="frame", albedo_png=pngs["metal_albedo"])
    gltf, _ = read_glb(write_glb([Part("f", "m", make_cube())], {"m": plain}, root_name="x"))
    assert set(gltf["materials"][0]) == {"name", "pbrMetallicRoughness"}
    assert "extensionsUsed" not in gltf


@pytest.mark.parametrize(
    "bad",
    [
        dict(emissive_strength=float("nan")),
        dict(emissive_strength=-1.0),
        dict(emissive_factor=(1.5, 0.0, 0.0)),
    ],
)
def test_glb_refuses_invalid_emission(pngs, glow_png, bad):
    mat = GlbMaterial(name="m", albedo_png=pngs["wood_albedo"], emissive_png=glow_png, **bad)
    with pytest.raises(InvalidInput):
        write_glb([Part("f", "m", make_cube())], {"m": mat}, root_name="x")


pxr = pytest.importorskip("pxr")


def _usd_materials(strength: float) -> dict:
    return {
        "lamp": UsdMaterial(
            name="lamp_glass",
            albedo="textures/lamp_albedo.png",
            orm="textures/lamp_orm.png",
            emissive="textures/lamp_emissive.png",
            emissive_strength=strength,
        ),
        "frame": UsdMaterial(name="frame", albedo="textures/frame_albedo.png"),
    }


@pytest.mark.parametrize("strength", [1.0, 8.0])
def test_usd_emission_is_valid_and_wired(tmp_path, pngs, glow_png, strength):
    from pxr import Usd, UsdShade
    from tests.helpers.usd_validation import usd_issues

    parts = [Part("glass", "lamp", make_cube(0.4)), Part("frame", "frame", make_cube(0.5))]
    text = write_usda(parts, _usd_materials(strength), root_name="lamp")
    files = {
        "textures/lamp_albedo.png": pngs["wood_albedo"],
        "textures/lamp_orm.png": pngs["wood_orm"],
        "textures/lamp_emissive.png": glow_png,
        "textures/frame_albedo.png": pngs["metal_albedo"],
    }
    path = tmp_path / "lamp.usdz"
    path.write_bytes(write_usdz(text, files, root_layer_name="lamp.usda"))
    assert usd_issues(path) == []
    stage = Usd.Stage.Open(str(path))
    surface = UsdShade.Shader(stage.GetPrimAtPath("/lamp/Materials/lamp_glass/PreviewSurface"))
    source = surface.GetInput("emissiveColor").GetConnectedSources()[0][0]
    texture = UsdShade.Shader(source.source.GetPrim())
    assert texture.GetIdAttr().Get() == "UsdUVTexture"
    assert texture.GetInput("sourceColorSpace").Get() == "sRGB"
    assert texture.GetInput("file").Get().path == "textures/lamp_emissive.png"
    scale = texture.GetInput("scale")
    if strength == 1.0:
        assert not scale or scale.Get() is None
    else:
        assert tuple(scale.Get()) == (strength, strength, strength, 1.0)
    frame = UsdShade.Shader(stage.GetPrimAtPath("/lamp/Materials/frame/PreviewSurface"))
    assert not frame.GetInput("emissiveColor")


def test_usd_refuses_invalid_strength():
    mats = _usd_materials(float("inf"))
    with pytest.raises(InvalidInput):
        write_usda([Part("glass", "lamp", make_cube())], mats, root_name="lamp")
