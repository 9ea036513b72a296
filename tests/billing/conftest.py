"""Fixtures for the billing tests: the loopback fake of Stripe's API, a live server configured for
it (auth on, like tests/api), tenants with keys, signed webhook deliveries, and the PostgreSQL
scratch database (like tests/jobs)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select
from tests.api.conftest import make_settings
from tests.api.live import LiveServer
from tests.helpers.postgres import scratch_database
from tests.helpers.stripe_fake import SECRET_KEY, WEBHOOK_SECRET, FakeStripe

from assetsmith.billing import signature_header
from assetsmith.billing.schema import billing_events
from assetsmith.settings import Settings

PRICE_MAP = {"indie": "price_indie_monthly", "team": "price_team_monthly"}
WEBHOOK = "/api/studio/billing/webhook"


def billing_settings(tmp_path, stripe_url: str | None, **overrides) -> Settings:
    """API-test settings with Stripe pointed at the fake (`stripe_url` None: billing not configured)."""
    stripe = (
        {}
        if stripe_url is None
        else dict(
            stripe_secret_key=SECRET_KEY,
            stripe_webhook_secret=WEBHOOK_SECRET,
            stripe_api_base=stripe_url,
            stripe_price_map=PRICE_MAP,
            billing_success_url="https://studio.example.com/studio/?billing=success",
            billing_cancel_url="https://studio.example.com/studio/?billing=cancel",
            billing_portal_return_url="https://studio.example.com/studio/",
        )
    )
    return make_settings(tmp_path, **{**stripe, **overrides})


@pytest.fixture(scope="module")
def stripe() -> Iterator[FakeStripe]:
    """The fake Stripe API, with the two mapped Prices (no metadata: the map names their tiers)."""
    with FakeStripe() as fake:
        for price in PRICE_MAP.values():
            fake.add_price(price)
        yield fake


@pytest.fixture(scope="module")
def server(stripe, tmp_path_factory) -> Iterator[LiveServer]:
    """One configured server per test module, on SQLite; each test makes its own tenants."""
    with LiveServer(billing_settings(tmp_path_factory.mktemp("billing"), stripe.url)) as srv:
        yield srv


def new_tenant(srv: LiveServer, tier: str = "free") -> tuple[str, str]:
    """A tenant on `tier` with an API key: (tenant id, key)."""
    t = srv.app.state.assetsmith.tenancy
    tid = t.create_tenant(f"Studio {tier}", tier)["tenant_id"]
    return tid, t.issue_key(tid, "billing test")["api_key"]


def tier_of(srv: LiveServer, tenant_id: str) -> str:
    return srv.app.state.assetsmith.tenancy.get_tenant(tenant_id)["tier"]


def event_rows(srv: LiveServer, event_id: str) -> int:
    with srv.app.state.assetsmith.store.reader.connect() as conn:
        return conn.execute(
            select(func.count())
            .select_from(billing_events)
            .where(billing_events.c.event_id == event_id)
        ).scalar_one()


def outcome_of(srv: LiveServer, event_id: str) -> str:
    with srv.app.state.assetsmith.store.reader.connect() as conn:
        return conn.execute(
            select(billing_events.c.outcome).where(billing_events.c.event_id == event_id)
        ).scalar_one()


def deliver(
    srv: LiveServer,
    event: dict,
    *,
    secret: str = WEBHOOK_SECRET,
    timestamp: int | None = None,
    header: str | None = None,
    body: bytes | None = None,
) -> httpx.Response:
    """POST an event to the webhook as Stripe does: the raw JSON body, signed with the endpoint's secret."""
    raw = body if body is not None else json.dumps(event, separators=(",", ":")).encode()
    sig = header if header is not None else signature_header(raw, secret, timestamp)
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    }
    if sig:
        headers["Stripe-Signature"] = sig
    return httpx.post(srv.url + WEBHOOK, content=raw, headers=headers, timeout=30)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for this session, dropped at the end."""
    yield from scratch_database("assetsmith_billingtest", "the PostgreSQL billing tests")
