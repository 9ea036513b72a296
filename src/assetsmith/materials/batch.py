"""Synthesise and encode a job's texture sets on one thread pool, with progress that moves.

Each texture set is synthesised on a worker thread; as soon as one is done its maps are queued
for PNG encoding on the same pool, so encoding fills the core a lone synthesis leaves idle. The
workers only bump counters (synthesis steps, sets done, maps encoded); the calling thread wakes
every `poll_s`, turns the counters into a fraction and reports it. Progress callbacks (database
writes, SSE events, the CLI bar) therefore run on the caller's thread, at most a few per second.

The fraction: a set's synthesis is worth `SYNTH_SHARE` of the work and its encoding the rest; a
set being synthesised advances by 1 - 0.8^steps of its share (each `SynthContext.step` is one
full-size field), which moves with every step and never claims the set is done before it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import partial
from typing import Any

import numpy as np

from assetsmith.formats.png import encode_png

SYNTH_SHARE = 0.75
_STEP_DECAY = 0.8

Report = Callable[[float, str], None]
Plane = tuple[np.ndarray, bool]  # (pixels, srgb)


class _Counters:
    def __init__(self, sets: int) -> None:
        self.lock = threading.Lock()
        self.steps = [0] * sets

    def step(self, index: int) -> None:
        with self.lock:
            self.steps[index] += 1


def synthesize_and_encode(
    jobs: Sequence[Any],
    synth: Callable[[Any, Callable[[], None]], Any],
    planes: Callable[[Any, Any], list[tuple[str, Plane]]],
    *,
    level: int,
    workers: int,
    report: Report,
    label: Callable[[Any], str] = str,
    poll_s: float = 0.25,
) -> tuple[list[Any], list[list[tuple[str, bytes]]]]:
    """Run `synth(job, on_step)` for every job and encode `planes(job, result)` as PNGs.

    Returns (results in job order, [[(role, png bytes), ...] per job]). `report(fraction, message)`
    is called on this thread as work completes and at least every `poll_s` while steps happen.
    Exceptions from a worker propagate (the remaining work is cancelled).
    """
    n = len(jobs)
    counters = _Counters(n)
    results: list[Any] = [None] * n
    encoded: list[list[tuple[str, bytes] | None]] = [[] for _ in range(n)]
    synth_done = [False] * n
    maps_total = [0] * n
    maps_done = [0] * n
    last_note = ""

    def fraction() -> float:
        with counters.lock:
            steps = list(counters.steps)
        done = 0.0
        for i in range(n):
            s = 1.0 if synth_done[i] else 1.0 - _STEP_DECAY ** steps[i]
            e = maps_done[i] / maps_total[i] if maps_total[i] else 0.0
            done += SYNTH_SHARE * s + (1.0 - SYNTH_SHARE) * e
        return done / max(n, 1)

    with ThreadPoolExecutor(max(1, workers)) as pool:
        pending: dict[Future[Any], tuple[str, int, int]] = {}
        for i, job in enumerate(jobs):
            fut = pool.submit(synth, job, partial(counters.step, i))
            pending[fut] = ("synth", i, 0)
        try:
            while pending:
                finished, _ = wait(pending, timeout=poll_s, return_when=FIRST_COMPLETED)
                for fut in finished:
                    kind, i, k = pending.pop(fut)
                    if kind == "synth":
                        results[i] = fut.result()
                        synth_done[i] = True
                        todo = planes(jobs[i], results[i])
                        maps_total[i] = len(todo)
                        encoded[i] = [None] * len(todo)
                        for k2, (role, (pixels, srgb)) in enumerate(todo):
                            enc = pool.submit(encode_png, pixels, srgb=srgb, level=level)
                            pending[enc] = (role, i, k2)
                        last_note = f"{label(jobs[i])} synthesised"
                    else:
                        encoded[i][k] = (kind, fut.result())
                        maps_done[i] += 1
                        last_note = f"{label(jobs[i])} {kind} map encoded"
                synthesising = [label(jobs[i]) for i in range(n) if not synth_done[i]]
                note = last_note if finished else f"synthesising {', '.join(synthesising) or 'maps'}"
                report(fraction(), note)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return results, [list(e) for e in encoded]  # type: ignore[arg-type]
