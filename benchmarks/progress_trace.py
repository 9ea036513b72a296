"""The progress trace of one run-job: every event the CLI bar, the job store (and so SSE and the
/studio page) receive, with its time; the longest gap between two events, and the longest time
the bar's fraction stood still (an event that repeats the fraction with a new message does not
end that stall).

    python benchmarks/progress_trace.py [--resolution 4096] [--prompt "wooden barrel with iron bands"]

Run it with bytecode caching on (PYTHONDONTWRITEBYTECODE unset, or PYTHONPYCACHEPREFIX set to a
writable folder): without it every import compiles afresh and the spec stage and the time to the
first event read about a second longer than an installed package's.

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


def longest_gap(
    events: list[tuple[float, str, float, str]], total: float, *, moved_only: bool
) -> tuple[float, str]:
    """The longest time between two events (from the start to the end of the job), and the
    message of the event it follows. moved_only: count only events whose fraction is above every
    earlier one, so an event that repeats the bar's position (a new message, a heartbeat) does
    not end a stall of the bar itself."""
    marks: list[tuple[float, str]] = [(0.0, "start")]
    top = -1.0
    for t, _stage, fraction, message in events:
        if moved_only and fraction <= top:
            continue
        top = max(top, fraction)
        marks.append((t, message))
    marks.append((total, "end"))
    gap, after = max((b[0] - a[0], a[1]) for a, b in zip(marks, marks[1:], strict=False))
    return gap, after


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--resolution", type=int, default=4096)
    ap.add_argument("--prompt", default="wooden barrel with iron bands")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    if sys.dont_write_bytecode:
        print(
            "note: bytecode caching is off (PYTHONDONTWRITEBYTECODE): imports compile on every run, so the"
            " first events come later than with an installed package"
        )
    import assetsmith

    events: list[tuple[float, str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = assetsmith.Settings(data_dir=Path(tmp) / "data", jobs_max_count=2)
        t0 = time.perf_counter()

        def record(stage: str, fraction: float, message: str) -> None:
            events.append((time.perf_counter() - t0, stage, fraction, message))

        result = assetsmith.run_job(
            args.prompt, resolution=args.resolution, settings=settings, progress=record
        )
        total = time.perf_counter() - t0
    longest, after = longest_gap(events, total, moved_only=False)
    longest_f, after_f = longest_gap(events, total, moved_only=True)
    print(
        f"run-job '{args.prompt}' at {args.resolution} px: {total:.1f} s, {len(events)} progress events"
    )
    for t, stage, fraction, message in events:
        print(f"  {t:7.2f} s  {fraction * 100:6.2f}%  {stage:<12} {message}")
    print(f"longest gap between events:         {longest:.2f} s (after '{after}')")
    print(f"longest gap in the fraction (bar):  {longest_f:.2f} s (after '{after_f}')")
    print("stage timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()))
    if args.json:
        print(
            json.dumps(
                {
                    "total_s": total,
                    "longest_gap_s": longest,
                    "longest_fraction_gap_s": longest_f,
                    "events": events,
                }
            )
        )


if __name__ == "__main__":
    main()
