"""The shading conventions, checked on a quad whose right answer is known: texture orientation
(glTF UVs, not mirrored), normal maps (OpenGL +Y up, with and without tangents), sRGB decoded on
sampling and encoded once on output, depth, coverage and MSAA."""

from __future__ import annotations

import numpy as np
import pytest
from tests.render.conftest import front_camera, one_light, quad_scene

from assetsmith.render import BACKGROUND_Z, RenderMaterial, RenderSession

pytestmark = pytest.mark.usefixtures("gl_ok")


def flat_normal_map(ny: float) -> np.ndarray:
    n = np.array([0.0, ny, np.sqrt(1 - ny * ny)])
    return np.tile(np.round((n * 0.5 + 0.5) * 255).astype(np.uint8), (8, 8, 1))


def render(
    material: RenderMaterial,
    lighting,
    *,
    size=64,
    samples=1,
    tangents=True,
    spin=0.0,
    preview=False,
):
    scene = quad_scene(material, tangents=tangents, spin_deg=spin)
    with RenderSession(scene, size, size, samples=samples, lighting=lighting) as s:
        return s.render_preview(front_camera()) if preview else s.render_float(front_camera())


def test_texture_is_not_mirrored_or_flipped():
    albedo = np.full((64, 64, 3), 200, np.uint8)
    albedo[:32, :32] = (255, 0, 0)  # the image's top-left quadrant is red
    mat = RenderMaterial("m", albedo=albedo, metallic_factor=0.0)
    img = render(mat, one_light(0, 0, 0.0, ambient=1.0), size=100).color[..., :3]
    top_left, bottom_right = img[38, 38], img[62, 62]
    assert top_left[0] > 2 * top_left[1], top_left  # red where the image's top-left is
    assert abs(bottom_right[0] - bottom_right[1]) < 0.05, bottom_right


@pytest.mark.parametrize("tangents", [True, False], ids=["tangents", "derived-from-uvs"])
def test_normal_map_green_points_up(tangents):
    """A normal map leaning towards the image's top (+Y, OpenGL) catches a light from above."""
    above = one_light(0, 75)
    shade = {}
    for name, ny in (("up", 0.5), ("flat", 0.0), ("down", -0.5)):
        mat = RenderMaterial(
            "m",
            albedo=np.full((8, 8, 3), 200, np.uint8),
            normal=flat_normal_map(ny),
            metallic_factor=0.0,
            roughness_factor=1.0,
        )
        shade[name] = float(render(mat, above, tangents=tangents).color[32, 32, 0])
    assert shade["up"] > shade["flat"] * 1.5 > shade["down"] * 1.5, shade


def test_albedo_is_decoded_from_srgb_and_the_preview_encoded_once():
    mat = RenderMaterial(
        "m", albedo=np.full((8, 8, 3), 188, np.uint8), metallic_factor=0.0, roughness_factor=1.0
    )
    light = one_light(0, 0)  # from the camera: n.l = n.v = 1, irradiance pi
    linear = float(render(mat, light).color[32, 32, 0])
    # sRGB 188 is linear 0.503; Lambert keeps (1 - F0) of it, GGX at roughness 1 adds about 0.01.
    assert 0.46 < linear < 0.53, linear
    encoded = int(render(mat, light, preview=True)[32, 32, 0])
    # PBR Neutral lifts nothing this dark but its 0.04 toe: sRGB(0.453) = 179; twice encoded: ~220.
    assert 170 <= encoded <= 190, encoded


def test_depth_is_distance_along_the_view_axis_and_background_is_far():
    mat = RenderMaterial("m", base_color_factor=(0.5, 0.5, 0.5, 1.0), metallic_factor=0.0)
    frame = render(mat, one_light(0, 0), size=64)
    inside = frame.color[..., 3] > 0.999
    assert inside.mean() > 0.2
    np.testing.assert_allclose(frame.depth[inside], 3.0, rtol=1e-4)
    assert np.all(frame.depth[frame.color[..., 3] == 0] == BACKGROUND_Z)
    assert frame.color.dtype == np.float32 and frame.depth.dtype == np.float32


