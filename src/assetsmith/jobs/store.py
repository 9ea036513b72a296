"""The job store: job rows and their append-only events, on SQLite (default) or PostgreSQL.

The schema is owned by the Alembic migrations, applied when a store opens (or by `assetsmith
migrate`). The queue (queue.py) and the leases workers hold (leases.py) write through this store.
"""

from __future__ import annotations

import builtins  # the `list` method shadows the type inside JobStore
import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from ..errors import AssetsmithError, NotFound
from .db import (
    HEAD_REVISION,
    DatabaseUnavailable,
    current_revision,
    db_now,
    is_sqlite,
    make_engine,
    migrate,
    normalise_url,
    run_raw_tx,
    run_tx,
)
from .records import FINISHED, STATUSES, JobRecord, new_job_id, row_to_record
from .schema import job_events, jobs
from .sql import NOTIFY_CHANNEL, HotSql

__all__ = ["FINISHED", "NOTIFY_CHANNEL", "STATUSES", "JobRecord", "JobStore", "new_job_id"]
T = TypeVar("T")


class JobStore:
    """Job rows and events. Every write is one transaction; rows are the only job state."""

    def __init__(self, url: str, *, auto_migrate: bool = True) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self.sqlite = is_sqlite(self.engine)
        # Reads need no write lock on SQLite; the same pool, with a DEFERRED begin.
        self.reader = self.engine.execution_options(sqlite_begin="DEFERRED")
        self.sql = HotSql(self.sqlite)
        try:
            rev = migrate(self.engine) if auto_migrate else current_revision(self.engine)
        except DBAPIError as exc:
            self.engine.dispose()
            where = (
                "the SQLite file"
                if self.sqlite
                else f"{self.engine.url.host}:{self.engine.url.port or 5432}"
            )
            raise DatabaseUnavailable(
                f"The job database at {where} cannot be used ({type(exc.orig).__name__}).",
                "Check DATABASE_URL (or ASSETSMITH_DATA_DIR) and that the server is up.",
            ) from None
        if rev != HEAD_REVISION:
            self.engine.dispose()
            raise AssetsmithError(
                f"The job database is at revision {rev or 'none'}, not {HEAD_REVISION}.",
                "Run `assetsmith migrate`.",
            )

    @classmethod
    def from_settings(cls, settings) -> JobStore:
        """The store named by settings.database_url (default: SQLite under the data dir)."""
        return cls(
            settings.effective_database_url,
            auto_migrate=getattr(settings, "database_auto_migrate", True),
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> JobStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- plumbing shared by queue.py and leases.py --------------------------------------------------
    def now(self) -> ColumnElement:
        """Current time as SQL (see db.db_now)."""
        return db_now(self.engine)

    def tx(self, fn: Callable[[Connection], T], *, async_commit: bool = False) -> T:
        """Run fn(conn) in one write transaction, retried on lock contention.

        async_commit (PostgreSQL): do not wait for the WAL flush. Only for writes that fencing makes
        safe to lose in a server crash: a lost claim or heartbeat means the lease moves on and the
        holder's later fenced writes are refused; nothing a client was promised is lost.
        """
        if async_commit and not self.sqlite:

            def run(conn: Connection) -> T:
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
                return fn(conn)

            return run_tx(self.engine, run)
        return run_tx(self.engine, fn)

    def raw_tx(
        self, fn: Callable[[Any], T], *, async_commit: bool = False, single: bool = False
    ) -> T:
        """Run fn(cursor) in one write transaction on the driver's own cursor (the hot path);
        `single`: fn runs one statement (see db.run_raw_tx)."""
        return run_raw_tx(
            self.engine, fn, async_commit=async_commit and not self.sqlite, single=single
        )

    def insert_events(self, conn: Connection, events: Iterable[tuple[str, str, dict]]) -> None:
        """Append events inside the caller's transaction."""
        self.sql.insert_events(conn.connection.cursor(), events)

    def notify(self, conn: Connection) -> None:
        """Wake idle workers when this transaction commits."""
        self.sql.notify(conn.connection.cursor())

    def transition(
        self,
        conn: Connection,
        job_id: str,
        status: str,
        *,
        where: Iterable = (),
        event: dict | None = None,
        **values: Any,
    ) -> bool:
        """Move one job to `status` if every `where` condition holds; record the status event and,
        when the status is final, settle its parent. Returns whether the row changed."""
        now = self.now()
        values = {"status": status, "updated_at": now, **values}
        if status in FINISHED:
            values.setdefault("finished_at", now)
        res = conn.execute(update(jobs).where(jobs.c.id == job_id, *where).values(**values))
        if res.rowcount != 1:
            return False
        self.insert_events(conn, [(job_id, "status", {"status": status, **(event or {})})])
        if status == "queued":
            self.notify(conn)
        if status in FINISHED:
            parent = conn.execute(select(jobs.c.parent_id).where(jobs.c.id == job_id)).scalar()
            if parent:
                self.settle_parent(conn, parent)
        return True

    def settle_parent(self, conn: Connection, parent_id: str) -> None:
        """Finish a waiting parent once all its children have finished (see HotSql.settle_parent)."""
        self.sql.settle_parent(conn.connection.cursor(), parent_id)

    # -- writes used by the in-process runner (jobs/local.py) ----------------------------------------
    def create(
        self,
        job_id: str,
        request: dict,
        *,
        status: str = "queued",
        tenant: str = "local",
        kind: str = "run_job",
        **fields: Any,
    ) -> None:
        """Insert one job row (and its first status event)."""
        now = self.now()
        row = {
            "id": job_id,
            "tenant": tenant,
            "kind": kind,
            "request": json.dumps(request, sort_keys=True),
            "status": status,
            "created_at": now,
            "updated_at": now,
            "priority": 0,
            "attempts": 0,
            "max_attempts": 1,
            "run_after": 0.0,
            "progress": 0.0,
            "bytes": 0,
            **fields,
        }
        if status == "running":
            row.setdefault("started_at", now)
            row["attempts"] = fields.get("attempts", 1)

        def write(conn: Connection) -> None:
            conn.execute(insert(jobs).values(**row))
            self.insert_events(conn, [(job_id, "status", {"status": status})])

        self.tx(write)

    def update(self, job_id: str, **fields: Any) -> None:
        """Set fields on a job (not fenced: for the in-process runner, which holds no lease)."""
        fields["updated_at"] = self.now()
        if "finished_at" in fields:
            fields["finished_at"] = self.now()

        def write(conn: Connection) -> None:
            conn.execute(update(jobs).where(jobs.c.id == job_id).values(**fields))
            if "status" in fields:
                self.insert_events(conn, [(job_id, "status", {"status": fields["status"]})])

        self.tx(write)

    def add_event(self, job_id: str, kind: str, data: dict) -> None:
        """Append one event (a log line, progress) to a job's history."""
        self.tx(lambda conn: self.insert_events(conn, [(job_id, kind, data)]))

    def delete(self, job_id: str) -> None:
        """Delete a job row and its events (its files are the caller's business)."""

        def write(conn: Connection) -> None:
            conn.execute(delete(job_events).where(job_events.c.job_id == job_id))
            conn.execute(delete(jobs).where(jobs.c.id == job_id))

        self.tx(write)

    # -- reads ------------------------------------------------------------------------------------
    def get(self, job_id: str, *, tenant: str | None = None) -> JobRecord:
        """One job, or NotFound."""
        q = select(jobs).where(jobs.c.id == job_id)
        if tenant is not None:
            q = q.where(jobs.c.tenant == tenant)
        with self.reader.connect() as conn:
            row = conn.execute(q).first()
        if row is None:
            raise NotFound(
                f"No job '{job_id}'.",
                "List jobs with `assetsmith jobs list` or `assetsmith queue list`.",
            )
        return row_to_record(row)

    def list(
        self,
        *,
        tenant: str | None = None,
        status: str | None = None,
        kind: str | None = None,
        parent_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[JobRecord]:
        """Jobs, newest first, optionally filtered."""
        q = (
            select(jobs)
            .order_by(jobs.c.created_at.desc(), jobs.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        for col, val in (
            (jobs.c.tenant, tenant),
            (jobs.c.status, status),
            (jobs.c.kind, kind),
            (jobs.c.parent_id, parent_id),
        ):
            if val is not None:
                q = q.where(col == val)
        with self.reader.connect() as conn:
            return [row_to_record(r) for r in conn.execute(q)]

    def finished_newest_first(self) -> builtins.list[tuple[str, str | None, int]]:
        """(id, folder, bytes) of finished pipeline jobs, newest first: what retention walks.
        Other kinds (noop, group) have no folders and are not retention's to delete."""
        q = (
            select(jobs.c.id, jobs.c.folder, jobs.c.bytes)
            .where(jobs.c.status.in_(FINISHED), jobs.c.kind == "run_job")
            .order_by(jobs.c.created_at.desc(), jobs.c.id.desc())
        )
        with self.reader.connect() as conn:
            return [(r.id, r.folder, r.bytes or 0) for r in conn.execute(q)]

    def events(self, job_id: str, *, after: int = 0) -> builtins.list[dict]:
        """A job's events in order, after event id `after` (for tailing)."""
        q = (
            select(job_events)
            .where(job_events.c.job_id == job_id, job_events.c.id > after)
            .order_by(job_events.c.id)
        )
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def counts(self) -> dict[str, int]:
        """Number of jobs per status."""
        q = select(jobs.c.status, func.count()).group_by(jobs.c.status)
        with self.reader.connect() as conn:
            return {s: n for s, n in conn.execute(q)}
