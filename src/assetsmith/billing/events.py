"""Stripe events applied to tenants: each exactly once, subscriptions in order.

Exactly once: the event's id is inserted into `billing_events` first, in the transaction that makes
its change; a redelivered (or concurrently delivered) event finds the row and changes nothing. On
PostgreSQL the second insert waits for the first transaction and then sees the conflict; on SQLite
the write lock serialises them.

In order: Stripe does not promise delivery order, so each tenant's link remembers the `created` time
of the newest event applied for its subscription, and an older one is recorded but ignored. A
terminal event for a subscription that is no longer the tenant's current one is ignored too (an old
subscription's late `deleted` must not undo a new plan).

Everything here runs inside the caller's transaction; nothing calls Stripe (the caller fetched what
it needed first, outside any lock).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..errors import WebhookRejected
from ..tenancy import Tenancy
from ..tenancy.schema import tenants
from .schema import billing_customers, billing_events
from .subscriptions import ENDED_STATUSES, SubscriptionState, stripe_id, target_tier

log = logging.getLogger("assetsmith.billing")

CHECKOUT_COMPLETED = "checkout.session.completed"
SUBSCRIPTION_EVENTS = frozenset(
    {
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
    }
)


@dataclass(frozen=True)
class EventOutcome:
    """What one delivery of an event did."""

    event_id: str
    type: str
    duplicate: bool  # True: the event had been processed before; nothing was done now
    tenant_id: str | None
    outcome: str  # e.g. "active: team (was free)", "ignored: older than the last applied event"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_problem(event: Any) -> str | None:
    """Why `event` is not a Stripe event object (None when it is one)."""
    if not isinstance(event, dict):
        return "not a JSON object"
    if not isinstance(event.get("id"), str) or not 0 < len(event["id"]) <= 255:
        return "no event id"
    if not isinstance(event.get("type"), str) or not 0 < len(event["type"]) <= 100:
        return "no event type"
    if not isinstance(event.get("created"), int) or isinstance(event["created"], bool):
        return "no creation time"
    data = event.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        return "no data.object"
    return None


def parse_event(payload: bytes) -> dict[str, Any]:
    """A verified webhook body as an event (WebhookRejected if it is not one)."""
    try:
        event = json.loads(payload)
    except ValueError:  # also invalid UTF-8
        raise WebhookRejected("the body is not JSON") from None
    problem = event_problem(event)
    if problem:
        raise WebhookRejected(f"the body is not a Stripe event ({problem})")
    return event


def _insert(conn: Connection, table):
    return (sqlite if conn.dialect.name == "sqlite" else postgresql).insert(table)


def apply_event(
    conn: Connection,
    tenancy: Tenancy,
    event: dict[str, Any],
    subscription: SubscriptionState | None,
) -> EventOutcome:
    """Record the event and apply it, in `conn`'s transaction. `subscription` is the state to apply:
    the event's own subscription object for customer.subscription.*, the subscription Stripe
    returned for a completed checkout (None when there is none)."""
    event_id, etype = event["id"], event["type"]
    # RETURNING rather than rowcount, which psycopg reports as -1 for this statement through SQLAlchemy.
    claimed = conn.execute(
        _insert(conn, billing_events)
        .values(
            event_id=event_id,
            type=etype,
            created=event["created"],
            outcome="processing",
            received_at=time.time(),
        )
        .on_conflict_do_nothing(index_elements=["event_id"])
        .returning(billing_events.c.event_id)
    ).first()
    if claimed is None:
        first = conn.execute(
            select(billing_events.c.tenant_id).where(billing_events.c.event_id == event_id)
        ).first()
        return EventOutcome(event_id, etype, True, first.tenant_id if first else None, "duplicate")
    obj = event["data"]["object"]
    if etype == CHECKOUT_COMPLETED:
        tenant_id, outcome = _checkout_completed(conn, tenancy, obj, subscription, event["created"])
    elif etype in SUBSCRIPTION_EVENTS and subscription is not None:
        tenant_id, outcome = _subscription_changed(conn, tenancy, subscription, event["created"])
    elif etype in SUBSCRIPTION_EVENTS:
        tenant_id, outcome = None, "ignored: the event carries no subscription"
    else:
        tenant_id, outcome = None, "ignored: not an event billing acts on"
    conn.execute(
        update(billing_events)
        .where(billing_events.c.event_id == event_id)
        .values(tenant_id=tenant_id, outcome=outcome[:200])
    )
    log.info("billing: %s %s -> %s (tenant %s)", etype, event_id, outcome, tenant_id)
    return EventOutcome(event_id, etype, False, tenant_id, outcome)


def is_processed(conn: Connection, event_id: str) -> bool:
    """Whether the event has been recorded (a cheap check before fetching anything from Stripe)."""
    return (
        conn.execute(
            select(billing_events.c.event_id).where(billing_events.c.event_id == event_id)
        ).first()
        is not None
    )


def _tenant_exists(conn: Connection, tenant_id: Any) -> bool:
    return (
        isinstance(tenant_id, str)
        and conn.execute(select(tenants.c.id).where(tenants.c.id == tenant_id)).first() is not None
    )


def _link(conn: Connection, tenant_id: str):
    return conn.execute(
        select(billing_customers).where(billing_customers.c.tenant_id == tenant_id)
    ).first()


def _customer_owner(conn: Connection, customer_id: str) -> str | None:
    row = conn.execute(
        select(billing_customers.c.tenant_id).where(billing_customers.c.customer_id == customer_id)
    ).first()
    return row.tenant_id if row else None


def _write_link(conn: Connection, tenant_id: str, exists: bool, **values: Any) -> None:
    values["updated_at"] = time.time()
    if exists:
        conn.execute(
            update(billing_customers)
            .where(billing_customers.c.tenant_id == tenant_id)
            .values(**values)
        )
    else:
        conn.execute(billing_customers.insert().values(tenant_id=tenant_id, **values))


def _checkout_completed(
    conn: Connection,
    tenancy: Tenancy,
    session: dict[str, Any],
    subscription: SubscriptionState | None,
    created: int,
) -> tuple[str | None, str]:
    """Link the Stripe customer and subscription to the tenant that started the checkout, then apply
    the subscription as Stripe reported it."""
    if session.get("mode") != "subscription":
        return None, "ignored: not a subscription checkout"
    tenant_id = session.get("client_reference_id") or (session.get("metadata") or {}).get(
        "tenant_id"
    )
    if not isinstance(tenant_id, str) or not _tenant_exists(conn, tenant_id):
        log.warning(
            "billing: checkout session %s names no known tenant; ignored", session.get("id")
        )
        return None, "ignored: unknown tenant"
    customer, sub_id = stripe_id(session.get("customer")), stripe_id(session.get("subscription"))
    if customer is None:
        return tenant_id, "ignored: the checkout has no customer"
    tenancy.lock_tenant(conn, tenant_id)
    owner = _customer_owner(conn, customer)
    if owner not in (None, tenant_id):
        log.warning(
            "billing: customer %s is linked to tenant %s, not %s; checkout %s ignored",
            customer,
            owner,
            tenant_id,
            session.get("id"),
        )
        return tenant_id, "ignored: the customer is linked to another tenant"
    link = _link(conn, tenant_id)
    if link is None or link.customer_id != customer or link.subscription_id != sub_id:
        _write_link(
            conn,
            tenant_id,
            link is not None,
            customer_id=customer,
            subscription_id=sub_id,
            status=None,
            price_id=None,
            last_event_at=None,
        )
    outcome = f"linked {customer}"
    if subscription is not None and subscription.id == sub_id:
        # Fetched just now, so newer than any event about it so far: applied whatever has been seen.
        result = _apply_subscription(
            conn, tenancy, tenant_id, _link(conn, tenant_id), subscription, created, fresh=True
        )
        outcome = f"{outcome}; {result}"
    return tenant_id, outcome


def _subscription_tenant(conn: Connection, sub: SubscriptionState) -> str | None:
    """The tenant a subscription belongs to: by its linked id, its customer, or our checkout's metadata."""
    for column, value in (
        (billing_customers.c.subscription_id, sub.id),
        (billing_customers.c.customer_id, sub.customer),
    ):
        if value:
            row = conn.execute(select(billing_customers.c.tenant_id).where(column == value)).first()
            if row:
                return row.tenant_id
    return sub.tenant_hint if _tenant_exists(conn, sub.tenant_hint) else None


