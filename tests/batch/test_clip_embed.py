"""`clip_embed`: a batch export is embedded and audited against the corpus; a copy of a known asset
is blocked (nothing committed) or recorded, a new one passes."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tests.batch.conftest import tree

from assetsmith import sdk
from assetsmith.batch import run_batch_job
from assetsmith.errors import OriginalityBlocked
from assetsmith.originality.embedders import get_embedder
from assetsmith.settings import Settings

pytestmark = [pytest.mark.usefixtures("gl_ok"), pytest.mark.slow]  # renders and embeds with CLIP


def settings_for(tmp_path, **kw) -> Settings:
    return Settings(data_dir=tmp_path / "data", **kw)


def test_exr_sequence_is_embedded_from_its_frames(workdir, tmp_path):
    settings = settings_for(tmp_path)
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "EXR",
        "output": "seq/f_####.exr",
        "frames": {"start": 1, "end": 12},
        "resolution": {"width": 64, "height": 64},
        "samples": 1,
        "camera": "orbit",
        "clip_embed": True,
    }
    result = run_batch_job(cfg, settings=settings, export_root=workdir)
    assert "seq/barrel.originality.json" in result.files
    doc = json.loads((workdir / "seq" / "barrel.originality.json").read_text())
    embedder = get_embedder(settings)
    assert doc["embedder"] == embedder.id and doc["dim"] == embedder.dim
    labels = [v["label"] for v in doc["views"]]
    assert (
        len(labels) == 8 and labels[0] == "f_0001.exr" and labels[-1] == "f_0012.exr"
    )  # spread, ends kept
    vectors = np.array([v["embedding"] for v in doc["views"]])
    assert vectors.shape == (8, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # The orbit turns the barrel: views differ, but not wildly (one object on one background).
    assert len({v["phash"] for v in doc["views"]}) > 1
    assert doc["audit"]["verdict"] == "pass" and doc["audit"]["corpus"]["assets"] == 0
    assert len(doc["geometry"][0]["canonical_hash"]) >= 16
    # The frames manifest (what the meta and signature cover) is still written.
    assert (workdir / "seq" / "barrel.frames.json").is_file()


def test_a_copy_of_a_corpus_asset_is_blocked_and_nothing_is_written(workdir, tmp_path):
    settings = settings_for(tmp_path)
    sdk.corpus_add([workdir / "scenes" / "barrel.glb"], settings=settings)
    before = tree(workdir)
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "GLB",
        "output": "copy/barrel.glb",
        "clip_embed": True,
    }
    with pytest.raises(OriginalityBlocked, match="too close to known assets: 'barrel") as err:
        run_batch_job(cfg, settings=settings, export_root=workdir)
    assert err.value.details and err.value.details[0]["verdict"] == "block"
    assert tree(workdir) == before

    # In report mode the same export is written, carrying the verdict.
    report = settings_for(tmp_path, originality="report")
    result = run_batch_job(cfg, settings=report, export_root=workdir)
    doc = json.loads((workdir / "copy" / "barrel.originality.json").read_text())
    assert "copy/barrel.glb" in result.files
    assert doc["audit"]["verdict"] != "pass" and doc["audit"]["matches"][0]["name"].startswith(
        "barrel"
    )
    assert [v["label"] for v in doc["views"]] == ["barrel.glb#hero"] + [
        f"barrel.glb#view{i}" for i in range(4)
    ]


def test_usd_export_is_loaded_back_and_audited(workdir, tmp_path):
    settings = settings_for(tmp_path)
    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "USD",
        "output": "usd/barrel.usda",
        "clip_embed": True,
    }
    result = run_batch_job(cfg, settings=settings, export_root=workdir)
    doc = json.loads((workdir / "usd" / "barrel.originality.json").read_text())
    assert "usd/barrel.originality.json" in result.files
    assert doc["geometry"][0]["label"] == "barrel.usda" and doc["audit"]["verdict"] == "pass"
    assert len(doc["views"]) == 5


def test_clip_embed_is_refused_when_the_audit_is_off(workdir, tmp_path):
    from assetsmith.errors import InvalidInput

    cfg = {
        "scene": str(workdir / "scenes" / "barrel.glb"),
        "format": "GLB",
        "output": "x/barrel.glb",
        "clip_embed": True,
    }
    before = tree(workdir)
    with pytest.raises(InvalidInput, match=r"\$\.clip_embed: the originality audit is turned off"):
        run_batch_job(cfg, settings=settings_for(tmp_path, originality="off"), export_root=workdir)
    assert tree(workdir) == before
