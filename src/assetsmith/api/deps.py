"""Request dependencies: who is calling (API key -> tenant), and the per-key rate limit."""

from __future__ import annotations

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from ..errors import Unauthorized
from ..tenancy import LOCAL, Principal
from ..tenancy.service import principal_from_row
from .state import AppState

# Documented in the OpenAPI document (app.py) rather than declared as FastAPI security
# dependencies: two dependency solves on every request cost more than the lookup itself.
SECURITY_SCHEMES = {
    "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "Authorization: Bearer <API key>",
    },
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": "The API key"},
}
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


async def app_state(request: Request) -> AppState:
    """The app's open services."""
    return request.app.state.assetsmith


def presented_key(request: Request) -> str | None:
    """The key from `Authorization: Bearer` or `X-API-Key`, if any."""
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("x-api-key", "").strip() or None


async def principal(request: Request) -> Principal:
    """The tenant a request acts for. Auth off: the local tenant. Auth on: a valid, unrevoked key,
    and (for writes) within its rate limit. Async: no worker-thread hop for the commonest check."""
    state: AppState = request.app.state.assetsmith
    if not state.settings.auth_required:
        return LOCAL
    key = presented_key(request)
    if key is None:
        raise Unauthorized(
            "This server requires an API key.",
            "Send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`.",
        )
    digest = state.tenancy.key_hash(key)
    row = await state.fast.akey_owner(digest) if digest else None
    if row is None:
        raise Unauthorized(
            "The API key is not valid (unknown or revoked).", "Ask your administrator for a key."
        )
    who = principal_from_row(row)
    limit = state.settings.rate_limit_per_minute
    if limit and request.method in WRITE_METHODS:
        await run_in_threadpool(state.limiter.hit, who.key_id or who.tenant_id, limit)
    return who
