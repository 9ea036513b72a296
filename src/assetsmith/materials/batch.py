"""Synthesise and encode a job's texture sets on one thread pool, with progress that moves.

Each texture set is synthesised on a worker thread; as soon as one is done its maps are queued
for PNG encoding on the same pool, so encoding fills the core a lone synthesis leaves idle. The
workers only bump counters (synthesis sub-steps, sets done, maps encoded); the calling thread
wakes every `poll_s`, turns the counters into a fraction and reports it. Progress callbacks
(database writes, SSE events, the CLI bar) therefore run on the caller's thread, at most a few
per second.

The fraction: a set's synthesis is worth `SYNTH_SHARE` of the work and its encoding the rest.
- Synthesis moves with every sub-step (`materials/progress.py`: each full-size field and each
  pass of the shared helpers, a few hundred milliseconds apart at 4096 px). When
  `expected_steps(job)` gives the set's count (the materials stage counts them with the same
  synthesis at 64 px, a few milliseconds), a set stands at steps / (expected + 1); without a
  count, at 1 - 0.8^steps. Each size-dependent pass inside a sub-step (an upsampling doubling,
  a blur pass: `minor_tick`) adds half of what is left to the next sub-step, so a long
  sub-step moves too. Neither claims a set is done before it is.
- Encoding a map is one libdeflate call (a PNG holds one zlib stream, which cannot be cut into
  separately compressed bands), so a map being encoded advances by the time it has run times
  the encoder's throughput measured on the maps this process has already encoded, capped at
  `ENCODE_CAP` of the map until it is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

import numpy as np

from assetsmith.formats.png import encode_png
from assetsmith.materials.progress import minor_ticking

SYNTH_SHARE = 0.75
_STEP_DECAY = 0.8
ENCODE_CAP = 0.9  # the most of a map an estimate may claim before libdeflate returns

Report = Callable[[float, str], None]
Plane = tuple[np.ndarray, bool]  # (pixels, srgb)

# Bytes of raw pixels libdeflate turns into PNG per second, by level: a prior for the first maps
# (about what the 2-core VMs manage under load), then the running average of measured encodes.
_ENCODE_RATE: dict[int, float] = {}
_RATE_PRIOR = ((3, 120e6), (6, 40e6), (12, 8e6))
_rate_lock = threading.Lock()


def encode_rate(level: int) -> float:
    """The expected PNG encoding throughput (raw bytes per second) at a libdeflate level."""
    with _rate_lock:
        if level in _ENCODE_RATE:
            return _ENCODE_RATE[level]
    return next(rate for top, rate in _RATE_PRIOR if level <= top)


def _measured(level: int, nbytes: int, seconds: float) -> None:
    if seconds <= 0 or nbytes < 1 << 20:  # small maps time mostly overhead
        return
    rate = nbytes / seconds
    with _rate_lock:
        old = _ENCODE_RATE.get(level)
        _ENCODE_RATE[level] = rate if old is None else 0.5 * old + 0.5 * rate


class _Counters:
    """What the worker threads tell the reporting thread: sub-steps per set, which sets have
    started synthesising, and when each running encode began."""

    def __init__(self, sets: int) -> None:
        self.lock = threading.Lock()
        self.steps = [0] * sets
        self.minor = [0] * sets  # size-dependent passes since the set's last sub-step
        self.started = [False] * sets
        self.encoding: dict[tuple[int, int], tuple[float, int]] = {}  # (set, map) -> (start, bytes)

    def step(self, index: int) -> None:
        with self.lock:
            self.steps[index] += 1
            self.minor[index] = 0

    def minor_step(self, index: int) -> None:
        with self.lock:
            self.minor[index] += 1


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
    expected_steps: Callable[[Any], int] | None = None,
) -> tuple[list[Any], list[list[tuple[str, bytes]]]]:
    """Run `synth(job, on_step)` for every job and encode `planes(job, result)` as PNGs.

    Returns (results in job order, [[(role, png bytes), ...] per job]). `report(fraction, message)`
    is called on this thread every `poll_s` while work is in flight and as work completes.
    `expected_steps(job)`, when given, is how many times `synth` will call `on_step` for that job
    (an estimate is fine: a set never shows done before it is). Exceptions from a worker
    propagate (the remaining work is cancelled).
    """
    n = len(jobs)
    counters = _Counters(n)
    results: list[Any] = [None] * n
    encoded: list[list[tuple[str, bytes] | None]] = [[] for _ in range(n)]
    synth_done = [False] * n
    maps_total = [0] * n
    maps_done = [0] * n
    expected = [0] * n  # filled in by each set's worker before it synthesises
    last_note = ""

    def run_synth(i: int) -> Any:
        count = max(0, int(expected_steps(jobs[i]))) if expected_steps else 0
        with counters.lock:
            expected[i] = count
            counters.started[i] = True
        with minor_ticking(lambda: counters.minor_step(i)):
            return synth(jobs[i], lambda: counters.step(i))

    def run_encode(i: int, k: int, pixels: np.ndarray, srgb: bool) -> bytes:
        t0 = time.monotonic()
        with counters.lock:
            counters.encoding[(i, k)] = (t0, int(pixels.nbytes))
        try:
            png = encode_png(pixels, srgb=srgb, level=level)
        finally:
            with counters.lock:
                counters.encoding.pop((i, k), None)
        _measured(level, int(pixels.nbytes), time.monotonic() - t0)
        return png

    def fraction() -> float:
        now = time.monotonic()
        rate = encode_rate(level)
        with counters.lock:
            # the passes inside the current sub-step move it up to, never onto, the next one
            steps = [s + 1.0 - 0.5**m for s, m in zip(counters.steps, counters.minor, strict=True)]
            counts = list(expected)
            running = list(counters.encoding.items())
        partial = [0.0] * n
        for (i, _k), (t0, nbytes) in running:
            partial[i] += min(ENCODE_CAP, (now - t0) * rate / max(nbytes, 1))
        done = 0.0
        for i in range(n):
            if synth_done[i]:
                s = 1.0
            elif counts[i]:
                s = steps[i] / (max(counts[i], steps[i]) + 1)
            else:
                s = 1.0 - _STEP_DECAY ** steps[i]
            e = (maps_done[i] + partial[i]) / maps_total[i] if maps_total[i] else 0.0
            done += SYNTH_SHARE * s + (1.0 - SYNTH_SHARE) * min(e, 1.0)
        return done / max(n, 1)

    def waiting_note() -> str:
        with counters.lock:
            started = list(counters.started)
            running = [i for (i, _k) in counters.encoding]
        synthesising = [label(jobs[i]) for i in range(n) if started[i] and not synth_done[i]]
        queued = [label(jobs[i]) for i in range(n) if not started[i]]
        if synthesising:
            note = f"synthesising {', '.join(synthesising)}"
            return note + (f" ({', '.join(queued)} waiting)" if queued else "")
        if running:
            sets = sorted(set(running))
            return "encoding " + ", ".join(f"{label(jobs[i])} maps" for i in sets)
        return "synthesising maps"

    with ThreadPoolExecutor(max(1, workers)) as pool:
        pending: dict[Future[Any], tuple[str, int, int]] = {}
        for i in range(n):
            pending[pool.submit(run_synth, i)] = ("synth", i, 0)
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
                            pending[pool.submit(run_encode, i, k2, pixels, srgb)] = (role, i, k2)
                        last_note = f"{label(jobs[i])} synthesised"
                    else:
                        encoded[i][k] = (kind, fut.result())
                        maps_done[i] += 1
                        last_note = f"{label(jobs[i])} {kind} map encoded"
                report(fraction(), last_note if finished else waiting_note())
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return results, [list(e) for e in encoded]  # type: ignore[arg-type]
