"""The app factory: `create_app(settings)` builds the FastAPI app with its routers, middleware,
error translation and the /studio page. Nothing is read from the environment here; the caller
(`assetsmith serve`, a test, an ASGI server factory) passes the Settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool

from .._version import __version__
from ..errors import AssetsmithError
from ..settings import Settings
from .deps import SECURITY_SCHEMES
from .errors import error_responses, install_error_handlers
from .files import download_origin
from .middleware import BodyLimit, SecurityAndMetrics
from .routes import billing, jobs, ops, provenance, studio, tenants
from .state import AppState

log = logging.getLogger("assetsmith.api")
REFUND_SWEEP_S = 30.0
DESCRIPTION = """A prompt or an asset spec in, an engine-ready PBR pack out.

Send your API key as `Authorization: Bearer <key>` or `X-API-Key` when the server requires one.
Errors are JSON: `{error, message, hint?, details?}` with the HTTP status of the error.
`/api/studio/*` are the reference tool's routes with its field names; `/api/v1/*` are ours."""


async def _refund_sweeper(state: AppState) -> None:
    """Write refunds for failed and dead jobs of every tenant now and then (reads also do it for
    the tenant they concern; this keeps the ledger current when nobody is looking)."""
    from ..tenancy.ledger import reconcile_refunds

    while True:
        await asyncio.sleep(REFUND_SWEEP_S)
        try:
            await run_in_threadpool(state.store.tx, reconcile_refunds)
        except Exception as exc:  # the database blinked: the next sweep (or read) catches up
            log.warning("refund sweep failed: %s", type(exc).__name__)


class _App(FastAPI):
    def openapi(self) -> dict[str, Any]:
        """FastAPI's document plus this service's security schemes (see `_openapi`)."""
        return _openapi(self)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The HTTP service over `settings` (opens the job database and applies migrations)."""
    settings = settings or Settings()
    state = AppState.open(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        sweeper = asyncio.create_task(_refund_sweeper(state))
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            state.close()

    app = _App(
        title="assetsmith",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        responses=error_responses(),
    )
    app.state.assetsmith = state
    install_error_handlers(app)
    for router in (
        jobs.router,
        studio.router,
        billing.router,
        tenants.router,
        provenance.router,
        ops.router,
    ):
        app.include_router(
            router
        )  # jobs first: routes are matched in order and job status is the hot one
    upload_paths = _mount_originality(app)
    _mount_studio_page(app)
    # Outermost first at runtime: metrics/headers see every answer, including 413s and CORS.
    app.add_middleware(
        BodyLimit,
        limit=settings.max_request_bytes,
        upload_limit=settings.max_upload_bytes,
        upload_paths=(provenance.UPLOAD_PATH, *upload_paths),
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "Last-Event-ID"],
            max_age=600,
        )
    app.add_middleware(
        SecurityAndMetrics, metrics=state.metrics, download_origin=_download_origin(state)
    )
    return app


def _download_origin(state: AppState) -> str | None:
    """Where presigned downloads point (s3), for the studio page's policy; None for local files or
    when the store cannot presign yet (its health check reports why)."""
    try:
        return download_origin(state.artifacts)
    except AssetsmithError as exc:
        log.warning("artifact store cannot presign downloads: %s", exc.message)
        return None


def _openapi(app: FastAPI) -> dict:
    """The generated document, plus the API-key security schemes (see deps.SECURITY_SCHEMES)."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        doc = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        doc.setdefault("components", {})["securitySchemes"] = {
            **SECURITY_SCHEMES,
            "signerToken": {
                "type": "http",
                "scheme": "bearer",
                "description": "Authorization: Bearer <provenance_signer_token> (the signer's own secret; API keys "
                "are not accepted)",
            },
        }
        open_paths = (
            "/api/studio/health",
            "/api/v1/health",
            "/api/studio/comfy-status",
            "/metrics",
            billing.WEBHOOK_PATH,
        )
        signer_paths = ("/sign", "/api/v1/provenance/sign", "/api/v1/provenance/signer")
        for path, ops in doc.get("paths", {}).items():
            for op in ops.values():
                if path in signer_paths:
                    op["security"] = [{"signerToken": []}]
                elif path not in open_paths:
                    op["security"] = [{"bearer": []}, {"apiKey": []}]
        _document_upload_limits(doc, app.state.assetsmith.settings)
        app.openapi_schema = doc
    return app.openapi_schema


def _document_upload_limits(doc: dict, settings) -> None:
    """The limits the server enforces on binary uploads, in their schemas: the byte size (413 over
    it), and for the originality routes an image's pixel count read from its header (413)."""
    for path, operations in doc.get("paths", {}).items():
        for op in operations.values():
            for content in op.get("requestBody", {}).get("content", {}).values():
                schema = content.get("schema", {})
                if schema.get("format") != "binary":
                    continue
                schema = {
                    **schema,
                    "minLength": 1,
                    "maxLength": settings.max_upload_bytes,
                }  # a copy: routes share theirs
                text = (
                    f"1 to {settings.max_upload_bytes:,} bytes (ASSETSMITH_MAX_UPLOAD_BYTES); empty: 422, "
                    "larger: 413."
                )
                if "/originality/" in path or path in ("/embed", "/index", "/audit"):
                    schema["x-max-pixels"] = settings.originality_max_pixels
                    text += (
                        f" An image is 16 to {settings.originality_max_pixels:,} pixels, width x height, "
                        "read from its header (ASSETSMITH_ORIGINALITY_MAX_PIXELS); larger: 413, smaller "
                        "than 16 px a side: 422."
                    )
                content["schema"] = {**schema, "description": text}


def _mount_studio_page(app: FastAPI) -> None:
    from fastapi.staticfiles import StaticFiles

    from ..web import static_dir

    app.mount("/studio", StaticFiles(directory=static_dir(), html=True), name="studio")


def _mount_originality(app: FastAPI) -> tuple[str, ...]:
    """The originality routes (/embed, /index, /audit) over the originality package (issue 6), when
    it is installed; returns their upload paths."""
    import importlib.util

    if importlib.util.find_spec("assetsmith.originality.service") is None:
        return ()
    from .routes import originality

    app.include_router(originality.router)
    return originality.UPLOAD_PATHS
