"""The one pack builder: `build_pack` runs the plan for a request into a staging folder. The SDK's
`build_pack` (a pack folder), `run_job` and the CLI (a job in the artifact store), and queue
workers (kind `run_job`, which the HTTP API submits) all build through it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from .._version import __version__
from ..settings import Settings
from .context import JobContext, ProgressFn
from .plan import OFFLINE_PIPELINE, plan
from .request import JobRequest
from .runner import run_stages
from .stage import AnyStage


def build_id_for(request: JobRequest) -> str:
    """The build id: the request's content hash and this version (equal requests, equal builds)."""
    return "b_" + hashlib.sha256(f"{request.digest()}:{__version__}".encode()).hexdigest()[:20]


def build_pack(
    request: JobRequest,
    settings: Settings,
    *,
    job_id: str,
    staging_dir: Path,
    stages: Sequence[AnyStage] = OFFLINE_PIPELINE,
    progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> JobContext:
    """Run `stages` (bound to options from `settings`) for `request` into `staging_dir`: `pack/`
    and `pack.zip`, and with the attest stage `run.intoto.jsonl` beside them.
    The caller commits (or discards) the staging folder. Returns the finished context."""
    ctx = JobContext(
        request=request, job_id=job_id, build_id=build_id_for(request), staging_dir=staging_dir
    )
    if progress is not None:
        ctx.progress = progress
    if is_cancelled is not None:
        ctx.is_cancelled = is_cancelled
    return run_stages(ctx, plan(settings, stages=stages))
