"""The progress trace of one run-job: every event the CLI bar, the job store (and so SSE and the
/studio page) receive, with its time, and the longest gap between two events.

    python benchmarks/progress_trace.py [--resolution 4096] [--prompt "wooden barrel with iron bands"]

Goal (issue 16): no bar stands still for more than about a second of work; before, a 4096-px job
sat at "materials 2%" for 41 of 47.7 s.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` (thread pools import it).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resolution", type=int, default=4096)
    ap.add_argument("--prompt", default="wooden barrel with iron bands")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import assetsmith

    events: list[tuple[float, str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = assetsmith.Settings(data_dir=Path(tmp) / "data", jobs_max_count=2)
        t0 = time.perf_counter()

        def record(stage: str, fraction: float, message: str) -> None:
            events.append((time.perf_counter() - t0, stage, fraction, message))

        result = assetsmith.run_job(args.prompt, resolution=args.resolution, settings=settings, progress=record)
        total = time.perf_counter() - t0
    times = [0.0] + [e[0] for e in events] + [total]
    gaps = [(b - a, i) for i, (a, b) in enumerate(zip(times, times[1:], strict=False))]
    longest, where = max(gaps)
    print(f"run-job '{args.prompt}' at {args.resolution} px: {total:.1f} s, {len(events)} progress events")
    for t, stage, fraction, message in events:
        print(f"  {t:7.2f} s  {fraction * 100:5.1f}%  {stage:<12} {message}")
    after = events[where - 1][3] if where > 0 else "start"
    print(f"longest gap between updates: {longest:.2f} s (after '{after}')")
    print("stage timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    if args.json:
        print(json.dumps({"total_s": total, "longest_gap_s": longest, "events": events}))


if __name__ == "__main__":
    main()
