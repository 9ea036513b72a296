"""Time synthesize_material at 1024 px for every family and style (median and spread of 5 runs),
and compare the families added for the recipe library with the ones that came before them.

Run: python benchmarks/materials_speed.py [--size 1024] [--repeats 5] [--family NAME ...]
                                          [--style NAME ...] [--cpu] [--glow]

The pipeline budget is about 120 ms per realistic_hd_pbr material at 1024 on one core. The
synthesiser is single-threaded numpy (pocketfft, no BLAS), so wall time is one core's time on a
quiet machine. On a shared machine wall time inflates with the load; --cpu reports process CPU
time instead, which is steadier (the 1-minute load average is printed for context).

The last table is the goal for new families: each one's median over the mean of the earlier
families' medians, per style, measured in the same run; runs go round-robin over the families, so
a change in the machine's load affects both groups alike.
--glow also times every family glowing in its own pattern (emissive map included).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from assetsmith.materials import synthesize_material
from assetsmith.spec.catalog import MATERIAL_FAMILIES, STYLE_PRESETS

# The families that existed before the recipe library's (issue 15): the baseline.
BASELINE_FAMILIES = (
    "wood_planks", "painted_wood", "end_grain", "bark", "iron", "brass", "rusted_metal",
    "rough_stone", "brick", "cobblestone", "marble", "crystal", "leather", "fabric",
    "ground_moss", "ceramic", "plastic",
)  # fmt: skip


def time_style(families: list[str], style: str, size: int, repeats: int, clock, glow: bool):
    """{family: [ms per run]} for one style. The runs go round-robin over the families (one run
    of each, then the next round), so a change in the machine's load hits every family alike."""
    extra = (
        dict(emissive="#ff9a40", emissive_strength=4.0, emissive_pattern="family") if glow else {}
    )

    def run(family: str, seed: int) -> float:
        colour = MATERIAL_FAMILIES[family]["base_color"]
        t0 = clock()
        synthesize_material(
            family, base_color=colour, wear=0.4, style=style, size=size, seed=seed, **extra
        )
        return (clock() - t0) * 1000.0

    for fam in families:
        run(fam, 0)  # warm caches (spectral filters, allocator)
    times: dict[str, list[float]] = {fam: [] for fam in families}
    for seed in range(1, repeats + 1):
        for fam in families:
            times[fam].append(run(fam, seed))
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--style", action="append", choices=STYLE_PRESETS, help="only these styles")
    ap.add_argument("--cpu", action="store_true", help="process CPU time, not wall time")
    ap.add_argument("--glow", action="store_true", help="glowing in the family's own pattern")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    families = args.family or list(MATERIAL_FAMILIES)
    styles = args.style or list(STYLE_PRESETS)
    kind = "CPU" if args.cpu else "wall"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"synthesize_material at {args.size}px{' glowing' if args.glow else ''}, {kind} ms: "
        f"median (min-max) of {args.repeats} runs; load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'family':<14}" + "".join(f"{s:>26}" for s in styles))
    medians: dict[tuple[str, str], float] = {}
    spread: dict[tuple[str, str], tuple[float, float]] = {}
    for style in styles:
        for fam, ts in time_style(
            families, style, args.size, args.repeats, clock, args.glow
        ).items():
            medians[fam, style] = statistics.median(ts)
            spread[fam, style] = (min(ts), max(ts))
    for fam in families:
        cells = [
            f"{medians[fam, s]:8.1f} ({spread[fam, s][0]:6.1f}-{spread[fam, s][1]:6.1f})"
            for s in styles
        ]
        print(f"{fam:<14}" + "".join(f"{c:>26}" for c in cells))
    if "realistic_hd_pbr" in styles:
        worst = max(medians[f, "realistic_hd_pbr"] for f in families)
        print(f"slowest realistic_hd_pbr median: {worst:.1f} ms")
    base = [f for f in families if f in BASELINE_FAMILIES]
    new = [f for f in families if f not in BASELINE_FAMILIES]
    if not base or not new:
        return
    ref = {s: statistics.mean(medians[f, s] for f in base) for s in styles}
    print(f"\nratio to the mean of the {len(base)} earlier families' medians (same run):")
    print(f"{'mean earlier':<14}" + "".join(f"{ref[s]:>20.1f} ms     " for s in styles))
    for fam in new:
        print(f"{fam:<14}" + "".join(f"{medians[fam, s] / ref[s]:>25.2f}x" for s in styles))
    every = [medians[f, s] / ref[s] for f in new for s in styles]
    print(f"new families: mean ratio {statistics.mean(every):.2f}x, highest {max(every):.2f}x")


if __name__ == "__main__":
    main()
