"""An in-process `run-job` killed mid-way (SIGKILL: no handler runs) holds no lease for a sweep to
expire; the next look at the job store marks it failed instead of leaving it `running` forever."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

import assetsmith
from assetsmith.jobs.local import fail_orphaned_local_jobs, local_owner
from assetsmith.jobs.store import JobStore

pytestmark = pytest.mark.slow  # kills a run-job process


def wait_for_running(settings, proc, timeout=60.0):
    store = JobStore.from_settings(settings)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert proc.poll() is None, "run-job ended before it could be killed"
            rows = store.list(status="running")
            if rows and (rows[0].stage or "") not in ("", "spec"):
                return rows[0]
            time.sleep(0.05)
    finally:
        store.close()
    raise AssertionError("the job never showed up as running")


def test_a_killed_run_job_is_failed_not_left_running(tmp_path):
    settings = assetsmith.Settings(data_dir=tmp_path / "data")
    env = {**os.environ, "ASSETSMITH_DATA_DIR": str(settings.data_dir)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assetsmith",
            "run-job",
            "--prompt",
            "oak barrel",
            "--resolution",
            "1024",
            "--json",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        rec = wait_for_running(settings, proc)
        assert rec.lease_owner == local_owner(proc.pid) and rec.lease_expires_at is None
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    shown = assetsmith.show_job(rec.id, settings=settings)
    assert shown["status"] == "failed" and shown["error"]["error"] == "interrupted"
    assert f"pid {proc.pid}" in shown["error"]["message"]
    assert [r.id for r in assetsmith.list_jobs(settings=settings, status="running")] == []


def test_a_live_run_is_left_alone(tmp_path):
    settings = assetsmith.Settings(data_dir=tmp_path / "data")
    store = JobStore.from_settings(settings)
    try:
        store.create(
            "job_live0000000001", {}, status="running", lease_owner=local_owner()
        )  # this process
        store.create("job_elsewhere00001", {}, status="running", lease_owner="local:another-host:1")
        store.create(
            "job_worker00000001",
            {},
            status="running",
            lease_owner=local_owner(),
            lease_expires_at=time.time() + 30,
        )  # a queue worker's lease: the sweep's business
        assert fail_orphaned_local_jobs(store) == []
        assert {r.id for r in store.list(status="running")} == {
            "job_live0000000001",
            "job_elsewhere00001",
            "job_worker00000001",
        }
    finally:
        store.close()


def _staged(settings) -> list[str]:
    root = settings.jobs_dir
    return sorted(p.name for p in root.glob(".staging-*")) if root.is_dir() else []


def test_prune_sweeps_a_killed_runs_staging_folder_at_once(tmp_path):
    """Issue 13 item 10: the folder a killed run was building in used to stay until it was an hour
    old; `jobs prune` removes it now, with the job marked failed."""
    settings = assetsmith.Settings(data_dir=tmp_path / "data")
    env = {**os.environ, "ASSETSMITH_DATA_DIR": str(settings.data_dir)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assetsmith",
            "run-job",
            "--prompt",
            "oak barrel",
            "--resolution",
            "1024",
            "--json",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        rec = wait_for_running(settings, proc)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    left = _staged(settings)
    assert len(left) == 1 and left[0].startswith(f".staging-{rec.id}-")
    out = subprocess.run(
        [sys.executable, "-m", "assetsmith", "jobs", "prune", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert _staged(settings) == []
    assert assetsmith.show_job(rec.id, settings=settings)["status"] == "failed"
    report = json.loads(out.stdout)
    assert (
        report["interrupted"] == [rec.id]
        and report["staging_removed"] == 1
        and report["removed"] == []
    )


def test_prune_keeps_running_jobs_folders_and_sweeps_the_rest(tmp_path):
    """Only a job whose row says running may still be writing its staging folder: a queue job
    whose worker died (its lease swept back to the queue by prune), a finished job and a job that
    no longer exists leave folders that go; a fresh folder not named for a job stays (age rule)."""
    from assetsmith.jobs.queue import JobSpec, claim_next_job, submit_jobs
    from assetsmith.storage import get_artifact_store

    settings = assetsmith.Settings(data_dir=tmp_path / "data")
    store = JobStore.from_settings(settings)
    artifacts = get_artifact_store(settings)
    try:
        dead_worker, live_worker = (
            submit_jobs(store, [JobSpec(kind="noop")])[0].job_id for _ in range(2)
        )
        claim_next_job(store, "w-dead", lease_s=0.05)
        claim_next_job(store, "w-live", lease_s=600)
        store.create("job_finished0000001", {}, status="succeeded")
        folders = {
            j: artifacts.staging(j)
            for j in (dead_worker, live_worker, "job_finished0000001", "job_gone0000000001")
        }
        other = settings.jobs_dir / ".staging-notajob"
        other.mkdir()
        time.sleep(0.1)  # the dead worker's lease runs out
        assert assetsmith.prune_jobs(settings=settings) == []
        assert {p.name for p in settings.jobs_dir.glob(".staging-*")} == {
            folders[live_worker].name,
            other.name,
        }
        assert store.get(dead_worker).status == "queued"
    finally:
        store.close()
