"""Chaos: 4 workers process 500 jobs while a killer SIGKILLs a random worker every ~200 ms (and
starts it again), and now and then freezes one (SIGSTOP) past its lease and thaws it, so a worker
presumed dead comes back and tries to finish a job it no longer owns. At the end every job has
completed exactly once, none is lost, and every result is intact. Run on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import random
import signal
import threading
import time
from collections import Counter

import pytest

from assetsmith.jobs.pool import start_worker_process
from assetsmith.jobs.queue import JobSpec, submit_jobs
from assetsmith.jobs.worker import WorkerOptions

pytestmark = pytest.mark.slow  # kills workers mid-job

N_JOBS, N_WORKERS, KILL_EVERY_S, TIME_LIMIT_S = 500, 4, 0.2, 60


class Fleet:
    """The workers, each slot restarted under a new id after every kill."""

    def __init__(self, settings, done_log) -> None:
        self.settings, self.done_log = settings, done_log
        self.ctx = mp.get_context("fork")
        self.procs, self.ready, self.generation = {}, {}, Counter()
        for slot in range(N_WORKERS):
            self.start(slot)

    def start(self, slot: int) -> None:
        self.generation[slot] += 1
        ready = self.ctx.Event()
        opts = WorkerOptions(
            worker_id=f"w{slot}.{self.generation[slot]}",
            ready=ready.set,
            completion_log=self.done_log,
        )
        self.procs[slot], self.ready[slot] = start_worker_process(self.settings, opts), ready

    def running_slots(self) -> list[int]:
        return [s for s, p in self.procs.items() if p.is_alive() and self.ready[s].is_set()]

    def stop(self) -> None:
        for p in self.procs.values():
            if p.is_alive():
                os.kill(p.pid, signal.SIGCONT)
                p.terminate()
        for p in self.procs.values():
            p.join(15)


def test_sigkill_chaos_every_job_completes_exactly_once(store, qsettings, tmp_path):
    run_log, done_log = tmp_path / "runs.log", tmp_path / "done.log"
    settings = qsettings.model_copy(
        update={
            "queue_lease_s": 1.0,
            "queue_heartbeat_s": 0.2,
            "queue_noop_log": run_log,
            "queue_idle_check_s": 0.5,
        }
    )
    rng = random.Random(1234)
    subs = submit_jobs(
        store,
        [
            JobSpec(kind="noop", request={"ms": rng.randint(2, 30), "payload": i}, max_attempts=100)
            for i in range(N_JOBS)
        ],
    )
    payload_of = {s.job_id: i for i, s in enumerate(subs)}

    t0 = time.monotonic()
    fleet = Fleet(settings, done_log)
    kills = freezes = actions = 0
    try:
        while store.counts().get("succeeded", 0) < N_JOBS:
            assert time.monotonic() - t0 < TIME_LIMIT_S, f"not done in time: {store.counts()}"
            time.sleep(KILL_EVERY_S * rng.uniform(0.75, 1.25))
            slots = fleet.running_slots()
            if not slots:
                continue
            slot = rng.choice(slots)
            pid = fleet.procs[slot].pid
            actions += 1
            if actions % 6 == 3:  # every sixth action
                # Freeze past the lease, then thaw: the job moves on; the thawed worker's writes
                # must all be refused.
                os.kill(pid, signal.SIGSTOP)
                threading.Timer(1.5, lambda p=pid: _signal(p, signal.SIGCONT)).start()
                freezes += 1
                continue
            os.kill(pid, signal.SIGKILL)
            fleet.procs[slot].join(5)
            fleet.start(slot)
            kills += 1
    finally:
        fleet.stop()
    elapsed = time.monotonic() - t0

    # None lost: every job succeeded, and nothing else exists.
    assert store.counts() == {"succeeded": N_JOBS}
    # Completed exactly once: one succeeded transition per job in the event log (written in the
    # same transaction as the fenced update), and no worker was told twice that its completion
    # of a job was accepted.
    for s in subs:
        events = [e["data"] for e in store.events(s.job_id) if e["kind"] == "status"]
        assert [e["status"] for e in events].count("succeeded") == 1, (s.job_id, events)
    done = Counter(line.split()[1] for line in done_log.read_text().splitlines())
    assert max(done.values()) == 1
    # Results intact, and produced by an attempt that really ran (the run log is the jobs' own
    # O_APPEND side effect: one line per execution, so re-runs after a kill show up there).
    runs: dict[str, set[str]] = {}
    for line in run_log.read_text().splitlines():
        _, job_id, token, _worker = line.split()
        runs.setdefault(job_id, set()).add(token)
    rerun = 0
    for s in subs:
        rec = store.get(s.job_id)
        i = payload_of[s.job_id]
        assert rec.result["payload"] == i
        assert rec.result["digest"] == hashlib.sha256(json.dumps(i).encode()).hexdigest()
        assert rec.result["token"] in runs[s.job_id]
        rerun += rec.attempts > 1
    print(
        f"\nchaos on {store.engine.dialect.name}: {N_JOBS} jobs in {elapsed:.1f} s, {kills} kills, "
        f"{freezes} freezes, {rerun} jobs needed more than one attempt, "
        f"{sum(len(t) for t in runs.values()) - N_JOBS} extra executions"
    )
    assert kills >= 10 and freezes >= 1 and elapsed < TIME_LIMIT_S


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have been killed meanwhile
        os.kill(pid, sig)
