"""How long build_geometry takes per archetype (goal: < 100 ms each at a 12,000-triangle budget).

    python benchmarks/geometry_speed.py [--budget 12000] [--repeat 9] [--only barrel,crate]

Prints, per archetype, the median and the spread (min..max) of wall-clock time over the repeats
(after one warm-up build), LOD0/LOD1/LOD2 triangle counts and the collider kind. A pure-Python
calibration loop is timed beside each archetype: on a busy machine (other jobs sharing the two
cores) everything runs slower, so a last column scales the median to an idle machine, where the
loop takes IDLE_CALIBRATION_MS (measured on the 2-core development VM when it was quiet).
"""

from __future__ import annotations

import argparse
import statistics
import time

from assetsmith.geometry import build_geometry
from assetsmith.spec.catalog import ARCHETYPES

IDLE_CALIBRATION_MS = 50.0


def calibration_ms(repeat: int = 3) -> float:
    """Milliseconds for a fixed pure-Python loop (best of `repeat`)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        s = 0
        for i in range(1_000_000):
            s += i
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


def bench(name: str, budget: int, repeat: int) -> tuple[list[float], object]:
    arch = ARCHETYPES[name]
    kwargs = dict(
        height_m=arch.height_m,
        poly_budget=budget,
        seed=1,
        collider=arch.collider,
        part_materials={p.id: p.material for p in arch.parts},
    )
    geom = build_geometry(name, **kwargs)  # warm-up (imports, caches)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        geom = build_geometry(name, **kwargs)
        times.append((time.perf_counter() - t) * 1000)
    return times, geom


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=int, default=12_000)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--only", default="", help="comma-separated archetypes (default: all)")
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n] or list(ARCHETYPES)
    print(
        f"calibration loop: {calibration_ms():.0f} ms   budget {args.budget}   repeats {args.repeat}"
    )
    print(
        f"{'archetype':12s} {'median ms':>9s} {'min..max ms':>15s} {'LOD0':>6s} {'LOD1':>6s} "
        f"{'LOD2':>6s}  {'collider':11s} {'idle-scaled ms':>14s}"
    )
    medians, scaled = [], []
    for name in names:
        calib = calibration_ms()
        times, geom = bench(name, args.budget, args.repeat)
        calib = min(calib, calibration_ms())
        med = statistics.median(times)
        medians.append(med)
        scaled.append(med * IDLE_CALIBRATION_MS / max(calib, IDLE_CALIBRATION_MS))
        lods = [sum(p.mesh.triangle_count for p in lod) for lod in geom.lods]
        lods += [0] * (2 - len(lods))
        kind = geom.collider.kind if geom.collider else "none"
        print(
            f"{name:12s} {med:9.1f} {min(times):7.1f}..{max(times):<7.1f} {geom.triangle_count:6d} "
            f"{lods[0]:6d} {lods[1]:6d}  {kind:11s} {scaled[-1]:14.1f}"
        )
    print(
        f"{'all':12s} {sum(medians):9.1f} (sum of medians); slowest {max(medians):.1f} ms; "
        f"idle-scaled slowest {max(scaled):.1f} ms"
    )
    print(f"calibration loop: {calibration_ms():.0f} ms (again, to show drift in machine load)")


if __name__ == "__main__":
    main()
