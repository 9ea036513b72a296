"""doctor: what this install can do, what is missing, and how to get it."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import asdict, dataclass

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
    checks = [Check("python", sys.version_info >= (3, 11), True, sys.version.split()[0], "Use Python 3.11 or newer.")]
    for mod in ("numpy", "sqlalchemy", "PIL"):
        v = _module(mod)
        checks.append(Check(mod, v is not None, True, v or "missing", "pip install assetsmith (reinstall the package)."))
    try:
        ensure_writable_dir(settings.data_dir, "data")
        checks.append(Check("data dir", True, True, str(settings.data_dir)))
        store = JobStore.from_settings(settings)
        counts = store.counts()
        store.close()
        checks.append(Check("job database", True, True, f"{sum(counts.values())} jobs"))
    except Exception as exc:  # doctor reports, it does not stop
        checks.append(Check("data dir / job database", False, True, getattr(exc, "message", type(exc).__name__),
                            "Set ASSETSMITH_DATA_DIR to a writable folder."))
    usd = _module("pxr")
    checks.append(Check("usd-core", usd is not None, False, usd or "missing (the exporter does not need it)",
                        "pip install 'assetsmith[usd]' to validate USD files with USD's own validators."))
    node = shutil.which("node")
    checks.append(Check("node", node is not None, False, node or "missing",
                        "apt-get install nodejs npm (only the glTF validator in the test suite needs it)."))
    from ..backends.doctor import backend_checks

    checks.extend(Check(**c) for c in backend_checks(settings))
    checks.append(Check("offline generators", True, True, "spec, materials (17 families), geometry (18 archetypes)"))
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
            typer.echo(f"[{mark:>8}] {c.name}: {c.detail}" + (f"  -> {c.fix}" if not c.ok and c.fix else ""))
        typer.echo("All required pieces are present." if not failed else f"{len(failed)} required piece(s) missing.")
    if failed:
        raise typer.Exit(1)
