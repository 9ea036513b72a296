"""Fixtures for the HTTP service tests: settings over a fresh data dir with auth on, a live
server, tenants with keys, and the PostgreSQL scratch database (like tests/jobs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.helpers.postgres import scratch_database

from assetsmith.settings import Settings

PEPPER = "test-pepper-not-a-secret-elsewhere"
ORIGIN = "https://studio.example.com"
BLOCKED = "forbiddenword"


def make_settings(tmp_path, **overrides) -> Settings:
    """Settings for an API test: auth on, fast event polling, small limits that tests can reach."""
    base = dict(
        data_dir=tmp_path / "data",
        auth_required=True,
        api_key_pepper=PEPPER,
        cors_origins=[ORIGIN],
        prompt_blocklist=[BLOCKED, "two words"],
        sse_poll_s=0.05,
        max_request_bytes=64 * 1024,
        rate_limit_per_minute=1000,
        queue_lease_s=30,
        workers=1,
        default_resolution=512,
        max_resolution=1024,
        previews=False,
    )
    base.update(overrides)
    return Settings(**base)


@pytest.fixture
def api_settings(tmp_path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def server(api_settings):
    # The app and uvicorn, imported here: modules that only want make_settings do not load them.
    from .live import LiveServer

    with LiveServer(api_settings) as srv:
        yield srv


@pytest.fixture
def tenants(server):
    """Two tenants (A on team, B on team) with one key each: {name: (tenant_id, key)}."""
    t = server.app.state.assetsmith.tenancy
    out = {}
    for name in ("A", "B"):
        tenant = t.create_tenant(f"Tenant {name}", "team")
        out[name] = (
            tenant["tenant_id"],
            t.issue_key(tenant["tenant_id"], f"{name} key")["api_key"],
        )
    return out


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for this session, dropped at the end."""
    yield from scratch_database("assetsmith_apitest", "the PostgreSQL credit tests")
