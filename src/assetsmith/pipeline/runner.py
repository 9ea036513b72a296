"""The runner orders stages, records progress and timings, honours cancellation at stage boundaries,
and turns unexpected failures into one error type (StageFailed) without leaking internals."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Sequence

from ..errors import AssetsmithError, Cancelled, StageFailed
from .context import JobContext
from .stage import AnyStage

log = logging.getLogger("assetsmith.pipeline")


def run_stages(ctx: JobContext, plan: Sequence[AnyStage]) -> JobContext:
    """Run `plan` (stages bound to their options, see pipeline/plan.py) over `ctx`, in order."""
    total = sum(s.weight for s in plan) or 1.0
    done = 0.0
    for stage in plan:
        stage.kick_off(ctx)
    for stage in plan:
        if ctx.is_cancelled():
            raise Cancelled(f"The job was cancelled before stage '{stage.name}'.")
        ctx.progress(stage.name, done / total, f"{stage.name}: {stage.description}")
        ctx.enter_stage(stage.name, done / total, stage.weight / total)  # for ctx.report inside it
        t0 = time.perf_counter()
        try:
            stage.run(ctx)
        except AssetsmithError:
            ctx.log(f"stage {stage.name} failed")
            raise
        except MemoryError:
            raise StageFailed(
                stage.name, "out of memory", "Lower the texture resolution or triangle budget."
            ) from None
        except Exception as exc:  # a bug: keep the trace in the job log, not in the error message
            ctx.log(f"stage {stage.name} crashed: {type(exc).__name__}\n{traceback.format_exc()}")
            log.exception("stage %s crashed", stage.name)
            raise StageFailed(stage.name, type(exc).__name__) from exc
        ctx.timings[stage.name] = round(time.perf_counter() - t0, 4)
        done += stage.weight
    ctx.progress("done", 1.0, "done")
    return ctx
