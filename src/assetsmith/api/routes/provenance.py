"""Provenance over HTTP: verify an uploaded pack.zip or a stored job, the reference `/sign`, and
the remote-signer endpoint that other hosts' PROVENANCE_SIGNER_URL points at."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from ... import sdk
from ...errors import Forbidden, NotFound, Unauthorized
from ...provenance.service import reference_sign
from ...tenancy import Principal
from .. import service
from ..deps import app_state, principal
from ..errors import error_responses
from ..models import SignRequest, SignResult, VerifyResult
from ..state import AppState

router = APIRouter(tags=["provenance"])
SIGNER_PATH = "/api/v1/provenance/signer"
UPLOAD_PATH = "/api/v1/verify"


@router.post(
    UPLOAD_PATH,
    response_model=VerifyResult,
    responses=error_responses(401, 413, 415, 422, 429),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/zip": {"schema": {"type": "string", "format": "binary"}},
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
async def verify_upload(
    request: Request,
    signature_only: bool = False,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
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
    report = await run_in_threadpool(
        partial(sdk.verify_upload, data, settings=state.settings, signature_only=signature_only)
    )
    return report.to_dict()


@router.get(
    "/api/v1/jobs/{job_id}/verify",
    response_model=VerifyResult,
    responses=error_responses(401, 404, 422),
)
def verify_job(
    job_id: str,
    signature_only: bool = False,
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Verify one of your stored jobs: its pack, pack.zip, run statement and Content Credentials
    (trust as in `POST /verify`)."""
    rec = service.get_job(state, who, job_id)
    service.artifact_key(rec, "pack.zip")  # NotFound unless it has succeeded
    return sdk.verify_job(rec.id, settings=state.settings, signature_only=signature_only).to_dict()


SIGNER_OFF = (
    "The signer endpoint is off on this server: no provenance_signer_token is set.",
    "Set provenance_signer_token on the signing server, and the same token on its workers.",
)


async def _signer_gate(request: Request, route: str) -> tuple[AppState, str, str | None]:
    """What every use of this server's key goes through: the endpoint is off without a signer
    token; each client address is rate-limited; the token (never a tenant API key) is compared in
    constant time; a token that is also a tenant's API key turns the endpoint off. Returns
    (state, caller, client); refusals are audited."""
    from starlette.concurrency import run_in_threadpool

    from ...provenance.endpoint import AUTHORISED, token_caller
    from ...provenance.records import audit

    state: AppState = request.app.state.assetsmith
    secret = state.settings.provenance_signer_token
    if secret is None:
        raise NotFound(*SIGNER_OFF)
    client = request.client.host if request.client else None
    await run_in_threadpool(
        state.limiter.hit,
        f"signer:{client or '-'}",
        state.settings.provenance_signer_rate_per_minute,
    )
    token = secret.get_secret_value()
    if (
        state.settings.auth_required
        and await run_in_threadpool(state.tenancy.authenticate, token) is not None
    ):
        why = "The signer token is also a tenant's API key, so the signer is off."
        await run_in_threadpool(
            partial(
                audit,
                state.store,
                route=route,
                caller="tenant-key-token",
                client=client,
                allowed=False,
                reason=why,
            )
        )
        raise Forbidden(
            why, "Set provenance_signer_token to a secret of its own (and revoke that API key)."
        )
    caller = token_caller(token, dict(request.headers))
    if route == "sign" and caller not in AUTHORISED:
        why = "Signing with this server's key needs the signer token; API keys are not accepted."
        await run_in_threadpool(
            partial(
                audit,
                state.store,
                route=route,
                caller=caller,
                client=client,
                allowed=False,
                reason=why,
            )
        )
        raise Unauthorized(why, "Send Authorization: Bearer <provenance_signer_token>.")
    return state, caller, client


SIGN_ERRORS = error_responses(401, 403, 404, 422, 429)


@router.post("/sign", response_model=SignResult, responses=SIGN_ERRORS)
async def sign_reference(body: SignRequest, request: Request) -> dict:
    """The reference provenance service's `/sign`: a digest in, a DSSE envelope over an in-toto
    statement naming it out, signed with this server's key. Needs the signer token (not an API
    key), and signs only the digest of a file this server built (403 otherwise)."""
    from starlette.concurrency import run_in_threadpool

    state, caller, client = await _signer_gate(request, "sign")
    return await run_in_threadpool(
        partial(
            reference_sign,
            body.model_dump(exclude_none=True),
            state.settings,
            store=state.store,
            caller=caller,
            client=client,
        )
    )


@router.post("/api/v1/provenance/sign", response_model=SignResult, responses=SIGN_ERRORS)
async def sign(body: SignRequest, request: Request) -> dict:
    """The same as `/sign`, under the versioned prefix."""
    return await sign_reference(body, request)


async def _signer(request: Request) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    state, _caller, client = await _signer_gate(request, "signer")
    endpoint = state.signer_endpoint()
    body = await request.body()
    status, obj = await run_in_threadpool(
        partial(endpoint.handle, request.method, dict(request.headers), body, client=client)
    )
    return JSONResponse(obj, status_code=status)


@router.get(
    SIGNER_PATH,
    responses={
        200: {"description": "protocol, keyid, algorithm, public_key (PEM)"},
        **error_responses(401, 403, 404, 429),
    },
)
async def signer_info(request: Request) -> JSONResponse:
    """Remote signer (assetsmith-signer/1): the key this server signs with. Needs the signer token;
    off (404) when none is set."""
    return await _signer(request)


@router.post(
    SIGNER_PATH,
    responses={
        200: {"description": "keyid, algorithm, signature (base64)"},
        **error_responses(400, 401, 403, 404, 413, 422, 429),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["payload_type", "payload"],
                        "properties": {
                            "payload_type": {"type": "string"},
                            "payload": {"type": "string"},
                        },
                    }
                }
            },
        }
    },
)
async def signer_sign(request: Request) -> JSONResponse:
    """Remote signer (assetsmith-signer/1): signs the DSSE encoding of an in-toto Statement v1 whose
    subjects this installation recorded when it built them (403 otherwise). Needs the signer token
    (never an API key); every use is rate-limited and audited."""
    return await _signer(request)
