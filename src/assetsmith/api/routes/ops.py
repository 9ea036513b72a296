"""Operations: Prometheus metrics, our health route, and the front door."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse, Response

from .. import health as _health
from ..deps import app_state
from ..state import AppState
from ..studio_models import HealthResponse

router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus exposition text."}},
)
def prometheus(state: AppState = Depends(app_state)) -> Response:
    """Jobs by status, stage durations and HTTP latencies, for Prometheus."""
    body, ctype = state.metrics.render()
    return Response(body, media_type=ctype)


@router.get("/api/v1/health", response_model=HealthResponse)
def health(state: AppState = Depends(app_state)) -> dict:
    """Each backend's state (the same answer as /api/studio/health)."""
    from ..._version import __version__

    backends = _health.backend_report(state)
    ok = all(b["ok"] for b in backends.values() if b.get("required"))
    return {
        "status": "ok" if ok else "degraded",
        "auth_required": state.settings.auth_required,
        "stripe_webhook_configured": state.settings.stripe_webhook_secret is not None,
        "worker_version": __version__,
        "backends": backends,
    }


@router.get("/", include_in_schema=False)
def front_door() -> RedirectResponse:
    return RedirectResponse("/studio/", status_code=307)
