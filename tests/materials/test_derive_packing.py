"""Normal-map sign convention, occlusion, colour encoding, engine packings, contact sheet."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.materials import MaterialMaps, packing
from assetsmith.materials.derive import (
    encode_srgb_u8,
    linear_to_srgb,
    normal_from_height,
    occlusion_from_height,
)
from assetsmith.materials.style import STYLES, band_albedo

from .conftest import synth


def _bump(size: int = 64, cy: int = 32, cx: int = 32, r: float = 6.0) -> np.ndarray:
    y, x = np.mgrid[0:size, 0:size]
    return np.exp(-((y - cy) ** 2 + (x - cx) ** 2) / (2 * r * r)).astype(np.float32)


def test_normal_convention_is_opengl_green_up():
    """glTF/OpenGL: +Y (green) points to the top of the image (lower row index), +X (red) to
    the right. A bump's upper flank faces up: green > 128; its right flank faces right: red >
    128; the opposite flanks go below 128."""
    n = normal_from_height(_bump(), depth=0.05).astype(int)
    above, below = n[32 - 6, 32], n[32 + 6, 32]
    left, right = n[32, 32 - 6], n[32, 32 + 6]
    assert above[1] > 140 and below[1] < 116
    assert right[0] > 140 and left[0] < 116
    assert abs(above[0] - 128) <= 1 and abs(right[1] - 128) <= 1
    assert n[32, 32, 2] >= 254  # the flat top faces straight out


def test_flat_height_gives_flat_normal():
    n = normal_from_height(np.zeros((16, 16), np.float32), depth=1.0)
    assert (n == np.array([128, 128, 255], np.uint8)).all()


def test_normal_wraps_around():
    """A bump centred on the corner must look the same as one in the middle, rolled."""
    mid = normal_from_height(_bump(), 0.05)
    corner = normal_from_height(np.roll(_bump(), (32, 32), (0, 1)), 0.05)
    assert (np.roll(mid, (32, 32), (0, 1)) == corner).all()


def test_normal_strength_is_resolution_independent():
    small = normal_from_height(_bump(64, 32, 32, 6.0), 0.05).astype(int)
    large = normal_from_height(_bump(128, 64, 64, 12.0), 0.05).astype(int)
    assert abs(small[26, 32, 1] - large[52, 64, 1]) <= 3


def test_occlusion_darkens_pits_not_peaks():
    h = 1.0 - _bump()  # a pit in the middle
    ao = occlusion_from_height(h, 1.0, 6.0)
    assert ao[32, 32] < ao[5, 5] - 0.05
    assert ao.max() <= 1.0 and ao.min() >= 0.0
    peak = occlusion_from_height(_bump(), 1.0, 6.0)
    assert peak[32, 32] > 0.99


def test_srgb_encoding_matches_the_transfer_function():
    lin = np.linspace(0, 1, 1001, dtype=np.float32)
    ours = encode_srgb_u8(lin).astype(int)
    exact = np.round(linear_to_srgb(lin) * 255).astype(int)
    assert np.abs(ours - exact).max() <= 1
    assert encode_srgb_u8(np.array([0.5], np.float32))[0] == 188
    assert encode_srgb_u8(np.array([2.0], np.float32))[0] == 255


def test_toon_bands_quantise_luminance():
    rng = np.random.default_rng(0)
    lum = np.linspace(0.05, 0.6, 256, dtype=np.float32)[None, :].repeat(8, 0)
    img = np.stack([lum, lum * 0.5, lum * 0.25]) + rng.random((3, 8, 256), dtype=np.float32) * 1e-3
    out = band_albedo(img.copy(), STYLES["toon_bold"])
    lum = 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]
    levels = np.unique(np.round(lum / lum.max(), 2))
    assert 3 <= len(levels) <= 7
    # Chroma survives: channel ratios stay what they were.
    assert np.allclose(out[1] / out[0], img[1] / img[0], rtol=1e-4)


# -- packing ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def maps() -> MaterialMaps:
    return synth("rusted_metal")


def test_unreal_orm(maps):
    orm = packing.unreal_orm(maps)
    assert orm.shape == maps.orm.shape and (orm == maps.orm).all()
    assert (orm[..., 0] == maps.occlusion).all()
    assert (orm[..., 1] == maps.roughness).all()
    assert (orm[..., 2] == maps.metallic).all()


def test_hdrp_mask(maps):
    mask = packing.hdrp_mask(maps)
    assert mask.shape == (*maps.orm.shape[:2], 4)
    assert (mask[..., 0] == maps.metallic).all()
    assert (mask[..., 1] == maps.occlusion).all()
    assert (mask[..., 2] == 255).all()
    assert (mask[..., 3].astype(int) == 255 - maps.roughness.astype(int)).all()


def test_normal_directx_flips_green_only(maps):
    dx = packing.normal_directx(maps)
    assert (dx[..., 0] == maps.normal[..., 0]).all()
    assert (dx[..., 2] == maps.normal[..., 2]).all()
    assert (dx[..., 1].astype(int) == 255 - maps.normal[..., 1].astype(int)).all()
    assert (
        packing.normal_directx(MaterialMaps(dx, dx, maps.orm, maps.height))[..., 1]
        == maps.normal[..., 1]
    ).all()


def test_contact_sheet_layout():
    sheet_maps = {"iron": synth("iron"), "glass": synth("crystal")}
    sheet = packing.contact_sheet(sheet_maps, tile=32)
    assert sheet.shape == (2 * 32, 5 * 32, 3) and sheet.dtype == np.uint8
    iron = sheet_maps["iron"]
    # Column 3 of row 0 is iron's metallic map, box-filtered: bright.
    assert sheet[:32, 3 * 32 : 4 * 32].mean() > 200
    # Box filter: a 4x4 block mean of the roughness map.
    expect = iron.roughness[:4, :4].astype(float).mean()
    assert abs(int(sheet[0, 2 * 32, 0]) - expect) <= 1
    # Upscaling (tile larger than the map) repeats pixels.
    big = packing.contact_sheet({"iron": iron}, tile=256)
    assert big.shape == (256, 5 * 256, 3)
    assert packing.contact_sheet({}, tile=16).shape == (0, 80, 3)
