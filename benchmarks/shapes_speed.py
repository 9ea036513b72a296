"""How long build_shape takes per recipe (goal: a typical recipe well under 0.3 s at the default
12,000-triangle budget), and the barrel through its macro recipe against build_geometry('barrel')
in the same run (goal: ratio ~1.0: the run-job barrel path must not get slower).

    python benchmarks/shapes_speed.py [--budget 12000] [--repeat 7] [--only skull,anvil] [--cpu]

Per recipe: median and spread (min..max) of the build time over the repeats after one warm-up
build, the triangle counts of LOD0/LOD1/LOD2. Wall-clock by default; --cpu measures process CPU
time instead, which other jobs sharing the machine disturb less.
"""

from __future__ import annotations

import argparse
import statistics
import time


def timer(cpu: bool):
    return time.process_time if cpu else time.perf_counter


def bench(fn, repeat: int, clock) -> tuple[list[float], object]:
    out = fn()  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        t = clock()
        out = fn()
        times.append((clock() - t) * 1000)
    return times, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=int, default=12_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--only", default="", help="comma-separated recipes (default: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of wall-clock")
    args = ap.parse_args()

    from assetsmith.geometry import build_geometry
    from assetsmith.shapes import ALL_RECIPES, RECIPES, build_shape
    from assetsmith.spec.catalog import ARCHETYPES

    clock = timer(args.cpu)
    names = [n for n in args.only.split(",") if n] or [r.name for r in ALL_RECIPES]
    unit = "cpu ms" if args.cpu else "ms"
    print(f"budget {args.budget}  repeats {args.repeat}  seed {args.seed}  ({unit})")
    print(f"{'recipe':18s} {'median':>8s} {'min..max':>17s} {'LOD0':>6s} {'LOD1':>6s} {'LOD2':>6s}")
    medians = {}
    for name in names:
        times, g = bench(
            lambda n=name: build_shape(n, seed=args.seed, poly_budget=args.budget),
            args.repeat,
            clock,
        )
        med = statistics.median(times)
        medians[name] = med
        lods = [sum(p.mesh.triangle_count for p in lod) for lod in g.lods] + [0, 0]
        print(
            f"{name:18s} {med:8.1f} {min(times):8.1f}..{max(times):<8.1f} {g.triangle_count:6d} "
            f"{lods[0]:6d} {lods[1]:6d}"
        )
    new = [medians[n] for n in names if RECIPES[n].build.__module__.split(".")[-1] != "archetypes"]
    if new:
        print(
            f"language recipes: median of medians {statistics.median(new):.1f} {unit}, slowest "
            f"{max(new):.1f}, {sum(v < 300 for v in new)}/{len(new)} under 300"
        )

    # The barrel: the recipe (a lone macro) against the archetype builder, interleaved.
    arch = ARCHETYPES["barrel"]
    mats = {p.id: p.material for p in arch.parts}
    direct, via = [], []
    for _ in range(args.repeat):
        t, _ = bench(
            lambda: build_geometry(
                "barrel",
                height_m=1.0,
                poly_budget=args.budget,
                seed=args.seed,
                part_materials=mats,
                collider=arch.collider,
            ),
            1,
            clock,
        )
        direct += t
        t, _ = bench(
            lambda: build_shape("barrel", seed=args.seed, poly_budget=args.budget), 1, clock
        )
        via += t
    d, v = statistics.median(direct), statistics.median(via)
    print(
        f"barrel: build_geometry median {d:.1f} ({min(direct):.1f}..{max(direct):.1f}), "
        f"barrel recipe median {v:.1f} ({min(via):.1f}..{max(via):.1f}) {unit}; ratio {v / d:.2f}"
    )


if __name__ == "__main__":
    main()
