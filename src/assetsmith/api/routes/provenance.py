"""Provenance over HTTP: verify an uploaded pack.zip or a stored job, the reference `/sign`, and
the remote-signer endpoint that other hosts' PROVENANCE_SIGNER_URL points at."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from ... import sdk
from ...errors import Unauthorized
from ...provenance.service import reference_sign
from ...tenancy import Principal
from .. import service
from ..deps import app_state, presented_key, principal
from ..errors import error_responses
from ..models import SignRequest, SignResult, VerifyResult
from ..state import AppState

router = APIRouter(tags=["provenance"])
SIGNER_PATH = "/api/v1/provenance/signer"
UPLOAD_PATH = "/api/v1/verify"


@router.post(UPLOAD_PATH, response_model=VerifyResult, responses=error_responses(401, 413, 415, 422, 429),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/zip": {"schema": {"type": "string", "format": "binary"}},
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def verify_upload(request: Request, signature_only: bool = False, who: Principal = Depends(principal),
                        state: AppState = Depends(app_state)) -> dict:
    """Verify a pack.zip sent as the request body (application/zip): signatures, every file's
    digest, added or missing files, key trust. Never extracted on the server. A signature by a key
    this server does not trust fails (`ok: false`) unless `?signature_only=true`."""
    from starlette.concurrency import run_in_threadpool

    from ...errors import InvalidInput

    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in ("application/zip", "application/octet-stream", "application/x-zip-compressed"):
        raise InvalidInput("Send the pack.zip as the body with Content-Type: application/zip.")
    data = await request.body()
    if not data:
        raise InvalidInput("The upload is empty.", "Send the pack.zip as the request body.")
    report = await run_in_threadpool(partial(sdk.verify_upload, data, settings=state.settings,
                                             signature_only=signature_only))
    return report.to_dict()


@router.get("/api/v1/jobs/{job_id}/verify", response_model=VerifyResult, responses=error_responses(401, 404, 422))
def verify_job(job_id: str, signature_only: bool = False, who: Principal = Depends(principal),
               state: AppState = Depends(app_state)) -> dict:
    """Verify one of your stored jobs: its pack, pack.zip, run statement and Content Credentials
    (trust as in `POST /verify`)."""
    rec = service.get_job(state, who, job_id)
    service.artifact_key(rec, "pack.zip")  # NotFound unless it has succeeded
    return sdk.verify_job(rec.id, settings=state.settings, signature_only=signature_only).to_dict()


@router.post("/sign", response_model=SignResult, responses=error_responses(401, 422, 429))
def sign_reference(body: SignRequest, who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """The reference provenance service's `/sign`: a digest in, a DSSE envelope over an in-toto
    statement naming it out (signed with this server's key)."""
    return reference_sign(body.model_dump(exclude_none=True), state.settings)


@router.post("/api/v1/provenance/sign", response_model=SignResult, responses=error_responses(401, 422, 429))
def sign(body: SignRequest, who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """The same as `/sign`, under the versioned prefix."""
    return reference_sign(body.model_dump(exclude_none=True), state.settings)


async def _signer(request: Request) -> JSONResponse:
    state: AppState = request.app.state.assetsmith
    endpoint = state.signer_endpoint()
    headers = dict(request.headers)
    if state.settings.provenance_signer_token is None and state.settings.auth_required:
        # No signer token configured: on a multi-tenant server the caller needs an API key instead
        # (a signing host sets its provenance_signer_token to that key).
        key = presented_key(request)
        if key is None or state.tenancy.authenticate(key) is None:
            raise Unauthorized("The signer endpoint needs an API key.", "Send Authorization: Bearer <key>.")
    body = await request.body()
    from starlette.concurrency import run_in_threadpool

    status, obj = await run_in_threadpool(endpoint.handle, request.method, headers, body)
    return JSONResponse(obj, status_code=status)


@router.get(SIGNER_PATH, responses={200: {"description": "protocol, keyid, algorithm, public_key (PEM)"},
                                    **error_responses(401)})
async def signer_info(request: Request) -> JSONResponse:
    """Remote signer (assetsmith-signer/1): the key this server signs with."""
    return await _signer(request)


@router.post(SIGNER_PATH, responses={200: {"description": "keyid, algorithm, signature (base64)"},
                                     **error_responses(400, 401, 413, 422)},
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "type": "object", "required": ["payload_type", "payload"],
                 "properties": {"payload_type": {"type": "string"}, "payload": {"type": "string"}}}}}}})
async def signer_sign(request: Request) -> JSONResponse:
    """Remote signer (assetsmith-signer/1): signs the DSSE encoding of an in-toto Statement v1."""
    return await _signer(request)
