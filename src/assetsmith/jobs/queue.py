"""The durable queue over the job store: submit, claim, reclaim, cancel, requeue, stats.

Claiming takes one due job in priority order and leases it to a worker with a fresh token:
SQLite in a `BEGIN IMMEDIATE` transaction (one writer at a time), PostgreSQL with
`FOR UPDATE SKIP LOCKED` (claimers never wait on each other's rows). Expired leases are swept back
to the queue (or to dead once attempts are used up) by whichever worker notices first.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from ..errors import InvalidInput, JobStateConflict
from .kinds import get_kind
from .leases import ClaimArgs, Lease
from .records import FINISHED, JobRecord, capability_key, claimable_keys, new_job_id, row_to_record
from .schema import IS_QUEUED, IS_RUNNING, jobs
from .store import JobStore

_CAPABILITY = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}$")
MAX_REQUEST_BYTES = 1 << 20
MAX_CHILDREN = 10_000


@dataclass
class JobSpec:
    """One job to submit. `children` makes it a parent whose completion follows theirs."""

    kind: str = "run_job"
    request: dict = field(default_factory=dict)
    priority: int = 0
    max_attempts: int | None = None
    idempotency_key: str | None = None
    capabilities: list[str] = field(default_factory=list)
    children: list[JobSpec] = field(default_factory=list)


@dataclass
class Submitted:
    """What submit returns: the job id, and whether an earlier job with the same key was returned."""

    job_id: str
    deduplicated: bool
    status: str
    children: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "queue_id": self.job_id,
            "deduplicated": self.deduplicated,
            "status": self.status,
            "children": self.children,
        }


def _row(
    spec: JobSpec, tenant: str, default_attempts: int, parent_id: str | None, status: str
) -> dict:
    """Validate one spec (InvalidInput with the reason) and turn it into a row."""
    kind = get_kind(spec.kind)
    if not isinstance(spec.request, dict):
        raise InvalidInput("A job request must be a JSON object.")
    request_text = json.dumps(kind.dump(kind.parse(spec.request)), sort_keys=True)
    if len(request_text) > MAX_REQUEST_BYTES:
        raise InvalidInput("The request is larger than 1 MiB.", "Send a smaller spec.")
    if not -1000 <= spec.priority <= 1000:
        raise InvalidInput(
            f"Priority {spec.priority} is out of range.", "Use -1000..1000 (higher runs first)."
        )
    attempts = spec.max_attempts if spec.max_attempts is not None else default_attempts
    if not 1 <= attempts <= 100:
        raise InvalidInput(f"max_attempts {attempts} is out of range.", "Use 1..100.")
    caps = [c.strip().lower() for c in spec.capabilities]
    bad = [c for c in caps if not _CAPABILITY.match(c)]
    if bad or len(caps) > 8:
        raise InvalidInput(
            f"Invalid capabilities {bad or caps}.", "Use up to 8 names like gpu or comfyui."
        )
    key = spec.idempotency_key
    if key is not None and not (0 < len(key) <= 200):
        raise InvalidInput("An idempotency key must be 1 to 200 characters.")
    if spec.children and kind.runnable:
        raise InvalidInput(
            f"A '{spec.kind}' job cannot have children.", "Submit the children under a 'group' job."
        )
    if not kind.runnable and not spec.children:
        raise InvalidInput(f"A '{spec.kind}' job needs children.")
    return {
        "id": new_job_id(),
        "tenant": tenant,
        "kind": spec.kind,
        "request": request_text,
        "status": status,
        "priority": spec.priority,
        "attempts": 0,
        "max_attempts": attempts,
        "progress": 0.0,
        "bytes": 0,
        "idempotency_key": key,
        "capabilities": sorted(set(caps)),
        "capability_key": capability_key(caps),
        "parent_id": parent_id,
    }


def submit_jobs(
    store: JobStore,
    specs: list[JobSpec],
    *,
    tenant: str = "local",
    default_max_attempts: int = 3,
    before_insert: Callable[[Connection, list[dict]], None] | None = None,
) -> list[Submitted]:
    """Validate and enqueue jobs in one transaction. A spec whose idempotency key this tenant has
    used before returns the existing job (deduplicated=True) instead of a new one; the same key
    with a different request is refused.

    `before_insert(conn, rows)` runs in that transaction just before the new rows (not the
    deduplicated ones) are inserted; raising refuses the whole submission. Tenancy charges credits
    there, so a job is never stored without its charge nor charged without being stored."""
    if not tenant or len(tenant) > 64:
        raise InvalidInput("A tenant name must be 1 to 64 characters.")
    groups: list[list[dict]] = []  # per spec: its row, then its children's rows
    out: list[Submitted] = []
    for spec in specs:
        parent = _row(
            spec, tenant, default_max_attempts, None, "waiting" if spec.children else "queued"
        )
        if len(spec.children) > MAX_CHILDREN:
            raise InvalidInput(f"At most {MAX_CHILDREN} children per job.")
        if any(c.children for c in spec.children):
            raise InvalidInput("Child jobs cannot have children of their own.")
        kids = [
            _row(c, tenant, default_max_attempts, parent["id"], "queued") for c in spec.children
        ]
        groups.append([parent, *kids])
        out.append(Submitted(parent["id"], False, parent["status"], [k["id"] for k in kids]))

    def write(conn: Connection) -> list[Submitted]:
        result, fresh = list(out), []
        for i, group in enumerate(groups):
            row = group[0]
            existing = _find_key(conn, tenant, row["idempotency_key"])
            if existing is None:
                fresh += group
                continue
            if existing.request_text != row["request"] or existing.kind != row["kind"]:
                raise InvalidInput(
                    f"Idempotency key '{row['idempotency_key']}' was used for a different request.",
                    "Use a new key for a new request.",
                )
            result[i] = Submitted(existing.id, True, existing.status)
        if fresh:
            if before_insert is not None:
                before_insert(conn, fresh)
            now = store.now()
            conn.execute(insert(jobs).values(created_at=now, updated_at=now, run_after=now), fresh)
            store.insert_events(conn, [(r["id"], "status", {"status": r["status"]}) for r in fresh])
            store.notify(conn)
        return result

    try:
        return store.tx(write)
    except IntegrityError:
        pass
    # Another submit with the same key committed between our check and our insert: its row now
    # exists, so the same work again returns it.
    try:
        return store.tx(write)
    except IntegrityError:
        raise InvalidInput(
            "A child job's idempotency key is already in use.", "Use new keys."
        ) from None


@dataclass
class _Existing:
    id: str
    kind: str
    status: str
    request_text: str


def _find_key(conn: Connection, tenant: str, key: str | None) -> _Existing | None:
    if key is None:
        return None
    row = conn.execute(
        select(jobs.c.id, jobs.c.kind, jobs.c.status, jobs.c.request).where(
            jobs.c.tenant == tenant, jobs.c.idempotency_key == key
        )
    ).first()
    return _Existing(row.id, row.kind, row.status, row.request) if row else None


def claim_next_job(
    store: JobStore,
    worker_id: str,
    *,
    capabilities: list[str] | tuple[str, ...] = (),
    lease_s: float = 30.0,
) -> Lease | None:
    """Lease the next due job this worker can run (highest priority, then oldest), or None."""
    claim = ClaimArgs(worker_id, claimable_keys(capabilities), lease_s)
    token = secrets.token_hex(16)
    t0 = time.monotonic()
    # A claim lost in a server crash is harmless: the job is queued again and fencing refuses the
    # first claimant's writes, so the claim need not wait for the WAL flush.
    # On PostgreSQL the claim is one statement (it also turns synchronous_commit off itself).
    row = store.raw_tx(
        lambda cur: store.sql.claim_row(cur, worker_id, token, lease_s, claim.keys),
        async_commit=store.sqlite,
        single=True,
    )
    return Lease.from_row(store, row, token, claim, t0) if row is not None else None


def sweep_expired(store: JobStore, *, limit: int = 100) -> int:
    """Return jobs whose lease expired (their worker died or stalled) to the queue, or to dead when
    their attempts are used up, or to cancelled when a cancellation was requested while they ran.
    Safe to run from every worker at once."""
    now = store.now()
    pick = (
        select(
            jobs.c.id,
            jobs.c.lease_token,
            jobs.c.lease_owner,
            jobs.c.attempts,
            jobs.c.max_attempts,
            jobs.c.cancel_requested_at,
        )
        .where(IS_RUNNING, jobs.c.lease_expires_at < now)
        .limit(limit)
    )
    if not store.sqlite:
        pick = pick.with_for_update(skip_locked=True)

    def write(conn: Connection) -> int:
        n = 0
        for r in conn.execute(pick).all():
            fence = [
                jobs.c.lease_token == r.lease_token,
                jobs.c.status == "running",
                jobs.c.lease_expires_at < now,
            ]
            event = {"reason": "lease expired", "worker": r.lease_owner, "attempt": r.attempts}
            if (
                r.cancel_requested_at is not None
            ):  # the user asked it to stop: it must not run again
                ok = store.transition(
                    conn,
                    r.id,
                    "cancelled",
                    where=fence,
                    event={**event, "reason": "lease expired after a cancellation was requested"},
                    lease_token=None,
                    lease_expires_at=None,
                )
            elif r.attempts >= r.max_attempts:
                err = {
                    "error": "lease_expired",
                    "message": f"The job's worker stopped responding on each of its "
                    f"{r.attempts} attempts.",
                    "hint": "Check the worker logs; requeue the job once fixed.",
                }
                ok = store.transition(
                    conn,
                    r.id,
                    "dead",
                    where=fence,
                    event=event,
                    error=err,
                    lease_token=None,
                    lease_expires_at=None,
                )
            else:
                ok = store.transition(
                    conn,
                    r.id,
                    "queued",
                    where=fence,
                    event=event,
                    lease_token=None,
                    lease_expires_at=None,
                    lease_owner=None,
                )
            n += ok
        return n

    return store.tx(write)


def next_due_in(store: JobStore, capabilities: list[str] | tuple[str, ...] = ()) -> float | None:
    """Seconds until something may become claimable (a delayed retry, an expiring lease); None if
    nothing is waiting. An idle worker sleeps at most this long."""
    keys = claimable_keys(capabilities)
    q1 = select(func.min(jobs.c.run_after)).where(IS_QUEUED, jobs.c.capability_key.in_(keys))
    q2 = select(func.min(jobs.c.lease_expires_at)).where(IS_RUNNING)
    with store.reader.connect() as conn:
        now = conn.execute(select(store.now())).scalar()
        times = [t for t in (conn.execute(q1).scalar(), conn.execute(q2).scalar()) if t is not None]
    return max(0.0, min(times) - now) if times else None


def has_queued_job(store: JobStore, capabilities: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether any job this worker could run is queued, due now or later (for --drain)."""
    q = (
        select(jobs.c.id)
        .where(IS_QUEUED, jobs.c.capability_key.in_(claimable_keys(capabilities)))
        .limit(1)
    )
    with store.reader.connect() as conn:
        return conn.execute(q).first() is not None


