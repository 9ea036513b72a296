"""The Waiter contract (jobs/wakeup.py), run against every waiter `make_waiter` gives: the fixed
poll (the baseline), SQLite's data_version watch, and in the slow lane PostgreSQL's LISTEN/NOTIFY
(the job database of tests/jobs/conftest.py).

What every waiter must do: return False by the timeout, and promptly once `stopping()` turns true
(a worker's shutdown); close twice. A waiter that can see the queue change (every one but the poll)
returns True soon after a job is queued, also when the job was queued before it began to wait, and
once for a burst of jobs queued together.
"""

from __future__ import annotations

import threading
import time

import pytest

from assetsmith.jobs.queue import JobSpec, submit_jobs
from assetsmith.jobs.store import JobStore
from assetsmith.jobs.wakeup import PollWaiter, PostgresWaiter, SqliteWaiter, make_waiter


def never() -> bool:
    return False


def queue_one(store: JobStore) -> None:
    submit_jobs(store, [JobSpec(kind="noop", request={})])


class WaiterContract:
    """Mixin: a subclass provides the fixture `wstore` (a job store) and says which class
    `make_waiter` gives for it (`kind`), with which poll interval (`poll_interval`: None for the
    database's own mechanism)."""

    kind: type
    impl: str  # the class's name (tests/test_contract_suites.py checks every waiter is run)
    poll_interval: float | None = None

    @pytest.fixture
    def waiter(self, wstore):
        waiter = make_waiter(wstore, poll_interval=self.poll_interval)
        yield waiter
        waiter.close()

    def test_make_waiter_gives_this_kind(self, waiter):
        assert isinstance(waiter, self.kind)
        assert callable(waiter.wait) and callable(waiter.close)

    def test_returns_false_by_the_timeout(self, waiter):
        t0 = time.monotonic()
        assert waiter.wait(0.3, never) is False
        assert time.monotonic() - t0 < 0.3 + 0.5

    def test_returns_false_at_once_when_stopping(self, waiter):
        t0 = time.monotonic()
        assert waiter.wait(10.0, lambda: True) is False
        assert time.monotonic() - t0 < 0.5

    def test_returns_soon_after_stopping_turns_true(self, waiter):
        stop = threading.Event()
        threading.Timer(0.2, stop.set).start()
        t0 = time.monotonic()
        assert waiter.wait(10.0, stop.is_set) is False
        assert time.monotonic() - t0 < 0.2 + 0.6

    def test_close_twice(self, wstore):
        waiter = make_waiter(wstore, poll_interval=self.poll_interval)
        waiter.wait(0.01, never)
        waiter.close()
        waiter.close()


class WakingWaiterContract(WaiterContract):
    """Waiters that see the queue change: every one but the poll, which sleeps its interval
    whatever happens (that is the baseline it measures)."""

    def test_wakes_soon_after_a_job_is_queued(self, waiter, wstore):
        threading.Timer(0.2, queue_one, args=(wstore,)).start()
        t0 = time.monotonic()
        assert waiter.wait(5.0, never) is True
        assert time.monotonic() - t0 < 2.0

    def test_a_job_queued_before_the_wait_is_not_missed(self, waiter, wstore):
        waiter.wait(0.05, never)  # the waiter is listening
        queue_one(wstore)
        time.sleep(0.1)
        t0 = time.monotonic()
        assert waiter.wait(5.0, never) is True
        assert time.monotonic() - t0 < 1.0

    def test_a_burst_wakes_once(self, waiter, wstore):
        waiter.wait(0.05, never)
        for _ in range(3):
            queue_one(wstore)
        time.sleep(0.1)
        assert waiter.wait(5.0, never) is True
        assert waiter.wait(0.3, never) is False  # one claim attempt answers the burst


class TestPoll(WaiterContract):
    kind = PollWaiter
    impl = "PollWaiter"
    poll_interval = 0.2

    @pytest.fixture
    def wstore(self, tmp_path):
        store = JobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
        yield store
        store.close()


class TestSqlite(WakingWaiterContract):
    kind = SqliteWaiter
    impl = "SqliteWaiter"

    @pytest.fixture
    def wstore(self, tmp_path):
        store = JobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
        yield store
        store.close()


@pytest.mark.slow  # PostgreSQL
class TestPostgres(WakingWaiterContract):
    kind = PostgresWaiter
    impl = "PostgresWaiter"

    @pytest.fixture
    def wstore(self, pg_url):
        from tests.jobs.conftest import _empty

        _empty(pg_url)
        store = JobStore(pg_url)
        yield store
        store.close()
