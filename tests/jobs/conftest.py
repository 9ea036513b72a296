"""Fixtures for the queue: every contract test runs on SQLite and on a real PostgreSQL.

PostgreSQL: the server at $ASSETSMITH_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
in a throwaway database `assetsmith_test_<random>` per test session, dropped at the end. In CI
(CI=true) a missing server fails the run; elsewhere its tests are skipped with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.helpers.postgres import PG_SERVER, scratch_database

from assetsmith.jobs.store import JobStore
from assetsmith.settings import Settings

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.slow),
]  # PostgreSQL: the slow lane


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The PostgreSQL server the tests use (any database on it)."""
    return PG_SERVER


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this session (each xdist worker has its own)."""
    for url in scratch_database("assetsmith_test", "the PostgreSQL contract tests"):
        JobStore(url).close()  # migrate once; tests then only empty the tables
        yield url


def _empty(url: str) -> None:
    store = JobStore(url)
    try:
        store.tx(
            lambda conn: conn.exec_driver_sql("TRUNCATE job_events, jobs RESTART IDENTITY CASCADE")
        )
    finally:
        store.close()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """The job database URL: a new SQLite file, or the session's PostgreSQL database emptied."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'jobs.db'}"
    url = request.getfixturevalue("pg_url")
    _empty(url)
    return url


@pytest.fixture
def qsettings(tmp_path, db_url) -> Settings:
    """Settings over the parametrised database, with short leases and retries so tests are quick."""
    return Settings(
        data_dir=tmp_path / "data",
        database_url=db_url,
        workers=1,
        queue_lease_s=2.0,
        queue_retry_base_s=0.05,
        queue_retry_max_s=0.2,
        queue_shutdown_grace_s=5.0,
    )


@pytest.fixture
def store(qsettings):
    s = JobStore.from_settings(qsettings)
    yield s
    s.close()
