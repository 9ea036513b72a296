"""Engines, transactions and migrations for the job store, on SQLite or PostgreSQL.

SQLite: WAL, `BEGIN IMMEDIATE` for every write transaction (the write lock is taken up front, so
two writers never deadlock upgrading a read lock), and a retry loop around the whole transaction
because `busy_timeout` alone still lets "database is locked" through under contention.
PostgreSQL (psycopg 3): plain READ COMMITTED transactions, retried on deadlock or serialization
failure; lease times come from the server's clock so workers on hosts with skewed clocks agree.
"""

from __future__ import annotations

import random
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Float, create_engine, event, func, literal, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from ..errors import DatabaseUnavailable, OutputError, import_extra

T = TypeVar("T")
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _scan_head(versions: Path) -> str:
    """The newest revision in versions/, read from the files (importing Alembic to ask costs more
    than opening a store should): the one revision no other revision revises."""
    revs, parents = set(), set()
    for f in versions.glob("*.py"):
        text_ = f.read_text()
        if m := re.search(r'^revision = ["\'](\w+)["\']', text_, re.M):
            revs.add(m.group(1))
        if m := re.search(r'^down_revision = ["\'](\w+)["\']', text_, re.M):
            parents.add(m.group(1))
    heads = revs - parents
    if len(heads) != 1:
        raise RuntimeError(f"job-store migrations must form one line; heads: {sorted(heads)}")
    return heads.pop()


# Every migration in versions/ (a test checks this against Alembic's own reading of the folder).
HEAD_REVISION = _scan_head(MIGRATIONS_DIR / "versions")
_PG_MIGRATION_LOCK = 0x61737374  # pg_advisory_xact_lock key: "asst"
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected


def normalise_url(url: str) -> str:
    """Accept `postgres://` and `postgresql://` (as most hosts print them) and pin the psycopg 3
    driver, which is the one this project installs (the `postgres` extra)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def libpq_conninfo(url: str) -> str:
    """The URL as a libpq conninfo string for psycopg.connect (for the LISTEN connection and
    database admin, which bypass the pool). Built from the parts, not by re-rendering the URL,
    whose query encoding libpq reads differently (`options=-c%20x%3Dy`)."""
    from psycopg.conninfo import make_conninfo

    u = make_url(normalise_url(url))
    args = u.translate_connect_args(username="user", database="dbname")
    args.update({k: v if isinstance(v, str) else v[-1] for k, v in u.query.items()})
    return make_conninfo(**{k: str(v) for k, v in args.items()})


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself; pysqlite's implicit BEGIN is DEFERRED.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across crashes of the process
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for a `sqlite:///path` or `postgresql+psycopg://` URL."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(
                    "The data directory cannot be created.",
                    f"Set ASSETSMITH_DATA_DIR to a writable folder ({exc.strerror}).",
                ) from None
        engine = create_engine(url, connect_args={"timeout": 5, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql"):
        import_extra("psycopg", "postgres", "A PostgreSQL job store")
    # No pool_pre_ping: it costs a round trip per transaction; a dead connection fails its
    # transaction, the pool discards it, and the caller (worker loop, CLI) reports or retries.
    return create_engine(url, pool_size=4, max_overflow=4)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def db_now(engine: Engine) -> ColumnElement:
    """The current UNIX time as a SQL expression: the server's clock on PostgreSQL (one clock for
    every worker host), this process's clock on SQLite (one machine by construction)."""
    if is_sqlite(engine):
        return literal(time.time(), Float)
    return func.cast(func.extract("epoch", func.clock_timestamp()), Float)


def _retryable(exc: DBAPIError, sqlite: bool) -> bool:
    if sqlite:
        msg = str(exc.orig).lower()
        return isinstance(exc, OperationalError) and ("locked" in msg or "busy" in msg)
    return getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES


def run_tx(engine: Engine, fn: Callable[[Connection], T], *, attempts: int = 60) -> T:
    """Run fn(conn) in one write transaction, retrying the whole of it on lock contention.

    fn must be safe to run again: it is, because an aborted transaction left nothing behind.
    """
    sqlite = is_sqlite(engine)
    delay = 0.002
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return fn(conn)
        except DBAPIError as exc:
            if attempt == attempts - 1 or not _retryable(exc, sqlite):
                if exc.connection_invalidated or isinstance(exc, OperationalError) and not sqlite:
                    raise DatabaseUnavailable(
                        "The job database is unreachable.",
                        "Check DATABASE_URL and that the server is up.",
                    ) from exc
                raise
            # Jittered backoff: SQLite's own busy waits are unfair, so spread the retries out.
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.1)
    raise AssertionError("unreachable")