def _subscription_changed(
    conn: Connection, tenancy: Tenancy, sub: SubscriptionState, created: int
) -> tuple[str | None, str]:
    tenant_id = _subscription_tenant(conn, sub)
    if tenant_id is None:
        log.warning(
            "billing: subscription %s (customer %s) belongs to no known tenant; ignored",
            sub.id,
            sub.customer,
        )
        return None, "ignored: no tenant for this subscription"
    tenancy.lock_tenant(conn, tenant_id)
    return tenant_id, _apply_subscription(
        conn, tenancy, tenant_id, _link(conn, tenant_id), sub, created
    )


def _apply_subscription(
    conn: Connection,
    tenancy: Tenancy,
    tenant_id: str,
    link,
    sub: SubscriptionState,
    created: int,
    *,
    fresh: bool = False,
) -> str:
    """Bring the tenant's link and tier in line with `sub` (the tenant is locked)."""
    current_sub = link.subscription_id if link is not None else None
    same = current_sub == sub.id
    last = link.last_event_at if same and link.last_event_at is not None else None
    if same and last is not None and created < last and not fresh:
        return "ignored: older than the last applied event"
    if current_sub not in (None, sub.id) and sub.status in ENDED_STATUSES:
        return f"ignored: {sub.id} is not the tenant's current subscription"
    customer = sub.customer or (link.customer_id if link is not None else None)
    if customer is None:
        return "ignored: the subscription has no customer"
    owner = _customer_owner(conn, customer)
    if owner not in (None, tenant_id):
        log.warning(
            "billing: customer %s is linked to tenant %s, not %s; subscription %s ignored",
            customer,
            owner,
            tenant_id,
            sub.id,
        )
        return "ignored: the customer is linked to another tenant"
    target, why = target_tier(sub)
    _write_link(
        conn,
        tenant_id,
        link is not None,
        customer_id=customer,
        subscription_id=sub.id,
        status=sub.status,
        price_id=sub.price_id,
        last_event_at=created if last is None else max(created, last),
    )
    tier = conn.execute(select(tenants.c.tier).where(tenants.c.id == tenant_id)).scalar_one()
    if target is None or target == tier:
        return why
    tenancy.set_tier_in(conn, tenant_id, target)
    return f"{why} (was {tier})"
