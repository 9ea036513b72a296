"""The tenancy schema's migrations, applied when the service opens (safe from many processes)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from ..jobs.db import is_sqlite, run_tx

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
HEAD_REVISION = "t0002"
VERSION_TABLE = "tenancy_alembic_version"
_PG_LOCK = 0x74656E61  # pg_advisory_xact_lock key: "tena"


def _revision(conn: Connection) -> str | None:
    if VERSION_TABLE not in set(inspect(conn).get_table_names()):
        return None
    row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return row[0] if row else None


def tenancy_revision(engine: Engine) -> str | None:
    """The revision the tenancy tables are at (None before the first migration)."""
    with engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
        return _revision(conn)


def migrate_tenancy(engine: Engine) -> str:
    """Bring the tenancy tables to the newest revision; returns it. One migrator at a time: SQLite's
    BEGIN IMMEDIATE holds the write lock, PostgreSQL a transaction-scoped advisory lock, and the
    revision is read again under the lock."""
    if tenancy_revision(engine) == HEAD_REVISION:
        return HEAD_REVISION
    from alembic import command
    from alembic.config import Config

    def upgrade(conn: Connection) -> str:
        if not is_sqlite(engine):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        if _revision(conn) != HEAD_REVISION:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return _revision(conn) or ""

    return run_tx(engine, upgrade, attempts=20)
