"""An in-process `run-job` killed mid-way (SIGKILL: no handler runs) holds no lease for a sweep to
expire; the next look at the job store marks it failed instead of leaving it `running` forever."""

from __future__ import annotations

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
    proc = subprocess.Popen([sys.executable, "-m", "assetsmith", "run-job", "--prompt", "oak barrel",
                             "--resolution", "1024", "--json"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
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
        store.create("job_live0000000001", {}, status="running", lease_owner=local_owner())  # this process
        store.create("job_elsewhere00001", {}, status="running", lease_owner="local:another-host:1")
        store.create("job_worker00000001", {}, status="running", lease_owner=local_owner(),
                     lease_expires_at=time.time() + 30)  # a queue worker's lease: the sweep's business
        assert fail_orphaned_local_jobs(store) == []
        assert {r.id for r in store.list(status="running")} == {"job_live0000000001", "job_elsewhere00001",
                                                                "job_worker00000001"}
    finally:
        store.close()
