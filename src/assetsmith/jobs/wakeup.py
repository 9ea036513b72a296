"""How an idle worker learns that a job may be waiting, without polling the queue.

PostgreSQL: `LISTEN assetsmith_jobs` on a connection of its own; every transaction that queues a
job sends `NOTIFY` on commit, so the worker wakes within a network round trip.
SQLite: `PRAGMA data_version` on a connection of its own changes whenever another connection
commits; reading it costs microseconds and touches no lock, so the worker can look every few
milliseconds and only claims (which takes the write lock) after something was committed.
Poll: the reference tool's behaviour (sleep a fixed interval), kept as the benchmark baseline.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Protocol

from .db import libpq_conninfo
from .store import NOTIFY_CHANNEL, JobStore


class Waiter(Protocol):
    """Blocks an idle worker until a wake-up, the timeout, or `stopping()` turns true."""

    def wait(self, timeout: float, stopping: Callable[[], bool]) -> bool:
        """Returns True when woken by a change, False on timeout or stop."""
        ...

    def close(self) -> None:
        """Release the waiter's connection."""
        ...


class PollWaiter:
    """Sleep the whole interval (checking for stop every 50 ms): the baseline."""

    def __init__(self, interval: float) -> None:
        self.interval = interval

    def wait(self, timeout: float, stopping: Callable[[], bool]) -> bool:
        end = time.monotonic() + min(timeout, self.interval)
        while not stopping() and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.05))
        return False

    def close(self) -> None:
        pass


class SqliteWaiter:
    """Watch PRAGMA data_version, polling at `interval` (default 10 ms)."""

    def __init__(self, path: str, interval: float) -> None:
        self.conn = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
        self.interval = interval
        self.version = self._read()

    def _read(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float, stopping: Callable[[], bool]) -> bool:
        end = time.monotonic() + timeout
        while not stopping():
            v = self._read()
            if v != self.version:
                self.version = v
                return True
            left = end - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(left, self.interval))
        return False

    def close(self) -> None:
        self.conn.close()


class PostgresWaiter:
    """LISTEN on a dedicated autocommit connection."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(libpq_conninfo(url), autocommit=True)
        self.conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float, stopping: Callable[[], bool]) -> bool:
        end = time.monotonic() + timeout
        while not stopping():
            left = end - time.monotonic()
            if left <= 0:
                return False
            # Short slices so a SIGTERM is noticed within a quarter second.
            if any(True for _ in self.conn.notifies(timeout=min(left, 0.25), stop_after=1)):
                for _ in self.conn.notifies(timeout=0):  # one claim attempt answers a burst
                    pass
                return True
        return False

    def close(self) -> None:
        self.conn.close()


def make_waiter(
    store: JobStore, *, poll_interval: float | None, sqlite_poll_s: float = 0.01
) -> Waiter:
    """The waiter for this store: a fixed poll when poll_interval is given, else the database's own
    wake-up mechanism."""
    if poll_interval is not None:
        return PollWaiter(poll_interval)
    if store.sqlite:
        database = store.engine.url.database
        assert database is not None  # an SQLite job store is a file (its URL names it)
        return SqliteWaiter(database, sqlite_poll_s)
    return PostgresWaiter(store.url)
