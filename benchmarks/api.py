"""GET job status over HTTP: requests/s and p99 latency with 50 concurrent clients on loopback.

    python benchmarks/api.py [--clients 50] [--seconds 5] [--rounds 3] [--tool auto|wrk|httpx]
                             [--http-workers 1] [--jobs 200]

The server is `uvicorn --factory assetsmith.api.asgi:app_from_settings` in a separate process (auth
on, SQLite job store holding --jobs jobs); every request sends a real API key, so each one looks up
the key's hash and reads the job row for its tenant: `GET /api/v1/jobs/{id}`. Targets on the
reference machine (2 cores): 1,000 requests/s and p99 50 ms.

Baseline, measured in the same run with the same client: the reference tool's style, a route that
re-reads and parses a JSON index of the same jobs on every request to find one job
(`GET /api/studio/jobs` read `jobs/index.json` that way), served by uvicorn the same way.

Load: `wrk` (C, `apt-get install wrk`) when installed, else an asyncio httpx client in this process
(which then competes with the server for the two cores, so its figures are lower bounds). Rounds
alternate ours/baseline; the report gives the median and the spread (min..max) over rounds.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` (asyncio needs it): keep this
# script's folder off sys.path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import httpx  # noqa: E402

TARGET_RPS = 1000
TARGET_P99_MS = 50.0


# -- the baseline server (run as a child: python benchmarks/api.py --serve-baseline PORT INDEX) -----
def baseline_app(index_path: Path):
    """The reference style: read and parse the whole JSON index on each request."""
    from fastapi import FastAPI, HTTPException

    app = FastAPI()

    @app.get("/api/studio/queue/jobs/{job_id}")
    def job(job_id: str) -> dict:
        data = json.loads(index_path.read_text())
        for row in data["jobs"]:
            if row["job_id"] == job_id:
                return row
        raise HTTPException(404, "Unknown queue_id")

    return app


def _serve_baseline(port: int, index: str) -> None:
    import uvicorn

    uvicorn.run(
        baseline_app(Path(index)),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )


# -- setup -----------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare(data_dir: Path, n_jobs: int) -> tuple[str, str, Path]:
    """A tenant with a key and n jobs in the store; the same jobs as a reference-style index.json.
    Returns (key, a job id in the middle, index path)."""
    from assetsmith.jobs.queue import JobSpec, submit_jobs
    from assetsmith.jobs.store import JobStore
    from assetsmith.settings import Settings
    from assetsmith.tenancy import Tenancy

    settings = Settings(data_dir=data_dir, auth_required=True)
    store = JobStore.from_settings(settings)
    try:
        tenancy = Tenancy(store, settings)
        tenant = tenancy.create_tenant("Bench", "team")["tenant_id"]
        key = tenancy.issue_key(tenant, "bench")["api_key"]
        specs = [
            JobSpec(request={"prompt": f"wooden crate number {i}", "textures": False})
            for i in range(n_jobs)
        ]
        ids = [s.job_id for s in submit_jobs(store, specs, tenant=tenant)]
        rows = [r.to_dict() for r in store.list(tenant=tenant, limit=n_jobs)]
    finally:
        store.close()
    index = data_dir / "jobs" / "index.json"
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text(
        json.dumps(
            {
                "jobs": [
                    {**r, "job_id": r["id"], "folder": f"job_{r['id']}", "tenant_id": tenant}
                    for r in rows
                ]
            }
        )
    )
    return key, ids[n_jobs // 2], index


def _start(cmd: list[str], env: dict, url: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server failed to start: {proc.stderr.read().decode()[-1500:]}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 60 s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


# -- load ------------------------------------------------------------------------------------------
def _wrk(url: str, headers: dict, clients: int, seconds: float) -> dict:
    # One wrk thread drives 50 connections far faster than the server answers; a second would only
    # take CPU from the server on a 2-core machine.
    cmd = [
        "wrk",
        "-t",
        "1",
        "-c",
        str(clients),
        "-d",
        f"{seconds:.0f}s",
        "--latency",
        "--timeout",
        "5s",
    ]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p99_ms": p99,
        "bad": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(1).strip() if errors else "",
    }


async def _httpx_load(url: str, headers: dict, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    bad = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=10) as client:
        stop = time.perf_counter() + seconds

        async def one_client() -> None:
            nonlocal bad
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = await client.get(url)
                latencies.append(time.perf_counter() - t0)
                bad += r.status_code != 200

        t_start = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - t_start
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p99_ms": latencies[int(0.99 * (len(latencies) - 1))] * 1000,
        "bad": bad,
        "socket_errors": "",
    }


def measure(tool: str, url: str, headers: dict, clients: int, seconds: float) -> dict:
    """One timed round (after a one-second warm-up)."""
    if tool == "wrk":
        _wrk(url, headers, clients, 1)
        return _wrk(url, headers, clients, seconds)
    asyncio.run(_httpx_load(url, headers, clients, 1))
    return asyncio.run(_httpx_load(url, headers, clients, seconds))


def _summary(rounds: list[dict], key: str) -> str:
    vals = [r[key] for r in rounds]
    return f"{statistics.median(vals):8.1f}  ({min(vals):.1f} .. {max(vals):.1f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--jobs", type=int, default=200, help="jobs in the store and in the baseline's index"
    )
    ap.add_argument(
        "--http-workers", type=int, default=1, help="uvicorn worker processes for our server"
    )
    ap.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    ap.add_argument("--serve-baseline", nargs=2, metavar=("PORT", "INDEX"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_baseline:
        _serve_baseline(int(args.serve_baseline[0]), args.serve_baseline[1])
        return
    tool = ("wrk" if shutil.which("wrk") else "httpx") if args.tool == "auto" else args.tool

    with tempfile.TemporaryDirectory(prefix="assetsmith-bench-api-") as tmp:
        data_dir = Path(tmp)
        key, job_id, index = _prepare(data_dir, args.jobs)
        env = {**os.environ, "ASSETSMITH_DATA_DIR": str(data_dir), "ASSETSMITH_AUTH_REQUIRED": "1"}
        ours_port, base_port = _free_port(), _free_port()
        ours = _start(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "assetsmith.api.asgi:app_from_settings",
                "--host",
                "127.0.0.1",
                "--port",
                str(ours_port),
                "--workers",
                str(args.http_workers),
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            env,
            f"http://127.0.0.1:{ours_port}/api/v1/health",
        )
        base = _start(
            [sys.executable, __file__, "--serve-baseline", str(base_port), str(index)],
            env,
            f"http://127.0.0.1:{base_port}/docs",
        )
        try:
            ours_url = f"http://127.0.0.1:{ours_port}/api/v1/jobs/{job_id}"
            base_url = f"http://127.0.0.1:{base_port}/api/studio/queue/jobs/{job_id}"
            headers = {"Authorization": f"Bearer {key}"}
            assert httpx.get(ours_url, headers=headers).json()["job_id"] == job_id
            assert httpx.get(base_url).json()["job_id"] == job_id
            results = {"ours": [], "baseline": []}
            for _ in range(args.rounds):
                for name, url, hdrs in (("ours", ours_url, headers), ("baseline", base_url, {})):
                    r = measure(tool, url, hdrs, args.clients, args.seconds)
                    r["load1"] = round(
                        os.getloadavg()[0], 2
                    )  # other work on the machine during the round
                    results[name].append(r)
        finally:
            _stop(ours)
            _stop(base)

    print(
        f"GET job status, {args.clients} concurrent clients, {args.rounds} rounds of {args.seconds:.0f} s, "
        f"load from {tool}, {args.http_workers} server process(es), {args.jobs} jobs stored; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"{'':28}{'median  (min .. max)':>30}")
    for name, label in (
        ("ours", "assetsmith  GET /api/v1/jobs/{id}"),
        ("baseline", "baseline    JSON index re-read"),
    ):
        print(f"{label}")
        print(f"  requests/s {_summary(results[name], 'rps'):>40}")
        print(f"  p99 ms     {_summary(results[name], 'p99_ms'):>40}")
        bad = sum(r["bad"] for r in results[name])
        if bad or any(r["socket_errors"] for r in results[name]):
            print(
                f"  non-200 answers: {bad}; socket errors: {[r['socket_errors'] for r in results[name]]}"
            )
    o_rps = statistics.median(r["rps"] for r in results["ours"])
    b_rps = statistics.median(r["rps"] for r in results["baseline"])
    o_p99 = statistics.median(r["p99_ms"] for r in results["ours"])
    b_p99 = statistics.median(r["p99_ms"] for r in results["baseline"])
    print(f"ratio to baseline: {o_rps / b_rps:.2f}x requests/s, p99 {o_p99 / b_p99:.2f}x")
    print(
        f"targets: {TARGET_RPS} requests/s -> {'met' if o_rps >= TARGET_RPS else 'NOT met'}; "
        f"p99 {TARGET_P99_MS:.0f} ms -> {'met' if o_p99 <= TARGET_P99_MS else 'NOT met'}"
    )
    for name in ("ours", "baseline"):
        print(
            f"rounds ({name}): "
            + "; ".join(
                f"{r['rps']:.0f} req/s, p99 {r['p99_ms']:.1f} ms, load {r['load1']}"
                for r in results[name]
            )
        )


if __name__ == "__main__":
    main()
