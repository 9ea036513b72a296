"""doctor: what this install can do, what is missing, and how to get it."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import typer

from .common import JSON_OPT, STATE, emit_json


@dataclass
class Check:
    name: str
    ok: bool
    required: bool
    detail: str
    fix: str = ""


def _module(name: str) -> str | None:
    if importlib.util.find_spec(name) is None:
        return None
    try:
        from importlib.metadata import version

        return version({"pxr": "usd-core", "PIL": "pillow"}.get(name, name))
    except Exception:
        return "installed"


def run_checks() -> list[Check]:
    from ..jobs.folders import ensure_writable_dir
    from ..jobs.store import JobStore

    settings = STATE.settings()
    checks = [
        Check(
            "python",
            sys.version_info >= (3, 11),
            True,
            sys.version.split()[0],
            "Use Python 3.11 or newer.",
        )
    ]
    for mod in ("numpy", "sqlalchemy", "PIL"):
        v = _module(mod)
        checks.append(
            Check(
                mod,
                v is not None,
                True,
                v or "missing",
                "pip install assetsmith (reinstall the package).",
            )
        )
    try:
        ensure_writable_dir(settings.data_dir, "data")
        checks.append(Check("data dir", True, True, str(settings.data_dir)))
        store = JobStore.from_settings(settings)
        counts = store.counts()
        store.close()
        checks.append(Check("job database", True, True, f"{sum(counts.values())} jobs"))
    except Exception as exc:  # doctor reports, it does not stop
        checks.append(
            Check(
                "data dir / job database",
                False,
                True,
                getattr(exc, "message", type(exc).__name__),
                "Set ASSETSMITH_DATA_DIR to a writable folder.",
            )
        )
    usd = _module("pxr")
    checks.append(
        Check(
            "usd-core",
            usd is not None,
            False,
            usd or "missing (the exporter does not need it)",
            "pip install 'assetsmith[usd]' to validate USD files with USD's own validators.",
        )
    )
    node = shutil.which("node")
    checks.append(
        Check(
            "node",
            node is not None,
            False,
            node or "missing",
            "apt-get install nodejs npm (only the glTF validator in the test suite needs it).",
        )
    )
    from ..backends.doctor import backend_checks

    checks.extend(Check(**c) for c in backend_checks(settings))
    from ..spec.catalog import MATERIAL_FAMILIES

    checks.append(
        Check(
            "offline generators",
            True,
            True,
            f"spec, materials ({len(MATERIAL_FAMILIES)} families), geometry (18 archetypes)",
        )
    )
    checks += service_checks(settings)
    return checks


def _error_text(exc: Exception) -> tuple[str, str]:
    return getattr(exc, "message", type(exc).__name__), getattr(exc, "hint", "")


def service_checks(settings) -> list[Check]:
    """The artifact store, the renderer, signing, the originality audit, billing and the batch
    engines: what each is set to and whether it can work here. No secret, URL credential or key
    material is printed."""
    checks = []
    from ..storage import get_artifact_store

    try:
        store = get_artifact_store(settings)
        store.exists("doctor/probe")  # one request: the bucket answers and the credentials work
        where = f"bucket {settings.s3_bucket}" if store.name == "s3" else str(settings.jobs_dir)
        checks.append(Check("artifact store", True, True, f"{store.name}: {where}"))
    except Exception as exc:  # doctor reports, it does not stop
        message, hint = _error_text(exc)
        checks.append(
            Check("artifact store", False, True, f"{settings.artifact_store}: {message}", hint)
        )

    from ..render import NO_RENDERER, renderer_info

    try:
        info = renderer_info() if settings.previews else None
    except NO_RENDERER:
        info = None
    checks.append(
        Check(
            "renderer",
            info is not None,
            False,
            f"{info['renderer']} ({info['version']})"
            if info
            else ("previews off" if not settings.previews else "unavailable"),
            "pip install 'assetsmith[render]' and Mesa's EGL (apt-get install libegl1 libegl-mesa0 "
            "libgl1-mesa-dri libgbm1); packs then get a hero shot and a turntable.",
        )
    )

    from ..provenance.paths import default_key_uri

    uri = (
        settings.signing_key
        or (settings.provenance_signer_url and "https://(remote signer)")
        or default_key_uri(settings)
    )
    kind = uri.split(":", 1)[0]
    if kind == "file":
        path = Path(uri.split("?", 1)[0][len("file:") :]).expanduser()
        detail = f"file key {path}" + ("" if path.is_file() else " (made on first use)")
    else:
        detail = {"pkcs11": "PKCS#11 token", "awskms": "AWS KMS key", "https": "remote signer"}.get(
            kind, kind
        )
    checks.append(Check("signing key", True, False, detail))

    embedder = settings.originality_embedder
    weights_ok = embedder != "clip" or bool(
        settings.originality_clip_weights and Path(settings.originality_clip_weights).is_file()
    )
    checks.append(
        Check(
            "originality audit",
            weights_ok or settings.originality == "off",
            False,
            f"{settings.originality}, {embedder} embedder, {settings.originality_index} index",
            "Set ASSETSMITH_ORIGINALITY_CLIP_WEIGHTS to a local CLIP checkpoint or .onnx file.",
        )
    )

    stripe = settings.stripe_secret_key is not None and settings.stripe_webhook_secret is not None
    checks.append(
        Check(
            "billing",
            stripe,
            False,
            "Stripe configured" if stripe else "not configured",
            "Set ASSETSMITH_STRIPE_SECRET_KEY and ASSETSMITH_STRIPE_WEBHOOK_SECRET (docs/billing.md).",
        )
    )

    blender = shutil.which(settings.blender_bin) or (
        importlib.util.find_spec("bpy") and "bpy module"
    )
    checks.append(
        Check(
            "blender engine",
            bool(blender),
            False,
            str(blender or "missing"),
            'Install Blender (or pip install bpy) for `job run` with engine "blender".',
        )
    )
    unity = Path(settings.unity_bin)
    checks.append(
        Check(
            "unity engine",
            unity.is_file(),
            False,
            str(unity) if unity.is_file() else "missing",
            'Set UNITY_BIN or --unity-path to a Unity editor for engine "unity".',
        )
    )
    return checks


def doctor(as_json: bool = JSON_OPT) -> None:
    """Check the install: required pieces, optional tools and backends, and how to fix what is missing."""
    checks = run_checks()
    failed = [c for c in checks if c.required and not c.ok]
    if as_json:
        emit_json({"ok": not failed, "checks": [asdict(c) for c in checks]})
    else:
        for c in checks:
            mark = "ok " if c.ok else ("MISSING" if c.required else "optional")
            typer.echo(
                f"[{mark:>8}] {c.name}: {c.detail}"
                + (f"  -> {c.fix}" if not c.ok and c.fix else "")
            )
        typer.echo(
            "All required pieces are present."
            if not failed
            else f"{len(failed)} required piece(s) missing."
        )
    if failed:
        raise typer.Exit(1)
