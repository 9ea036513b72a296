"""Pack sizes and run-job times before and after issue 16 (textures stored once), in one run.

    python benchmarks/pack_size.py [--resolutions 1024 4096] [--repeats 3] [--baseline REF]

"Before" is the package as it was at REF (default: the last commit before this work), extracted
with `git archive` into a temporary folder and run from there; "after" is this checkout. Both run
`assetsmith run-job` as a fresh process, one after the other, with the same prompt, seed and
settings. Printed per recipe and resolution: pack.zip bytes, the ratio after/before, and the
stage time the job reports (the sum of its stage timings: what run-job spends in the pipeline).
At 1024 px the barrel runs `--repeats` times per side (median and spread); the other cases once
(4096 px is slow on two cores).

Goal (issue 16): the barrel at 1024 px at most 12 MB zipped; run-job no slower than before.
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
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BASELINE_REF = "409c2d8"  # the last commit before issue 16
RECIPES = ["wooden barrel with iron bands", "iron lantern", "stone pillar", "wooden chair"]
GOAL_BYTES = 12_000_000


def extract(ref: str, into: Path) -> Path:
    """`src/` of `ref`, via git archive (no checkout of another branch)."""
    into.mkdir(parents=True, exist_ok=True)
    archive = into / "src.tar"
    subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), ref, "src"],
        check=True,
    )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run_job(src: Path, prompt: str, resolution: int, data: Path) -> dict:
    env = dict(
        os.environ,
        PYTHONPATH=str(src),
        ASSETSMITH_DATA_DIR=str(data),
        ASSETSMITH_JOBS_MAX_COUNT="2",
    )
    t0 = time.perf_counter()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assetsmith",
            "run-job",
            "--prompt",
            prompt,
            "--resolution",
            str(resolution),
            "--seed",
            "7",
            "--json",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    doc = json.loads(out.stdout)
    zip_path = Path(doc["zip_path"]) if doc.get("zip_path") else next(data.glob("jobs/*/pack.zip"))
    return {
        "zip_bytes": zip_path.stat().st_size,
        "stages_s": sum(doc["timings"].values()),
        "wall_s": wall,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resolutions", type=int, nargs="+", default=[1024, 4096])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--baseline", default=BASELINE_REF)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sides = {"before": extract(args.baseline, tmp / "before"), "after": REPO / "src"}
        for res in args.resolutions:
            for prompt in RECIPES:
                n = args.repeats if (res == 1024 and prompt == RECIPES[0]) else 1
                got = {side: [] for side in sides}
                for i in range(n):
                    for side, src in sides.items():  # interleaved, so load drifts hit both alike
                        data = tmp / f"{side}-{res}-{RECIPES.index(prompt)}-{i}"
                        got[side].append(run_job(src, prompt, res, data))
                        subprocess.run(["rm", "-rf", str(data)], check=True)
                row = {"recipe": prompt, "resolution": res, "runs": n}
                for side, runs in got.items():
                    stages = [r["stages_s"] for r in runs]
                    row[side] = {
                        "zip_bytes": runs[0]["zip_bytes"],
                        "stages_s_median": statistics.median(stages),
                        "stages_s": stages,
                    }
                rows.append(row)
                b, a = row["before"], row["after"]
                spread = (
                    f" (runs {', '.join(f'{s:.2f}' for s in b['stages_s'])} -> "
                    f"{', '.join(f'{s:.2f}' for s in a['stages_s'])})"
                    if n > 1
                    else ""
                )
                print(
                    f"{prompt:>30} {res:>4}px  zip {b['zip_bytes'] / 1e6:7.2f} MB -> {a['zip_bytes'] / 1e6:7.2f} MB "
                    f"(x{a['zip_bytes'] / b['zip_bytes']:.3f})  stages {b['stages_s_median']:.2f} s -> "
                    f"{a['stages_s_median']:.2f} s (x{a['stages_s_median'] / b['stages_s_median']:.2f}){spread}",
                    flush=True,
                )
    barrel = next((r for r in rows if r["recipe"] == RECIPES[0] and r["resolution"] == 1024), None)
    if barrel:
        size = barrel["after"]["zip_bytes"]
        print(
            f"goal: barrel at 1024 px <= {GOAL_BYTES / 1e6:.0f} MB zipped: {size / 1e6:.2f} MB "
            f"[{'met' if size <= GOAL_BYTES else 'MISSED'}]"
        )
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
