"""A throwaway PostgreSQL database per test session, on the machine's server (CI starts it)."""

from __future__ import annotations

import os
from collections.abc import Iterator

from tests.helpers.availability import missing

PG_SERVER = os.environ.get(
    "ASSETSMITH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def scratch_database(prefix: str, what: str) -> Iterator[str]:
    """Yield the URL of a new database `<prefix>_<random>` and drop it afterwards (use with
    `yield from` in a session fixture). Without a server: skipped, or failed in CI, naming `what`."""
    from assetsmith.jobs.db import create_scratch_database, drop_database

    try:
        url = create_scratch_database(PG_SERVER, prefix)
    except Exception as exc:
        missing(f"no PostgreSQL server answers at {PG_SERVER} ({type(exc).__name__}: {exc})", what)
    yield url
    drop_database(url)
