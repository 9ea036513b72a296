"""The originality stage in the pipeline: empty corpus passes, a copy of a known asset blocks the
job naming it, report mode completes with the flag in manifest.json and the signed predicate."""

from __future__ import annotations

import json

import pytest

from assetsmith.errors import OriginalityBlocked
from assetsmith.originality.corpus import Corpus
from assetsmith.originality.embedders import get_embedder
from assetsmith.originality.fingerprint import fingerprint_pack_files
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import OFFLINE_PIPELINE, run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # runs the pipeline and a corpus per test

STAGES = ["spec", "materials", "geometry", "export", "layout", "originality", "provenance"]


def _run(settings: Settings, prompt: str = "wooden barrel with iron bands") -> JobContext:
    req = JobRequest.parse({"prompt": prompt, "resolution": 512, "seed": 5, "export_usd": False})
    ctx = JobContext(request=req, job_id="t", build_id="b")
    return run_plan(ctx, settings, STAGES)


def _predicate(ctx: JobContext) -> dict:
    import base64

    env = json.loads(ctx.files["provenance.intoto.jsonl"].decode().splitlines()[0])
    return json.loads(base64.b64decode(env["payload"]))["predicate"]


def _add_pack(settings: Settings, files: dict[str, bytes]) -> None:
    e = get_embedder(settings)
    corpus = Corpus(settings, embedder_id=e.id, image_dim=e.dim)
    corpus.add(fingerprint_pack_files(files, "known barrel", e, corpus=True, max_pixels=10**8))


def test_the_stage_sits_between_layout_and_provenance():
    names = [s.name for s in OFFLINE_PIPELINE]
    assert names.index("layout") < names.index("originality") < names.index("provenance")


def test_empty_corpus_passes_and_the_verdict_is_signed(tmp_path):
    ctx = _run(Settings(data_dir=tmp_path / "d"))
    assert ctx.timings["originality"] < 0.5  # one indexed lookup, no fingerprinting
    manifest = json.loads(ctx.files["manifest.json"])
    assert (
        manifest["originality"]["verdict"] == "pass"
        and manifest["originality"]["corpusAssets"] == 0
    )
    assert _predicate(ctx)["originality"] == manifest["originality"]


def test_a_copy_of_a_known_asset_blocks_the_job_naming_it(tmp_path):
    settings = Settings(data_dir=tmp_path / "d")
    first = _run(settings)
    _add_pack(settings, first.files)
    with pytest.raises(OriginalityBlocked, match="known barrel") as err:
        _run(settings)
    assert err.value.exit_code == 11 and err.value.transient is False
    assert err.value.details[0]["name"] == "known barrel"


def test_report_mode_completes_carrying_the_flag(tmp_path):
    settings = Settings(data_dir=tmp_path / "d")
    _add_pack(settings, _run(settings).files)
    ctx = _run(Settings(data_dir=tmp_path / "d", originality="report"))
    record = json.loads(ctx.files["manifest.json"])["originality"]
    assert record["verdict"] == "flag" and record["matches"][0]["name"] == "known barrel"
    assert _predicate(ctx)["originality"]["verdict"] == "flag"


def test_an_unrelated_asset_passes_a_non_empty_corpus(tmp_path):
    settings = Settings(data_dir=tmp_path / "d")
    _add_pack(settings, _run(settings).files)
    ctx = _run(settings, "marble pillar")
    record = json.loads(ctx.files["manifest.json"])["originality"]
    assert record["verdict"] == "pass" and record["corpusAssets"] == 1
