"""What the routes share: submit with admission, tenant-scoped reads, a job's files and result.

Every read takes the caller's tenant: another tenant's job is NotFound (404), the same answer as a
job that does not exist, so ids do not leak."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any

from ..errors import AssetsmithError, InvalidInput, JobTimeout, NotFound
from ..jobs.queue import JobSpec, cancel_job, submit_jobs
from ..jobs.records import FINISHED, JobRecord
from ..pipeline.request import JobRequest
from ..storage import check_key
from ..tenancy import Principal
from ..tenancy.pricing import check_job_size, job_size
from .moderation import check_prompt
from .state import AppState
from .views import V1

PREVIEW_DIR = "pack/Previews/"


@dataclass
class Submission:
    job_id: str
    status: str
    deduplicated: bool
    cost: int


def submit(
    state: AppState,
    who: Principal,
    request: dict,
    *,
    max_attempts: int = 3,
    idempotency_key: str | None = None,
) -> Submission:
    """Validate (the whole spec, the server's and the plan's size limits), moderate and queue one
    run_job for the caller, charging its credits (by texture units) in the same transaction as the
    insert."""
    parsed = JobRequest.parse(
        {k: v for k, v in request.items() if v is not None}
    )  # the whole spec, too
    check_prompt(state.settings, parsed.prompt)
    size = job_size(parsed, state.settings.default_resolution)
    check_job_size(size, state.settings, who.tier)
    spec = JobSpec(
        kind="run_job",
        request=parsed.model_dump(mode="json", exclude_none=True),
        max_attempts=max_attempts,
        idempotency_key=idempotency_key,
    )
    out = submit_jobs(
        state.store,
        [spec],
        tenant=who.tenant_id,
        default_max_attempts=max_attempts,
        before_insert=state.tenancy.admission(who),
    )[0]
    cost = 0 if out.deduplicated or not who.limits_enforced else size.cost(parsed.textures)
    return Submission(out.job_id, out.status, out.deduplicated, cost)


def get_job(state: AppState, who: Principal, job_id: str) -> JobRecord:
    """The caller's job (NotFound for anyone else's); only pipeline jobs are visible over HTTP."""
    return visible(state.fast.job(job_id, who.tenant_id) if len(job_id) <= 40 else None, job_id)


def visible(rec: JobRecord | None, job_id: str) -> JobRecord:
    """The row if it is a job the caller may see, else the one NotFound every miss gets."""
    if rec is None or rec.kind != "run_job":
        raise NotFound(f"No job '{job_id[:40]}'.", f"List your jobs at {V1}/jobs.")
    return rec


def list_jobs(
    state: AppState, who: Principal, *, status: str | None = None, limit: int = 50, offset: int = 0
) -> list[JobRecord]:
    """The caller's jobs, newest first."""
    return state.store.list(
        tenant=who.tenant_id, status=status, kind="run_job", limit=limit, offset=offset
    )


def cancel(state: AppState, who: Principal, job_id: str) -> str:
    """Cancel the caller's job: "cancelled" or "cancelling"."""
    get_job(state, who, job_id)
    return cancel_job(state.store, job_id, tenant=who.tenant_id)


def log_lines(state: AppState, who: Principal, job_id: str) -> list[str]:
    """The job's log lines (one line each, paths removed)."""
    from .views import safe_text

    get_job(state, who, job_id)
    return [
        safe_text(e["data"].get("line")) or ""
        for e in state.store.events(job_id)
        if e["kind"] == "log"
    ]


def _folder(rec: JobRecord) -> str:
    if rec.status != "succeeded" or not rec.folder:
        raise NotFound(
            f"Job '{rec.id}' has no files yet (it is {rec.status}).", "Wait for it to succeed."
        )
    return rec.folder


def file_entries(state: AppState, rec: JobRecord, under: str = "") -> list[dict]:
    """The job's files (optionally under a sub-folder), each with its download URL."""
    folder = _folder(rec)
    out = []
    for a in state.artifacts.list(folder):
        rel = a.key[len(folder) + 1 :]
        if rel.startswith(under):
            out.append(
                {
                    "path": rel,
                    "bytes": a.bytes,
                    "sha256": a.sha256,
                    "url": f"{V1}/jobs/{rec.id}/files/{rel}",
                }
            )
    return out


