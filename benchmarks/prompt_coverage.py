"""Prompt coverage: how many public prompts get a fitting recipe, per category, and how long a
prompt takes to read and to build.

Reads benchmarks/prompts/prompts.jsonl ({prompt, category, expect: [recipe names]}) through the
shape chooser the generator uses (assetsmith.shapes.choose: the lexicon against the recipe library
itself) and prints the recognised-with-a-fitting-recipe rate per category and overall, every miss
with what was read instead, the reading time per prompt, and the build time per prompt: the
generated spec's shape built to meshes, LODs and collider at the spec's triangle budget (median,
spread, max; `--no-build` skips it). `--recipes FILE.md` reads against a planned table instead
(| name | category | nouns | anchors |, as benchmarks/prompts/PLANNED_RECIPES.md), without builds.

    PYTHONPATH=src python benchmarks/prompt_coverage.py [--prompts FILE] [--recipes FILE.md]
        [--no-build] [--json OUT.json] [--min-rate 0.95]

Exit status 1 when the overall rate is below --min-rate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from assetsmith.pipeline.stages.geometry import spec_program
from assetsmith.shapes.build import build_program
from assetsmith.shapes.choose import choose_shape
from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, get_lexicon, interpret
from assetsmith.spec import generate_spec, load_spec

HERE = Path(__file__).resolve().parent


def planned_entries(path: Path) -> list[RecipeEntry]:
    """Recipe entries from the markdown table | name | category | nouns | anchors |."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("name", "---") or not line.startswith("|"):
            continue
        name, category, nouns, anchors = cells
        entries.append(
            RecipeEntry(
                name=name,
                category=category,
                nouns=tuple(n.strip() for n in nouns.split(",") if n.strip()),
                synsets=tuple(a.strip() for a in anchors.split(",") if a.strip()),
            )
        )
    return entries


def load_prompts(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row.get("expect"), list) or not row.get("prompt"):
                raise SystemExit(f"{path}:{n}: each line needs 'prompt' and a list 'expect'")
            rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--prompts", type=Path, default=HERE / "prompts" / "prompts.jsonl")
    parser.add_argument(
        "--recipes",
        type=Path,
        default=None,
        help="a planned recipe table to read against instead of the library (no builds)",
    )
    parser.add_argument(
        "--no-build", action="store_true", help="only read the prompts, do not build them"
    )
    parser.add_argument("--json", type=Path, help="write the per-prompt results here")
    parser.add_argument("--min-rate", type=float, default=0.95)
    args = parser.parse_args()

    t0 = time.perf_counter()
    get_lexicon()
    load_ms = (time.perf_counter() - t0) * 1000
    library = args.recipes is None
    if library:
        from assetsmith.shapes.choose import recipe_index

        index = recipe_index()
    else:
        index = RecipeIndex(planned_entries(args.recipes))
    known = set(index.entries)
    prompts = load_prompts(args.prompts)
    bad = sorted({e for row in prompts for e in row["expect"] if e not in known})
    if bad:
        print(
            f"note: {len(bad)} expected recipe(s) not in the index (their prompts count as misses): "
            f"{', '.join(bad)}"
        )
    build = library and not args.no_build
    build_times: list[float] = []
    slowest: list[tuple[float, str]] = []

    per_cat: dict[str, list[bool]] = defaultdict(list)
    times: list[float] = []
    misses, results = [], []
    for row in prompts:
        t = time.perf_counter()
        if library:
            choice = choose_shape(row["prompt"])
            result = None
            got = choice.recipe.name if choice.fitted else None
            shape = choice.shape
        else:
            result = interpret(row["prompt"], index)
            got = result.match.recipe
            shape = result.match.to_dict()
        times.append((time.perf_counter() - t) * 1000)
        if build:
            t = time.perf_counter()
            spec = load_spec(generate_spec(row["prompt"]))
            program, scale = spec_program(spec, int(spec["variants"][0]["seed"]))
            build_program(
                program,
                seed=int(spec["variants"][0]["seed"]),
                poly_budget=int(spec["poly_budget_tris"]),
                scale=scale,
                collider=spec["unity"]["collider"],
            )
            dt = (time.perf_counter() - t) * 1000
            build_times.append(dt)
            slowest.append((dt, row["prompt"]))
        ok = got in row["expect"]
        per_cat[row["category"]].append(ok)
        results.append(
            {
                "prompt": row["prompt"],
                "category": row["category"],
                "expect": row["expect"],
                "shape": shape,
                "ok": ok,
            }
        )
        if not ok:
            misses.append((row, shape))

    first, rest = times[0], times[1:] or times
    total_ok = sum(sum(v) for v in per_cat.values())
    rate = total_ok / len(prompts)
    source = "the library" if library else args.recipes.name
    print(f"recipe index: {len(index)} recipes ({source}); prompts: {len(prompts)}")
    print(f"lexicon load: {load_ms:.1f} ms")
    print(f"{'category':<16} {'fit':>5} {'of':>4} {'rate':>7}")
    for cat in sorted(per_cat):
        v = per_cat[cat]
        print(f"{cat:<16} {sum(v):>5} {len(v):>4} {sum(v) / len(v):>7.1%}")
    print(f"{'ALL':<16} {total_ok:>5} {len(prompts):>4} {rate:>7.1%}")
    q = statistics.quantiles(rest, n=10) if len(rest) >= 10 else [min(rest), max(rest)]
    print(
        f"reading time per prompt: first {first:.1f} ms (warms caches); then median "
        f"{statistics.median(rest):.2f} ms, p10 {q[0]:.2f} ms, p90 {q[-1]:.2f} ms, max {max(rest):.2f} ms"
    )
    if build_times:
        q = statistics.quantiles(build_times, n=10)
        print(
            f"build time per prompt (spec + meshes + LODs + collider, one process): median "
            f"{statistics.median(build_times):.0f} ms, p10 {q[0]:.0f} ms, p90 {q[-1]:.0f} ms, "
            f"max {max(build_times):.0f} ms; total {sum(build_times) / 1000:.1f} s"
        )
        print(
            "slowest: "
            + "; ".join(f"{p!r} {t:.0f} ms" for t, p in sorted(slowest, reverse=True)[:5])
        )
    if misses:
        print(f"\nmisses ({len(misses)}):")
        for row, m in misses:
            print(
                f"  [{row['category']}] {row['prompt']!r}: expected {'/'.join(row['expect'])}, got "
                f"{m['recipe']} ({m['how']} {m['confidence']}){' - ' + m['fallback'] if m['fallback'] else ''}"
            )
    if args.json:
        args.json.write_text(
            json.dumps(
                {"rate": rate, "load_ms": load_ms, "build_ms": build_times, "results": results},
                indent=1,
            )
        )
    return 0 if rate >= args.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
