"""Time synthesize_material at 1024 px for every family and style (median and spread of 5 runs).

Run: python benchmarks/materials_speed.py [--size 1024] [--repeats 5] [--family NAME ...] [--cpu]

The pipeline budget is about 120 ms per realistic_hd_pbr material at 1024 on one core. The
synthesiser is single-threaded numpy (pocketfft, no BLAS), so wall time is one core's time on a
quiet machine. On a shared machine wall time inflates with the load; --cpu reports process CPU
time instead, which is steadier (the 1-minute load average is printed for context).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from assetsmith.materials import synthesize_material
from assetsmith.spec.catalog import MATERIAL_FAMILIES, STYLE_PRESETS


def time_one(family: str, style: str, size: int, repeats: int, clock) -> list[float]:
    colour = MATERIAL_FAMILIES[family]["base_color"]
    synthesize_material(family, base_color=colour, wear=0.4, style=style, size=size, seed=0)
    out = []
    for seed in range(repeats):
        t0 = clock()
        synthesize_material(
            family, base_color=colour, wear=0.4, style=style, size=size, seed=seed + 1
        )
        out.append((clock() - t0) * 1000.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--cpu", action="store_true", help="process CPU time, not wall time")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    families = args.family or list(MATERIAL_FAMILIES)
    kind = "CPU" if args.cpu else "wall"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"synthesize_material at {args.size}px, {kind} ms: median (min-max) of {args.repeats} "
        f"runs; load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'family':<14}" + "".join(f"{s:>26}" for s in STYLE_PRESETS))
    worst = 0.0
    for fam in families:
        cells = []
        for style in STYLE_PRESETS:
            ts = time_one(fam, style, args.size, args.repeats, clock)
            med = statistics.median(ts)
            if style == "realistic_hd_pbr":
                worst = max(worst, med)
            cells.append(f"{med:8.1f} ({min(ts):6.1f}-{max(ts):6.1f})")
        print(f"{fam:<14}" + "".join(f"{c:>26}" for c in cells))
    print(f"slowest realistic_hd_pbr median: {worst:.1f} ms")


if __name__ == "__main__":
    main()
