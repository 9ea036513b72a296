"""The worker against both databases: retries and backoff, permanent failures, bad stored
requests, cancellation, lost leases, capabilities, graceful SIGTERM, wake-ups."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time

import pytest

from assetsmith.jobs.pool import start_worker_process
from assetsmith.jobs.queue import JobSpec, cancel_job, claim_next_job, submit_jobs, sweep_expired
from assetsmith.jobs.worker import Worker, WorkerOptions, retry_delay


def noop(**request) -> JobSpec:
    return JobSpec(kind="noop", request=request)


def drain(settings, **opts):
    return Worker(settings, WorkerOptions(worker_id="t", drain=True, **opts)).run()


def wait_for(fn, timeout=10.0, every=0.01):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if v := fn():
            return v
        time.sleep(every)
    raise AssertionError("condition not met in time")


def status_events(store, job_id):
    return [e["data"] for e in store.events(job_id) if e["kind"] == "status"]


def test_retry_delay_is_exponential_jittered_and_capped():
    for attempt, base in ((1, 2.0), (2, 4.0), (3, 8.0)):
        ds = [retry_delay(attempt, 2.0, 300) for _ in range(200)]
        assert base / 2 <= min(ds) and max(ds) <= base and max(ds) - min(ds) > base / 10
    assert retry_delay(30, 2.0, 60) <= 60


def test_worker_runs_and_drains(store, qsettings):
    subs = submit_jobs(store, [noop(payload={"n": i}) for i in range(5)])
    stats = drain(qsettings)
    assert stats.succeeded == 5
    for i, s in enumerate(subs):
        rec = store.get(s.job_id)
        assert (
            rec.status == "succeeded"
            and rec.result["payload"] == {"n": i}
            and rec.result["attempt"] == 1
        )


def test_transient_errors_retry_with_backoff_then_succeed(store, qsettings):
    [sub] = submit_jobs(
        store,
        [JobSpec(kind="noop", request={"fail": "transient", "fail_attempts": 2}, max_attempts=3)],
    )
    stats = drain(qsettings)
    rec = store.get(sub.job_id)
    assert rec.status == "succeeded" and rec.attempts == 3 and stats.retried == 2
    retries = [
        e for e in status_events(store, sub.job_id) if e["status"] == "queued" and "retry_in_s" in e
    ]
    assert [e["error"] for e in retries] == ["backend_unavailable"] * 2
    assert 0.025 <= retries[0]["retry_in_s"] <= 0.05 and 0.05 <= retries[1]["retry_in_s"] <= 0.1


def test_transient_forever_goes_dead_after_max_attempts(store, qsettings):
    [sub] = submit_jobs(
        store, [JobSpec(kind="noop", request={"fail": "transient"}, max_attempts=3)]
    )
    drain(qsettings)
    rec = store.get(sub.job_id)
    assert (
        rec.status == "dead" and rec.attempts == 3 and rec.error["error"] == "backend_unavailable"
    )


def test_permanent_error_fails_at_once(store, qsettings):
    [sub] = submit_jobs(
        store, [JobSpec(kind="noop", request={"fail": "permanent"}, max_attempts=5)]
    )
    stats = drain(qsettings)
    rec = store.get(sub.job_id)
    assert rec.status == "failed" and rec.attempts == 1 and stats.failed == 1 and stats.retried == 0
    assert rec.error["error"] == "invalid_input"


def test_undecodable_stored_requests_go_dead_and_the_worker_goes_on(store, qsettings):
    bad_json, bad_fields, bad_kind, good = submit_jobs(
        store, [noop(), noop(), noop(), noop(payload=1)]
    )
    store.update(bad_json.job_id, request='{"ms": 5, truncated')
    store.update(bad_fields.job_id, request='{"ms": "soon"}')
    store.update(bad_kind.job_id, kind="teleport")
    stats = drain(qsettings)
    assert stats.dead == 3 and stats.succeeded == 1
    for sub, needle in (
        (bad_json, "not valid JSON"),
        (bad_fields, "ms"),
        (bad_kind, "Unknown job kind"),
    ):
        rec = store.get(sub.job_id)
        assert rec.status == "dead" and rec.attempts == 1, rec
        assert needle in rec.error["message"] and rec.error["message"].startswith(
            "The stored request cannot"
        )
    assert store.get(good.job_id).status == "succeeded"


def run_in_thread(settings, **opts):
    worker = Worker(settings, WorkerOptions(worker_id="thread", **opts))
    t = threading.Thread(target=worker.run, daemon=True)
    t.start()
    return worker, t


def test_cancelling_a_running_job_stops_it(store, qsettings):
    [sub] = submit_jobs(store, [noop(ms=20_000)])
    worker, t = run_in_thread(qsettings)
    wait_for(lambda: store.get(sub.job_id).status == "running")
    t0 = time.monotonic()
    assert cancel_job(store, sub.job_id) == "cancelling"
    wait_for(lambda: store.get(sub.job_id).status == "cancelled", timeout=5)
    assert time.monotonic() - t0 < 2 and worker.stats.cancelled == 1
    worker.request_stop(immediate=True)
    t.join(5)
    assert not t.is_alive()


def test_a_worker_that_lost_its_lease_writes_nothing(store, qsettings):
    slow = qsettings.model_copy(
        update={"queue_lease_s": 0.3, "queue_heartbeat_s": 60}
    )  # it "stalls"
    [sub] = submit_jobs(store, [noop(ms=1500, payload="first")])
    worker, t = run_in_thread(slow, once=True)
    wait_for(lambda: store.get(sub.job_id).status == "running")
    time.sleep(0.4)
    assert sweep_expired(store) == 1
    other = claim_next_job(store, "other", lease_s=30)
    other.complete({"by": "other"})
    t.join(10)
    assert worker.stats.lease_lost == 1 and worker.stats.succeeded == 0
    rec = store.get(sub.job_id)
    assert rec.status == "succeeded" and rec.result == {"by": "other"}
    assert [e["status"] for e in status_events(store, sub.job_id)].count("succeeded") == 1


def test_capabilities_route_jobs_to_workers_that_have_them(store, qsettings):
    gpu, plain = submit_jobs(store, [JobSpec(kind="noop", capabilities=["gpu"]), noop()])
    drain(qsettings)
    assert (
        store.get(gpu.job_id).status == "queued" and store.get(plain.job_id).status == "succeeded"
    )
    drain(qsettings, capabilities=("gpu", "comfyui"))
    assert store.get(gpu.job_id).status == "succeeded"


def _start(settings, **opts):
    ready = mp.get_context("fork").Event()
    proc = start_worker_process(settings, WorkerOptions(worker_id="proc", ready=ready.set, **opts))
    assert ready.wait(20)
    return proc


@pytest.mark.slow  # a worker subprocess
def test_idle_worker_wakes_on_submit_not_on_a_timer(store, qsettings):
    settings = qsettings.model_copy(update={"queue_idle_check_s": 30.0})
    proc = _start(settings)
    try:
        time.sleep(0.5)  # idle: waiting on LISTEN (PostgreSQL) or data_version (SQLite)
        for i in range(3):
            t0 = time.time()
            [sub] = submit_jobs(store, [noop(payload=i)])
            rec = wait_for(
                lambda s=sub: (r := store.get(s.job_id)).status == "succeeded" and r, timeout=5
            )
            assert rec.result["started"] - t0 < 0.5
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.join(10)
    assert proc.exitcode == 0


def test_sigterm_releases_a_long_job_after_the_grace_period(store, qsettings):
    settings = qsettings.model_copy(update={"queue_shutdown_grace_s": 0.3})
    [sub] = submit_jobs(store, [noop(ms=30_000)])
    proc = _start(settings)
    wait_for(lambda: store.get(sub.job_id).status == "running")
    t0 = time.monotonic()
    os.kill(proc.pid, signal.SIGTERM)
    proc.join(10)
    assert proc.exitcode == 0 and time.monotonic() - t0 < 3
    rec = store.get(sub.job_id)
    assert rec.status == "queued" and rec.attempts == 0 and rec.lease_owner is None
    assert status_events(store, sub.job_id)[-1]["reason"] == "released by worker shutdown"


@pytest.mark.slow  # a worker subprocess
def test_sigterm_lets_a_short_job_finish(store, qsettings):
    [sub] = submit_jobs(store, [noop(ms=600)])
    proc = _start(qsettings)
    wait_for(lambda: store.get(sub.job_id).status == "running")
    os.kill(proc.pid, signal.SIGTERM)
    proc.join(10)
    assert proc.exitcode == 0
    assert store.get(sub.job_id).status == "succeeded"


@pytest.mark.slow  # worker subprocesses
def test_a_crashed_worker_s_job_is_run_again_elsewhere(store, qsettings):
    settings = qsettings.model_copy(update={"queue_lease_s": 0.5})
    [sub] = submit_jobs(store, [noop(ms=10_000)])
    proc = _start(settings)
    wait_for(lambda: store.get(sub.job_id).status == "running")
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(5)
    store.update(sub.job_id, request='{"ms": 10}')  # the second run is quick
    assert store.get(sub.job_id).status == "running"  # until its lease runs out
    time.sleep(0.6)
    drain(settings)
    rec = store.get(sub.job_id)
    assert rec.status == "succeeded" and rec.attempts == 2 and rec.result["worker"] == "t"


@pytest.mark.slow  # whole jobs
@pytest.mark.parametrize("how", ["worker", "in_process"])
def test_run_job_kind_is_recorded_in_the_same_store(store, qsettings, how):
    import assetsmith

    request = {"prompt": "small oak crate", "resolution": 512, "export_usd": False}
    if how == "worker":
        [sub] = submit_jobs(store, [JobSpec(kind="run_job", request=request)])
        assert drain(qsettings).succeeded == 1
        job_id = sub.job_id
    else:
        job_id = assetsmith.run_job(
            request["prompt"], resolution=512, export_usd=False, settings=qsettings
        ).job_id
    rec = store.get(job_id)
    assert rec.status == "succeeded" and rec.folder == job_id and rec.bytes > 0 and rec.summary
    assert (qsettings.jobs_dir / job_id / "pack.zip").is_file()
    assert not list(qsettings.jobs_dir.glob(".staging-*"))
    kinds = {e["kind"] for e in store.events(job_id)}
    assert {"status", "log"} <= kinds


@pytest.mark.slow  # a whole job
def test_run_job_cancelled_mid_pipeline_stops_at_a_stage_boundary(store, qsettings):
    [sub] = submit_jobs(
        store, [JobSpec(kind="run_job", request={"prompt": "iron lantern", "resolution": 1024})]
    )
    worker, t = run_in_thread(qsettings, once=True)
    wait_for(lambda: store.get(sub.job_id).stage not in (None, "spec"))
    cancel_job(store, sub.job_id)
    t.join(60)
    rec = store.get(sub.job_id)
    assert rec.status == "cancelled" and worker.stats.cancelled == 1 and rec.folder is None
    assert not (qsettings.jobs_dir / sub.job_id).exists() and not list(
        qsettings.jobs_dir.glob(".staging-*")
    )
    assert [e["data"]["stage"] for e in store.events(sub.job_id) if e["kind"] == "progress"][
        -1
    ] != "done"


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(p) for p in f.read().split()]


@pytest.mark.slow  # a forked worker pool
def test_pool_restarts_a_killed_worker_and_passes_sigterm_on(store, qsettings, tmp_path):
    import subprocess
    import sys

    [a, b] = submit_jobs(store, [noop(ms=30_000), noop(ms=30_000)])
    env = {
        **os.environ,
        "ASSETSMITH_DATA_DIR": str(qsettings.data_dir),
        "DATABASE_URL": qsettings.database_url,
        "ASSETSMITH_QUEUE_LEASE_S": "1",
        "ASSETSMITH_QUEUE_SHUTDOWN_GRACE_S": "0.2",
    }
    env.pop("ASSETSMITH_DATABASE_URL", None)
    sup = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assetsmith",
            "queue-worker",
            "--concurrency",
            "2",
            "--worker-id",
            "pool",
        ],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        owners = wait_for(
            lambda: (
                {store.get(a.job_id).lease_owner, store.get(b.job_id).lease_owner}
                >= {"pool-0", "pool-1"}
                or None
            ),
            timeout=30,
        )
        assert owners
        victim = _children(sup.pid)[0]
        os.kill(victim, signal.SIGKILL)
        # The supervisor starts a replacement, which takes the orphaned job once its lease expires.
        wait_for(lambda: len(set(_children(sup.pid)) - {victim}) == 2, timeout=10)
        wait_for(
            lambda: max(store.get(a.job_id).attempts, store.get(b.job_id).attempts) == 2, timeout=15
        )
        sup.send_signal(signal.SIGTERM)
        assert sup.wait(15) == 0
    finally:
        if sup.poll() is None:
            sup.kill()
        sup.wait()
    for s in (a, b):
        rec = store.get(s.job_id)
        assert rec.status == "queued" and rec.lease_owner is None, rec  # released, not stranded
