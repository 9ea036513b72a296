"""The reference provenance service's originality routes, `/embed`, `/index` and `/audit`, over
`assetsmith.originality.service`, also under /api/v1/originality/.

Uploads are the request body (an image, a .glb or a pack.zip); `/audit` also takes
`{"job_id": ...}` for one of the caller's own jobs (checked here: the service itself does not know
tenants). The known-asset corpus is shared by every tenant, so on a multi-tenant server (auth on)
`/index` is refused over HTTP and the operator manages the corpus with `assetsmith corpus`.

These are the server's heavy requests (an image decode, a descriptor, a corpus search): at most
`originality_max_concurrent` run at once in one process, and one more is answered 503 with
Retry-After at once rather than queued behind them (a queue of decodes is a queue of memory)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict
from starlette.concurrency import run_in_threadpool

from ...errors import Forbidden, InvalidInput, ServerBusy
from ...originality import service as originality
from ...tenancy import Principal
from .. import service
from ..deps import app_state, principal
from ..errors import error_responses
from ..state import AppState

router = APIRouter(tags=["originality"])
UPLOAD_TYPES = (
    "image/png",
    "image/jpeg",
    "image/webp",
    "model/gltf-binary",
    "application/zip",
    "application/octet-stream",
)
_BINARY = {"schema": {"type": "string", "format": "binary"}}
UPLOAD_BODY = {"requestBody": {"required": True, "content": {t: _BINARY for t in UPLOAD_TYPES}}}
AUDIT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            **{t: _BINARY for t in UPLOAD_TYPES},
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["job_id"],
                    "additionalProperties": False,
                    "properties": {"job_id": {"type": "string", "maxLength": 64}},
                }
            },
        },
    }
}
PATHS = {
    "embed": ("/embed", "/api/v1/originality/embed"),
    "index": ("/index", "/api/v1/originality/index"),
    "audit": ("/audit", "/api/v1/originality/audit"),
}
UPLOAD_PATHS = tuple(p for pair in PATHS.values() for p in pair)


class EmbedResult(BaseModel):
    """A normalised image embedding and the image's perceptual hashes."""

    embedding: list[float]
    dim: int
    embedder: str
    phash: str
    dhash: str


class IndexResult(BaseModel):
    """The corpus entry (the same bytes again return the existing one)."""

    asset: dict[str, Any]
    created: bool


class AuditResult(BaseModel):
    """Verdict (pass | flag | block), originality (1 - the closest similarity) and the top matches."""

    model_config = ConfigDict(extra="allow")

    verdict: str
    originality: float
    matches: list[dict[str, Any]]


RETRY_AFTER_S = 5


@contextlib.contextmanager
def heavy_slot(request: Request, state: AppState) -> Iterator[None]:
    """One of this app's `originality_max_concurrent` slots, or ServerBusy (503, Retry-After).
    Taken and given back on the event loop thread, so a plain counter is enough."""
    limit = state.settings.originality_max_concurrent
    busy = getattr(request.app.state, "originality_busy", 0)
    if busy >= limit:
        raise ServerBusy(
            f"This server is already running {limit} image audit(s), its limit "
            "(setting originality_max_concurrent).",
            f"Retry in {RETRY_AFTER_S} s.",
            retry_after=RETRY_AFTER_S,
        )
    request.app.state.originality_busy = busy + 1
    try:
        yield
    finally:
        request.app.state.originality_busy -= 1


async def _upload(request: Request) -> bytes:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in UPLOAD_TYPES:
        raise InvalidInput(
            "Send the file as the request body.", f"Content-Type one of: {', '.join(UPLOAD_TYPES)}."
        )
    data = await request.body()
    if not data:
        raise InvalidInput("The upload is empty.", "Send the file as the request body.")
    return data


def _route(kind: str, **kw):
    def deco(fn):
        for i, path in enumerate(PATHS[kind]):
            router.post(
                path,
                include_in_schema=True,
                operation_id=f"{kind}_{'reference' if i == 0 else 'v1'}",
                **kw,
            )(fn)
        return fn

    return deco


@_route(
    "embed",
    response_model=EmbedResult,
    responses=error_responses(401, 413, 415, 429, 503),
    openapi_extra=UPLOAD_BODY,
)
async def embed(
    request: Request, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """An image in, its normalised embedding out."""
    data = await _upload(request)
    with heavy_slot(request, state):
        return await run_in_threadpool(originality.embed_upload, data, state.settings)


@_route(
    "index",
    response_model=IndexResult,
    responses=error_responses(401, 403, 413, 429, 503),
    openapi_extra=UPLOAD_BODY,
)
async def index(
    request: Request,
    name: str | None = Query(None, max_length=200),
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Add an image, a .glb or a pack.zip to the known-asset corpus (single-tenant servers only)."""
    if state.settings.auth_required:
        raise Forbidden(
            "The known-asset corpus is shared by every tenant and managed by the operator.",
            "Ask the operator to add it (`assetsmith corpus add`).",
        )
    data = await _upload(request)
    with heavy_slot(request, state):
        return await run_in_threadpool(
            lambda: originality.index_upload(data, state.settings, name=name)
        )


@_route(
    "audit",
    response_model=AuditResult,
    responses=error_responses(401, 404, 413, 429, 503),
    openapi_extra=AUDIT_BODY,
)
async def audit(
    request: Request, who: Principal = Depends(principal), state: AppState = Depends(app_state)
) -> dict:
    """An upload, or one of your jobs, against the corpus: verdict, originality and top 5 matches."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise InvalidInput("The body is not valid JSON.") from None
        job_id = body.get("job_id") if isinstance(body, dict) else None
        if not isinstance(job_id, str) or set(body) != {"job_id"}:
            raise InvalidInput('Send {"job_id": "job_..."} or the file itself.')
        rec = await run_in_threadpool(
            service.get_job, state, who, job_id
        )  # 404 unless it is the caller's
        service.artifact_key(rec, "pack/manifest.json")  # and it has a pack
        with heavy_slot(request, state):
            return await run_in_threadpool(
                lambda: originality.audit_upload(settings=state.settings, job_id=rec.id)
            )
    data = await _upload(request)
    with heavy_slot(request, state):
        return await run_in_threadpool(lambda: originality.audit_upload(data, state.settings))