def has_due_job(store: JobStore, capabilities: list[str] | tuple[str, ...] = ()) -> bool:
    """A cheap read (no write lock) that says whether a claim could succeed now."""
    q = (
        select(jobs.c.id)
        .where(
            IS_QUEUED,
            jobs.c.run_after <= store.now(),
            jobs.c.capability_key.in_(claimable_keys(capabilities)),
        )
        .limit(1)
    )
    with store.reader.connect() as conn:
        return conn.execute(q).first() is not None


def cancel_job(store: JobStore, job_id: str, *, tenant: str | None = None) -> str:
    """Cancel a job: a queued (or waiting) one never runs; a running one is asked to stop at its next
    stage boundary ("cancelling"); a parent's unfinished children are cancelled with it."""

    def write(conn: Connection) -> str:
        rec = _locked(store, conn, job_id, tenant)
        if rec.status in FINISHED:
            raise JobStateConflict(
                f"Job '{job_id}' already {rec.status}.", "Only unfinished jobs can be cancelled."
            )
        if rec.status == "running":
            conn.execute(
                update(jobs)
                .where(jobs.c.id == job_id, jobs.c.cancel_requested_at.is_(None))
                .values(cancel_requested_at=store.now(), updated_at=store.now())
            )
            store.insert_events(
                conn, [(job_id, "status", {"status": "running", "cancel_requested": True})]
            )
            return "cancelling"
        # Cancelled while not running (cancel_requested_at cleared: a request left from an earlier
        # run that was released does not count): the ledger refunds it (tenancy/ledger.py).
        store.transition(
            conn,
            job_id,
            "cancelled",
            where=[jobs.c.status == rec.status],
            event={"reason": "cancelled by user"},
            cancel_requested_at=None,
        )
        kids = conn.execute(
            select(jobs.c.id, jobs.c.status).where(
                jobs.c.parent_id == job_id, jobs.c.status.not_in(FINISHED)
            )
        ).all()
        for kid in kids:
            if kid.status == "running":
                conn.execute(
                    update(jobs).where(jobs.c.id == kid.id).values(cancel_requested_at=store.now())
                )
            else:
                store.transition(
                    conn,
                    kid.id,
                    "cancelled",
                    where=[jobs.c.status == kid.status],
                    event={"reason": "parent cancelled"},
                    cancel_requested_at=None,
                )
        return "cancelled"

    return store.tx(write)


