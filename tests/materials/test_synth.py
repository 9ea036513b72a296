"""synthesize_material: shapes, content, determinism, colour, metalness, overrides, errors."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.materials import FAMILY_TILE_SIZE_M, MaterialMaps, synthesize_material
from assetsmith.spec.catalog import MATERIAL_FAMILIES

from .conftest import FAMILIES, SIZE, STYLES, synth

METALLIC = [f for f, d in MATERIAL_FAMILIES.items() if d["metallic"]]
# Paint over steel: a dielectric coat whose chips and scratches are bare metal.
PAINTED_METAL = ["painted_metal", "metal_panels"]
DIELECTRIC = [
    f for f, d in MATERIAL_FAMILIES.items() if not d["metallic"] and f not in PAINTED_METAL
]


def decode_normals(normal: np.ndarray) -> np.ndarray:
    return normal.astype(np.float64) / 127.5 - 1.0


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("family", FAMILIES)
def test_maps_have_right_shapes_and_real_content(family, style):
    m = synth(family, style)
    assert isinstance(m, MaterialMaps)
    channels = 4 if family == "crystal" else 3
    assert m.albedo.shape == (SIZE, SIZE, channels) and m.albedo.dtype == np.uint8
    assert m.normal.shape == (SIZE, SIZE, 3) and m.normal.dtype == np.uint8
    assert m.orm.shape == (SIZE, SIZE, 3) and m.orm.dtype == np.uint8
    assert m.height.shape == (SIZE, SIZE) and m.height.dtype == np.float32
    assert float(m.height.min()) >= 0.0 and float(m.height.max()) <= 1.0
    assert m.size == SIZE
    # Real texture content, not a flat fill.
    assert m.albedo[..., :3].astype(float).std() > 2.0
    assert m.normal.astype(float).std() > 0.5
    assert m.height.std() > 0.02
    assert m.roughness.astype(float).std() > 0.3
    assert m.occlusion.astype(float).std() > 0.3


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("family", FAMILIES)
def test_normals_are_unit_and_face_out(family, style):
    n = decode_normals(synth(family, style).normal)
    length = np.linalg.norm(n, axis=-1)
    # 8-bit quantisation alone can move the length by about 0.007 per component.
    assert np.abs(length - 1.0).max() < 0.02
    assert n[..., 2].min() > 0.0


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("family", FAMILIES)
def test_same_seed_same_bytes_other_seed_other_albedo(family, style):
    a = synth(family, style, seed=7)
    colour = MATERIAL_FAMILIES[family]["base_color"]
    again = synthesize_material(
        family, base_color=colour, wear=0.35, style=style, size=SIZE, seed=7
    )
    for name in ("albedo", "normal", "orm", "height"):
        assert getattr(a, name).tobytes() == getattr(again, name).tobytes(), name
    other = synth(family, style, seed=8)
    assert a.albedo.tobytes() != other.albedo.tobytes()


def test_every_catalog_family_is_implemented_with_a_tile_size():
    assert set(FAMILY_TILE_SIZE_M) == set(MATERIAL_FAMILIES)
    assert all(0.05 <= v <= 5.0 for v in FAMILY_TILE_SIZE_M.values())
    assert FAMILY_TILE_SIZE_M["wood_planks"] == 1.0 and FAMILY_TILE_SIZE_M["brick"] == 1.0


def _mean_rgb(m: MaterialMaps) -> np.ndarray:
    return m.albedo[..., :3].reshape(-1, 3).astype(float).mean(axis=0)


@pytest.mark.parametrize("family", FAMILIES)
def test_base_colour_drives_the_mean_hue(family):
    red = _mean_rgb(synth(family, base_color="#c03020"))
    blue = _mean_rgb(synth(family, base_color="#2040c0"))
    assert red[0] > red[2], red
    assert blue[2] > blue[0], blue
    assert (red[0] - red[2]) - (blue[0] - blue[2]) > 40


@pytest.mark.parametrize("family", FAMILIES)
def test_base_colour_drives_brightness(family):
    dark = _mean_rgb(synth(family, base_color="#303030")).mean()
    light = _mean_rgb(synth(family, base_color="#d0d0d0")).mean()
    assert light > dark + 30


@pytest.mark.parametrize("family", METALLIC)
def test_metals_are_metallic(family):
    metal = synth(family, wear=0.1).metallic.astype(float)
    if family == "rusted_metal":
        # Bare steel and rust: both must be present.
        assert (metal > 200).mean() > 0.1
        assert (metal < 60).mean() > 0.1
    else:
        assert metal.mean() > 200


@pytest.mark.parametrize("family", DIELECTRIC)
def test_dielectrics_are_not_metallic(family):
    assert synth(family).metallic.astype(float).mean() < 10


@pytest.mark.parametrize("family", PAINTED_METAL)
def test_paint_over_metal_chips_to_bare_metal_with_wear(family):
    new = synth(family, wear=0.0).metallic.astype(float)
    old = synth(family, wear=0.9).metallic.astype(float)
    assert (new > 200).mean() < 0.01  # a fresh coat hides the steel
    assert (old > 200).mean() > 0.04  # chips and scratches show it
    rough = synth(family, wear=0.9).roughness.astype(float)
    assert rough.mean() > 60  # paint and primer are not mirror-smooth


def test_iron_stays_metallic_and_low_variance_in_roughness_when_new():
    m = synth("iron", wear=0.0)
    assert m.metallic.min() == 255
    assert m.roughness.astype(float).std() < 25


def test_rust_is_rough_and_steel_is_smooth():
    m = synth("rusted_metal")
    rough = m.roughness.astype(float)
    rusty = m.metallic < 60
    bare = m.metallic > 200
    assert rough[rusty].mean() > rough[bare].mean() + 50


def test_wear_changes_the_texture():
    new = synth("wood_planks", wear=0.0)
    old = synth("wood_planks", wear=1.0)
    assert np.abs(new.albedo.astype(float) - old.albedo.astype(float)).mean() > 3


def test_painted_wood_wear_exposes_more_wood():
    def paint_fraction(wear):
        rgb = synth("painted_wood", wear=wear, base_color="#2050d0").albedo.astype(float)
        return (rgb[..., 2] > rgb[..., 0]).mean()  # blue paint vs brown wood

    assert paint_fraction(0.0) > paint_fraction(1.0) + 0.2


def test_brass_patina_grows_with_wear():
    def dielectric_fraction(wear):
        return (synth("brass", wear=wear).metallic < 128).mean()

    assert dielectric_fraction(1.0) > dielectric_fraction(0.0) + 0.1


def test_crystal_albedo_is_translucent_rgba():
    albedo = synth("crystal").albedo
    assert albedo.shape[2] == 4
    assert albedo[..., 3].max() < 255 or albedo[..., 3].min() < 255
    assert 60 < albedo[..., 3].astype(float).mean() < 230


@pytest.mark.parametrize("family", ["iron", "wood_planks", "rusted_metal"])
def test_roughness_and_metallic_overrides_set_the_mean(family):
    colour = MATERIAL_FAMILIES[family]["base_color"]
    m = synthesize_material(
        family,
        base_color=colour,
        wear=0.3,
        style="realistic_hd_pbr",
        size=SIZE,
        seed=3,
        roughness=0.8,
        metallic=0.25,
    )
    assert abs(m.roughness.astype(float).mean() / 255 - 0.8) < 0.02
    assert abs(m.metallic.astype(float).mean() / 255 - 0.25) < 0.02
    assert m.roughness.astype(float).std() > 0.5  # the variation survives


def test_metallic_override_zero_makes_iron_dielectric():
    m = synthesize_material(
        "iron", base_color="#5d6063", wear=0.3, style="toon_bold", size=64, seed=1, metallic=0.0
    )
    assert m.metallic.max() == 0


def test_toon_has_less_fine_detail_than_realistic():
    for family in ("rough_stone", "wood_planks", "marble", "ground_moss"):
        real = synth(family, "realistic_hd_pbr").albedo[..., :3].astype(float)
        toon = synth(family, "toon_bold").albedo[..., :3].astype(float)
        hf_real = np.abs(np.diff(real, axis=1)).mean()
        hf_toon = np.abs(np.diff(toon, axis=1)).mean()
        assert hf_toon < hf_real, family


@pytest.mark.parametrize("size", [64, 256])
def test_other_sizes(size):
    m = synthesize_material(
        "brick", base_color="#9a4b35", wear=0.2, style="realistic_hd_pbr", size=size, seed=1
    )
    assert m.albedo.shape == (size, size, 3)
    assert m.orm.shape == (size, size, 3)


BAD_ARGS = [
    dict(family="unobtainium"),
    dict(style="watercolour"),
    dict(base_color="red"),
    dict(base_color="#12345"),
    dict(base_color="#GG0000"),
    dict(base_color=None),
    dict(size=100),
    dict(size=32),
    dict(size=8192),
    dict(size=512.0),
    dict(size=True),
    dict(seed=-1),
    dict(seed=1.5),
    dict(wear=1.5),
    dict(wear=-0.1),
    dict(wear=float("nan")),
    dict(roughness=1.2),
    dict(metallic=-0.5),
    dict(metallic="high"),
]


@pytest.mark.parametrize(
    "bad", BAD_ARGS, ids=lambda d: f"{next(iter(d))}={next(iter(d.values()))!r}"
)
def test_bad_arguments_raise_invalid_input(bad):
    args = dict(
        family="plastic", base_color="#c8c8c8", wear=0.3, style="toon_bold", size=64, seed=1
    )
    args.update(bad)
    family = args.pop("family")
    with pytest.raises(InvalidInput) as info:
        synthesize_material(family, **args)
    assert info.value.message  # a clear message for the user
