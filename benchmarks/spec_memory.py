"""Peak memory of the worst spec each tier allows (issue 13 item 3), against an ordinary job
measured in the same run.

A tier caps a job's largest texture and its texture units (see tenancy/tiers.py: a unit is one
set of PBR maps at 1024 px; units = sum over materials x variants of (side / 1024)^2). The worst
jobs a tier admits are built whole (spec, geometry, materials, LODs, previews, engine layout,
pack, signature), each in a fresh process; the child resets its peak RSS (VmHWM) just before the job and
reports it over its RSS at that point. Every spec is first put through the submit-time checks (validation, the
team/indie/free plan's limits and the server's default limits), so a job here is one the server
would accept; the price printed is what it would charge.

    PYTHONPATH=src python benchmarks/spec_memory.py               # 3 runs per case
    PYTHONPATH=src python benchmarks/spec_memory.py --repeats 1 --cases ordinary team-4096
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> float:
    """Reset this process's peak RSS to its current RSS (Linux: clear_refs 5) and return it (MB).
    ru_maxrss would not do: a child starts with its parent's RSS at fork as its high-water mark."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _status_mb("VmRSS")


def peak_mb() -> float:
    """Peak RSS since the last reset_peak (MB)."""
    return _status_mb("VmHWM")


# name: (tier, materials, variants, resolution); None materials: the ordinary prompt job
CASES = {
    "ordinary": ("free", None, 1, 1024),
    "free-max": ("free", 8, 1, 1024),
    "indie-max": ("indie", 8, 1, 2048),
    "team-4096": ("team", 4, 1, 4096),
    "team-2048": ("team", 16, 1, 2048),
    "team-sets": ("team", 16, 4, 1024),
}
PROMPT = "oak barrel with iron bands"


def make_request(materials: int | None, variants: int, resolution: int) -> dict:
    from assetsmith.spec import generate_spec

    if materials is None:
        return {"prompt": PROMPT, "resolution": resolution}
    spec = generate_spec(PROMPT, seed=3)
    families = ("wood_planks", "iron", "brass", "leather", "rope", "marble", "brick", "fabric")
    base = spec["materials"][0]
    spec["materials"] = [
        dict(base, id=f"m{i}", family=families[i % len(families)], resolution=resolution)
        for i in range(materials)
    ]
    spec["material_slots"] = [
        {"id": f"m{i}", "role": r, "resolution_hint": resolution}
        for i in range(materials)
        for r in ("albedo", "normal", "orm")
    ]
    # the barrel's parts share the materials round-robin, so every material is on the model
    spec["parts"] = [dict(p, material=f"m{i % materials}") for i, p in enumerate(spec["parts"])]
    spec["variants"] = [
        {"variant_id": f"v{i}", "label": f"V{i}", "seed": 10 + i} for i in range(variants)
    ]
    return {"spec": spec}


def child(case: str, data_dir: str) -> None:
    from assetsmith import sdk
    from assetsmith.settings import Settings
    from assetsmith.tenancy.pricing import check_job_size, job_size
    from assetsmith.tenancy.tiers import TIERS

    tier, materials, variants, resolution = CASES[case]
    settings = Settings(data_dir=Path(data_dir))
    request = make_request(materials, variants, resolution)
    size = job_size(request, settings.default_resolution)
    check_job_size(size, settings, TIERS[tier])  # the submit-time checks: this job is admitted
    import assetsmith.jobs.local  # noqa: F401  (imports before the baseline)
    import assetsmith.pipeline.plan  # noqa: F401

    before = reset_peak()
    t0 = time.perf_counter()
    result = sdk.run_job(
        request.get("prompt"),
        spec=request.get("spec"),
        resolution=request.get("resolution"),
        settings=settings,
    )
    secs = time.perf_counter() - t0
    peak = peak_mb()
    pack = result.pack_dir
    pack_mb = sum(f.stat().st_size for f in pack.rglob("*") if f.is_file()) / 2**20 if pack else 0
    print(
        json.dumps(
            {
                "before_mb": before,
                "peak_mb": peak,
                "s": secs,
                "units": size.units,
                "sets": size.texture_sets,
                "credits": size.cost(False),
                "pack_mb": pack_mb,
                "status": result.status,
            }
        )
    )


def run(case: str, data_dir: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", case, str(data_dir)],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=900,
    )
    if out.returncode != 0:
        raise SystemExit(f"child failed ({case}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    cases = args.cases if "ordinary" in args.cases else ["ordinary", *args.cases]
    print(
        f"job peak memory, {args.repeats} run(s) per case, each in a fresh process "
        "(peak RSS during the job minus RSS before it; median [min..max])"
    )
    print(
        f"{'case':<10} {'tier':<6} {'sets':>4} {'units':>6} {'credits':>7} {'peak MB':>18} {'x ordinary':>10} "
        f"{'seconds':>8} {'pack MB':>8}"
    )
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            runs = [run(case, Path(tmp) / f"{case}-{i}") for i in range(args.repeats)]
            deltas = [r["peak_mb"] - r["before_mb"] for r in runs]
            med = statistics.median(deltas)
            base = med if case == "ordinary" else base
            r0 = runs[0]
            print(
                f"{case:<10} {CASES[case][0]:<6} {r0['sets']:>4} {r0['units']:>6g} {r0['credits']:>7} "
                f"{med:>7.0f} [{min(deltas):.0f}..{max(deltas):.0f}] {med / base if base else 0:>9.1f}x "
                f"{statistics.median(r['s'] for r in runs):>8.1f} {r0['pack_mb']:>8.1f}"
            )


if __name__ == "__main__":
    main()
