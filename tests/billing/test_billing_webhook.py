"""The webhook over real HTTP: signed deliveries are applied once and in order, subscriptions map to
tiers by the documented rules, and anything unsigned, mis-signed or stale is refused with 400."""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from tests.api.live import LiveServer
from tests.helpers.stripe_fake import WEBHOOK_SECRET, event_object, subscription_object

from assetsmith.billing import signature_header
from assetsmith.billing.schema import billing_events
from assetsmith.tenancy.schema import credit_ledger

from .conftest import (
    PRICE_MAP,
    billing_settings,
    deliver,
    event_rows,
    new_tenant,
    outcome_of,
    tier_of,
)

pytestmark = pytest.mark.slow  # a live server and a Stripe fake

TEAM_PRICE = {"id": PRICE_MAP["team"], "object": "price", "metadata": {}}


def sub_event(
    tenant_id: str,
    status: str,
    price: dict | str = TEAM_PRICE,
    *,
    sub_id: str | None = None,
    customer: str | None = None,
    etype: str = "customer.subscription.updated",
    created: int | None = None,
) -> dict:
    """A subscription event for a subscription our checkout made (tenant id in its metadata)."""
    sub = subscription_object(
        sub_id or f"sub_{tenant_id}", customer or f"cus_{tenant_id}", status, price, tenant_id
    )
    return event_object(etype, sub, created)


def test_bad_missing_and_stale_signatures_are_refused_with_400(server):
    tenant, _ = new_tenant(server)
    event = sub_event(tenant, "active")
    raw = json.dumps(event).encode()
    refusals = {
        "wrong secret": deliver(server, event, secret="whsec_not_the_endpoint_secret"),
        "no header": deliver(server, event, header=""),
        "garbage header": deliver(server, event, header="t=now,v1=nothing"),
        "stale": deliver(server, event, timestamp=int(time.time()) - 301),
        "body changed after signing": deliver(
            server,
            event,
            header=signature_header(raw, WEBHOOK_SECRET),
            body=raw.replace(b'"active"', b'"trialing"'),
        ),
        "signed, but not an event": deliver(server, {}, body=b'{"hello": "world"}'),
    }
    for why, r in refusals.items():
        assert r.status_code == 400, why
        body = r.json()
        assert body["error"] == "webhook_rejected", why
        assert WEBHOOK_SECRET not in r.text and "Traceback" not in r.text, why
    # one message for every reason: nothing tells a prober which check failed
    assert len({r.text for r in refusals.values()}) == 1
    assert event_rows(server, event["id"]) == 0 and tier_of(server, tenant) == "free"
    assert deliver(server, event).status_code == 200 and tier_of(server, tenant) == "team"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_server(request, stripe, tmp_path):
    """A configured server on a fresh SQLite file, or on the session's PostgreSQL database."""
    url = None if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with LiveServer(billing_settings(tmp_path, stripe.url, database_url=url)) as srv:
        yield srv


def test_a_replayed_event_is_processed_once(any_db_server):
    srv = any_db_server
    tenant, _ = new_tenant(srv)
    event = sub_event(tenant, "active")
    first = deliver(srv, event)
    assert first.status_code == 200 and first.json() == {"received": True, "duplicate": False}
    assert tier_of(srv, tenant) == "team"
    # An operator moves the tenant by hand; a redelivery of the old event must not undo it.
    srv.app.state.assetsmith.tenancy.set_tier(tenant, "indie")
    again = deliver(srv, event)
    assert again.status_code == 200 and again.json() == {"received": True, "duplicate": True}
    assert tier_of(srv, tenant) == "indie"
    assert event_rows(srv, event["id"]) == 1

    # The same event delivered 8 times at once: applied by exactly one of them.
    later = sub_event(tenant, "canceled", created=event["created"] + 60)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: deliver(srv, later), range(8)))
    assert [r.status_code for r in answers] == [200] * 8
    assert sorted(r.json()["duplicate"] for r in answers) == [False] + [True] * 7
    assert event_rows(srv, later["id"]) == 1 and tier_of(srv, tenant) == "free"
    with srv.app.state.assetsmith.store.reader.connect() as conn:
        assert (
            conn.execute(
                select(func.count())
                .select_from(credit_ledger)
                .where(credit_ledger.c.tenant_id == tenant)
            ).scalar_one()
            == 0
        )
        assert (
            conn.execute(
                select(func.count())
                .select_from(billing_events)
                .where(billing_events.c.tenant_id == tenant)
            ).scalar_one()
            == 2
        )


@pytest.mark.parametrize(
    "status,start,expected",
    [
        ("active", "free", "team"),
        ("trialing", "free", "team"),
        ("past_due", "indie", "indie"),  # keeps the current tier while Stripe retries the payment
        ("canceled", "team", "free"),
        ("unpaid", "team", "free"),
        ("incomplete_expired", "indie", "free"),
        ("paused", "team", "free"),
        ("incomplete", "indie", "indie"),  # no change until the first payment goes through
    ],
)
def test_each_subscription_status_maps_to_its_tier(server, status, start, expected):
    tenant, key = new_tenant(server, start)
    r = deliver(server, sub_event(tenant, status, etype="customer.subscription.created"))
    assert r.status_code == 200 and r.json()["duplicate"] is False
    assert tier_of(server, tenant) == expected
    with server.client(key) as c:
        status_now = c.get("/api/studio/billing/status").json()
    assert (status_now["tier_id"], status_now["subscription_status"]) == (expected, status)
    assert (
        status_now["stripe_customer_linked"]
        and status_now["stripe_subscription_id"] == f"sub_{tenant}"
    )


