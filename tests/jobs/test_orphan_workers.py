"""Queue workers die with their parent (issue 13 item 7), with real processes.

`assetsmith serve` used to die of SIGTERM's default action after uvicorn's shutdown (uvicorn raises
the signal again once it is done), so its `finally` never stopped the queue worker, which went on
claiming jobs under PID 1. A `queue-worker --concurrency N` supervisor killed with SIGKILL left its
N children claiming jobs. Now serve stops its workers on SIGTERM, SIGINT and SIGHUP, and every
forked worker stops when its parent goes (PR_SET_PDEATHSIG, and a thread watching getppid).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest
from tests.api.live import ServerProcess

import assetsmith
from assetsmith.jobs.queue import JobSpec, submit_jobs
from assetsmith.jobs.store import JobStore

pytestmark = pytest.mark.slow  # starts servers and worker pools

ENV = {"ASSETSMITH_QUEUE_SHUTDOWN_GRACE_S": "2", "ASSETSMITH_QUEUE_IDLE_CHECK_S": "0.5"}


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _children(pid: int, n: int, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = [c.pid for c in psutil.Process(pid).children() if _alive(c.pid)]
        if len(kids) >= n:
            return kids
        time.sleep(0.1)
    raise AssertionError(f"process {pid} did not start {n} worker(s)")


def _gone(pids: list[int], timeout: float) -> list[int]:
    """The pids still alive after `timeout` seconds (polling)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _nobody_claims(data_dir, wait_s: float = 3.0) -> str:
    """Submit a job and return its status `wait_s` later (queued: no worker took it)."""
    settings = assetsmith.Settings(data_dir=data_dir)
    store = JobStore.from_settings(settings)
    try:
        jid = submit_jobs(store, [JobSpec(kind="noop")])[0].job_id
        time.sleep(wait_s)
        return store.get(jid).status
    finally:
        store.close()


def _reap(pids: list[int]) -> None:
    for p in pids:  # whatever a failing run left behind
        if _alive(p):
            os.kill(p, signal.SIGKILL)


@pytest.mark.parametrize(
    "sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
def test_serve_stops_its_queue_worker_on_a_signal(tmp_path, sig):
    data = tmp_path / "data"
    workers: list[int] = []
    try:
        with ServerProcess(data, ENV, args=("--queue-workers", "1")) as srv:
            workers = _children(srv.proc.pid, 1)
            srv.proc.send_signal(sig)
            srv.proc.wait(60)
            assert _gone(workers, 10) == []
        assert _nobody_claims(data) == "queued"
    finally:
        _reap(workers)


def test_a_killed_supervisors_workers_exit_and_claim_nothing(tmp_path):
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "assetsmith", "queue-worker", "--concurrency", "2"],
        env={**os.environ, **ENV, "ASSETSMITH_DATA_DIR": str(data)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    workers: list[int] = []
    try:
        workers = _children(proc.pid, 2)
        # the workers are up and claiming: a job submitted now is run
        settings = assetsmith.Settings(data_dir=data)
        store = JobStore.from_settings(settings)
        try:
            jid = submit_jobs(store, [JobSpec(kind="noop")])[0].job_id
            deadline = time.monotonic() + 60
            while store.get(jid).status != "succeeded" and time.monotonic() < deadline:
                time.sleep(0.1)
            assert store.get(jid).status == "succeeded"
        finally:
            store.close()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert _gone(workers, 5) == []
        assert _nobody_claims(data) == "queued"
    finally:
        if proc.poll() is None:
            proc.kill()
        _reap(workers)


WATCH = """
import os, sys, time
from assetsmith.jobs.pool import watch_parent
flag, parent = sys.argv[1], os.getpid()
pid = os.fork()
if pid == 0:  # no prctl here: only the getppid watch can notice the parent going
    watch_parent(parent, lambda: (open(flag, "w").write("parent gone"), os._exit(0)), interval=0.05)
    time.sleep(30)
    os._exit(1)
print(pid, flush=True)
os._exit(0)  # the parent leaves at once
"""


def test_the_parent_watch_alone_notices_a_dead_parent(tmp_path):
    """The fallback where PR_SET_PDEATHSIG does not exist (not Linux)."""
    flag = tmp_path / "flag"
    out = subprocess.run(
        [sys.executable, "-c", WATCH, str(flag)], capture_output=True, text=True, timeout=60
    )
    child = int(out.stdout.split()[0])
    try:
        deadline = time.monotonic() + 5
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert flag.read_text() == "parent gone"
    finally:
        _reap([child])
