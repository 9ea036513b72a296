"""Signing as part of real jobs: on by default, off only when asked, and a failing signer fails the job."""

from __future__ import annotations

import json

import pytest

import assetsmith
from assetsmith.jobs.store import JobStore
from assetsmith.provenance import PROVENANCE_FILE, RUN_FILE, SigningFailed
from assetsmith.settings import Settings

from .test_cli import run

pytestmark = pytest.mark.slow  # whole jobs


def test_run_job_no_sign_is_explicit_and_reported(capsys, tmp_path):
    data = ["--data-dir", str(tmp_path / "data")]
    code, out, err = run(
        capsys,
        *data,
        "run-job",
        "--prompt",
        "small oak crate",
        "--resolution",
        "512",
        "--no-sign",
        "--json",
    )
    assert code == 0, err
    result = json.loads(out)
    pack = tmp_path / "data" / "jobs" / result["job_id"] / "pack"
    assert not (pack / PROVENANCE_FILE).exists() and not (pack.parent / RUN_FILE).exists()
    assert json.loads((pack / "manifest.json").read_text())["provenance"]["signed"] is False
    code, out, err = run(capsys, *data, "verify", str(pack))
    assert code == 12 and "unsigned" in out


def test_a_failing_signer_fails_the_job(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", provenance_signer_url="http://127.0.0.1:9/sign")
    with pytest.raises(SigningFailed, match="could not be reached"):
        assetsmith.run_job("small oak crate", resolution=512, settings=settings)
    store = JobStore.from_settings(settings)
    try:
        (rec,) = store.list()
    finally:
        store.close()
    assert rec.status == "failed" and rec.error["error"] == "signing_failed"
    assert not any(p.is_dir() and not p.name.startswith(".") for p in settings.jobs_dir.iterdir())
