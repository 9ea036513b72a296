"""How long `run-job` takes for a 1024-pixel textured barrel, in-process and as a fresh process,
against a baseline commit measured in the same run.

    python benchmarks/run_job.py [--repeats 7] [--baseline REF]

The baseline (default: the commit before prompts were read against the recipe library and the
geometry stage built shapes, issue 15) is extracted from git into a temporary folder and timed the
same way, interleaved with this checkout, so both see the same machine load; the ratio printed is
this checkout's median over the baseline's (below 1: faster). `--baseline none` skips it.

Targets (2-core reference machine): 1.5 s in-process, 2.5 s as a process (with the package's
bytecode compiled, as `pip install` leaves it).
Baseline for the ratio: the reference tool's offline `run-job --mock`, measured once at 0.23 s; it
wrote no model and no textures (a spec, notes and a zip), so the ratio is the price of a real asset.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` (thread pools import it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

REFERENCE_MOCK_RUN_JOB_S = 0.23
TARGET_IN_PROCESS_S = 1.5
TARGET_PROCESS_S = 2.5
PROMPT = "wooden barrel with iron bands"
BASELINE_REF = "de88dba"  # main before spec v0.3 and the shape chooser (issue 15)
# Times in-process runs of `src` (on PYTHONPATH) and prints them as JSON: the same code measures
# this checkout and the baseline.
INPROC = """
import json, sys, time, tempfile
from pathlib import Path
import assetsmith
repeats = int(sys.argv[1])
with tempfile.TemporaryDirectory() as tmp:
    settings = assetsmith.Settings(data_dir=Path(tmp), jobs_max_count=3)
    assetsmith.run_job(%r, resolution=1024, settings=settings)
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        r = assetsmith.run_job(%r, resolution=1024, settings=settings)
        out.append(time.perf_counter() - t0)
print(json.dumps({"samples": out, "stages": r.timings}))
"""


def summarise(name: str, samples: list[float], target: float) -> dict:
    med = statistics.median(samples)
    spread = (min(samples), max(samples))
    iqr = statistics.quantiles(samples, n=4) if len(samples) >= 4 else [spread[0], med, spread[1]]
    print(
        f"{name:>12}: median {med:.3f} s  (min {spread[0]:.3f}, max {spread[1]:.3f}, IQR {iqr[0]:.3f}-{iqr[2]:.3f})"
        f"  target {target:.2f} s [{'met' if med <= target else 'MISSED'}]"
        f"  ratio to reference mock run {med / REFERENCE_MOCK_RUN_JOB_S:.1f}x"
    )
    return {
        "median_s": med,
        "min_s": spread[0],
        "max_s": spread[1],
        "samples": samples,
        "target_s": target,
        "ratio_to_reference": med / REFERENCE_MOCK_RUN_JOB_S,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="Also print the figures as JSON.")
    ap.add_argument(
        "--baseline", default=BASELINE_REF, help="git ref to compare with ('none': skip)"
    )
    args = ap.parse_args()
    if args.baseline != "none":
        compare(args.repeats, args.baseline)

    import assetsmith

    with tempfile.TemporaryDirectory() as tmp:
        settings = assetsmith.Settings(data_dir=Path(tmp) / "inproc", jobs_max_count=3)
        assetsmith.run_job(
            PROMPT, resolution=1024, settings=settings
        )  # warm caches (schemas, imports)
        inproc = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            result = assetsmith.run_job(PROMPT, resolution=1024, settings=settings)
            inproc.append(time.perf_counter() - t0)
        stages = result.timings

        # As installed: pip compiles the package's bytecode at install time. This checkout may be
        # an editable install under PYTHONDONTWRITEBYTECODE=1 (no .pyc is ever written; every
        # process would then recompile ~250 modules, ~0.3 s), so compile it here the way pip would.
        import compileall

        compileall.compile_dir(str(Path(assetsmith.__file__).parent), quiet=1)
        env = dict(
            os.environ, ASSETSMITH_DATA_DIR=str(Path(tmp) / "proc"), ASSETSMITH_JOBS_MAX_COUNT="3"
        )
        cmd = [
            sys.executable,
            "-m",
            "assetsmith",
            "run-job",
            "--prompt",
            PROMPT,
            "--resolution",
            "1024",
            "--json",
        ]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm the page cache
        proc = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            proc.append(time.perf_counter() - t0)

    print(f"run-job '{PROMPT}', 1024 px textures, {os.cpu_count()} cores, {args.repeats} runs each")
    print("last in-process stage timings: " + ", ".join(f"{k} {v:.3f}s" for k, v in stages.items()))
    figures = {
        "in_process": summarise("in-process", inproc, TARGET_IN_PROCESS_S),
        "process": summarise("process", proc, TARGET_PROCESS_S),
        "reference_mock_run_job_s": REFERENCE_MOCK_RUN_JOB_S,
    }
    if args.json:
        print(json.dumps(figures, indent=2))


def _extract(ref: str, dest: Path) -> Path:
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", ref, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    import compileall

    compileall.compile_dir(str(dest / "src"), quiet=1)
    return dest / "src"


def compare(repeats: int, ref: str) -> None:
    """This checkout against `ref`, in-process and as processes, interleaved."""
    here = Path(__file__).resolve().parents[1] / "src"
    import compileall

    compileall.compile_dir(str(here), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        base = _extract(ref, Path(tmp))
        code = INPROC % (PROMPT, PROMPT)
        runs: dict[str, list[float]] = {"baseline": [], "current": []}
        procs: dict[str, list[float]] = {"baseline": [], "current": []}
        for i in range(repeats):
            for name, src in (
                (("baseline", base), ("current", here))
                if i % 2 == 0
                else (("current", here), ("baseline", base))
            ):
                env = dict(
                    os.environ,
                    PYTHONPATH=str(src),
                    ASSETSMITH_DATA_DIR=str(Path(tmp) / f"d_{name}"),
                    ASSETSMITH_JOBS_MAX_COUNT="3",
                )
                out = subprocess.run(
                    [sys.executable, "-c", code, "1"],
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=tmp,
                ).stdout
                runs[name] += json.loads(out.strip().splitlines()[-1])["samples"]
                cmd = [
                    sys.executable,
                    "-m",
                    "assetsmith",
                    "run-job",
                    "--prompt",
                    PROMPT,
                    "--resolution",
                    "1024",
                    "--json",
                ]
                t0 = time.perf_counter()
                subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=tmp)
                procs[name].append(time.perf_counter() - t0)
    print(f"run-job '{PROMPT}', 1024 px, this checkout vs {ref}, {repeats} interleaved runs each")
    for label, data in (("in-process", runs), ("process", procs)):
        b, c = statistics.median(data["baseline"]), statistics.median(data["current"])
        print(
            f"{label:>12}: baseline median {b:.3f} s (min {min(data['baseline']):.3f}, max "
            f"{max(data['baseline']):.3f}); current median {c:.3f} s (min {min(data['current']):.3f}, "
            f"max {max(data['current']):.3f}); ratio current/baseline {c / b:.2f}"
        )


if __name__ == "__main__":
    main()
