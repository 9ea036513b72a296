"""The reference tool's routes under /api/studio: same paths, request fields and response fields.

They call the same services as /api/v1. Differences, all deliberate: values that were server
paths are URLs; `comfy_base_url` in a request is refused (backend URLs come from configuration);
`/paths` (a list of server paths) is not served. The billing routes (`/api/studio/billing/*`) are in
routes/billing.py."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from ... import sdk
from ..._version import __version__
from ...errors import NotFound
from ...tenancy import COST_GENERATE_SPEC, Principal
from .. import service
from ..deps import app_state, principal
from ..errors import error_responses
from ..files import FILE_REDIRECT, file_response
from ..health import backend_report, comfy_status, queue_snapshot
from ..models import Usage
from ..sse import job_stream, sse_response
from ..state import AppState
from ..studio_models import (
    ComfyStatus,
    EnqueueJobRequest,
    EnqueueJobResponse,
    GenerateSpecRequest,
    GenerateSpecResponse,
    HealthResponse,
    JobIndex,
    MetricsResponse,
    PackRequest,
    PackResponse,
    QueueList,
    QueueRow,
    RunJobRequest,
    RunJobResponse,
)
from ..views import V1, index_entry, queue_row

router = APIRouter(prefix="/api/studio", tags=["studio (reference)"])
COMMON = error_responses(401, 404, 422, 429)


@router.get("/health", response_model=HealthResponse)
def health(state: AppState = Depends(app_state)) -> dict:
    """Liveness, whether keys are required, and each backend's state."""
    backends = backend_report(state)
    ok = all(b["ok"] for b in backends.values() if b.get("required"))
    return {
        "status": "ok" if ok else "degraded",
        "auth_required": state.settings.auth_required,
        "stripe_webhook_configured": state.settings.stripe_webhook_secret is not None,
        "worker_version": __version__,
        "backends": backends,
    }


@router.get("/metrics", response_model=MetricsResponse, responses=COMMON)
def metrics(who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """Your queue counts by status and its backlog (the reference's JSON snapshot)."""
    return queue_snapshot(state, who.tenant_id)


@router.get("/comfy-status", response_model=ComfyStatus)
def comfy(state: AppState = Depends(app_state)) -> dict:
    """Whether the configured ComfyUI answers (its URL is not shown)."""
    return comfy_status(state)


@router.get("/usage", response_model=Usage, responses=COMMON)
def usage(who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """Plan, credits used this month and the cap."""
    return state.tenancy.usage(who)


@router.post(
    "/generate-spec",
    response_model=GenerateSpecResponse,
    responses=error_responses(401, 402, 422, 429),
)
def generate_spec(
    body: GenerateSpecRequest,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """A validated asset spec for a prompt (1 credit)."""
    from ..moderation import check_prompt

    check_prompt(state.settings, body.prompt)
    state.tenancy.charge(who, COST_GENERATE_SPEC, "generate-spec")
    spec = sdk.generate_spec(body.prompt, category=body.category, style_preset=body.style_preset)
    return {
        "spec": spec,
        "meta": {
            "source": "offline",
            "mock": body.mock,
            "credits": COST_GENERATE_SPEC if who.limits_enforced else 0,
        },
    }


async def _run_and_wait(state: AppState, who: Principal, request: dict) -> dict:
    sub = await run_in_threadpool(service.submit, state, who, request)
    rec = await service.wait_finished(state, who, sub.job_id, state.settings.api_run_timeout_s)
    m = await run_in_threadpool(service.manifest, state, rec) if rec.status == "succeeded" else {}
    err = service.job_error_text(rec)
    return {
        "job_id": rec.id,
        "folder": rec.folder or rec.id,
        "manifest": m,
        "spec": (m.get("assets") or [{}])[0] if m else {},
        "output_dir": f"{V1}/jobs/{rec.id}/files",
        "zip_path": f"/api/studio/jobs/{rec.id}/download",
        "texture_logs": [],
        "mesh_logs": [],
        "errors": [err] if err else [],
    }


@router.post(
    "/pack", response_model=PackResponse, responses=error_responses(401, 402, 422, 429, 504)
)
async def pack(
    body: PackRequest, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """Build a pack from a spec and wait for it (a job; 2 credits)."""
    out = await _run_and_wait(state, who, {"spec": body.spec, "textures": False})
    return {"manifest": out["manifest"], "output_dir": out["output_dir"]}


@router.post(
    "/jobs/run",
    response_model=RunJobResponse,
    responses=error_responses(401, 402, 403, 422, 429, 504),
)
async def run_job(
    body: RunJobRequest, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """Run a job and wait for it (the queue's workers build it; no server thread is held meanwhile)."""
    return await _run_and_wait(
        state,
        who,
        {
            "prompt": body.prompt,
            "category": body.category,
            "style_preset": body.style_preset,
            "engine": body.engine_target,
            "textures": body.generate_textures,
        },
    )


@router.post(
    "/queue/jobs",
    response_model=EnqueueJobResponse,
    responses=error_responses(401, 402, 403, 422, 429),
)
def enqueue(
    body: EnqueueJobRequest,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Queue a job; the same idempotency_key returns the same queue_id without charging again."""
    sub = service.submit(
        state,
        who,
        {
            "prompt": body.prompt,
            "category": body.category,
            "style_preset": body.style_preset,
            "engine": body.engine_target,
            "textures": body.generate_textures,
        },
        max_attempts=body.max_attempts,
        idempotency_key=(body.idempotency_key or "").strip() or None,
    )
    return {"queue_id": sub.job_id, "deduplicated": sub.deduplicated}


@router.get("/queue/jobs", response_model=QueueList, responses=COMMON)
def queue_jobs(
    limit: int = Query(50, ge=1, le=500),
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Your recent queue rows."""
    return {"jobs": [queue_row(r) for r in service.list_jobs(state, who, limit=limit)]}


@router.get("/queue/jobs/{queue_id}", response_model=QueueRow, responses=COMMON)
def queue_job(
    queue_id: str, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """One queue row."""
    return queue_row(service.get_job(state, who, queue_id))


@router.get(
    "/queue/jobs/{queue_id}/events",
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "Server-sent events."},
        **COMMON,
    },
)
def queue_job_events(
    request: Request,
    queue_id: str,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
):
    """`event: job` with the queue row whenever it changes, until it is completed or dead."""
    service.get_job(state, who, queue_id)
    return sse_response(
        job_stream(
            request,
            state,
            lambda: service.get_job(state, who, queue_id),
            lambda rec: ("job", queue_row(rec)),
            raw_events=False,
        )
    )


@router.get("/jobs", response_model=JobIndex, responses=COMMON)
def jobs(who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """Your jobs as the reference's index."""
    return {
        "jobs": [index_entry(r) for r in service.list_jobs(state, who, limit=200)],
        "jobs_root": "/api/studio/jobs",
    }


@router.get(
    "/jobs/{job_id}/download",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/zip": {}}, "description": "pack.zip"},
        **FILE_REDIRECT,
        **COMMON,
    },
)
def download(
    job_id: str, who: Principal = Depends(principal), state: AppState = Depends(app_state)
):
    """The job's pack.zip."""
    rec = service.get_job(state, who, job_id)
    if rec.status != "succeeded":
        raise NotFound(
            f"Job '{job_id}' has no pack.zip (it is {rec.status}).", "Wait for it to complete."
        )
    return file_response(
        state.artifacts, service.artifact_key(rec, "pack.zip"), f"assetsmith-{rec.id}.zip"
    )
