"""Emission in the renderer: glowing texels are brighter than their unlit surroundings, in float
frames (HDR, scaled by the strength) and in previews; a material that does not glow is unchanged;
a glowing asset from the synthesiser glows in its previews; a GLB's emission survives loading."""

from __future__ import annotations

import numpy as np
import pytest
from tests.render.conftest import front_camera, one_light, quad_scene

from assetsmith.render import Light, Lighting, RenderMaterial, RenderSession

pytestmark = pytest.mark.usefixtures("gl_ok")

DARK = one_light(0, 0, 0.0, ambient=0.0)  # no light at all: only emission can show


def glow_square(colour=(255, 140, 30)) -> np.ndarray:
    """An emissive map: a glowing square in the middle of a dark (non-glowing) surround."""
    img = np.zeros((64, 64, 3), np.uint8)
    img[16:48, 16:48] = colour
    return img


def material(strength: float, factor=(1.0, 1.0, 1.0), emissive=None) -> RenderMaterial:
    return RenderMaterial(
        "m",
        albedo=np.full((8, 8, 3), 120, np.uint8),
        metallic_factor=0.0,
        roughness_factor=1.0,
        emissive=glow_square() if emissive is None else emissive,
        emissive_factor=factor,
        emissive_strength=strength,
    )


def render(mat: RenderMaterial, lighting=DARK, preview=False, size=64):
    with RenderSession(quad_scene(mat), size, size, samples=1, lighting=lighting) as s:
        return s.render_preview(front_camera()) if preview else s.render_float(front_camera())


def test_glow_shows_in_the_dark_and_scales_with_strength():
    one = render(material(1.0)).color
    four = render(material(4.0)).color
    centre, surround = one[32, 32, :3], one[32, 17, :3]  # quad: pixels ~14..50, square ~23..41
    # sRGB (255, 140, 30) decodes to linear (1, 0.26, 0.012); nothing else lights the quad.
    assert centre[0] == pytest.approx(1.0, abs=0.02) and centre[1] == pytest.approx(0.26, abs=0.02)
    assert float(surround.max()) < 0.01  # the unlit, non-glowing part stays black
    assert four[32, 32, 0] == pytest.approx(4.0, rel=0.02)  # float frames keep HDR emission


def test_glow_is_brighter_than_lit_surroundings_in_previews():
    lit = one_light(0, 0, intensity=1.0, ambient=0.1)  # a dim studio
    img = render(material(6.0), lighting=lit, preview=True).astype(float)
    glow, surround = img[32, 32, :3], img[32, 17, :3]
    assert glow.sum() > surround.sum() + 200, (glow, surround)
    assert glow[0] > 240  # a strong glow saturates toward white in the tone-mapped preview


def test_zero_strength_or_factor_changes_nothing():
    lit = one_light(0, 0, intensity=2.0, ambient=0.2)
    plain = RenderMaterial(
        "m", albedo=np.full((8, 8, 3), 120, np.uint8), metallic_factor=0.0, roughness_factor=1.0
    )
    reference = render(plain, lighting=lit).color
    for mat in (material(0.0), material(3.0, factor=(0.0, 0.0, 0.0))):
        assert not mat.glows
        assert np.array_equal(render(mat, lighting=lit).color, reference)


def test_factor_without_map_glows_evenly():
    mat = RenderMaterial(
        "m",
        albedo=np.full((8, 8, 3), 120, np.uint8),
        metallic_factor=0.0,
        emissive_factor=(0.2, 0.4, 0.8),
        emissive_strength=2.0,
    )
    c = render(mat).color
    assert c[32, 17, :3] == pytest.approx([0.4, 0.8, 1.6], abs=0.02)
    assert c[32, 32, :3] == pytest.approx([0.4, 0.8, 1.6], abs=0.02)


def test_synthesised_glowing_material_glows_in_the_scene():
    """A crystal that glows in its own pattern, from synthesize_material through the scene."""
    from tests.render.conftest import quad

    from assetsmith.geometry.mesh import Part
    from assetsmith.materials import synthesize_material
    from assetsmith.render import scene_from_geometry

    kw = dict(base_color="#6a4fd0", wear=0.2, style="realistic_hd_pbr", size=64, seed=4)
    glowing = synthesize_material(
        "rough_stone", emissive="#ff7010", emissive_strength=8.0, emissive_pattern="runes", **kw
    )
    plain = synthesize_material("rough_stone", **kw)

    class Geometry:
        parts = [Part("slab", "stone", quad())]

    night = Lighting(
        key=Light(0.0, 60.0, (0.3, 0.3, 0.3)),
        fill=Light(0, 0, (0, 0, 0)),
        rim=Light(0, 0, (0, 0, 0)),
        sky=(0.02,) * 3,
        horizon=(0.02,) * 3,
        ground=(0.02,) * 3,
        camera_relative=False,
        shadows=False,
    )
    frames = {}
    for name, maps in (("glowing", glowing), ("plain", plain)):
        scene = scene_from_geometry(Geometry, {"stone": maps})
        with RenderSession(scene, 96, 96, samples=1, lighting=night) as s:
            frames[name] = s.render_float(front_camera()).color[20:76, 20:76, :3]
    # The runes glow: some texels far brighter than anything the plain stone shows.
    assert float(frames["glowing"].max()) > 4 * float(frames["plain"].max())
    assert (frames["glowing"].sum(-1) > frames["plain"].sum(-1).max() * 2).mean() > 0.03


def test_emission_survives_a_glb_round_trip(tmp_path):
    from tests.render.conftest import quad

    from assetsmith.batch.scene_gltf import load_gltf
    from assetsmith.formats.glb import GlbMaterial, write_glb
    from assetsmith.formats.png import encode_png
    from assetsmith.geometry.mesh import Part

    mat = GlbMaterial(
        name="lamp",
        albedo_png=encode_png(np.full((8, 8, 3), 60, np.uint8), srgb=True),
        emissive_png=encode_png(glow_square(), srgb=True),
        emissive_strength=5.0,
    )
    path = tmp_path / "lamp.glb"
    path.write_bytes(write_glb([Part("q", "lamp", quad())], {"lamp": mat}, root_name="lamp"))
    scene = load_gltf(path)
    loaded = next(iter(scene.materials.values()))
    assert (
        loaded.glows and loaded.emissive_strength == 5.0 and loaded.emissive.shape[:2] == (64, 64)
    )
