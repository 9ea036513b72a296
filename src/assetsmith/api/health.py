"""What the health routes report: each backend's state (never its URL, path or credentials) and
the queue's backlog."""

from __future__ import annotations

import time

from sqlalchemy import func, select, text

from ..jobs.queue import queue_stats
from ..jobs.schema import jobs
from .state import AppState


def _database(state: AppState) -> dict:
    try:
        with state.store.reader.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"ok": True, "required": True, "kind": state.store.engine.dialect.name}
    except Exception:
        return {
            "ok": False,
            "required": True,
            "kind": state.store.engine.dialect.name,
            "detail": "unreachable",
        }


def _artifacts(state: AppState) -> dict:
    try:
        state.artifacts.exists("healthcheck/probe")
        return {"ok": True, "required": True, "kind": state.artifacts.name}
    except Exception:
        return {
            "ok": False,
            "required": True,
            "kind": state.artifacts.name,
            "detail": "unavailable",
        }


def _rate_limits(state: AppState) -> dict:
    ping = getattr(state.limiter, "ping", None)
    if ping is None:
        return {"ok": True, "required": False, "kind": "database"}
    return {"ok": bool(ping()), "required": False, "kind": "redis"}


def _model_backends(state: AppState) -> dict:
    from ..backends.doctor import backend_checks

    out = {}
    try:
        checks = backend_checks(state.settings)
    except Exception:
        checks = []
    kinds = {
        "spec backend": state.settings.spec_backend,
        "texture backend": state.settings.texture_backend,
    }
    for c in checks:
        out[c["name"].replace(" backend", "_backend")] = {
            "ok": bool(c["ok"]),
            "required": False,
            "kind": kinds.get(c["name"], "unknown"),
        }
    return out


def _signer(state: AppState) -> dict:
    key = state.settings.signing_key or ""
    kind = (
        key.split(":", 1)[0]
        if key
        else ("remote" if state.settings.provenance_signer_url else "file")
    )
    return {
        "ok": True,
        "required": False,
        "kind": {"https": "remote", "http": "remote"}.get(kind, kind),
    }


def _originality() -> dict:
    import importlib.util

    present = importlib.util.find_spec("assetsmith.originality.service") is not None
    return {"ok": present, "required": False, "kind": "built in" if present else "not installed"}


def backend_report(state: AppState) -> dict:
    """Every backend: database, artifact store, queue, rate limits, model backends, signer, originality."""

    def probe() -> dict:
        return {
            "database": _database(state),
            "artifact_store": _artifacts(state),
            "rate_limits": _rate_limits(state),
            **_model_backends(state),
            "signer": _signer(state),
            "originality": _originality(),
        }

    report = dict(state.cached_probe(probe, ttl=10.0))
    report["database"] = _database(state)  # always live: it is what a load balancer should see
    try:
        stats = queue_stats(state.store)
        report["queue"] = {
            "ok": True,
            "required": False,
            "kind": "database",
            "queued": stats["counts"]["queued"],
            "running": stats["counts"]["running"],
            "active_workers": stats["workers"],
            "expired_leases": stats["expired_leases"],
        }
    except Exception:
        report["queue"] = {"ok": False, "required": False, "kind": "database"}
    return report


def comfy_status(state: AppState) -> dict:
    """The reference's comfy-status, without the URL."""
    if state.settings.texture_backend != "comfyui":
        return {
            "configured": False,
            "reachable": None,
            "detail": "ComfyUI is not the configured texture backend.",
        }

    def probe() -> dict:
        from ..backends.registry import create_texture

        try:
            backend = create_texture(state.settings)
        except Exception:
            return {
                "configured": True,
                "reachable": False,
                "detail": "The ComfyUI client is not installed.",
            }
        try:
            st = backend.check()
        finally:
            backend.close()
        return {
            "configured": True,
            "reachable": st.reachable,
            "version": st.version,
            "checkpoint": st.model,
            "detail": "ok"
            if st.ok
            else ("unreachable" if not st.reachable else "checkpoint missing"),
        }

    return probe()


def queue_snapshot(state: AppState, tenant: str) -> dict:
    """The reference's metrics JSON for one tenant."""
    stats = queue_stats(state.store, tenant=tenant)
    with state.store.reader.connect() as conn:
        oldest_running = conn.execute(
            select(func.min(jobs.c.started_at)).where(
                jobs.c.tenant == tenant, jobs.c.status == "running"
            )
        ).scalar()
    return {
        "queue": stats["counts"],
        "jobs_indexed": stats["counts"]["succeeded"],
        "slo": {
            "pending_oldest_age_seconds": stats["oldest_due_age_s"],
            "running_oldest_age_seconds": round(time.time() - oldest_running, 3)
            if oldest_running
            else None,
            "pending_claimable_count": stats["due"],
            "running_count": stats["counts"]["running"],
        },
    }
