"""The job store's schema: one definition for SQLite and PostgreSQL (SQLAlchemy Core).

Times are UNIX seconds (float) so lease arithmetic is the same on both databases. The tables are
created and changed only by the Alembic migrations in `migrations/versions/`; this module is the
description the code queries through, and a test checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("tenant", String(64), nullable=False, default="local"),
    Column("kind", String(32), nullable=False, default="run_job"),
    Column(
        "request", Text, nullable=False
    ),  # JSON text: kept verbatim so a bad row can be diagnosed
    Column("status", String(16), nullable=False),
    Column("priority", Integer, nullable=False, default=0),
    Column("attempts", Integer, nullable=False, default=0),
    Column("max_attempts", Integer, nullable=False, default=3),
    Column("run_after", Float, nullable=False, default=0.0),
    Column("lease_owner", String(128)),
    Column("lease_token", String(64)),
    Column("lease_expires_at", Float),
    Column("heartbeat_at", Float),
    Column("progress", Float, nullable=False, default=0.0),
    Column("stage", String(32)),
    Column("result", JSON),
    Column("error", JSON),
    Column("idempotency_key", String(200)),
    Column("capabilities", JSON),
    Column("parent_id", String(40), ForeignKey("jobs.id", ondelete="SET NULL")),
    Column("folder", String(200)),
    Column("bytes", BigInteger, nullable=False, default=0),
    Column("summary", Text),
    Column("created_at", Float, nullable=False),
    Column("started_at", Float),
    Column("finished_at", Float),
    Column("updated_at", Float, nullable=False),
    # --- added by migration 0002 (queue) ---
    # Canonical sorted, comma-joined required capabilities ("" for none): a worker claims a job
    # only when this key is one of the subsets of its own capabilities, an IN over plain strings
    # that both databases index, instead of JSON containment that each spells differently.
    Column("capability_key", String(200), nullable=False, server_default=""),
    Column("cancel_requested_at", Float),
    Index("ix_jobs_tenant_created", "tenant", "created_at"),
    Index(
        "ux_jobs_idempotency",
        "tenant",
        "idempotency_key",
        unique=True,
        postgresql_where=text("idempotency_key IS NOT NULL"),
        sqlite_where=text("idempotency_key IS NOT NULL"),
    ),
    Index(
        "ix_jobs_parent",
        "parent_id",
        postgresql_where=text("parent_id IS NOT NULL"),
        sqlite_where=text("parent_id IS NOT NULL"),
    ),
)
# Status conditions the partial indexes below serve. Written as SQL literals on purpose: a planner
# uses a partial index only when the query's condition is the index's, constant and not a bound
# parameter (SQLite always; PostgreSQL in a prepared, generic plan).
IS_QUEUED = text("jobs.status = 'queued'")
IS_RUNNING = text("jobs.status = 'running'")

# The claim walks this index: highest priority first, then the oldest run_after, so the first due
# row that matches the worker's capabilities is found without a sort. Partial: only queued rows
# are in it, so the running and finished versions of a row cost it nothing, and it stays small.
Index(
    "ix_jobs_queued",
    jobs.c.priority.desc(),
    jobs.c.run_after,
    jobs.c.id,
    postgresql_where=text("status = 'queued'"),
    sqlite_where=text("status = 'queued'"),
)
# What the sweep looks for: running jobs whose lease ran out.
Index(
    "ix_jobs_running",
    jobs.c.lease_expires_at,
    postgresql_where=text("status = 'running'"),
    sqlite_where=text("status = 'running'"),
)

job_events = Table(
    "job_events",
    metadata,
    # 64-bit on PostgreSQL (migration 0004); SQLite's INTEGER PRIMARY KEY is its 64-bit rowid already
    # (a BIGINT key there would not auto-increment).
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column(
        "job_id", String(40), ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("at", Float, nullable=False),
    Column("kind", String(16), nullable=False),  # status | progress | log
    Column("data", JSON, nullable=False),
)

JOB_TABLES = (jobs, job_events)