def requeue_job(store: JobStore, job_id: str, *, tenant: str | None = None) -> str:
    """Revive a dead, failed or cancelled job with fresh attempts (a parent: its unsuccessful
    children, and it waits for them again)."""
    revive = dict(
        attempts=0,
        error=None,
        finished_at=None,
        lease_token=None,
        lease_owner=None,
        lease_expires_at=None,
        cancel_requested_at=None,
        progress=0.0,
    )

    def write(conn: Connection) -> str:
        rec = _locked(store, conn, job_id, tenant)
        if rec.status not in ("dead", "failed", "cancelled"):
            raise JobStateConflict(
                f"Job '{job_id}' is {rec.status}.",
                "Only dead, failed or cancelled jobs can be requeued.",
            )
        kids = conn.execute(
            select(jobs.c.id, jobs.c.status).where(
                jobs.c.parent_id == job_id, jobs.c.status.in_(("dead", "failed", "cancelled"))
            )
        ).all()
        has_children = (
            conn.execute(select(func.count()).where(jobs.c.parent_id == job_id)).scalar_one() > 0
        )
        status = "waiting" if has_children else "queued"
        store.transition(
            conn,
            job_id,
            status,
            where=[jobs.c.status == rec.status],
            event={"reason": "requeued"},
            run_after=store.now(),
            **revive,
        )
        for kid in kids:
            store.transition(
                conn,
                kid.id,
                "queued",
                where=[jobs.c.status == kid.status],
                event={"reason": "parent requeued"},
                run_after=store.now(),
                **revive,
            )
        if rec.parent_id:  # a failed parent waits again for this child
            store.transition(
                conn,
                rec.parent_id,
                "waiting",
                where=[jobs.c.status.in_(("failed", "cancelled"))],
                event={"reason": "child requeued"},
                finished_at=None,
                error=None,
            )
        store.settle_parent(
            conn, job_id
        )  # a parent with no unsuccessful children left finishes now
        return status

    return store.tx(write)


