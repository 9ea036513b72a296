"""`queue-worker`, the `queue` group (submit, list, show, cancel, requeue, stats) and `migrate`."""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer

from .. import sdk
from ..errors import InvalidInput
from .common import JSON_OPT, STATE, emit_json

queue_app = typer.Typer(
    help="The durable job queue: submit jobs for workers, watch and manage them.",
    no_args_is_help=True,
)


def _caps(values: list[str] | None) -> list[str]:
    return [c for v in values or () for c in v.split(",") if c.strip()]


def queue_worker(
    concurrency: int = typer.Option(
        1, "--concurrency", "-c", min=1, max=64, help="Worker processes to run."
    ),
    capabilities: list[str] = typer.Option(
        None,
        "--capabilities",
        help="What this worker offers, e.g. gpu,comfyui; "
        "jobs that need a capability go only to workers that have it.",
    ),
    once: bool = typer.Option(
        False, "--once", help="Run at most one job (per process), then exit."
    ),
    drain: bool = typer.Option(
        False,
        "--drain",
        help="Exit once no job it could run is queued (delayed "
        "retries count) instead of waiting for more.",
    ),
    worker_id: str = typer.Option(
        None,
        "--worker-id",
        help="Name in leases and events (default host:pid; "
        "with --concurrency, suffixed -0, -1, ...).",
    ),
    poll_interval: float = typer.Option(
        None,
        "--poll-interval",
        min=0.01,
        help="Poll at this fixed interval "
        "instead of waking on new jobs (how the reference tool's worker behaved).",
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Run queue workers: claim jobs, run them under renewed leases, retry or fail them.

    SIGTERM (or Ctrl-C) stops claiming; a running job may finish within ASSETSMITH_QUEUE_SHUTDOWN_GRACE_S
    and is otherwise released back to the queue. A second signal releases at once."""
    from ..jobs.pool import run_pool
    from ..jobs.worker import WorkerOptions, default_worker_id

    opts = WorkerOptions(
        worker_id=worker_id or default_worker_id(),
        capabilities=tuple(_caps(capabilities)),
        once=once,
        drain=drain,
        poll_interval=poll_interval,
    )
    stats = run_pool(STATE.settings(), opts, concurrency)
    if stats is None:
        return
    if as_json:
        emit_json({"worker_id": opts.worker_id, **stats.__dict__})
    else:
        typer.echo(
            f"Worker {opts.worker_id}: {stats.succeeded} succeeded, {stats.failed} failed, "
            f"{stats.retried} retried, {stats.dead} dead, {stats.cancelled} cancelled, "
            f"{stats.released} released, {stats.lease_lost} lost leases.",
            err=True,
        )


@queue_app.command("submit")
def submit(
    prompt: str = typer.Option(None, "--prompt", "-p", help="What to make (kind run_job)."),
    spec: Path = typer.Option(
        None, "--spec", "-s", help="Build from this spec file (kind run_job)."
    ),
    kind: str = typer.Option("run_job", "--kind", help="Job kind: run_job | noop | group."),
    request: str = typer.Option(
        None, "--request", help="The request as JSON (for kinds other than run_job)."
    ),
    engine: str = typer.Option(
        "unity", "--engine", "-e", help="Engine layout: unity | godot | unreal."
    ),
    resolution: int = typer.Option(
        None, "--resolution", help="Texture size: 512, 1024, 2048 or 4096."
    ),
    seed: int = typer.Option(None, "--seed", help="Seed (default: derived from the prompt)."),
    priority: int = typer.Option(0, "--priority", help="Higher runs first (-1000..1000)."),
    max_attempts: int = typer.Option(
        None, "--max-attempts", help="Attempts before the job is dead."
    ),
    idempotency_key: str = typer.Option(
        None, "--idempotency-key", help="Submitting the same key again returns the existing job."
    ),
    capability: list[str] = typer.Option(
        None, "--capability", help="A capability the job needs (repeatable)."
    ),
    children: str = typer.Option(
        None,
        "--children",
        help="JSON list of child jobs ({kind, request, ...}); makes "
        "this a parent that finishes when they have (use --kind group).",
    ),
    tenant: str = typer.Option("local", "--tenant", help="Tenant the job belongs to."),
    as_json: bool = JSON_OPT,
) -> None:
    """Queue a job for the workers and print its id."""
    req = _json_arg(request, "--request") if request is not None else None
    kids = _json_arg(children, "--children") if children is not None else None
    if kind == "run_job" and req is None and (prompt is None) == (spec is None):
        raise InvalidInput(
            "Give exactly one of --prompt or --spec (or --request).",
            'Example: assetsmith queue submit --prompt "wooden barrel".',
        )
    sub = sdk.submit_job(
        prompt,
        spec=spec,
        kind=kind,
        request=req,
        engine=engine,
        resolution=resolution,
        seed=seed,
        priority=priority,
        max_attempts=max_attempts,
        idempotency_key=idempotency_key,
        capabilities=_caps(capability),
        children=kids,
        tenant=tenant,
        settings=STATE.settings(),
    )
    if as_json:
        emit_json(sub.to_dict())
    else:
        note = " (already submitted with this idempotency key)" if sub.deduplicated else ""
        typer.echo(f"{sub.job_id} {sub.status}{note}")


def _json_arg(text: str, name: str):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InvalidInput(
            f"{name} is not valid JSON ({exc}).", f"Quote it, e.g. {name} '{{\"ms\": 10}}'."
        ) from None


@queue_app.command("list")
def list_cmd(
    status: str = typer.Option(
        None,
        "--status",
        help="Only this status: queued, waiting, running, succeeded, failed, dead, cancelled.",
    ),
    kind: str = typer.Option(None, "--kind", help="Only this kind."),
    tenant: str = typer.Option(None, "--tenant", help="Only this tenant."),
    limit: int = typer.Option(
        50, "--limit", min=1, max=10_000, help="At most this many, newest first."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List queue jobs, newest first."""
    recs = sdk.list_queue(
        status=status, kind=kind, tenant=tenant, limit=limit, settings=STATE.settings()
    )
    if as_json:
        emit_json([r.to_dict() for r in recs])
        return
    if not recs:
        typer.echo("No jobs.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None)
    table.add_column("job", no_wrap=True, min_width=24)  # ids are copied from here: never cut them
    for name in ("kind", "status", "prio", "attempts", "worker", "created", "note"):
        table.add_column(name)
    for r in recs:
        created = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r.created_at))
        note = (r.error or {}).get("message", "") or (r.summary or "")
        table.add_row(
            r.id,
            r.kind,
            r.status,
            str(r.priority),
            f"{r.attempts}/{r.max_attempts}",
            r.lease_owner or "-",
            created,
            note,
        )
    Console().print(table)


@queue_app.command("show")
def show(job_id: str = typer.Argument(..., help="The job id."), as_json: bool = JSON_OPT) -> None:
    """Show one job and its events (status changes, progress, log lines)."""
    info = sdk.show_queue_job(job_id, settings=STATE.settings())
    if as_json:
        emit_json(info)
        return
    typer.echo(
        f"{info['id']}  {info['kind']}  {info['status']}  attempt {info['attempts']}/{info['max_attempts']}"
        f"  priority {info['priority']}"
    )
    if info.get("error"):
        typer.echo(
            f"error: {info['error'].get('message')} {info['error'].get('hint', '')}".rstrip()
        )
    if info.get("children"):
        typer.echo(f"children: {len(info['children'])}")
    for e in info["events"]:
        at = time.strftime("%H:%M:%S", time.localtime(e["at"]))
        data = e["data"]
        text = data.get("line") if e["kind"] == "log" else json.dumps(data, sort_keys=True)
        typer.echo(f"  {at} {e['kind']:<8} {text}")


@queue_app.command("cancel")
def cancel(job_id: str = typer.Argument(..., help="The job id."), as_json: bool = JSON_OPT) -> None:
    """Cancel a job: a queued one never runs, a running one stops at its next stage."""
    status = sdk.cancel_job(job_id, settings=STATE.settings())
    emit_json({"id": job_id, "status": status}) if as_json else typer.echo(f"{job_id} {status}")


@queue_app.command("requeue")
def requeue(
    job_id: str = typer.Argument(..., help="The job id."), as_json: bool = JSON_OPT
) -> None:
    """Give a dead, failed or cancelled job fresh attempts."""
    status = sdk.requeue_job(job_id, settings=STATE.settings())
    emit_json({"id": job_id, "status": status}) if as_json else typer.echo(f"{job_id} {status}")


@queue_app.command("stats")
def stats(
    tenant: str = typer.Option(None, "--tenant", help="Only this tenant."), as_json: bool = JSON_OPT
) -> None:
    """Counts per status, due jobs, the oldest wait, live workers, expired leases."""
    st = sdk.queue_stats(tenant=tenant, settings=STATE.settings())
    if as_json:
        emit_json(st)
        return
    typer.echo("  ".join(f"{k} {v}" for k, v in st["counts"].items()))
    age = st["oldest_due_age_s"]
    typer.echo(
        f"due {st['due']} (oldest waiting {age if age is not None else '-'} s), workers {st['workers']}, "
        f"expired leases {st['expired_leases']}, finished in the last minute {st['finished_last_minute']}"
    )


def migrate(as_json: bool = JSON_OPT) -> None:
    """Bring the database (SQLite or $DATABASE_URL) to the newest schema: job store and tenancy tables.

    Run it once per upgrade, before starting the new version's API and workers (see docs/deployment.md).
    """
    res = sdk.migrate_database(settings=STATE.settings())
    if as_json:
        emit_json(res)
        return
    for what, before, after in (
        ("job store is", res["before"], res["after"]),
        ("tenancy tables are", res["tenancy"]["before"], res["tenancy"]["after"]),
    ):
        if before == after:
            typer.echo(f"The {what} up to date (revision {after}).")
        else:
            typer.echo(
                f"Migrated the {what.rsplit(' ', 1)[0]} from {before or 'empty'} to {after}."
            )
