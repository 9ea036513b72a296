"""The runner orders stages, records progress and timings, honours cancellation at stage boundaries,
and turns unexpected failures into one error type (StageFailed) without leaking internals."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..errors import AssetsmithError, Cancelled, StageFailed
from .context import JobContext

log = logging.getLogger("assetsmith.pipeline")


@dataclass(frozen=True)
class Stage:
    """A named step over a JobContext. `weight` is its share of the progress bar. `prepare`, when
    given, is called for every planned stage before the first one runs: a quick, non-blocking
    kick-off of slow set-up (e.g. the GL context) that then overlaps the stages before it."""

    name: str
    run: Callable[[JobContext], None]
    weight: float = 1.0
    description: str = ""
    prepare: Callable[[JobContext], None] | None = None


STAGES: dict[str, Stage] = {}


def register_stage(name: str, *, weight: float = 1.0, description: str = "",
                   prepare: Callable[[JobContext], None] | None = None):
    def deco(fn: Callable[[JobContext], None]):
        STAGES[name] = Stage(name, fn, weight, description or (fn.__doc__ or "").strip().split("\n")[0], prepare)
        return fn

    return deco


def run_stages(ctx: JobContext, names: Sequence[str]) -> JobContext:
    from . import stages as _stages  # noqa: F401  (registers the built-in stages)

    plan = [STAGES[n] for n in names]
    total = sum(s.weight for s in plan) or 1.0
    done = 0.0
    for stage in plan:
        if stage.prepare is not None:
            stage.prepare(ctx)
    for stage in plan:
        if ctx.is_cancelled():
            raise Cancelled(f"The job was cancelled before stage '{stage.name}'.")
        ctx.progress(stage.name, done / total, f"{stage.name}: {stage.description}")
        ctx.stage_span = (stage.name, done / total, stage.weight / total)
        ctx._last_report = (done / total, time.monotonic())
        t0 = time.perf_counter()
        try:
            stage.run(ctx)
        except AssetsmithError:
            ctx.log(f"stage {stage.name} failed")
            raise
        except MemoryError:
            raise StageFailed(stage.name, "out of memory", "Lower the texture resolution or triangle budget.") from None
        except Exception as exc:  # a bug: keep the trace in the job log, not in the error message
            ctx.log(f"stage {stage.name} crashed: {type(exc).__name__}\n{traceback.format_exc()}")
            log.exception("stage %s crashed", stage.name)
            raise StageFailed(stage.name, type(exc).__name__) from exc
        ctx.timings[stage.name] = round(time.perf_counter() - t0, 4)
        done += stage.weight
    ctx.progress("done", 1.0, "done")
    return ctx