def _locked(store: JobStore, conn: Connection, job_id: str, tenant: str | None) -> JobRecord:
    q = select(jobs).where(jobs.c.id == job_id)
    if tenant is not None:
        q = q.where(jobs.c.tenant == tenant)
    if not store.sqlite:
        q = q.with_for_update()
    row = conn.execute(q).first()
    if row is None:
        from ..errors import NotFound

        raise NotFound(f"No job '{job_id}'.", "List jobs with `assetsmith queue list`.")
    return row_to_record(row)


def queue_stats(store: JobStore, *, tenant: str | None = None) -> dict[str, Any]:
    """Counts per status and what a dashboard wants: due jobs, oldest wait, live workers, expired
    leases, jobs finished in the last minute."""
    where = [jobs.c.tenant == tenant] if tenant is not None else []
    now = store.now()
    with store.reader.connect() as conn:
        t = conn.execute(select(now)).scalar_one()
        counts = {
            s: n
            for s, n in conn.execute(
                select(jobs.c.status, func.count()).where(*where).group_by(jobs.c.status)
            )
        }
        due, oldest = conn.execute(
            select(func.count(), func.min(jobs.c.run_after)).where(
                IS_QUEUED, jobs.c.run_after <= now, *where
            )
        ).one()
        workers, expired = conn.execute(
            select(
                func.count(func.distinct(jobs.c.lease_owner)),
                func.count().filter(jobs.c.lease_expires_at < now),
            ).where(IS_RUNNING, *where)
        ).one()
        recent = conn.execute(
            select(func.count()).where(and_(jobs.c.finished_at > t - 60, *where))
        ).scalar_one()
    return {
        "counts": {
            s: counts.get(s, 0)
            for s in ("queued", "waiting", "running", "succeeded", "failed", "dead", "cancelled")
        },
        "due": due,
        "oldest_due_age_s": round(t - oldest, 3) if oldest is not None else None,
        "workers": workers,
        "expired_leases": expired,
        "finished_last_minute": recent,
    }
