"""How long `run-job` takes for the barrel at 4096 px, against a baseline commit measured in the same
run: median and spread of N runs each, and the ratio to the baseline.

    python benchmarks/run_job_4096.py [--runs 3] [--baseline REF|none] [--resolution 4096] [--json]

Each sample is a fresh process (the baseline's `src` is extracted with `git archive` into a
temporary folder, as benchmarks/run_job.py does) that first runs a 512-px job to load every
module and cache, then times one job at the chosen resolution. Baseline and current runs
alternate, so slow drifts in the machine's load reach both alike.

The machine this project is built on is shared (2 cores, several builds at once), so wall time
is noisy. Three figures keep the comparison quiet enough to read:
- wall time: what a user waits for;
- CPU time (user + system of the process, every thread): the work done, which other processes
  on the machine slow down far less than they slow the wall clock;
- the ratio of each adjacent (baseline, current) pair, whose median cancels load that changes
  slowly over the run.
The default baseline is the merge base of this checkout with `main` (what this branch changes);
`--baseline none` times this checkout alone.
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

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "wooden barrel with iron bands"
# One timed job in a fresh process of `src` (on PYTHONPATH), after a small warm-up job; prints JSON.
CHILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
import assetsmith
prompt, resolution = sys.argv[1], int(sys.argv[2])
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
with tempfile.TemporaryDirectory() as tmp:
    settings = assetsmith.Settings(data_dir=Path(tmp), jobs_max_count=3)
    assetsmith.run_job(prompt, resolution=512, settings=settings)
    c0, t0 = cpu(), time.perf_counter()
    r = assetsmith.run_job(prompt, resolution=resolution, settings=settings)
    wall, work = time.perf_counter() - t0, cpu() - c0
print(json.dumps({"wall_s": wall, "cpu_s": work, "stages": r.timings}))
"""


def _extract(ref: str, dest: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def _compile(src: Path) -> None:
    # As installed: pip compiles bytecode at install time. Under PYTHONDONTWRITEBYTECODE=1 no .pyc
    # is ever written and every process would recompile ~250 modules; compile once here.
    import compileall

    compileall.compile_dir(str(src), quiet=1)


def _sample(src: Path, resolution: int, tmp: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, PROMPT, str(resolution)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def summary(values: list[float]) -> dict:
    med = statistics.median(values)
    lo, hi = min(values), max(values)
    return {
        "median": med,
        "min": lo,
        "max": hi,
        "spread_pct": 100.0 * (hi - lo) / med if med else 0.0,
        "samples": values,
    }


def _line(label: str, s: dict) -> str:
    return (
        f"median {s['median']:7.2f} s  (min {s['min']:.2f}, max {s['max']:.2f}, "
        f"spread {s['spread_pct']:.0f}% of the median)  [{label}]"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--runs", type=int, default=3, help="timed jobs per side (each a fresh process)"
    )
    ap.add_argument("--resolution", type=int, default=4096)
    ap.add_argument(
        "--baseline", default="merge-base", help="git ref to compare with; 'none' skips it"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    ref = args.baseline
    if ref == "merge-base":
        found = subprocess.run(
            ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True
        )
        ref = (
            found.stdout.strip()[:12] if found.returncode == 0 and found.stdout.strip() else "none"
        )
    here = ROOT / "src"
    _compile(here)
    sides: dict[str, list[dict]] = {"current": []}
    with tempfile.TemporaryDirectory() as tmp:
        order: list[tuple[str, Path]] = [("current", here)]
        if ref != "none":
            base = _extract(ref, Path(tmp))
            _compile(base)
            sides["baseline"] = []
            order = [("baseline", base), ("current", here)]
        for i in range(args.runs):
            for name, src in order if i % 2 == 0 else order[::-1]:
                sample = _sample(src, args.resolution, Path(tmp))
                sides[name].append(sample)
                print(
                    f"  run {i + 1} {name:<8} wall {sample['wall_s']:6.2f} s  cpu {sample['cpu_s']:6.2f} s  "
                    f"materials {sample['stages'].get('materials', 0):.2f} s",
                    flush=True,
                )

    print(
        f"run-job '{PROMPT}' at {args.resolution} px, {args.runs} run(s) per side, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f} at the end"
    )
    figures: dict = {"resolution": args.resolution, "runs": args.runs, "baseline_ref": ref}
    for name, samples in sides.items():
        wall = summary([s["wall_s"] for s in samples])
        cpu = summary([s["cpu_s"] for s in samples])
        mats = summary([s["stages"].get("materials", 0.0) for s in samples])
        title = name if name == "current" else f"baseline {ref}"
        print(
            f"{title}:\n  wall       {_line('wall', wall)}\n  cpu        {_line('cpu', cpu)}\n"
            f"  materials  {_line('stage wall', mats)}"
        )
        figures[name] = {"wall": wall, "cpu": cpu, "materials": mats}
    if "baseline" in sides:
        for key in ("wall_s", "cpu_s"):
            b = [s[key] for s in sides["baseline"]]
            c = [s[key] for s in sides["current"]]
            pairs = [ci / bi for bi, ci in zip(b, c, strict=True)]
            ratio = statistics.median(c) / statistics.median(b)
            kind = key[:-2]
            print(
                f"ratio current/baseline ({kind}): {ratio:.3f} of the medians; paired runs median "
                f"{statistics.median(pairs):.3f} (min {min(pairs):.3f}, max {max(pairs):.3f}); below 1 is faster"
            )
            figures[f"ratio_{kind}"] = {
                "of_medians": ratio,
                "paired_median": statistics.median(pairs),
                "paired": pairs,
            }
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
