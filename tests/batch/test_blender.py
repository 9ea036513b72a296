"""The blender engine, against a real Blender (Debian's `blender` package; scripts/test.sh installs
it): EXR frames in the same layout as the native engine, PNG frames, GLB export, clear config
errors; and without Blender, an error that says what to install."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess

import numpy as np
import pytest
from tests.batch.conftest import tree
from tests.helpers.availability import missing

from assetsmith.batch import EngineUnavailable, run_batch_job
from assetsmith.batch.engines.blender import blender_env
from assetsmith.errors import InvalidInput
from assetsmith.render import BACKGROUND_Z, read_exr
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # Blender


@pytest.fixture(scope="module")
def blender() -> str:
    exe = shutil.which("blender")
    if exe is None:
        missing(
            "Blender is not installed (apt-get install blender python3-numpy)",
            "the blender engine tests",
        )
    return exe


def blender_has_usd(exe: str) -> bool:
    out = subprocess.run(
        [
            exe,
            "-b",
            "--factory-startup",
            "--python-expr",
            "import bpy; print('USD=%s' % bool(getattr(bpy.app.build_options, 'usd', False)))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=blender_env(),
    )
    return "USD=True" in out.stdout


def run(workdir, tmp_path, **cfg):
    config = {"scene": str(workdir / "scenes" / "barrel.glb"), "engine": "blender", **cfg}
    return run_batch_job(config, settings=Settings(data_dir=tmp_path / "data"), export_root=workdir)


def test_exr_frames_have_the_native_layout(blender, workdir, tmp_path):
    result = run(
        workdir,
        tmp_path,
        format="EXR",
        camera="orbit",
        output="bl/f_####.exr",
        frames={"start": 1, "end": 2},
        resolution={"width": 64, "height": 48},
        samples=1,
    )
    assert {
        "bl/f_0001.exr",
        "bl/f_0002.exr",
        "bl/barrel.frames.json",
        "bl/barrel.meta.json",
    } <= set(result.files)
    for name in ("f_0001.exr", "f_0002.exr"):
        _header, ch = read_exr(workdir / "bl" / name)
        assert sorted(ch) == ["A", "B", "G", "R", "Z"]
        assert all(c.shape == (48, 64) and c.dtype == np.float32 for c in ch.values())
        alpha, z = ch["A"], ch["Z"]
        covered = alpha > 0
        assert 0.03 < covered.mean() < 0.9  # the barrel is in frame, not filling it
        assert np.all((alpha >= 0) & (alpha <= 1.0001))
        rgb = np.stack([ch[c] for c in "RGB"], axis=-1)[covered]
        assert rgb.max() > 0.05 and np.all(rgb >= 0)  # lit by the studio rig, not black
        hit = z < BACKGROUND_Z
        assert hit[covered].mean() > 0.97 and z[hit].max() < 100  # metres from the camera
        assert np.all(z[~covered] == np.float32(BACKGROUND_Z))
    # The orbit turns the camera: the two frames differ.
    assert not np.array_equal(
        read_exr(workdir / "bl" / "f_0001.exr")[1]["R"],
        read_exr(workdir / "bl" / "f_0002.exr")[1]["R"],
    )


def test_png_frame_and_glb_export(blender, workdir, tmp_path):
    from PIL import Image

    from assetsmith.formats.glb import read_glb

    run(
        workdir,
        tmp_path,
        format="PNG",
        camera="orbit",
        output="png/f_####.png",
        frames={"start": 1, "end": 1},
        resolution={"width": 96, "height": 96},
        samples=1,
    )
    img = np.asarray(Image.open(workdir / "png" / "f_0001.png").convert("RGBA"))
    assert img.shape == (96, 96, 4)
    ys, xs = np.nonzero(img[..., 3] > 0)
    assert (
        len(xs) > 200 and xs.min() > 0 and xs.max() < 95 and ys.min() > 0 and ys.max() < 95
    )  # framed
    run(workdir, tmp_path, format="GLB", output="glb/barrel.glb")
    gltf, _bin = read_glb((workdir / "glb" / "barrel.glb").read_bytes())
    assert gltf["meshes"] and gltf["materials"]


def test_unknown_camera_is_a_config_error_and_writes_nothing(blender, workdir, tmp_path):
    before = tree(workdir)
    with pytest.raises(InvalidInput, match=r"\$\.camera: no camera 'DollyCam'"):
        run(
            workdir,
            tmp_path,
            format="EXR",
            camera="DollyCam",
            output="cam/f_####.exr",
            frames={"start": 1, "end": 1},
            resolution={"width": 32, "height": 32},
            samples=1,
        )
    assert tree(workdir) == before


def test_usd_needs_a_blender_built_with_usd(blender, workdir, tmp_path):
    if blender_has_usd(blender):
        result = run(workdir, tmp_path, format="USD", output="usd/barrel.usda")
        assert (
            workdir / "usd" / "barrel.usda"
        ).stat().st_size > 0 and "usd/barrel.usda" in result.files
        return
    before = tree(workdir)
    with pytest.raises(
        InvalidInput, match=r"\$\.format: this Blender was built without USD support"
    ):
        run(workdir, tmp_path, format="USD", output="usd/barrel.usda")
    assert tree(workdir) == before


@pytest.mark.skipif(
    importlib.util.find_spec("bpy") is not None, reason="the bpy module is importable here"
)
def test_blender_engine_without_blender_is_a_clear_error(workdir, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", blender_bin="no-such-blender")
    with pytest.raises(EngineUnavailable, match="needs Blender") as info:
        run_batch_job(
            {"scene": str(workdir / "scenes" / "barrel.glb"), "format": "EXR", "engine": "blender"},
            settings=settings,
            export_root=workdir,
        )
    assert "pip install" in info.value.hint and "bpy" in info.value.hint
    assert not (workdir / "Exports").exists()