def run_raw_tx(
    engine: Engine,
    fn: Callable[[Any], T],
    *,
    async_commit: bool = False,
    single: bool = False,
    attempts: int = 60,
) -> T:
    """Like run_tx, but fn gets the driver's own cursor (see sql.py for why). SQLite: BEGIN
    IMMEDIATE ... COMMIT by hand (the connection is in autocommit mode); psycopg opens the
    transaction itself on the first statement. `single` (PostgreSQL): fn runs exactly one
    statement, which is atomic on its own, so it runs in autocommit mode: no BEGIN and no COMMIT
    round trips."""
    sqlite = is_sqlite(engine)
    delay = 0.002
    for attempt in range(attempts):
        raw = engine.raw_connection()
        dbapi: Any = (
            raw.driver_connection
        )  # sqlite3's or psycopg's connection (set while checked out)
        try:
            cur = dbapi.cursor()
            if sqlite:
                cur.execute("BEGIN IMMEDIATE")
                result = fn(cur)
                cur.execute("COMMIT")
                return result
            if not raw.info.get("assetsmith_hot"):
                _prepare_hot_connection(dbapi)
                raw.info["assetsmith_hot"] = True
            if single:
                dbapi.autocommit = True
                try:
                    return fn(cur)
                finally:
                    dbapi.autocommit = False
            if async_commit:
                cur.execute("SET LOCAL synchronous_commit TO OFF")
            result = fn(cur)
            dbapi.commit()
            return result
        except Exception as exc:
            try:
                if sqlite:
                    if dbapi.in_transaction:
                        dbapi.execute("ROLLBACK")
                else:
                    dbapi.rollback()
            except Exception:  # a dead connection: the pool replaces it
                raw.invalidate()
            if attempt == attempts - 1 or not _retryable_driver(exc, sqlite):
                raise
        finally:
            raw.close()
        time.sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, 0.1)
    raise AssertionError("unreachable")


def _prepare_hot_connection(dbapi) -> None:
    """Session settings for a PostgreSQL connection that claims and finishes jobs.

    The claim must walk ix_jobs_queued in order and stop at the first free row. When statistics
    lag a fast-moving queue, the planner can estimate one queued row and choose a bitmap scan and
    a sort of every queued row instead (measured: 10 ms per claim instead of 0.1 ms, from about
    3,000 queued jobs on). The hot path's other statements are lookups by key, so bitmap scans are
    turned off for these connections (and their prepared plans) rather than hoping ANALYZE keeps up.
    """
    dbapi.autocommit = True
    try:
        dbapi.execute("SET enable_bitmapscan = off")
    finally:
        dbapi.autocommit = False


def _retryable_driver(exc: Exception, sqlite: bool) -> bool:
    if sqlite:
        import sqlite3

        msg = str(exc).lower()
        return isinstance(exc, sqlite3.OperationalError) and ("locked" in msg or "busy" in msg)
    return getattr(exc, "sqlstate", None) in _RETRY_SQLSTATES


def current_revision(engine: Engine) -> str | None:
    """The migration revision the database is at (None for an empty database)."""
    with engine.execution_options(
        sqlite_begin="DEFERRED"
    ).connect() as conn:  # a read: no write lock
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect

    names = set(inspect(conn).get_table_names())
    if "alembic_version" in names:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        if row:
            return row[0]
    # A store made by create_all before migrations existed has the 0001 tables and no version.
    return "0001-unstamped" if "jobs" in names else None


def migrate(engine: Engine) -> str:
    """Bring the database to the newest revision, safely from many processes at once; returns it."""
    rev = current_revision(engine)
    if rev == HEAD_REVISION:  # the common case: no Alembic import, no lock
        return rev
    from alembic import command
    from alembic.config import Config

    def upgrade(conn: Connection) -> str:
        # One migrator at a time: SQLite's BEGIN IMMEDIATE already holds the write lock; on
        # PostgreSQL a transaction-scoped advisory lock does the same. The revision is read again
        # under the lock, so a process that waited finds the work done.
        if not is_sqlite(engine):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        found = _revision(conn)
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        if found == "0001-unstamped":
            command.stamp(cfg, "0001")
        if found != HEAD_REVISION:
            command.upgrade(cfg, "head")
        return _revision(conn) or ""

    return run_tx(engine, upgrade, attempts=20)


def create_scratch_database(server_url: str, prefix: str = "assetsmith_test") -> str:
    """Create an empty PostgreSQL database `<prefix>_<random>` on the server `server_url` points
    at (any database on it) and return its URL. For tests and benchmarks; see drop_database."""
    import psycopg

    name = f"{prefix}_{secrets.token_hex(4)}"
    with psycopg.connect(libpq_conninfo(server_url), autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return (
        make_url(normalise_url(server_url)).set(database=name).render_as_string(hide_password=False)
    )


def drop_database(url: str) -> None:
    """Drop the database `url` names, disconnecting whoever is still in it (PostgreSQL 13+)."""
    import psycopg

    u = make_url(normalise_url(url))
    with psycopg.connect(
        libpq_conninfo(u.set(database="postgres").render_as_string(hide_password=False)),
        autocommit=True,
        connect_timeout=3,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)')
