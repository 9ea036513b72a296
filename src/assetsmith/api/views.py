"""Job rows as API answers: our JobView, and the reference tool's queue row and index entry.
Nothing here exposes a server path, a worker's host name or a stack trace."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from ..jobs.records import JobRecord

V1 = "/api/v1"
_PATHLIKE = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][\w.\-~]+){2,}[\\/]?")
REFERENCE_STATUS = {
    "queued": "pending",
    "waiting": "pending",
    "running": "running",
    "succeeded": "completed",
    "failed": "dead",
    "dead": "dead",
    "cancelled": "dead",
}


def links(job_id: str) -> dict[str, str]:
    """URLs of a job's resources."""
    base = f"{V1}/jobs/{job_id}"
    return {
        "self": base,
        "events": f"{base}/events",
        "logs": f"{base}/logs",
        "files": f"{base}/files",
        "result": f"{base}/result",
        "download": f"{base}/pack.zip",
    }


def safe_text(text: str | None) -> str | None:
    """One line, with anything that looks like a file path replaced."""
    if text is None:
        return None
    first = str(text).split("\n", 1)[0]
    return _PATHLIKE.sub("<path>", first)[:2000]


def job_error(rec: JobRecord) -> dict | None:
    """The job's error, reduced to its public fields."""
    err = rec.error
    if not isinstance(err, dict):
        return None
    out: dict[str, Any] = {
        "error": str(err.get("error") or "error"),
        "message": safe_text(err.get("message")) or "The job failed.",
    }
    if err.get("hint"):
        out["hint"] = safe_text(err["hint"])
    if isinstance(err.get("details"), list | dict):
        out["details"] = err["details"]
    return out


def job_view(rec: JobRecord) -> dict:
    """Our JobView."""
    req = rec.request or {}
    return {
        "job_id": rec.id,
        "status": rec.status,
        "progress": max(0.0, min(1.0, float(rec.progress or 0))),
        "stage": rec.stage,
        "prompt": req.get("prompt"),
        "engine": req.get("engine"),
        "summary": rec.summary,
        "error": job_error(rec),
        "attempts": rec.attempts,
        "max_attempts": rec.max_attempts,
        "cancel_requested": rec.cancel_requested,
        "created_at": rec.created_at,
        "started_at": rec.started_at,
        "finished_at": rec.finished_at,
        "links": links(rec.id),
    }


def iso(t: float | None) -> str:
    """UTC ISO time with a Z, as the reference wrote them."""
    return (
        datetime.fromtimestamp(t or 0, UTC)
        .replace(microsecond=0)
        .isoformat()
        .replace("+00:00", "Z")
    )


def queue_row(rec: JobRecord) -> dict:
    """The reference tool's queue row for a job."""
    err = job_error(rec)
    result = dict(rec.result) if isinstance(rec.result, dict) else None
    if result is not None:
        result["job_id"] = rec.id
    return {
        "id": rec.id,
        "status": REFERENCE_STATUS.get(rec.status, "pending"),
        "state": rec.status,
        "payload": rec.request or {},
        "attempts": rec.attempts,
        "max_attempts": rec.max_attempts,
        "last_error": err["message"] if err else None,
        "result": result,
        "studio_job_id": rec.id if rec.status == "succeeded" else None,
        "worker_id": None,
        "created_at": iso(rec.created_at),
        "updated_at": iso(rec.finished_at or rec.started_at or rec.created_at),
        "tenant_id": rec.tenant,
        "idempotency_key": rec.idempotency_key,
        "progress": float(rec.progress or 0),
    }


def index_entry(rec: JobRecord) -> dict:
    """The reference tool's job index entry."""
    err = job_error(rec)
    return {
        "job_id": rec.id,
        "folder": rec.folder,
        "created_at": iso(rec.created_at),
        "status": rec.status,
        "summary": rec.summary,
        "has_textures": bool((rec.request or {}).get("textures")),
        "error": err["message"] if err else None,
        "tenant_id": rec.tenant,
    }


def public_event(event: dict) -> dict:
    """A job event for clients: its id, kind and data, without worker host names."""
    data = {k: v for k, v in (event.get("data") or {}).items() if k not in ("worker", "token")}
    if event.get("kind") == "log" and "line" in data:
        data["line"] = safe_text(data["line"])
    if "message" in data and isinstance(data["message"], str):
        data["message"] = safe_text(data["message"])
    return {"id": event["id"], "kind": event["kind"], "at": event["at"], "data": data}
