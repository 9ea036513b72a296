"""EXR writing (channels, types, compression, atomicity) and camera framing (pure numpy)."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import OutputError
from assetsmith.render import orbit_camera, read_exr, write_exr
from assetsmith.render.camera import bounds_corners, orbit_direction, perspective
from assetsmith.render.exr import COMPRESSIONS

pytest.importorskip("OpenEXR")


@pytest.mark.parametrize("compression", ["none", "zip", "piz", "zstd"])
def test_exr_round_trips_rgba_and_z(tmp_path, compression):
    rng = np.random.default_rng(1)
    rgba = rng.random((24, 32, 4), dtype=np.float32) * 4
    z = rng.random((24, 32), dtype=np.float32) * 10
    path = tmp_path / "frame_0001.exr"
    write_exr(path, rgba, z, compression=compression, attributes={"software": "assetsmith"})
    header, ch = read_exr(path)
    assert sorted(ch) == ["A", "B", "G", "R", "Z"]
    for i, c in enumerate("RGBA"):
        assert ch[c].dtype == np.float32 and ch[c].shape == (24, 32)
        np.testing.assert_array_equal(ch[c], rgba[..., i])
    np.testing.assert_array_equal(ch["Z"], z)
    assert header["software"] == "assetsmith"
    assert [p.name for p in tmp_path.iterdir()] == ["frame_0001.exr"]  # no temp file left


def test_exr_half_colour_keeps_float_depth(tmp_path):
    write_exr(
        tmp_path / "a.exr",
        np.ones((4, 4, 4), np.float32),
        np.full((4, 4), 3.5, np.float32),
        half=True,
    )
    _, ch = read_exr(tmp_path / "a.exr")
    assert ch["R"].dtype == np.float16 and ch["Z"].dtype == np.float32


def test_exr_rejects_unknown_compression_and_bad_shapes(tmp_path):
    assert "zip" in COMPRESSIONS
    with pytest.raises(ValueError, match="compression"):
        write_exr(tmp_path / "a.exr", np.zeros((2, 2, 4), np.float32), compression="lzma")
    with pytest.raises(ValueError):
        write_exr(tmp_path / "a.exr", np.zeros((2, 2, 3), np.float32))


def test_exr_unwritable_folder_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_exr(blocker / "a.exr", np.zeros((2, 2, 4), np.float32))


def test_orbit_azimuth_zero_looks_at_the_front():
    np.testing.assert_allclose(orbit_direction(0, 0), [0, 0, 1], atol=1e-12)
    np.testing.assert_allclose(orbit_direction(90, 0), [1, 0, 0], atol=1e-12)
    assert orbit_direction(0, 30)[1] == pytest.approx(0.5)


@pytest.mark.parametrize("az,el", [(0, 0), (35, 20), (135, 60), (270, -10)])
def test_orbit_camera_frames_the_bounds_with_the_margin(az, el):
    lo, hi = np.array([-0.1, 0.0, -0.3]), np.array([0.1, 2.0, 0.3])
    cam = orbit_camera(
        lo, hi, azimuth_deg=az, elevation_deg=el, aspect=16 / 9, yfov_deg=40, margin=0.1
    )
    clip = (
        perspective(cam.yfov, 16 / 9, cam.near, cam.far)
        @ cam.view
        @ np.c_[bounds_corners(lo, hi), np.ones(8)].T
    )
    ndc = clip[:3] / clip[3]
    assert np.all(np.abs(ndc[:2]) <= 0.9 + 1e-9)  # inside, with a 10% margin
    assert np.isclose(np.abs(ndc[:2]).max(), 0.9, atol=1e-6)  # and as large as that allows
    assert np.all(np.abs(ndc[2]) < 1)  # between the clip planes
    direction = (cam.eye - (lo + hi) / 2) / np.linalg.norm(cam.eye - (lo + hi) / 2)
    np.testing.assert_allclose(direction, orbit_direction(az, el), atol=1e-9)