def test_msaa_gives_fractional_coverage_on_edges_only():
    mat = RenderMaterial("m", base_color_factor=(0.5, 0.5, 0.5, 1.0), metallic_factor=0.0)
    hard = render(mat, one_light(0, 0), spin=17.0, samples=1).color[..., 3]
    soft = render(mat, one_light(0, 0), spin=17.0, samples=4).color[..., 3]
    assert set(np.unique(hard)) <= {0.0, 1.0}
    partial = (soft > 0.01) & (soft < 0.99)
    assert 20 < partial.sum() < 0.2 * soft.size


def test_blended_material_keeps_its_alpha():
    albedo = np.dstack(
        [np.full((8, 8, 3), 180, np.uint8), np.full((8, 8), 89, np.uint8)]
    )  # alpha 0.35
    mat = RenderMaterial("m", albedo=albedo, metallic_factor=0.0, alpha_mode="BLEND")
    a = render(mat, one_light(0, 0)).color[32, 32, 3]
    assert 0.33 < a < 0.37


def test_orm_shader_variant_matches_the_general_one():
    """An ORM map (occlusion = metal-roughness red) is shaded by the variant without the separate
    occlusion lookup; the same data as a separate occlusion map goes through the general shader.
    Both must give the same pixels, and the occlusion must darken (it is not ignored)."""
    rng = np.random.default_rng(3)
    orm = rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)
    orm[..., 0] = np.where(
        np.arange(16)[None, :] < 8, 40, 255
    )  # occlusion: dark left half, open right
    albedo = np.full((16, 16, 3), 180, np.uint8)
    merged = RenderMaterial("m", albedo=albedo, metal_rough=orm, occlusion=orm, metallic_factor=0.0)
    separate = RenderMaterial(
        "m", albedo=albedo, metal_rough=orm, occlusion=orm.copy(), metallic_factor=0.0
    )
    light = one_light(30, 30, ambient=1.0)  # occlusion scales the ambient term
    a = render(merged, light, size=64)
    b = render(separate, light, size=64)
    assert np.allclose(a.color, b.color, atol=2e-3)
    open_ = render(
        RenderMaterial("m", albedo=albedo, metal_rough=orm, metallic_factor=0.0), light, size=64
    )
    assert a.color[..., :3].mean() < open_.color[..., :3].mean() * 0.97  # occlusion applied


def preview(material: RenderMaterial, *, size=64, samples=1, fxaa=False, spin=17.0, **backdrop):
    scene = quad_scene(material, spin_deg=spin)
    with RenderSession(scene, size, size, samples=samples, lighting=one_light(0, 0)) as s:
        return s.render_preview(front_camera(), fxaa=fxaa, **backdrop)


def test_preview_edges_are_smoothed_by_fxaa_or_msaa_and_the_inside_is_left_alone():
    mat = RenderMaterial("m", base_color_factor=(0.5, 0.5, 0.5, 1.0), metallic_factor=0.0)
    hard = preview(mat)
    assert set(np.unique(hard[..., 3])) <= {0, 255}  # one sample, no FXAA: every pixel in or out
    inside = np.zeros(hard.shape[:2], bool)
    inside[24:40, 24:40] = True  # well within the spun quad: flat colour, no edge
    for soft in (preview(mat, fxaa=True), preview(mat, samples=4)):
        partial = (soft[..., 3] > 2) & (soft[..., 3] < 253)
        assert 20 < partial.sum() < 0.2 * partial.size  # fractional coverage along the edges only
        np.testing.assert_array_equal(soft[inside], hard[inside])
        # Smoothed edges: fewer large steps between horizontal neighbours than the aliased image.
        steps = lambda img: int((np.abs(np.diff(img[..., 1].astype(int), axis=1)) > 40).sum())  # noqa: E731
        assert steps(soft) < steps(hard)


