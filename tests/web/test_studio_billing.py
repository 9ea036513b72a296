"""The /studio plan panel in a real browser against a server billing through the loopback fake of
Stripe: a free tenant upgrades (the browser lands on the Checkout URL Stripe returned), the page
greets the return from Checkout, and once the webhook has linked the customer and applied the plan
the panel offers "Manage billing", which opens the customer portal."""

from __future__ import annotations

import pytest
from tests.api.live import LiveServer
from tests.billing.conftest import PRICE_MAP, billing_settings, deliver, new_tenant, tier_of
from tests.helpers.stripe_fake import FakeStripe, event_object, subscription_object

pytestmark = pytest.mark.slow  # Chromium

DESKTOP = {"width": 1280, "height": 800}
STUB = "<!doctype html><title>Stripe (stub)</title><p>hosted page</p>"


def _page(browser, key: str):
    ctx = browser.new_context(viewport=DESKTOP)
    ctx.add_init_script(f"localStorage.setItem('assetsmith.apiKey', {key!r})")
    # Stripe's hosted pages are not reachable from here: answer them locally, recording the visit.
    visited: list[str] = []

    def hosted(route):
        visited.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body=STUB)

    ctx.route("https://checkout.stripe.com/**", hosted)
    ctx.route("https://billing.stripe.com/**", hosted)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return ctx, page, visited, errors


def test_upgrade_and_manage_billing_from_the_studio(browser, tmp_path, shots):
    with FakeStripe() as stripe:
        for price in PRICE_MAP.values():
            stripe.add_price(price)
        with LiveServer(billing_settings(tmp_path, stripe.url)) as srv:
            tenant, key = new_tenant(srv, "free")
            ctx, page, visited, errors = _page(browser, key)
            try:
                page.goto(f"{srv.url}/studio/")
                page.wait_for_selector("#usage:has-text('40 credits')")
                page.click("#usage")
                panel = page.locator("#plan-panel")
                panel.wait_for(state="visible")
                assert (
                    "Free plan" in panel.inner_text() and "40 of 40 credits" in panel.inner_text()
                )
                upgrades = page.locator("#plan-actions button")
                assert upgrades.all_inner_texts() == ["Upgrade to Indie", "Upgrade to Small team"]
                assert page.locator("#manage-billing").count() == 0  # no Stripe customer yet
                page.screenshot(path=shots / "20-plan-panel.png")

                page.click("#plan-actions button[data-tier=team]")
                page.wait_for_url("https://checkout.stripe.com/c/pay/cs_*")
                [checkout] = stripe.calls("POST", "/v1/checkout/sessions")
                assert checkout.form["line_items[0][price]"] == PRICE_MAP["team"]
                assert checkout.form["client_reference_id"] == tenant

                # Stripe sends the browser back to the success URL; the page says what happens next.
                page.goto(f"{srv.url}/studio/?billing=success")
                page.wait_for_selector("#banner:has-text('Thank you!')")

                # Stripe's webhook links the customer and applies the plan.
                sub = subscription_object(
                    f"sub_{tenant}",
                    f"cus_{tenant}",
                    "active",
                    stripe.prices[PRICE_MAP["team"]],
                    tenant,
                )
                stripe.add_subscription(sub)
                session = {
                    "id": "cs_test_completed",
                    "object": "checkout.session",
                    "mode": "subscription",
                    "status": "complete",
                    "client_reference_id": tenant,
                    "customer": f"cus_{tenant}",
                    "subscription": f"sub_{tenant}",
                    "metadata": {"tenant_id": tenant},
                }
                assert (
                    deliver(srv, event_object("checkout.session.completed", session)).status_code
                    == 200
                )
                assert tier_of(srv, tenant) == "team"

                page.goto(f"{srv.url}/studio/")
                page.wait_for_selector("#usage:has-text('3000 credits')")
                page.click("#usage")
                page.locator("#manage-billing").wait_for(state="visible")
                # Subscribed: plan changes go through the portal (a second Checkout would charge twice).
                assert page.locator("#plan-actions button[data-tier]").count() == 0
                assert "under Manage billing" in page.locator("#plan-note").inner_text()
                page.screenshot(path=shots / "21-plan-panel-subscribed.png")
                page.click("#manage-billing")
                page.wait_for_url("https://billing.stripe.com/p/session/*")
                assert (
                    stripe.calls("POST", "/v1/billing_portal/sessions")[0].form["customer"]
                    == f"cus_{tenant}"
                )
                assert len(visited) == 2 and errors == []
            finally:
                ctx.close()
