"""The credits ledger: append-only rows, balances as sums, refunds derived from job outcomes.

Every function here runs inside the caller's transaction. A refund row is written for each charged
job that failed, died or was cancelled while it was not running, at most once per job (a unique index and
ON CONFLICT DO NOTHING), by whichever process looks first: the refund depends on the job's row,
not on any worker having remembered to do it, so a crash cannot lose one.
"""

from __future__ import annotations

import time

from sqlalchemy import and_, exists, func, literal, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..jobs.schema import jobs
from .schema import credit_ledger

REFUNDED_STATUSES = ("failed", "dead")
# A cancelled job is refunded unless the user stopped it while it ran: `cancel_requested_at` is
# set only by a cancellation asked of a running job (the worker then stops it, or the sweep ends it
# when that worker died) and cleared when a job that is not running is cancelled. `started_at` says
# nothing here: a job released by a worker's shutdown, retried or swept back after its worker died
# keeps it while it waits in the queue again.


def current_period(now: float | None = None) -> str:
    """The billing period (UTC calendar month) as YYYY-MM."""
    return time.strftime("%Y-%m", time.gmtime(time.time() if now is None else now))


def _insert(conn: Connection):
    mod = sqlite if conn.dialect.name == "sqlite" else postgresql
    return mod.insert(credit_ledger)


def reconcile_refunds(conn: Connection, tenant_id: str | None = None) -> int:
    """Write the refunds that job outcomes call for (one tenant, or all); returns how many."""
    charge = credit_ledger.alias("c")
    refund = credit_ledger.alias("r")
    refundable = or_(
        jobs.c.status.in_(REFUNDED_STATUSES),
        and_(jobs.c.status == "cancelled", jobs.c.cancel_requested_at.is_(None)),
    )
    q = (
        select(
            charge.c.tenant_id,
            charge.c.period,
            literal("refund"),
            -charge.c.amount,
            charge.c.job_id,
            (literal("job ") + jobs.c.status),
            literal(time.time()),
        )
        .select_from(charge.join(jobs, jobs.c.id == charge.c.job_id))
        .where(
            charge.c.kind == "charge",
            refundable,
            ~exists().where(refund.c.job_id == charge.c.job_id, refund.c.kind == "refund"),
        )
    )
    if tenant_id is not None:
        q = q.where(charge.c.tenant_id == tenant_id)
    cols = ["tenant_id", "period", "kind", "amount", "job_id", "reason", "created_at"]
    stmt = _insert(conn).from_select(cols, q).on_conflict_do_nothing()
    return conn.execute(stmt).rowcount or 0


def period_sums(conn: Connection, tenant_id: str, period: str) -> dict[str, int]:
    """Sum of amounts per kind (charge, refund, grant) in one period."""
    q = (
        select(credit_ledger.c.kind, func.coalesce(func.sum(credit_ledger.c.amount), 0))
        .where(credit_ledger.c.tenant_id == tenant_id, credit_ledger.c.period == period)
        .group_by(credit_ledger.c.kind)
    )
    sums = {k: int(v) for k, v in conn.execute(q)}
    return {k: sums.get(k, 0) for k in ("charge", "refund", "grant")}


def used_and_granted(conn: Connection, tenant_id: str, period: str) -> tuple[int, int]:
    """(credits used net of refunds, extra credits granted) in the period."""
    s = period_sums(conn, tenant_id, period)
    return max(0, -(s["charge"] + s["refund"])), s["grant"]


def add_rows(conn: Connection, rows: list[dict]) -> None:
    """Append ledger rows (tenant_id, kind, amount, job_id, reason; period and time filled in)."""
    if not rows:
        return
    now = time.time()
    period = current_period(now)
    conn.execute(
        credit_ledger.insert(),
        [{"period": period, "created_at": now, "job_id": None, **r} for r in rows],
    )


def active_jobs(conn: Connection, tenant_id: str) -> int:
    """Jobs of this tenant queued or running now: counted from the job rows, so nothing to leak
    when a worker crashes (its job returns to the queue or dies when its lease expires)."""
    q = (
        select(func.count())
        .select_from(jobs)
        .where(jobs.c.tenant == tenant_id, jobs.c.status.in_(("queued", "running")))
    )
    return int(conn.execute(q).scalar() or 0)


def ledger_rows(conn: Connection, tenant_id: str, limit: int = 100) -> list[dict]:
    """The newest ledger rows of a tenant."""
    q = (
        select(credit_ledger)
        .where(credit_ledger.c.tenant_id == tenant_id)
        .order_by(credit_ledger.c.id.desc())
        .limit(limit)
    )
    return [dict(r._mapping) for r in conn.execute(q)]
