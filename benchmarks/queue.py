"""Queue throughput and pickup latency, on SQLite and PostgreSQL, against a polling baseline.

    python benchmarks/queue.py [--jobs 4000] [--repeats 3] [--samples 40] [--baseline-samples 20]
                               [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--only sqlite]

Throughput: no-op jobs drained by 4 worker processes (first claim to last completion, from the job
rows). Pickup latency: one idle worker; a job is submitted at a random moment and the latency is
the time from just before the submit call to the start of the job's code (both clocks are this
machine's). Targets: SQLite 1,000 jobs/s and p50 100 ms; PostgreSQL 500 jobs/s and p50 20 ms.
Baseline, in the same run: the same worker polling every second instead of waiting for wake-ups,
as the reference tool's worker did (under load it claims back to back, so only pickup differs).
Also printed: CPU per job (the workers', and the PostgreSQL backends serving this database) and
what that would allow on two cores of our own, since a shared machine's load moves the wall-clock
figures. PostgreSQL runs in a throwaway database that is dropped after; each throughput run starts
from empty tables.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named queue.py: keep its folder off sys.path so `import queue` (used by
# multiprocessing and the database drivers) finds the standard library, not this script.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from sqlalchemy import func, select  # noqa: E402

from assetsmith.jobs.db import create_scratch_database, drop_database  # noqa: E402
from assetsmith.jobs.pool import start_worker_process  # noqa: E402
from assetsmith.jobs.queue import JobSpec, submit_jobs  # noqa: E402
from assetsmith.jobs.schema import jobs  # noqa: E402
from assetsmith.jobs.store import JobStore  # noqa: E402
from assetsmith.jobs.worker import WorkerOptions  # noqa: E402
from assetsmith.settings import Settings  # noqa: E402

TARGETS = {
    "sqlite": {"throughput": 1000, "p50_ms": 100},
    "postgresql": {"throughput": 500, "p50_ms": 20},
}


def _wipe(store: JobStore) -> None:
    """Empty the tables between runs, so each run starts from the same state (on PostgreSQL a
    DELETE would leave every earlier run's dead rows for the next run's index scans)."""

    def write(conn):
        if store.sqlite:
            conn.exec_driver_sql("DELETE FROM job_events")
            conn.exec_driver_sql("DELETE FROM jobs")
        else:
            conn.exec_driver_sql("TRUNCATE job_events, jobs")

    store.tx(write)


class ServerCpu:
    """CPU seconds used by the PostgreSQL backends serving one database (the benchmark's), sampled
    from /proc every 50 ms while the workers run: other users of a shared server are left out."""

    def __init__(self, url: str | None) -> None:
        self.url, self.seen, self.stop = url, {}, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psycopg

        from assetsmith.jobs.db import libpq_conninfo

        tick = os.sysconf("SC_CLK_TCK")
        with psycopg.connect(libpq_conninfo(self.url), autocommit=True) as conn:
            while not self.stop.is_set():
                pids = [
                    r[0]
                    for r in conn.execute(
                        "SELECT pid FROM pg_stat_activity WHERE datname = "
                        "current_database() AND pid <> pg_backend_pid()"
                    )
                ]
                for pid in pids:
                    try:
                        with open(f"/proc/{pid}/stat") as f:
                            fields = f.read().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    self.seen[pid] = max(
                        self.seen.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / tick
                    )
                self.stop.wait(0.05)

    def __enter__(self) -> ServerCpu:
        if self.url:
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        if self.url:
            self.thread.join()

    @property
    def seconds(self) -> float:
        return sum(self.seen.values())


def throughput(settings: Settings, n_jobs: int, poll: float | None) -> tuple[float, float, float]:
    """(jobs per second, worker CPU ms per job, database server CPU ms per job) for 4 workers
    draining n_jobs no-op jobs."""
    with JobStore.from_settings(settings) as store:
        _wipe(store)
        for i in range(0, n_jobs, 1000):
            submit_jobs(
                store,
                [
                    JobSpec(kind="noop", request={"payload": j})
                    for j in range(i, min(n_jobs, i + 1000))
                ],
            )
    client0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    pg = settings.database_url if "postgresql" in str(settings.database_url) else None
    with ServerCpu(pg) as server:
        procs = [
            start_worker_process(
                settings, WorkerOptions(worker_id=f"bench-{i}", drain=True, poll_interval=poll)
            )
            for i in range(4)
        ]
        for p in procs:
            p.join()
    client1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with JobStore.from_settings(settings) as store, store.reader.connect() as conn:
        done, first, last = conn.execute(
            select(func.count(), func.min(jobs.c.started_at), func.max(jobs.c.finished_at)).where(
                jobs.c.status == "succeeded"
            )
        ).one()
    if done != n_jobs:
        raise SystemExit(f"only {done} of {n_jobs} jobs succeeded")
    client = (
        (client1.ru_utime + client1.ru_stime - client0.ru_utime - client0.ru_stime) / done * 1000
    )
    server = server.seconds / done * 1000
    return done / (last - first), client, server


def pickup_latencies(settings: Settings, samples: int, poll: float | None) -> list[float]:
    """Submit-to-start seconds for jobs sent one at a time to an idle worker."""
    ready = __import__("multiprocessing").get_context("fork").Event()
    proc = start_worker_process(
        settings, WorkerOptions(worker_id="bench-idle", poll_interval=poll, ready=ready.set)
    )
    out = []
    try:
        with JobStore.from_settings(settings) as store:
            _wipe(store)
            if not ready.wait(30):
                raise SystemExit("the worker did not start")
            time.sleep(0.3)
            for i in range(samples):
                # A random pause, so submits land at random points of a polling worker's cycle.
                time.sleep(random.uniform(0.05, 0.3) if poll is None else random.uniform(0, poll))
                t0 = time.time()
                [sub] = submit_jobs(store, [JobSpec(kind="noop", request={"payload": i})])
                while True:
                    rec = store.get(sub.job_id)
                    if rec.status == "succeeded":
                        out.append(rec.result["started"] - t0)
                        break
                    time.sleep(0.002)
    finally:
        proc.terminate()
        proc.join(10)
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def bench(name: str, settings: Settings, args) -> dict:
    ours = [throughput(settings, args.jobs, None) for _ in range(args.repeats)]
    base = [throughput(settings, args.jobs, 1.0)[0] for _ in range(max(1, args.repeats // 2))]
    lat = pickup_latencies(settings, args.samples, None)
    blat = pickup_latencies(settings, args.baseline_samples, 1.0)
    t = TARGETS[name]
    rates = [r for r, _, _ in ours]
    cpu_ms = statistics.median(c + srv for _, c, srv in ours)
    res = {
        "throughput_jobs_s": {
            "median": statistics.median(rates),
            "min": min(rates),
            "max": max(rates),
            "runs": rates,
        },
        "cpu_ms_per_job": {
            "workers": statistics.median(c for _, c, _ in ours),
            "server": statistics.median(srv for _, _, srv in ours),
        },
        "two_core_capacity_jobs_s": 2000 / cpu_ms,
        "baseline_throughput_jobs_s": {"median": statistics.median(base), "runs": base},
        "pickup_ms": {
            "p50": 1000 * pct(lat, 0.5),
            "p95": 1000 * pct(lat, 0.95),
            "min": 1000 * min(lat),
            "max": 1000 * max(lat),
            "n": len(lat),
        },
        "baseline_pickup_ms": {
            "p50": 1000 * pct(blat, 0.5),
            "p95": 1000 * pct(blat, 0.95),
            "min": 1000 * min(blat),
            "max": 1000 * max(blat),
            "n": len(blat),
        },
        "targets": t,
    }
    tp, bl, pl, cpu = (
        res["throughput_jobs_s"],
        res["baseline_pickup_ms"],
        res["pickup_ms"],
        res["cpu_ms_per_job"],
    )
    print(f"\n== {name} ==")
    print(
        f"throughput, 4 workers, {args.jobs} no-op jobs: median {tp['median']:.0f} jobs/s "
        f"(min {tp['min']:.0f}, max {tp['max']:.0f}, {len(ours)} runs)  target {t['throughput']} "
        f"[{'met' if tp['median'] >= t['throughput'] else 'MISSED'}]  "
        f"baseline (1 s poll) {res['baseline_throughput_jobs_s']['median']:.0f} jobs/s"
    )
    print(
        f"CPU per job: workers {cpu['workers']:.2f} ms, database server {cpu['server']:.2f} ms "
        f"-> {res['two_core_capacity_jobs_s']:.0f} jobs/s if 2 cores were ours alone"
    )
    print(
        f"pickup latency, idle worker: p50 {pl['p50']:.1f} ms  p95 {pl['p95']:.1f} ms  "
        f"(min {pl['min']:.1f}, max {pl['max']:.1f}, n={pl['n']})  target p50 {t['p50_ms']} ms "
        f"[{'met' if pl['p50'] <= t['p50_ms'] else 'MISSED'}]"
    )
    print(
        f"baseline pickup (1 s poll): p50 {bl['p50']:.1f} ms  p95 {bl['p95']:.1f} ms  "
        f"(min {bl['min']:.1f}, max {bl['max']:.1f}, n={bl['n']})  "
        f"-> {bl['p50'] / pl['p50']:.0f}x faster at p50"
    )
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=4000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--samples", type=int, default=40)
    ap.add_argument("--baseline-samples", type=int, default=20)
    ap.add_argument(
        "--pg",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="any database on the server",
    )
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    # The reference machine has 2 cores; on a shared one, the load says how much of them we had.
    print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
    results = {"load_average_start": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "sqlite"):
            results["sqlite"] = bench(
                "sqlite", Settings(data_dir=Path(tmp) / "sqlite", database_url=None), args
            )
        if args.only in (None, "postgresql"):
            try:
                url = create_scratch_database(args.pg, "assetsmith_bench")
            except Exception as exc:
                print(
                    f"\nPostgreSQL skipped: no server at {args.pg} ({type(exc).__name__})",
                    file=sys.stderr,
                )
            else:
                try:
                    results["postgresql"] = bench(
                        "postgresql", Settings(data_dir=Path(tmp) / "pg", database_url=url), args
                    )
                finally:
                    drop_database(url)
    results["load_average_end"] = os.getloadavg()[0]
    print(f"\nload average at end: {results['load_average_end']:.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
