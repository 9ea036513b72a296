"""Our job routes (/api/v1): submit, list, show, cancel, events (SSE), logs, result, files, pack.zip."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse

from ...tenancy import Principal
from .. import service
from ..deps import app_state, principal
from ..errors import error_responses
from ..files import FILE_CONTENT, FILE_REDIRECT, file_response
from ..models import (
    CancelResult,
    FileList,
    JobList,
    JobLogs,
    JobResultView,
    JobStatus,
    JobView,
    SubmitJob,
    SubmitResult,
)
from ..sse import job_stream, sse_response
from ..state import AppState
from ..views import job_view, links

router = APIRouter(prefix="/api/v1", tags=["jobs"])
JOB_ID = Path(min_length=1, max_length=40, description="The job id (job_...).")
COMMON = error_responses(401, 404, 422, 429)


@router.post(
    "/jobs",
    status_code=202,
    response_model=SubmitResult,
    responses=error_responses(401, 402, 403, 413, 422, 429),
)
def submit_job(
    body: SubmitJob, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """Queue a pack build. Charges the job's credits (2, or 6 with model textures) at once; a
    failed or dead job is refunded."""
    service.require_prompt_or_spec(body.prompt, body.spec)
    request = body.model_dump(exclude={"max_attempts", "idempotency_key"})
    sub = service.submit(
        state, who, request, max_attempts=body.max_attempts, idempotency_key=body.idempotency_key
    )
    return {
        "job_id": sub.job_id,
        "status": sub.status,
        "deduplicated": sub.deduplicated,
        "cost": sub.cost,
        "links": links(sub.job_id),
    }


@router.get("/jobs", response_model=JobList, responses=COMMON)
def list_jobs(
    status: JobStatus | None = None,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=1_000_000),
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Your jobs, newest first."""
    return {
        "jobs": [
            job_view(r)
            for r in service.list_jobs(state, who, status=status, limit=limit, offset=offset)
        ]
    }


@router.get("/jobs/{job_id}", response_model=JobView, responses=COMMON)
async def show_job(request: Request, job_id: str = JOB_ID) -> JSONResponse:
    """One job's status and progress. The route clients poll, so it takes its caller by a direct
    call instead of through dependencies, and reads through api/fastread.py."""
    who = await principal(request)
    state: AppState = request.app.state.assetsmith
    rec = await state.fast.ajob(job_id, who.tenant_id)
    return JSONResponse(job_view(service.visible(rec, job_id)))


@router.post(
    "/jobs/{job_id}/cancel",
    response_model=CancelResult,
    responses=error_responses(401, 404, 409, 422, 429),
)
def cancel_job(
    job_id: str = JOB_ID, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """Cancel a job: a queued one never runs (and is refunded); a running one stops at its next stage."""
    return {"job_id": job_id, "status": service.cancel(state, who, job_id)}


@router.get(
    "/jobs/{job_id}/events",
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "Server-sent events."},
        **COMMON,
    },
)
def job_events(
    request: Request,
    job_id: str = JOB_ID,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
):
    """Server-sent events: `status`, `progress` and `log` events as they happen, a `job` snapshot
    (a JobView) after each change, and `end` when the job has finished. Resumes after Last-Event-ID."""
    service.get_job(state, who, job_id)
    return sse_response(
        job_stream(
            request,
            state,
            lambda: service.get_job(state, who, job_id),
            lambda rec: ("job", job_view(rec)),
            raw_events=True,
        )
    )


@router.get("/jobs/{job_id}/logs", response_model=JobLogs, responses=COMMON)
def job_logs(
    job_id: str = JOB_ID, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """The job's log lines."""
    return {"job_id": job_id, "lines": service.log_lines(state, who, job_id)}


@router.get("/jobs/{job_id}/result", response_model=JobResultView, responses=COMMON)
def job_result(
    job_id: str = JOB_ID, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """A succeeded job's summary, previews, provenance and originality verdicts, and download."""
    return service.result_view(state, service.get_job(state, who, job_id))


@router.get("/jobs/{job_id}/files", response_model=FileList, responses=COMMON)
def job_files(
    job_id: str = JOB_ID, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """Every file of a succeeded job, with digests and URLs."""
    return {
        "job_id": job_id,
        "files": service.file_entries(state, service.get_job(state, who, job_id)),
    }


@router.get(
    "/jobs/{job_id}/files/{path:path}",
    response_class=FileResponse,
    responses={200: FILE_CONTENT, **FILE_REDIRECT, **COMMON},
)
def job_file(
    job_id: str = JOB_ID,
    path: str = Path(max_length=500, description="Relative to the job folder."),
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
):
    """One file of a succeeded job (pack/..., pack.zip, run.intoto.jsonl)."""
    rec = service.get_job(state, who, job_id)
    return file_response(state.artifacts, service.artifact_key(rec, path))


@router.get(
    "/jobs/{job_id}/pack.zip",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/zip": {}}, "description": "The pack as a reproducible zip."},
        **FILE_REDIRECT,
        **COMMON,
    },
)
def job_zip(
    job_id: str = JOB_ID, who: Principal = Depends(principal), state: AppState = Depends(app_state)
):
    """The pack as one zip."""
    rec = service.get_job(state, who, job_id)
    return file_response(
        state.artifacts, service.artifact_key(rec, "pack.zip"), f"assetsmith-{rec.id}.zip"
    )
