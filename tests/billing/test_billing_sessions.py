"""Checkout and customer-portal sessions against the fake Stripe API over real HTTP: the form fields
Stripe expects, the URLs it answers, and clear refusals when billing cannot work."""

from __future__ import annotations

import pytest
from tests.api.live import LiveServer
from tests.helpers.stripe_fake import (
    SECRET_KEY,
    WEBHOOK_SECRET,
    FakeStripe,
    event_object,
    subscription_object,
)

from .conftest import PRICE_MAP, billing_settings, deliver, new_tenant

pytestmark = pytest.mark.slow  # a live server and a Stripe fake

SUCCESS = "https://studio.example.com/studio/?billing=success"
CANCEL = "https://studio.example.com/studio/?billing=cancel"


def link_customer(server: LiveServer, stripe: FakeStripe, tenant: str, status: str) -> str:
    """Complete a checkout for the tenant (as Stripe's webhook reports it) whose subscription is `status`."""
    customer, sub = stripe.add_customer(f"cus_{tenant}"), f"sub_{tenant}"
    stripe.add_subscription(
        subscription_object(sub, customer, status, stripe.prices[PRICE_MAP["team"]], tenant)
    )
    session = {
        "id": f"cs_{tenant}",
        "object": "checkout.session",
        "mode": "subscription",
        "customer": customer,
        "subscription": sub,
        "client_reference_id": tenant,
        "metadata": {"tenant_id": tenant},
    }
    assert deliver(server, event_object("checkout.session.completed", session)).status_code == 200
    return customer


