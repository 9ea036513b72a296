"""Billing for one app or CLI run: billing status, Stripe Checkout and customer-portal sessions,
webhook deliveries and operator replays. Tier changes go through the tenancy service."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from ..errors import (
    BackendUnavailable,
    BillingConflict,
    BillingNotConfigured,
    InvalidInput,
    WebhookRejected,
)
from ..settings import Settings
from ..tenancy import Principal, Tenancy
from .client import StripeClient
from .events import (
    CHECKOUT_COMPLETED,
    SUBSCRIPTION_EVENTS,
    EventOutcome,
    apply_event,
    event_problem,
    is_processed,
    parse_event,
)
from .schema import billing_customers, billing_events
from .signature import verify_signature
from .subscriptions import SUBSCRIBED_STATUSES, SubscriptionState, stripe_id, subscription_state

log = logging.getLogger("assetsmith.billing")
T = TypeVar("T")

CHECKOUT_TIERS = (
    "indie",
    "team",
)  # the tiers Checkout sells (the keys ASSETSMITH_STRIPE_PRICE_MAP takes)
PORTAL_PATH = "POST /api/studio/billing/portal-session"
CHECKOUT_PATH = "POST /api/studio/billing/checkout-session"


class Billing:
    """Stripe billing over the tenancy service and its database. Cheap to make: nothing is opened
    until a call needs Stripe, and then only for that call."""

    def __init__(self, tenancy: Tenancy, settings: Settings) -> None:
        self.tenancy = tenancy
        self.settings = settings
        self.store = tenancy.store
        self._tier_of_price: dict[str, str] = {
            price: tier for tier, price in settings.stripe_price_map.items()
        }

    # -- status -------------------------------------------------------------------------------------
    def checkout_tiers(self) -> list[str]:
        """The tiers Checkout can sell with this configuration (none when a setting is missing)."""
        s = self.settings
        if s.stripe_secret_key is None or not s.billing_success_url or not s.billing_cancel_url:
            return []
        return [t for t in CHECKOUT_TIERS if t in s.stripe_price_map]

    def customer(self, tenant_id: str) -> dict[str, Any] | None:
        """The tenant's Stripe link (customer, subscription, status, price), or None."""
        with self.store.reader.connect() as conn:
            row = conn.execute(
                select(billing_customers).where(billing_customers.c.tenant_id == tenant_id)
            ).first()
        return dict(row._mapping) if row is not None else None

    def status(self, principal: Principal) -> dict[str, Any]:
        """The reference's billing-status fields for the caller, plus the subscription's status."""
        link = self.customer(principal.tenant_id) if principal.limits_enforced else None
        tiers = self.checkout_tiers() if principal.limits_enforced else []
        portal = (
            principal.limits_enforced
            and link is not None
            and self.settings.stripe_secret_key is not None
            and self.settings.billing_portal_return_url is not None
        )
        return {
            "stripe_checkout_available": bool(tiers),
            "checkout_tiers": tiers,
            "portal_needs_customer": True,
            "portal_available": portal,
            "stripe_customer_linked": link is not None,
            "stripe_subscription_id": link["subscription_id"] if link else None,
            "subscription_status": link["status"] if link else None,
            "tier_id": principal.tier.id if principal.tier else "dev",
        }

    def report(self, tenant_id: str | None = None, *, events: int = 20) -> dict[str, Any]:
        """For operators: which settings are set (never their values), and every linked customer, or
        one tenant's link and its latest events."""
        s = self.settings
        configured = {
            "stripe_secret_key": s.stripe_secret_key is not None,
            "stripe_webhook_secret": s.stripe_webhook_secret is not None,
            "billing_success_url": s.billing_success_url is not None,
            "billing_cancel_url": s.billing_cancel_url is not None,
            "billing_portal_return_url": s.billing_portal_return_url is not None,
            "stripe_price_map": dict(s.stripe_price_map),
        }
        out: dict[str, Any] = {"configured": configured, "checkout_tiers": self.checkout_tiers()}
        if tenant_id is None:
            with self.store.reader.connect() as conn:
                rows = conn.execute(
                    select(billing_customers).order_by(billing_customers.c.tenant_id)
                )
                out["customers"] = [dict(r._mapping) for r in rows]
            return out
        tenant = self.tenancy.get_tenant(tenant_id)
        with self.store.reader.connect() as conn:
            rows = conn.execute(
                select(billing_events)
                .where(billing_events.c.tenant_id == tenant_id)
                .order_by(billing_events.c.received_at.desc())
                .limit(events)
            )
            out["events"] = [dict(r._mapping) for r in rows]
        out.update(tenant_id=tenant_id, tier=tenant["tier"], customer=self.customer(tenant_id))
        return out

    # -- sessions -----------------------------------------------------------------------------------
    def checkout_session(self, principal: Principal, tier: str) -> dict[str, str]:
        """A Stripe Checkout URL that subscribes the caller's tenant to `tier`."""
        s = self.settings
        _configured(s.stripe_secret_key, "checkout", "ASSETSMITH_STRIPE_SECRET_KEY")
        success_url = _configured(
            s.billing_success_url, "checkout", "ASSETSMITH_BILLING_SUCCESS_URL"
        )
        cancel_url = _configured(s.billing_cancel_url, "checkout", "ASSETSMITH_BILLING_CANCEL_URL")
        prices: dict[str, str] = {
            t: p for t, p in s.stripe_price_map.items()
        }  # unknown tiers: None
        price = prices.get(tier)
        if price is None:
            raise BillingNotConfigured(
                f"checkout for the {tier} tier", f'a "{tier}" entry in ASSETSMITH_STRIPE_PRICE_MAP'
            )
        self._require_tenant(principal)
        link = self.customer(principal.tenant_id)
        if link is not None and link["status"] in SUBSCRIBED_STATUSES:
            raise BillingConflict(
                f"This tenant already has a subscription ({link['status']}).",
                f"Change or cancel the plan in the customer portal ({PORTAL_PATH}).",
            )
        with StripeClient(s) as stripe:
            session = stripe.create_checkout_session(
                price_id=price,
                tenant_id=principal.tenant_id,
                success_url=success_url,
                cancel_url=cancel_url,
                customer_id=link["customer_id"] if link else None,
            )
        return {"url": _field(session, "url", "checkout"), "id": _field(session, "id", "checkout")}

    def portal_session(self, principal: Principal) -> dict[str, str]:
        """A Stripe customer-portal URL for the caller's linked customer."""
        s = self.settings
        _configured(s.stripe_secret_key, "the customer portal", "ASSETSMITH_STRIPE_SECRET_KEY")
        return_url = _configured(
            s.billing_portal_return_url,
            "the customer portal",
            "ASSETSMITH_BILLING_PORTAL_RETURN_URL",
        )
        self._require_tenant(principal)
        link = self.customer(principal.tenant_id)
        if link is None:
            raise BillingConflict(
                "No Stripe customer is linked to this tenant yet.",
                f"Subscribe first ({CHECKOUT_PATH}); the customer is linked when Stripe confirms "
                "the payment.",
            )
        with StripeClient(s) as stripe:
            session = stripe.create_portal_session(
                customer_id=link["customer_id"], return_url=return_url
            )
        return {"url": _field(session, "url", "portal")}

    @staticmethod
    def _require_tenant(principal: Principal) -> None:
        if not principal.limits_enforced:
            raise BillingConflict(
                "Billing needs tenants, and this server runs without API keys.",
                "Turn on ASSETSMITH_AUTH_REQUIRED and call with a tenant's API key.",
            )

    # -- events -------------------------------------------------------------------------------------
    def handle_webhook(self, payload: bytes, signature: str | None) -> EventOutcome:
        """Verify a webhook delivery against the raw body and process its event exactly once.
        WebhookRejected (400) for anything not provably from Stripe; the reason is logged only."""
        secret = self.settings.stripe_webhook_secret
        if secret is None:
            raise BillingNotConfigured(
                "receiving Stripe webhooks", "ASSETSMITH_STRIPE_WEBHOOK_SECRET"
            )
        try:
            verify_signature(
                payload,
                signature,
                secret.get_secret_value(),
                self.settings.stripe_webhook_tolerance_s,
            )
            event = parse_event(payload)
        except WebhookRejected as exc:
            log.warning("billing: webhook refused: %s", exc.reason)
            raise
        return self.process_event(event)

    def replay(self, path: str | Path) -> EventOutcome:
        """Process an event saved as JSON (from the Stripe dashboard or `stripe events retrieve`),
        for operators: no signature, the same exactly-once rules (a processed event is a duplicate)."""
        try:
            event = json.loads(Path(path).read_bytes())
        except OSError as exc:
            raise InvalidInput(f"The event file cannot be read ({exc.strerror}).") from None
        except ValueError:
            raise InvalidInput(
                "The event file is not JSON.", "Save the event as Stripe shows it (JSON)."
            ) from None
        problem = event_problem(event)
        if problem:
            raise InvalidInput(
                f"The file is not a Stripe event ({problem}).",
                "Save the whole event object (id, type, created, data.object).",
            )
        return self.process_event(event)

    def process_event(self, event: dict[str, Any]) -> EventOutcome:
        """Apply a (verified) event once: what it needs from Stripe is fetched first, then the event
        is recorded and applied in one transaction."""
        with self.store.reader.connect() as conn:
            if is_processed(conn, event["id"]):
                return EventOutcome(event["id"], event["type"], True, None, "duplicate")
        subscription = self._subscription_of(event)
        return self.store.tx(lambda conn: apply_event(conn, self.tenancy, event, subscription))

    def _subscription_of(self, event: dict[str, Any]) -> SubscriptionState | None:
        obj = event["data"]["object"]
        raw: dict[str, Any] | None = None
        if event["type"] in SUBSCRIPTION_EVENTS:
            raw = obj
        elif event["type"] == CHECKOUT_COMPLETED and obj.get("mode") == "subscription":
            sub_id = stripe_id(obj.get("subscription"))
            if sub_id and self.settings.stripe_secret_key is None:
                log.info(
                    "billing: no ASSETSMITH_STRIPE_SECRET_KEY to fetch subscription %s; its tier follows "
                    "from its own events",
                    sub_id,
                )
            elif sub_id:
                with StripeClient(self.settings) as stripe:
                    raw = stripe.retrieve_subscription(sub_id)
        if not raw or not stripe_id(raw):
            return None
        return subscription_state(raw, self._tier_of_price, self._fetch_price)

    def _fetch_price(self, price_id: str) -> dict[str, Any] | None:
        """A Price by id (a subscription item that carries only the id), when the key allows asking."""
        if self.settings.stripe_secret_key is None:
            return None
        with StripeClient(self.settings) as stripe:
            return stripe.retrieve_price(price_id)


def _configured(value: T | None, what: str, setting: str) -> T:
    """`value`, or BillingNotConfigured naming the setting that would provide it."""
    if value is None:
        raise BillingNotConfigured(what, setting)
    return value


def _field(obj: dict[str, Any], name: str, what: str) -> str:
    value = obj.get(name) if isinstance(obj, dict) else None
    if not isinstance(value, str) or not value:
        raise BackendUnavailable(
            f"Stripe's answer to the {what} session has no {name}.",
            "Check ASSETSMITH_STRIPE_API_BASE points at Stripe's API.",
        )
    return value
