"""Prompt coverage: how many public prompts the reader maps to a fitting recipe, per category.

Reads benchmarks/prompts/prompts.jsonl ({prompt, category, expect: [recipe names]}) through the
prompt reader against a recipe index (by default the planned recipes of
benchmarks/prompts/PLANNED_RECIPES.md) and prints the recognised-with-a-fitting-recipe rate per
category and overall, every miss with what was read instead, and the reading time per prompt
(median, spread, and the first read, which loads the lexicon).

    PYTHONPATH=src python benchmarks/prompt_coverage.py [--prompts FILE] [--recipes FILE.md]
        [--json OUT.json] [--min-rate 0.95]

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

from assetsmith.shapes.lexicon import RecipeEntry, RecipeIndex, get_lexicon, interpret

HERE = Path(__file__).resolve().parent


def planned_entries(path: Path) -> list[RecipeEntry]:
    """Recipe entries from the markdown table | name | category | nouns | anchors |."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("name", "---") or not line.startswith("|"):
            continue
        name, category, nouns, anchors = cells
        entries.append(RecipeEntry(
            name=name, category=category,
            nouns=tuple(n.strip() for n in nouns.split(",") if n.strip()),
            synsets=tuple(a.strip() for a in anchors.split(",") if a.strip()),
        ))
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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompts", type=Path, default=HERE / "prompts" / "prompts.jsonl")
    parser.add_argument("--recipes", type=Path, default=HERE / "prompts" / "PLANNED_RECIPES.md")
    parser.add_argument("--json", type=Path, help="write the per-prompt results here")
    parser.add_argument("--min-rate", type=float, default=0.95)
    args = parser.parse_args()

    t0 = time.perf_counter()
    get_lexicon()
    load_ms = (time.perf_counter() - t0) * 1000
    entries = planned_entries(args.recipes)
    index = RecipeIndex(entries)
    known = set(index.entries)
    prompts = load_prompts(args.prompts)
    bad = sorted({e for row in prompts for e in row["expect"] if e not in known})
    if bad:
        raise SystemExit(f"prompts expect recipes the index lacks: {', '.join(bad)}")

    per_cat: dict[str, list[bool]] = defaultdict(list)
    times: list[float] = []
    misses, results = [], []
    for row in prompts:
        t = time.perf_counter()
        result = interpret(row["prompt"], index)
        times.append((time.perf_counter() - t) * 1000)
        got = result.match.recipe
        ok = got in row["expect"]
        per_cat[row["category"]].append(ok)
        results.append({"prompt": row["prompt"], "category": row["category"], "expect": row["expect"],
                        "shape": result.match.to_dict(), "ok": ok})
        if not ok:
            misses.append((row, result))

    first, rest = times[0], times[1:] or times
    total_ok = sum(sum(v) for v in per_cat.values())
    rate = total_ok / len(prompts)
    print(f"recipe index: {len(index)} recipes ({args.recipes.name}); prompts: {len(prompts)}")
    print(f"lexicon load: {load_ms:.1f} ms")
    print(f"{'category':<16} {'fit':>5} {'of':>4} {'rate':>7}")
    for cat in sorted(per_cat):
        v = per_cat[cat]
        print(f"{cat:<16} {sum(v):>5} {len(v):>4} {sum(v) / len(v):>7.1%}")
    print(f"{'ALL':<16} {total_ok:>5} {len(prompts):>4} {rate:>7.1%}")
    q = statistics.quantiles(rest, n=10) if len(rest) >= 10 else [min(rest), max(rest)]
    print(f"reading time per prompt: first {first:.1f} ms (warms caches); then median "
          f"{statistics.median(rest):.2f} ms, p10 {q[0]:.2f} ms, p90 {q[-1]:.2f} ms, max {max(rest):.2f} ms")
    if misses:
        print(f"\nmisses ({len(misses)}):")
        for row, result in misses:
            m = result.match
            head = result.reading.head.lemma if result.reading.head else None
            print(f"  [{row['category']}] {row['prompt']!r}: expected {'/'.join(row['expect'])}, got "
                  f"{m.recipe} ({m.how} {m.confidence}; head {head}){' - ' + m.fallback if m.fallback else ''}")
    if args.json:
        args.json.write_text(json.dumps({"rate": rate, "load_ms": load_ms, "results": results}, indent=1))
    return 0 if rate >= args.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
