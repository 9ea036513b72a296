"""Errors at the HTTP edge: every failure becomes the error's status with a small JSON body
`{error, message, hint?, details?}`. Unexpected exceptions are logged here with their trace and
answered with a generic 500 that carries a request id, never the trace, a path or a setting."""

from __future__ import annotations

import logging
import secrets
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import AssetsmithError

log = logging.getLogger("assetsmith.api")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
}


class ErrorBody(BaseModel):
    """Every error response."""

    error: str = Field(
        description="A stable machine-readable code, e.g. not_found, quota_exceeded."
    )
    message: str = Field(description="What happened, for people.")
    hint: str | None = Field(default=None, description="What to do about it.")
    details: Any = Field(
        default=None, description="Per-field problems ({path, message}) where there are some."
    )
    request_id: str | None = Field(
        default=None, description="Quote this when reporting a server error."
    )


_DESCRIPTIONS = {
    400: "Bad request",
    401: "Missing or invalid API key",
    402: "Not enough credits",
    403: "Not included in the plan",
    404: "Not found (or not this tenant's)",
    409: "Conflict with the job's state",
    413: "Request too large",
    422: "Invalid request",
    429: "Rate or concurrency limit",
    500: "Internal error",
    503: "A backend is unavailable",
    504: "Timed out",
}


ANY_ROUTE = (400, 413, 422, 500)  # an unreadable or oversized body, bad parameters, the unexpected


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for these statuses and those any route can answer, all with the
    ErrorBody schema."""
    return {
        c: {"model": ErrorBody, "description": _DESCRIPTIONS.get(c, "Error")}
        for c in sorted({*codes, *ANY_ROUTE})
    }


def error_response(status: int, body: dict, headers: dict | None = None) -> JSONResponse:
    """A JSON error response (also used by middleware, which cannot raise into the handlers)."""
    return JSONResponse(
        {k: v for k, v in body.items() if v is not None}, status_code=status, headers=headers
    )


def _validation_details(exc: RequestValidationError) -> list[dict]:
    out = []
    for e in exc.errors():
        loc = [p for p in e.get("loc", ()) if p not in ("body",)]
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)
        out.append(
            {"path": path, "message": str(e.get("msg", "invalid")).removeprefix("Value error, ")}
        )
    return out


PROBED_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """The methods some route takes at this request's path (Starlette's 405 names only the first
    route's, so a path with GET and POST as two routes answered `Allow: POST`). Asks each route,
    through its public `matches`, whether it fully matches the path under each method."""
    from starlette.routing import Match

    methods = []
    for method in PROBED_METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            methods.append(method)
    return methods


def install_error_handlers(app: FastAPI) -> None:
    """Register the translations: our error tree, validation errors, HTTP errors, anything else."""

    @app.exception_handler(AssetsmithError)
    async def _ours(request: Request, exc: AssetsmithError):
        retry_after = getattr(exc, "retry_after", None)
        headers = {"Retry-After": str(retry_after)} if retry_after else None
        if exc.http_status >= 500:
            log.warning(
                "%s %s -> %s %s", request.method, request.url.path, exc.http_status, exc.code
            )
        return error_response(exc.http_status, exc.to_dict(), headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        details = _validation_details(exc)
        first = details[0] if details else {"path": "$", "message": "invalid"}
        return error_response(
            422,
            {
                "error": "invalid_input",
                "message": f"Invalid request: {first['path']}: {first['message']}.",
                "hint": "Fix the fields listed in details.",
                "details": details,
            },
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # every method of the path, not only the first route's
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ").capitalize()
        if exc.status_code == 404 and message == "Not Found":
            message = "There is nothing at this address."
        return error_response(exc.status_code, {"error": code, "message": message}, headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        rid = secrets.token_hex(6)
        log.error("request %s: %s %s failed", rid, request.method, request.url.path, exc_info=exc)
        return error_response(
            500,
            {
                "error": "internal_error",
                "message": "The server hit an unexpected error.",
                "hint": "Try again; if it persists, report the request id.",
                "request_id": rid,
            },
        )
