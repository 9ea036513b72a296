"""Plain ASGI middleware: request size limits, response security headers, and latency metrics.

Plain ASGI rather than BaseHTTPMiddleware: no extra task per request, and server-sent event
streams pass through untouched."""

from __future__ import annotations

import json
import time

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .metrics import ApiMetrics

_TOO_LARGE = {
    "error": "too_large",
    "message": "The request body is larger than this server accepts.",
    "hint": "Send a smaller request.",
}
STUDIO_CSP = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def studio_csp(download_origin: str | None = None) -> str:
    """The studio page's policy; `download_origin` (the object store that file downloads redirect
    to) is added to connect-src, since the page fetches files and follows those redirects."""
    if not download_origin:
        return STUDIO_CSP
    return STUDIO_CSP.replace("connect-src 'self'", f"connect-src 'self' {download_origin}")


class BodyLimit:
    """Refuse bodies over the limit with 413: at once from Content-Length, or while reading a
    chunked body. Upload routes (`upload_paths`) get the larger limit."""

    def __init__(
        self, app: ASGIApp, *, limit: int, upload_limit: int, upload_paths: tuple[str, ...]
    ) -> None:
        self.app, self.limit, self.upload_limit, self.uploads = (
            app,
            limit,
            upload_limit,
            frozenset(upload_paths),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.upload_limit if scope["path"] in self.uploads else self.limit
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await _send_json(
                send,
                413 if declared.isdigit() else 400,
                _TOO_LARGE
                if declared.isdigit()
                else {"error": "bad_request", "message": "Invalid Content-Length."},
            )
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise StarletteHTTPException(413, _TOO_LARGE["message"])
            return message

        await self.app(scope, counted, send)


async def _send_json(send: Send, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class SecurityAndMetrics:
    """Adds security headers to every response and records its latency under its route template."""

    def __init__(
        self, app: ASGIApp, metrics: ApiMetrics, download_origin: str | None = None
    ) -> None:
        self.app, self.metrics = app, metrics
        self.studio_csp = studio_csp(download_origin).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        path = scope["path"]
        state = {"status": 500, "stream": False}

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                if path.startswith("/studio"):
                    extra.append((b"content-security-policy", self.studio_csp))
                elif b"content-security-policy" not in names and "/files/" in path:
                    extra.append((b"content-security-policy", FILE_CSP.encode()))
                if path.startswith(("/api/", "/sign")) and b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))
                ctype = dict(headers).get(b"content-type", b"")
                state["stream"] = ctype.startswith(b"text/event-stream")
                message["headers"] = headers + [h for h in extra if h[0] not in names]
            elif (
                message["type"] == "http.response.body"
                and not message.get("more_body")
                and not state["stream"]
            ):
                route = scope.get("route")
                template = getattr(route, "path", None) or "unmatched"
                self.metrics.observe(
                    scope["method"], template, state["status"], time.perf_counter() - t0
                )
            await send(message)

        await self.app(scope, receive, wrapped)