def test_deleted_subscription_drops_to_free(server):
    tenant, _ = new_tenant(server)
    created = int(time.time())
    deliver(
        server, sub_event(tenant, "active", etype="customer.subscription.created", created=created)
    )
    assert tier_of(server, tenant) == "team"
    deliver(
        server,
        sub_event(tenant, "canceled", etype="customer.subscription.deleted", created=created + 5),
    )
    assert tier_of(server, tenant) == "free"


def test_price_metadata_tier_beats_the_price_map(server):
    tenant, _ = new_tenant(server)
    # The map sells this Price as indie; its metadata says team, and metadata wins.
    price = {"id": PRICE_MAP["indie"], "object": "price", "metadata": {"tier": "team"}}
    deliver(server, sub_event(tenant, "active", price))
    assert tier_of(server, tenant) == "team"


def test_the_price_map_is_used_when_metadata_has_no_tier(server):
    tenant, _ = new_tenant(server)
    deliver(
        server,
        sub_event(tenant, "active", {"id": PRICE_MAP["indie"], "object": "price", "metadata": {}}),
    )
    assert tier_of(server, tenant) == "indie"
    other, _ = new_tenant(server)  # a metadata tier that is no tier: the map decides
    deliver(
        server,
        sub_event(other, "active", {"id": PRICE_MAP["indie"], "metadata": {"tier": "platinum"}}),
    )
    assert tier_of(server, other) == "indie"


def test_a_price_given_only_by_id_is_fetched_for_its_metadata(server, stripe):
    tenant, _ = new_tenant(server)
    stripe.add_price("price_studio_plus", tier="indie")
    deliver(server, sub_event(tenant, "active", "price_studio_plus"))
    assert tier_of(server, tenant) == "indie"
    fetched = stripe.calls("GET", "/v1/prices/price_studio_plus")
    assert fetched and fetched[-1].headers["authorization"].startswith("Bearer sk_test_")


def test_an_unknown_price_changes_nothing_and_is_logged(server, caplog):
    tenant, _ = new_tenant(server, "indie")
    event = sub_event(
        tenant, "active", {"id": "price_nobody_knows", "object": "price", "metadata": {}}
    )
    with caplog.at_level(logging.WARNING, logger="assetsmith.billing"):
        assert deliver(server, event).status_code == 200
    assert tier_of(server, tenant) == "indie"
    assert "unknown price price_nobody_knows" in outcome_of(server, event["id"])
    assert any(
        "price_nobody_knows" in r.getMessage() and "unchanged" in r.getMessage()
        for r in caplog.records
    )


def test_an_event_older_than_the_last_applied_one_is_ignored(server):
    tenant, _ = new_tenant(server)
    now = int(time.time())
    newer = sub_event(tenant, "canceled", created=now)
    older = sub_event(tenant, "active", etype="customer.subscription.created", created=now - 30)
    assert deliver(server, newer).status_code == 200
    assert deliver(server, older).status_code == 200  # arrives late: recorded, not applied
    assert tier_of(server, tenant) == "free"
    assert outcome_of(server, older["id"]) == "ignored: older than the last applied event"


def test_a_late_end_of_a_replaced_subscription_is_ignored(server):
    tenant, _ = new_tenant(server)
    now = int(time.time())
    customer = f"cus_{tenant}"
    deliver(
        server, sub_event(tenant, "active", sub_id="sub_old", customer=customer, created=now - 60)
    )
    indie = {"id": PRICE_MAP["indie"], "metadata": {}}
    deliver(
        server,
        sub_event(tenant, "active", indie, sub_id="sub_new", customer=customer, created=now - 30),
    )
    assert tier_of(server, tenant) == "indie"
    late = sub_event(
        tenant,
        "canceled",
        sub_id="sub_old",
        customer=customer,
        etype="customer.subscription.deleted",
        created=now,
    )
    deliver(server, late)
    assert tier_of(server, tenant) == "indie"
    assert (
        outcome_of(server, late["id"])
        == "ignored: sub_old is not the tenant's current subscription"
    )


def test_checkout_completion_links_the_customer_and_applies_the_subscription(server, stripe):
    tenant, key = new_tenant(server)
    stripe.add_subscription(
        subscription_object(
            f"sub_co_{tenant}",
            f"cus_co_{tenant}",
            "active",
            stripe.prices[PRICE_MAP["team"]],
            tenant,
        )
    )
    session = {
        "id": "cs_test_done",
        "object": "checkout.session",
        "mode": "subscription",
        "status": "complete",
        "client_reference_id": tenant,
        "customer": f"cus_co_{tenant}",
        "subscription": f"sub_co_{tenant}",
        "metadata": {"tenant_id": tenant},
    }
    event = event_object("checkout.session.completed", session)
    assert deliver(server, event).json() == {"received": True, "duplicate": False}
    assert tier_of(server, tenant) == "team"
    assert stripe.calls("GET", f"/v1/subscriptions/sub_co_{tenant}")
    with server.client(key) as c:
        s = c.get("/api/studio/billing/status").json()
    assert (
        s["stripe_customer_linked"],
        s["stripe_subscription_id"],
        s["subscription_status"],
        s["portal_available"],
    ) == (True, f"sub_co_{tenant}", "active", True)


def test_events_for_no_known_tenant_are_recorded_and_ignored(server):
    event = event_object(
        "customer.subscription.updated",
        subscription_object("sub_stranger", "cus_stranger", "active", TEAM_PRICE),
    )
    assert deliver(server, event).status_code == 200
    assert outcome_of(server, event["id"]) == "ignored: no tenant for this subscription"
    other = event_object(
        "invoice.paid", {"id": "in_1", "object": "invoice", "customer": "cus_stranger"}
    )
    assert deliver(server, other).json()["duplicate"] is False
    assert outcome_of(server, other["id"]) == "ignored: not an event billing acts on"