def test_preview_backdrop_is_a_tone_mapped_gradient_behind_the_object():
    mat = RenderMaterial("m", base_color_factor=(0.5, 0.5, 0.5, 1.0), metallic_factor=0.0)
    img = preview(mat, spin=0.0, top=(0.6, 0.1, 0.1), bottom=(0.1, 0.1, 0.6))
    assert img[0, 0, 3] == 0 and img[32, 32, 3] == 255
    top, bottom = img[1, 1, :3].astype(int), img[-2, 1, :3].astype(int)
    assert top[0] > top[2] + 60 and bottom[2] > bottom[0] + 60, (
        top,
        bottom,
    )  # red above, blue below
    middle = img[32, 1, :3].astype(int)
    assert bottom[0] < middle[0] < top[0]  # a gradient, not two bands
    # The object is drawn over it, not blended with it.
    assert abs(int(img[32, 32, 0]) - int(img[32, 32, 2])) < 4


def test_packed_textures_shade_like_the_separate_maps():
    """An opaque material with albedo, normal and ORM maps goes up as two packed textures (albedo +
    occlusion, normal XY + roughness + metalness) and a shader that rebuilds the normal's Z; the
    same maps kept apart (a separate occlusion map) take the general shader. Same pixels, and the
    normal map and occlusion still act."""
    rng = np.random.default_rng(5)
    y, x = np.mgrid[0:16, 0:16] / 16.0
    tilt = np.stack([0.4 * np.sin(6 * x), 0.4 * np.cos(5 * y)], axis=-1)
    normal = np.dstack([tilt, np.sqrt(1 - (tilt**2).sum(-1))])
    normal = np.round((normal * 0.5 + 0.5) * 255).astype(np.uint8)
    orm = rng.integers(60, 256, (16, 16, 3), dtype=np.uint8)
    orm[..., 0] = np.where(np.arange(16)[None, :] < 8, 40, 255)  # occlusion: dark left half
    albedo = rng.integers(90, 230, (16, 16, 3), dtype=np.uint8)
    light = one_light(30, 30, ambient=1.0)

    def mat(**kw):
        return RenderMaterial(
            "m", albedo=albedo, normal=normal, metal_rough=orm, metallic_factor=0.3, **kw
        )

    packed = render(mat(occlusion=orm), light, size=64)
    separate = render(mat(occlusion=orm.copy()), light, size=64)
    # Filtering the normal's XY and rebuilding Z differs from filtering XYZ only between texels:
    # a few per cent in the brightest highlights, nothing on average.
    diff = np.abs(packed.color - separate.color)
    assert diff.mean() < 1e-3 and np.all(diff <= 0.03 * np.maximum(separate.color, 0.1)), diff.max()
    flat = render(
        RenderMaterial("m", albedo=albedo, metal_rough=orm, occlusion=orm, metallic_factor=0.3),
        light,
        size=64,
    )
    assert (
        np.abs(packed.color - flat.color).max() > 0.05
    )  # the normal map is not lost in the packing
    with RenderSession(quad_scene(mat(occlusion=orm)), 8, 8, lighting=light) as s:
        assert s._gpu.textures["m"].get("packed")  # and it really was packed


def test_render_targets_of_old_sizes_are_released_and_made_again():
    """At most four sizes keep their targets; an evicted size's targets (float, preview, FXAA) are
    released without taking the shared programs with them, and the size renders again later."""
    from assetsmith.render.gl import run_gl

    mat = RenderMaterial("m", base_color_factor=(0.5, 0.5, 0.5, 1.0), metallic_factor=0.0)
    with RenderSession(quad_scene(mat), 32, 32, lighting=one_light(0, 0)) as s:
        first = s.render_float(front_camera())
        first_preview = s.render_preview(front_camera(), samples=1, fxaa=True)
        for size in (24, 40, 48, 56, 64):
            assert s.render_float(front_camera(), size=(size, size)).color.shape == (size, size, 4)
            assert s.render_preview(front_camera(), size=(size, size), samples=4).shape == (
                size,
                size,
                4,
            )
            assert s.render_preview(
                front_camera(), size=(size, size), samples=1, fxaa=True
            ).shape == (size, size, 4)
        sizes = run_gl(lambda gl: [k[:2] for k in gl.cache["renderers"]])
        assert len(sizes) <= 4 and (32, 32) not in sizes
        again = s.render_float(front_camera())
        np.testing.assert_array_equal(again.color, first.color)
        np.testing.assert_array_equal(
            s.render_preview(front_camera(), samples=1, fxaa=True), first_preview
        )
