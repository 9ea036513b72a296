"""Resident memory of one queue worker process over N jobs, with and without a working renderer.

    python benchmarks/worker_rss.py [--jobs 20] [--resolution 512] [--src PATH]

One `assetsmith queue-worker` process per mode runs N `run_job` jobs one after another (each
submitted once the previous one succeeded); its resident set size (psutil) is read after each job.
"renderer": previews rendered through EGL; "no renderer": EGL made unavailable with
GLCONTEXT_LINUX_LIBEGL pointing at no library, as on a machine without EGL (the render stage then
logs one line and the pack keeps its contact sheet).

Target (issue 13 item 11): flat within 5 % after the first job in both modes. Printed twice: from
job 1, and from job 2, since the second job adds a one-time ~10 MB of native memory in every mode
(also in a bare build_pack loop without the job database, after malloc_trim; not Python objects:
tracemalloc sees ~26 KB), after which the figure is flat. Before the fix, a
worker without a renderer kept every job's maps alive through one cached exception's traceback
(289 -> 1,092 MB over 10 jobs at 1024 px). Baseline for the comparison: the renderer mode, measured
in the same run (that path raised nothing, so it never leaked). `--src` runs the workers from
another source tree (e.g. an older checkout's src/) to measure it the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` (thread pools import it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

TARGET_GROWTH_PCT = 5.0
PROMPT = "wooden barrel with iron bands"
NO_EGL = {"GLCONTEXT_LINUX_LIBEGL": "/nonexistent/libEGL.so.1"}


def _children(pid: int) -> list[int]:
    import psutil

    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


def run_mode(name: str, env_extra: dict[str, str], args) -> dict:
    import psutil

    import assetsmith
    from assetsmith.jobs.store import JobStore

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {
            **os.environ,
            **env_extra,
            "ASSETSMITH_DATA_DIR": str(data),
            "ASSETSMITH_JOBS_MAX_COUNT": "3",
            "ASSETSMITH_QUEUE_SHUTDOWN_GRACE_S": "1",
        }
        if args.src:
            env["PYTHONPATH"] = os.pathsep.join(
                [str(Path(args.src).resolve()), env.get("PYTHONPATH", "")]
            )
        settings = assetsmith.Settings(data_dir=data)
        store = JobStore.from_settings(settings)  # migrates the database before the worker starts
        worker = subprocess.Popen(
            [sys.executable, "-m", "assetsmith", "queue-worker", "--worker-id", f"rss-{name}"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        proc = psutil.Process(worker.pid)
        rss, secs, logs = [], [], ""
        try:
            for i in range(args.jobs):
                t0 = time.perf_counter()
                jid = assetsmith.submit_job(
                    PROMPT,
                    resolution=args.resolution,
                    seed=1000 + i,
                    export_usd=False,
                    settings=settings,
                ).job_id
                while (rec := store.get(jid)).status not in (
                    "succeeded",
                    "failed",
                    "dead",
                    "cancelled",
                ):
                    if worker.poll() is not None:
                        raise RuntimeError(
                            f"the worker exited: {worker.stderr.read().decode()[-2000:]}"
                        )
                    time.sleep(0.02)
                if rec.status != "succeeded":
                    raise RuntimeError(f"job {i + 1} {rec.status}: {rec.error}")
                secs.append(time.perf_counter() - t0)
                time.sleep(args.settle)  # the worker applies retention after it records the outcome
                rss.append(proc.memory_info().rss / 2**20)
                print(
                    f"  {name:>11} job {i + 1:>2}: RSS {rss[-1]:7.1f} MB  ({secs[-1]:.2f} s)",
                    flush=True,
                )
            logs = " ".join(
                e["data"].get("line", "") for e in store.events(jid) if e["kind"] == "log"
            )
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(60)
            except subprocess.TimeoutExpired:
                worker.kill()
            store.close()
    growth = [(r - rss[0]) / rss[0] * 100 for r in rss]
    later = rss[1:] or rss
    steady = [(r - later[0]) / later[0] * 100 for r in later]
    out = {
        "mode": name,
        "rss_mb": [round(r, 1) for r in rss],
        "job_s": [round(s, 3) for s in secs],
        "growth_after_job1_pct": round(growth[-1], 2),
        "max_growth_after_job1_pct": round(max(growth), 2),
        "growth_after_job2_pct": round(steady[-1], 2),
        "max_growth_after_job2_pct": round(max(steady), 2),
        "median_rss_after_job1_mb": round(statistics.median(later), 1),
        "rss_spread_after_job1_mb": round(max(later) - min(later), 1),
        "median_job_s": round(statistics.median(secs), 3),
        "rendered_previews": "render: hero shot" in logs,
        "no_renderer_logged": "render: no previews" in logs,
    }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=20)
    ap.add_argument(
        "--resolution",
        type=int,
        default=512,
        help="Texture size (512 is the smallest a job takes).",
    )
    ap.add_argument(
        "--settle",
        type=float,
        default=0.5,
        help="Seconds to wait after each job before reading RSS.",
    )
    ap.add_argument(
        "--src",
        help="Run the workers from this source tree (PYTHONPATH), e.g. another checkout's src.",
    )
    ap.add_argument("--json", action="store_true", help="Also print the figures as JSON.")
    args = ap.parse_args()

    print(
        f"worker RSS over {args.jobs} jobs at {args.resolution} px ('{PROMPT}', seeds 1000..; "
        f"workers from {args.src or 'this environment'})"
    )
    results = [run_mode("renderer", {}, args), run_mode("no renderer", NO_EGL, args)]
    print()
    for r in results:
        met1 = abs(r["max_growth_after_job1_pct"]) <= TARGET_GROWTH_PCT
        met2 = abs(r["max_growth_after_job2_pct"]) <= TARGET_GROWTH_PCT
        print(
            f"{r['mode']:>11}: job 1 {r['rss_mb'][0]:.1f} MB, job 2 {r['rss_mb'][min(1, len(r['rss_mb']) - 1)]:.1f} MB"
            f" -> job {len(r['rss_mb'])} {r['rss_mb'][-1]:.1f} MB; growth after job 1 {r['growth_after_job1_pct']:+.1f} %"
            f" (max {r['max_growth_after_job1_pct']:+.1f} %) [{'met' if met1 else 'MISSED'}], after job 2 "
            f"{r['growth_after_job2_pct']:+.1f} % (max {r['max_growth_after_job2_pct']:+.1f} %) "
            f"[{'met' if met2 else 'MISSED'}] (target <= {TARGET_GROWTH_PCT:.0f} %); median after job 1 "
            f"{r['median_rss_after_job1_mb']:.1f} MB (spread {r['rss_spread_after_job1_mb']:.1f} MB), "
            f"median job {r['median_job_s']:.2f} s"
            + (
                ""
                if r["mode"] != "renderer" or r["rendered_previews"]
                else "  (note: no renderer here either)"
            )
        )
    base, other = results
    print(
        f"no renderer vs renderer (baseline, same run): growth {other['growth_after_job1_pct']:+.1f} % vs "
        f"{base['growth_after_job1_pct']:+.1f} %, median RSS ratio "
        f"{other['median_rss_after_job1_mb'] / base['median_rss_after_job1_mb']:.2f}x"
    )
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
