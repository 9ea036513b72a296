"""The RateLimiter contract (tenancy/ratelimit.py), run against every rate limiter: the job database's
windows on SQLite, and in the slow lane on PostgreSQL and in Redis (the servers on 127.0.0.1).

What every rate limiter must do: count each bucket's hits in the current minute, return the count
while it is within the limit and raise RateLimited (HTTP 429, with a Retry-After within the minute)
past it; keep buckets apart, however long their names; count exactly under concurrent hits from
several threads (the servers' workers); and close twice.
"""

from __future__ import annotations

import secrets
import threading
import time

import pytest
from tests.helpers.postgres import scratch_database

from assetsmith.errors import RateLimited
from assetsmith.jobs.store import JobStore
from assetsmith.settings import Settings
from assetsmith.tenancy.db import migrate_tenancy
from assetsmith.tenancy.ratelimit import (
    DatabaseRateLimiter,
    RateLimiter,
    RedisRateLimiter,
    make_rate_limiter,
)

REDIS_URL = "redis://127.0.0.1:6379/14"


def fresh_window() -> None:
    """Start counting well inside a minute, so one test's hits never straddle two windows."""
    left = 60 - time.time() % 60
    if left < 3:
        time.sleep(left + 0.05)


def bucket(name: str = "key") -> str:
    return f"{name}_{secrets.token_hex(4)}"  # fresh per test: Redis and PostgreSQL outlive the test


class RateLimiterContract:
    """Mixin: a subclass names the class it runs (`impl`) and provides the fixture `limiter`
    (closed by the fixture afterwards)."""

    impl: str

    def test_counts_within_the_limit_then_refuses(self, limiter: RateLimiter):
        fresh_window()
        b = bucket()
        assert [limiter.hit(b, 3) for _ in range(3)] == [1, 2, 3]
        with pytest.raises(RateLimited) as info:
            limiter.hit(b, 3)
        err = info.value
        assert err.http_status == 429 and 1 <= err.retry_after <= 61
        assert "3" in err.message and err.hint  # says the limit and when to retry

    def test_a_zero_limit_refuses_the_first_hit(self, limiter):
        with pytest.raises(RateLimited):
            limiter.hit(bucket(), 0)

    def test_buckets_are_counted_apart(self, limiter):
        fresh_window()
        a, b = bucket("a"), bucket("b")
        assert limiter.hit(a, 10) == 1 and limiter.hit(a, 10) == 2
        assert limiter.hit(b, 10) == 1
        # names that share a long prefix are still different buckets
        long_a, long_b = "k" * 100 + a, "k" * 100 + b
        assert (
            limiter.hit(long_a, 10) == 1
            and limiter.hit(long_b, 10) == 1
            and limiter.hit(long_a, 10) == 2
        )

    def test_concurrent_hits_are_counted_exactly(self, limiter):
        fresh_window()
        b, limit = bucket(), 12
        counts: list[int] = []
        refused: list[int] = []
        errors: list[BaseException] = []
        lock = threading.Lock()

        def work() -> None:
            for _ in range(5):
                try:
                    n = limiter.hit(b, limit)
                    with lock:
                        counts.append(n)
                except RateLimited:
                    with lock:
                        refused.append(1)
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors
        assert sorted(counts) == list(range(1, limit + 1)) and len(refused) == 30 - limit

    def test_close_twice(self, limiter):
        limiter.hit(bucket(), 5)
        limiter.close()
        limiter.close()


class TestDatabaseSqlite(RateLimiterContract):
    impl = "DatabaseRateLimiter"

    @pytest.fixture
    def limiter(self, tmp_path):
        store = JobStore(f"sqlite:///{tmp_path / 'jobs.db'}")
        migrate_tenancy(store.engine)
        limiter = make_rate_limiter(Settings(data_dir=tmp_path / "data"), store)
        assert isinstance(limiter, DatabaseRateLimiter)
        yield limiter
        limiter.close()
        store.close()


@pytest.fixture(scope="module")
def pg_rate_url():
    yield from scratch_database("assetsmith_rl", "the PostgreSQL rate limiter contract")


@pytest.mark.slow  # PostgreSQL
class TestDatabasePostgres(RateLimiterContract):
    impl = "DatabaseRateLimiter"

    @pytest.fixture
    def limiter(self, pg_rate_url, tmp_path):
        store = JobStore(pg_rate_url)
        migrate_tenancy(store.engine)
        limiter = make_rate_limiter(Settings(data_dir=tmp_path / "data"), store)
        assert isinstance(limiter, DatabaseRateLimiter)
        yield limiter
        limiter.close()
        store.close()


@pytest.mark.slow  # Redis
class TestRedis(RateLimiterContract):
    impl = "RedisRateLimiter"

    @pytest.fixture
    def limiter(self, tmp_path):
        limiter = make_rate_limiter(
            Settings(data_dir=tmp_path / "data", redis_url=REDIS_URL), store=None
        )
        assert isinstance(limiter, RedisRateLimiter)
        if not limiter.ping():
            from tests.helpers.availability import missing

            missing(f"Redis does not answer at {REDIS_URL}", "the Redis rate limiter contract")
        yield limiter
        limiter.close()
