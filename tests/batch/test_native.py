"""`assetsmith job run` with the native engine on the sample configs: EXR frames read back with the
right channels, sizes and value ranges; the USD passes USD's validators; meta files; chunks."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from tests.batch.conftest import tree

from assetsmith.batch import run_batch_job
from assetsmith.render import BACKGROUND_Z, read_exr
from assetsmith.settings import Settings

pytestmark = pytest.mark.usefixtures("gl_ok")


def check_exr(path, width, height):
    header, ch = read_exr(path)
    assert sorted(ch) == ["A", "B", "G", "R", "Z"]
    for c in "RGBAZ":
        assert ch[c].shape == (height, width) and ch[c].dtype == np.float32
    rgb = np.stack([ch["R"], ch["G"], ch["B"]])
    a, z = ch["A"], ch["Z"]
    assert np.isfinite(rgb).all() and rgb.min() >= 0 and 0.05 < rgb.max() < 50
    assert a.min() >= 0 and a.max() <= 1 + 1e-6
    covered, empty = a > 0.999, a == 0
    assert 0.02 < covered.mean() < 0.9 and empty.any()
    assert (z[covered] > 0.01).all() and (z[covered] < 100).all()  # metres from the camera
    assert (z[empty] == BACKGROUND_Z).all()
    assert (rgb[:, empty] == 0).all()  # premultiplied: no colour where nothing was drawn
    return header


def test_sample_exr_config_writes_rgba_and_depth_frames(workdir, cli):
    code, out, err = cli("job", "run", str(workdir / "job-exr.json"))
    assert code == 0, err
    exr = workdir / "Exports" / "EXR"
    frames = sorted(p.name for p in exr.glob("*.exr"))
    assert frames == [f"frame_{i:04d}.exr" for i in range(1, 7)]
    header = check_exr(exr / "frame_0001.exr", 320, 180)
    assert header["compression"].name == "ZIP_COMPRESSION" and header["frame"] == 1
    meta = json.loads((exr / "barrel.meta.json").read_text())
    assert (
        meta["scene"] == "barrel"
        and meta["signature"] is None
        and meta["file"] == "barrel.frames.json"
    )
    manifest = json.loads((exr / "barrel.frames.json").read_text())
    assert manifest["channels"] == ["R", "G", "B", "A", "Z"] and manifest["camera"] == "CineCamera"
    first = manifest["frames"][0]
    assert first["sha256"] == hashlib.sha256((exr / first["file"]).read_bytes()).hexdigest()
    assert "frame 6 (6/6)" in err  # progress
    assert not list(workdir.glob(".assetsmith-staging-*"))


def test_sample_usd_config_passes_usd_validation(workdir, cli):
    from pxr import Usd, UsdGeom
    from tests.helpers.usd_validation import validate_usd

    code, out, err = cli("job:run", str(workdir / "job-usd.json"), "--json")
    assert code == 0, err
    usd = workdir / "Exports" / "USD" / "barrel.usd"
    assert json.loads(out)["files"][0] == "Exports/USD/barrel.meta.json"
    assert validate_usd(usd) == []
    stage = Usd.Stage.Open(str(usd))
    assert (stage.GetStartTimeCode(), stage.GetEndTimeCode(), stage.GetTimeCodesPerSecond()) == (
        1,
        48,
        24,
    )
    cams = [p for p in stage.Traverse() if p.IsA(UsdGeom.Camera)]
    assert len(cams) == 1
    xf = UsdGeom.Xformable(cams[0])
    first = xf.ComputeLocalToWorldTransform(1).ExtractTranslation()
    half = xf.ComputeLocalToWorldTransform(25).ExtractTranslation()
    assert (first - half).GetLength() > 0.5  # the orbit moves the camera
    assert len([p for p in stage.Traverse() if p.IsA(UsdGeom.Mesh)]) == 3
    meta = json.loads((usd.parent / "barrel.meta.json").read_text())
    assert meta["sha256"] == hashlib.sha256(usd.read_bytes()).hexdigest()


def test_usd_scene_in_named_camera_and_usdz_out(workdir, tmp_path):
    """A USD scene (our own export) renders to EXR and re-exports as USDZ that validates."""
    from tests.helpers.usd_validation import validate_usd

    settings = Settings(data_dir=tmp_path / "data")
    run_batch_job(
        {
            "scene": str(workdir / "scenes" / "barrel.glb"),
            "format": "USD",
            "camera": "CineCamera",
            "output": "scene/barrel.usda",
        },
        settings=settings,
        export_root=workdir,
    )
    src = workdir / "scene" / "barrel.usda"
    result = run_batch_job(
        {
            "scene": str(src),
            "format": "EXR",
            "camera": "CineCamera",
            "samples": 1,
            "resolution": {"width": 96, "height": 54},
            "output": "usd_in/f_##.exr",
        },
        settings=settings,
        export_root=workdir,
    )
    assert "usd_in/f_01.exr" in result.files
    check_exr(workdir / "usd_in" / "f_01.exr", 96, 54)
    run_batch_job(
        {"scene": str(src), "format": "USD", "output": "pkg/barrel.usdz"},
        settings=settings,
        export_root=workdir,
    )
    assert validate_usd(workdir / "pkg" / "barrel.usdz") == []


def test_glb_and_png_outputs(workdir, tmp_path):
    from PIL import Image

    from assetsmith.formats.glb import read_glb

    settings = Settings(data_dir=tmp_path / "data")
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "GLB",
        "output": "out/barrel.glb",
    }
    run_batch_job(cfg, settings=settings, export_root=workdir)
    gltf, _ = read_glb((workdir / "out" / "barrel.glb").read_bytes())
    assert len(gltf["meshes"]) == 3 and len(gltf["materials"]) == 3
    png = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "PNG",
        "output": "png/",
        "frames": {"start": 1, "end": 2},
        "resolution": {"width": 64, "height": 48},
    }
    run_batch_job(png, settings=settings, export_root=workdir)
    assert Image.open(workdir / "png" / "frame_0002.png").size == (64, 48)


def test_chunked_run_equals_one_chunk(workdir, tmp_path):
    """Chunks are the same frames, byte for byte (the orbit is planned over the whole range)."""
    settings = Settings(data_dir=tmp_path / "data")
    cfg = json.loads((workdir / "job-exr-orbit.json").read_text())
    cfg.update(
        scene=str(workdir / "scenes" / "barrel.glb"),
        frames={"start": 1, "end": 5},
        resolution={"width": 48, "height": 48},
        samples=1,
    )
    whole = run_batch_job(
        {**cfg, "output": "a/f_####.exr", "chunk_size": 5}, settings=settings, export_root=workdir
    )
    parts = run_batch_job(
        {**cfg, "output": "b/f_####.exr", "chunk_size": 2}, settings=settings, export_root=workdir
    )
    assert (whole.chunks, parts.chunks) == (1, 3)
    for f in range(1, 6):
        assert (workdir / f"a/f_{f:04d}.exr").read_bytes() == (
            workdir / f"b/f_{f:04d}.exr"
        ).read_bytes()


def test_sign_writes_a_signature_the_meta_names(workdir, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", SOURCE_DATE_EPOCH=1_700_000_000)
    cfg = {"scene": str(workdir / "scenes" / "barrel.glb"), "format": "GLB", "sign": True}
    result = run_batch_job(cfg, settings=settings, export_root=workdir)
    assert "Exports/GLB/barrel.intoto.jsonl" in result.files
    meta = json.loads((workdir / "Exports" / "GLB" / "barrel.meta.json").read_text())
    assert meta["signature"].startswith("barrel.intoto.jsonl#sha256:")
    assert meta["exported_at"] == "2023-11-14T22:13:20Z"
    assert tree(workdir).count("Exports/GLB/barrel.glb") == 1


def _subjects(statement_file) -> set[str]:
    from assetsmith.provenance.dsse import read_envelopes

    stmt = read_envelopes(statement_file.read_bytes())[0].statement()
    return {s["name"] for s in stmt["subject"]}


def _verify_ok(path, settings) -> bool:
    import assetsmith

    return assetsmith.verify(path, settings=settings).ok


def test_sign_covers_the_usd_textures(workdir, tmp_path):
    """issue 13.5: the statement names every exported file, so a changed texture fails verification
    of the texture, of the USD that uses it and of the statement."""
    settings = Settings(data_dir=tmp_path / "data")
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "USD",
        "sign": True,
        "frames": {"start": 1, "end": 2},
    }
    result = run_batch_job(cfg, settings=settings, export_root=workdir)
    usd_dir = workdir / "Exports" / "USD"
    textures = sorted(p for p in usd_dir.rglob("*.png"))
    assert textures
    signed = {
        f.removeprefix("Exports/USD/")
        for f in result.files
        if not f.endswith((".meta.json", ".intoto.jsonl"))
    }
    assert _subjects(usd_dir / "barrel.intoto.jsonl") == signed
    assert {p.relative_to(usd_dir).as_posix() for p in textures} <= signed
    for target in (usd_dir / "barrel.usd", textures[0], usd_dir / "barrel.intoto.jsonl"):
        assert _verify_ok(target, settings), target
    data = bytearray(textures[0].read_bytes())
    data[-20] ^= 0xFF
    textures[0].write_bytes(bytes(data))
    for target in (
        usd_dir / "barrel.usd",
        textures[0],
        textures[-1],
        usd_dir / "barrel.intoto.jsonl",
    ):
        assert not _verify_ok(target, settings), target


def test_sign_covers_every_frame(workdir, tmp_path):
    """issue 13.5: an EXR sequence's statement names every frame and the frames manifest; a changed
    frame fails verification of the frame and of the sequence."""
    settings = Settings(data_dir=tmp_path / "data")
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "EXR",
        "sign": True,
        "frames": {"start": 1, "end": 3},
        "resolution": {"width": 32, "height": 32},
        "samples": 1,
        "output": "seq/f_####.exr",
    }
    run_batch_job(cfg, settings=settings, export_root=workdir)
    seq = workdir / "seq"
    assert _subjects(seq / "barrel.intoto.jsonl") == {
        "barrel.frames.json",
        "f_0001.exr",
        "f_0002.exr",
        "f_0003.exr",
    }
    assert _verify_ok(seq / "f_0002.exr", settings) and _verify_ok(
        seq / "barrel.frames.json", settings
    )
    data = bytearray((seq / "f_0002.exr").read_bytes())
    data[-8] ^= 0xFF
    (seq / "f_0002.exr").write_bytes(bytes(data))
    for target in ("f_0002.exr", "f_0001.exr", "barrel.frames.json", "barrel.intoto.jsonl"):
        assert not _verify_ok(seq / target, settings), target