def test_checkout_session_sends_stripes_form_fields_and_returns_its_url(server, stripe):
    tenant, key = new_tenant(server)
    with server.client(key) as c:
        assert c.get("/api/studio/billing/status").json()["checkout_tiers"] == ["indie", "team"]
        r = c.post("/api/studio/billing/checkout-session", json={"tier": "team"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["url"] == f"https://checkout.stripe.com/c/pay/{body['id']}" and body[
        "id"
    ].startswith("cs_test_")
    sent = [
        x
        for x in stripe.calls("POST", "/v1/checkout/sessions")
        if x.form.get("client_reference_id") == tenant
    ]
    assert len(sent) == 1
    req = sent[0]
    assert req.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert req.headers["stripe-version"] == server.settings.stripe_api_version
    assert req.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert len(req.headers["idempotency-key"]) >= 16
    assert req.form == {
        "mode": "subscription",
        "line_items[0][price]": PRICE_MAP["team"],
        "line_items[0][quantity]": "1",
        "success_url": SUCCESS,
        "cancel_url": CANCEL,
        "client_reference_id": tenant,
        "metadata[tenant_id]": tenant,
        "subscription_data[metadata][tenant_id]": tenant,
    }
    with server.client(key) as c:  # only the two paid tiers can be bought
        assert (
            c.post("/api/studio/billing/checkout-session", json={"tier": "free"}).status_code == 422
        )


def test_checkout_reuses_a_linked_customer_and_refuses_a_second_subscription(server, stripe):
    tenant, key = new_tenant(server)
    customer = link_customer(server, stripe, tenant, "canceled")
    with server.client(key) as c:
        r = c.post("/api/studio/billing/checkout-session", json={"tier": "indie"})
        assert r.status_code == 200, r.text
        sent = stripe.calls("POST", "/v1/checkout/sessions")[-1].form
        assert sent["customer"] == customer and sent["line_items[0][price]"] == PRICE_MAP["indie"]
    subscribed, key2 = new_tenant(server)
    link_customer(server, stripe, subscribed, "active")
    with server.client(key2) as c:
        r = c.post("/api/studio/billing/checkout-session", json={"tier": "indie"})
    assert r.status_code == 409 and r.json()["error"] == "billing_conflict"
    assert "portal" in r.json()["hint"]


def test_portal_refuses_without_a_customer_and_opens_for_a_linked_one(server, stripe):
    tenant, key = new_tenant(server)
    with server.client(key) as c:
        r = c.post("/api/studio/billing/portal-session")
        assert r.status_code == 409 and r.json()["error"] == "billing_conflict"
        assert (
            "No Stripe customer" in r.json()["message"] and "checkout-session" in r.json()["hint"]
        )
        assert c.get("/api/studio/billing/status").json()["portal_available"] is False
        customer = link_customer(server, stripe, tenant, "active")
        r = c.post("/api/studio/billing/portal-session")
    assert r.status_code == 200 and r.json()["url"].startswith(
        "https://billing.stripe.com/p/session/"
    )
    sent = stripe.calls("POST", "/v1/billing_portal/sessions")[-1]
    assert sent.form == {"customer": customer, "return_url": "https://studio.example.com/studio"}
    assert sent.headers["authorization"] == f"Bearer {SECRET_KEY}"


def test_a_transient_stripe_failure_is_retried_with_the_same_idempotency_key(server, stripe):
    _, key = new_tenant(server)
    before = len(stripe.calls("POST", "/v1/checkout/sessions"))
    stripe.fail_next(500)
    with server.client(key) as c:
        assert (
            c.post("/api/studio/billing/checkout-session", json={"tier": "indie"}).status_code
            == 200
        )
    tries = stripe.calls("POST", "/v1/checkout/sessions")[before:]
    assert (
        len(tries) == 2
        and tries[0].headers["idempotency-key"] == tries[1].headers["idempotency-key"]
    )


def test_without_stripe_settings_billing_answers_503_naming_the_setting(tmp_path):
    with LiveServer(billing_settings(tmp_path, None)) as srv:
        _, key = new_tenant(srv)
        with srv.client(key) as c:
            status = c.get("/api/studio/billing/status").json()
            assert (status["stripe_checkout_available"], status["checkout_tiers"]) == (False, [])
            assert c.get("/api/studio/health").json()["stripe_webhook_configured"] is False
            checkout = c.post("/api/studio/billing/checkout-session", json={"tier": "team"})
            portal = c.post("/api/studio/billing/portal-session")
        webhook = deliver(srv, event_object("invoice.paid", {"id": "in_1"}))
    for r, setting in (
        (checkout, "ASSETSMITH_STRIPE_SECRET_KEY"),
        (portal, "ASSETSMITH_STRIPE_SECRET_KEY"),
        (webhook, "ASSETSMITH_STRIPE_WEBHOOK_SECRET"),
    ):
        assert r.status_code == 503 and r.json()["error"] == "billing_not_configured"
        assert setting in r.json()["message"] and setting in r.json()["hint"]


def test_a_tier_without_a_price_and_a_key_stripe_refuses_are_clear_503s(tmp_path, stripe):
    with LiveServer(
        billing_settings(
            tmp_path,
            stripe.url,
            stripe_price_map={"indie": PRICE_MAP["indie"]},
            stripe_secret_key="sk_test_revoked_key_0000",
        )
    ) as srv:
        _, key = new_tenant(srv)
        with srv.client(key) as c:
            assert c.get("/api/studio/billing/status").json()["checkout_tiers"] == ["indie"]
            assert c.get("/api/studio/health").json()["stripe_webhook_configured"] is True
            team = c.post("/api/studio/billing/checkout-session", json={"tier": "team"})
            refused = c.post("/api/studio/billing/checkout-session", json={"tier": "indie"})
    assert team.status_code == 503 and "ASSETSMITH_STRIPE_PRICE_MAP" in team.json()["message"]
    assert (
        refused.status_code == 503
        and refused.json()["message"] == "Stripe refused the server's API key (HTTP 401)."
    )
    assert "sk_test_" not in refused.text and WEBHOOK_SECRET not in refused.text


def test_billing_needs_tenants(tmp_path, stripe):
    with (
        LiveServer(billing_settings(tmp_path, stripe.url, auth_required=False)) as srv,
        srv.client() as c,
    ):
        assert c.get("/api/studio/billing/status").json()["tier_id"] == "dev"
        r = c.post("/api/studio/billing/checkout-session", json={"tier": "team"})
    assert r.status_code == 409 and "ASSETSMITH_AUTH_REQUIRED" in r.json()["hint"]


@pytest.mark.parametrize(
    "path", ["/api/studio/billing/status", "/api/studio/billing/portal-session"]
)
def test_sessions_and_status_need_an_api_key(server, path):
    with server.client() as c:
        r = c.get(path) if path.endswith("status") else c.post(path)
    assert r.status_code == 401
