"""`assetsmith serve` (the HTTP service) and `assetsmith tenants ...` (tenants, keys, plans, usage)."""

from __future__ import annotations

import ipaddress
import os
import signal
import threading

import typer

from .. import sdk
from ..errors import InvalidInput, import_extra
from .common import JSON_OPT, STATE, emit_json

tenants_app = typer.Typer(
    help="Tenants, their API keys, plans and credit usage (multi-tenant mode).",
    no_args_is_help=True,
)


def is_loopback(host: str) -> bool:
    """Whether `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to bind (loopback unless auth is on)."
    ),
    port: int = typer.Option(8787, "--port", "-p", min=0, max=65535, help="Port to listen on."),
    auth: bool = typer.Option(
        None, "--auth/--no-auth", help="Require API keys (default: ASSETSMITH_AUTH_REQUIRED)."
    ),
    insecure: bool = typer.Option(
        False,
        "--insecure",
        help="Allow a public address with auth off (anyone who can reach it can run jobs).",
    ),
    queue_workers: int = typer.Option(
        1,
        "--queue-workers",
        min=0,
        max=64,
        help="Queue worker processes to start "
        "beside the server (0: run `assetsmith queue-worker` yourself).",
    ),
    http_workers: int = typer.Option(
        1, "--http-workers", min=1, max=64, help="Server processes (uvicorn workers)."
    ),
    access_log: bool = typer.Option(False, "--access-log", help="Log every request."),
) -> None:
    """Serve the HTTP API and the /studio page (FastAPI on uvicorn).

    With auth off it binds to loopback only; a public address needs --auth (API keys) or --insecure."""
    uvicorn = import_extra("uvicorn", "server", "The HTTP service")
    settings = STATE.settings()
    if auth is not None:
        settings = settings.model_copy(update={"auth_required": auth})
    if not is_loopback(host) and not settings.auth_required and not insecure:
        raise InvalidInput(
            f"Refusing to serve on {host} with auth off: anyone who can reach it could run jobs.",
            "Turn on API keys with --auth (create them with `assetsmith tenants`), bind to "
            "127.0.0.1, or pass --insecure if you really mean it.",
        )
    _stop_on_signals()
    workers = _start_queue_workers(settings, queue_workers)
    try:
        typer.echo(
            f"assetsmith serving on http://{host}:{port}/studio/ (auth {'on' if settings.auth_required else 'off'}, "
            f"{queue_workers} queue worker(s))",
            err=True,
        )
        common = dict(
            host=host, port=port, access_log=access_log, server_header=False, log_level="warning"
        )
        if http_workers > 1:
            # Several processes build their own app from the environment.
            os.environ["ASSETSMITH_DATA_DIR"] = str(settings.data_dir)
            os.environ["ASSETSMITH_AUTH_REQUIRED"] = "1" if settings.auth_required else "0"
            uvicorn.run(
                "assetsmith.api.asgi:app_from_settings",
                factory=True,
                workers=http_workers,
                **common,
            )
        else:
            from ..api import create_app

            uvicorn.run(create_app(settings), **common)
    finally:
        _stop(workers, settings.queue_shutdown_grace_s)


class _Stopped(SystemExit):
    """Raised in serve's main thread by a stop signal, so the `finally` that stops the queue
    workers runs (SIGTERM's default action would end the process at once, leaving them)."""


def _stop_on_signals() -> None:
    """Make SIGTERM, SIGINT and SIGHUP end `serve` through its `finally`, which stops the workers.

    uvicorn replaces the SIGTERM and SIGINT handlers while it serves, shuts down gracefully on
    either, then puts these handlers back and raises the signal again: they then raise _Stopped.
    It does not handle SIGHUP (in one process): that becomes a SIGTERM, so the server shuts down
    gracefully too. (With --http-workers > 1, uvicorn's supervisor takes SIGHUP to restart its HTTP
    processes; serve keeps running, and its queue workers with it.)"""
    if threading.current_thread() is not threading.main_thread():
        return  # (serve called from a thread, as a test might: handlers can only be set in the main one)

    def stop(signum, _frame) -> None:
        raise _Stopped(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda *_: signal.raise_signal(signal.SIGTERM))


def _start_queue_workers(settings, n: int) -> list:
    from ..jobs.pool import start_worker_process
    from ..jobs.worker import WorkerOptions, default_worker_id

    return [
        start_worker_process(settings, WorkerOptions(worker_id=f"{default_worker_id()}-serve-{i}"))
        for i in range(n)
    ]


def _stop(procs: list, grace_s: float) -> None:
    """Stop the queue workers: SIGTERM (each finishes or releases its job within
    ASSETSMITH_QUEUE_SHUTDOWN_GRACE_S), then SIGKILL any still running a while after that."""
    # A second stop signal while waiting must not cut this short and leave workers behind.
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                signal.signal(sig, signal.SIG_IGN)
    for p in procs:
        if p.is_alive() and p.pid:
            os.kill(p.pid, signal.SIGTERM)
    for p in procs:
        p.join(timeout=grace_s + 30)
        if p.is_alive():
            p.kill()
            p.join(timeout=10)


def _show(obj, as_json: bool, line: str) -> None:
    if as_json:
        emit_json(obj)
    else:
        typer.echo(line)


@tenants_app.command("create")
def create(
    name: str = typer.Option(..., "--name", help="The tenant's name."),
    tier: str = typer.Option("free", "--tier", help="free | indie | team."),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a tenant."""
    t = sdk.create_tenant(name, tier=tier, settings=STATE.settings())
    _show(
        t,
        as_json,
        f"{t['tenant_id']} {t['name']} ({t['tier']}: {t['credits_per_month']} credits/month, "
        f"{t['max_concurrent_jobs']} job(s) at a time)",
    )


@tenants_app.command("list")
def list_cmd(
    keys: bool = typer.Option(
        False, "--keys", help="Show each tenant's API keys (never the secrets)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List tenants."""
    rows = sdk.list_tenants(keys=keys, settings=STATE.settings())
    if as_json:
        emit_json(rows)
        return
    if not rows:
        typer.echo("No tenants.")
    for t in rows:
        typer.echo(
            f"{t['tenant_id']}  {t['tier']:<6} {t['credits_per_month']:>6} cr  {t['max_concurrent_jobs']} at a "
            f"time  {t['name']}"
        )
        for k in t.get("keys", ()):
            typer.echo(
                f"    {k['key_id']}  {k['prefix']}...  {'revoked' if k['revoked'] else 'active '}  {k['label']}"
            )


@tenants_app.command("issue-key")
def issue_key(
    tenant_id: str = typer.Option(..., "--tenant-id", help="The tenant (tn_...)."),
    label: str = typer.Option("", "--label", help="What the key is for (shown in listings)."),
    as_json: bool = JSON_OPT,
) -> None:
    """Issue an API key. It is printed once: it is stored only as a hash."""
    k = sdk.issue_api_key(tenant_id, label=label, settings=STATE.settings())
    _show(k, as_json, f"{k['api_key']}\n(key id {k['key_id']}; shown once, store it now)")


@tenants_app.command("revoke-key")
def revoke_key(
    key_id: str = typer.Option(
        ..., "--key-id", help="The key's id (key_...), from `tenants list --keys`."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Revoke an API key; its next request is refused."""
    _show(sdk.revoke_api_key(key_id, settings=STATE.settings()), as_json, f"{key_id} revoked")


@tenants_app.command("set-tier")
def set_tier(
    tenant_id: str = typer.Option(..., "--tenant-id", help="The tenant (tn_...)."),
    tier: str = typer.Option(..., "--tier", help="free | indie | team."),
    credits: int = typer.Option(
        None, "--credits", min=0, help="Custom monthly credits (default: the tier's)."
    ),
    concurrency: int = typer.Option(None, "--concurrency", min=0, help="Custom jobs at a time."),
    as_json: bool = JSON_OPT,
) -> None:
    """Change a tenant's plan."""
    t = sdk.set_tenant_tier(
        tenant_id, tier, credits=credits, concurrency=concurrency, settings=STATE.settings()
    )
    _show(
        t,
        as_json,
        f"{t['tenant_id']} is now {t['tier']} ({t['credits_per_month']} credits/month, "
        f"{t['max_concurrent_jobs']} at a time)",
    )


@tenants_app.command("usage")
def usage(
    tenant_id: str = typer.Option(..., "--tenant-id", help="The tenant (tn_...)."),
    as_json: bool = JSON_OPT,
) -> None:
    """Credits used and left this month, and jobs in flight."""
    u = sdk.tenant_usage(tenant_id, settings=STATE.settings())
    _show(
        u,
        as_json,
        f"{u['tenant_id']} {u['tier_id']} {u['period']}: {u['credits_used']} of {u['credits_cap']} "
        f"credits used, {u['credits_remaining']} left; {u['active_jobs']} job(s) in flight",
    )


@tenants_app.command("grant")
def grant(
    tenant_id: str = typer.Option(..., "--tenant-id", help="The tenant (tn_...)."),
    credits: int = typer.Option(
        ..., "--credits", help="Credits to add this month (negative: take back)."
    ),
    reason: str = typer.Option("grant", "--reason", help="Recorded in the ledger."),
    as_json: bool = JSON_OPT,
) -> None:
    """Add credits for this month (a ledger row)."""
    u = sdk.grant_credits(tenant_id, credits, reason=reason, settings=STATE.settings())
    _show(u, as_json, f"{u['tenant_id']}: {u['credits_remaining']} credits left this month")