def artifact_key(rec: JobRecord, rel: str) -> str:
    """The store key of one file of the job; InvalidInput/NotFound for anything outside it."""
    folder = _folder(rec)
    try:
        key = check_key(f"{folder}/{rel}")
    except AssetsmithError:
        raise NotFound("No such file in this job.", "List the job's files first.") from None
    if not key.startswith(folder + "/"):
        raise NotFound("No such file in this job.", "List the job's files first.")
    return key


def manifest(state: AppState, rec: JobRecord) -> dict:
    """The pack's manifest.json."""
    try:
        return json.loads(state.artifacts.get_bytes(artifact_key(rec, "pack/manifest.json")))
    except (NotFound, ValueError):
        return {}


def result_view(state: AppState, rec: JobRecord) -> dict:
    """Summary, previews, verdicts and the download of a succeeded job. Files come from the
    manifest's digests (no re-hashing of a large pack on every look)."""
    m = manifest(state, rec)
    listed = [
        f for f in m.get("files") or [] if isinstance(f, dict) and isinstance(f.get("path"), str)
    ]
    files: list[dict[str, Any]]
    if listed:
        files = [
            {
                "path": f"pack/{f['path']}",
                "bytes": int(f.get("bytes") or 0),
                "sha256": str(f.get("sha256") or ""),
                "url": f"{V1}/jobs/{rec.id}/files/pack/{f['path']}",
            }
            for f in listed
        ]
    else:
        files = file_entries(state, rec)
    result = rec.result if isinstance(rec.result, dict) else {}
    previews = sorted(
        (
            f
            for f in files
            if f["path"].startswith(PREVIEW_DIR)
            and f["path"].lower().endswith((".png", ".webp", ".jpg", ".jpeg", ".gif"))
        ),
        key=_preview_order,
    )
    timings = {
        k: float(v) for k, v in (result.get("timings") or {}).items() if isinstance(v, int | float)
    }
    return {
        "job_id": rec.id,
        "summary": rec.summary,
        "asset_id": result.get("asset_id"),
        "timings": timings,
        "previews": previews,
        "files": len(files),
        "download": f"{V1}/jobs/{rec.id}/pack.zip",
        "provenance": m.get("provenance") if isinstance(m.get("provenance"), dict) else None,
        "originality": m.get("originality") if isinstance(m.get("originality"), dict) else None,
        "shape": result.get("shape") if isinstance(result.get("shape"), dict) else None,
    }


def _preview_order(entry: dict) -> tuple[int, str]:
    """Rendered views first (hero, animated turntable, turntable sheet), then the texture sheet."""
    name = entry["path"].rsplit("/", 1)[-1].lower()
    rank = next(
        (
            i
            for i, part in enumerate(("hero", "turntable.webp", "turntable", "materials"))
            if part in name
        ),
        4,
    )
    return rank, name


async def wait_finished(state: AppState, who: Principal, job_id: str, timeout: float) -> JobRecord:
    """Wait, without holding a thread, until the job finishes (the reference's synchronous jobs/run)."""
    deadline = time.monotonic() + timeout
    while True:
        rec = visible(await state.fast.ajob(job_id, who.tenant_id), job_id)
        if rec.status in FINISHED:
            return rec
        if time.monotonic() > deadline:
            raise JobTimeout(
                f"Job '{job_id}' did not finish within {timeout:.0f} s.",
                f"It is still {rec.status}; follow it at {V1}/jobs/{job_id}.",
            )
        await asyncio.sleep(0.2)


def require_prompt_or_spec(prompt: str | None, spec: dict | None) -> None:
    """A friendlier message than the request model's for the commonest mistake."""
    if (prompt is None) == (spec is None):
        raise InvalidInput("Give exactly one of a prompt or a spec.", 'Send {"prompt": "..."}.')


def job_error_text(rec: JobRecord) -> str | None:
    """The job's error message, one safe line."""
    from .views import job_error

    err = job_error(rec)
    return err["message"] if err else None
