"""From a Stripe subscription to a tier.

The tier of a subscription item's Price is the Price's `metadata.tier` when that names a tier, else
what ASSETSMITH_STRIPE_PRICE_MAP says for the Price id; with several items the best tier wins. The
subscription's status then decides what happens to the tenant:

  active, trialing                          -> the subscription's tier
  past_due                                  -> keeps the current tier (Stripe is still collecting)
  incomplete                                -> no change (the first payment is not through yet)
  canceled, unpaid, incomplete_expired,
  paused                                    -> free
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..tenancy.tiers import TIER_IDS, TIERS

log = logging.getLogger("assetsmith.billing")

PAID_STATUSES = frozenset({"active", "trialing"})
KEEP_STATUSES = frozenset({"past_due", "incomplete"})
ENDED_STATUSES = frozenset({"canceled", "unpaid", "incomplete_expired", "paused"})
SUBSCRIBED_STATUSES = PAID_STATUSES | {"past_due"}  # a second checkout would charge twice
FREE = "free"

PriceFetcher = Callable[[str], dict[str, Any] | None]


@dataclass(frozen=True)
class SubscriptionState:
    """What billing needs from a subscription object."""

    id: str
    customer: str | None
    status: str
    tier: str | None  # the best tier its Prices map to; None: no Price maps to a tier
    price_id: str | None  # the Price that tier came from (else the first item's)
    tenant_hint: str | None  # metadata.tenant_id, set by our checkout sessions


def stripe_id(value: Any) -> str | None:
    """A Stripe reference: an id string, or an expanded object's id."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def price_tier(price: dict[str, Any], tier_of_price: dict[str, str]) -> str | None:
    """The tier a Price sells: its metadata `tier` first, else the price-id map, else None."""
    declared = (price.get("metadata") or {}).get("tier")
    if isinstance(declared, str) and declared.strip():
        if declared.strip().lower() in TIERS:
            return declared.strip().lower()
        log.warning(
            "billing: price %s has metadata tier %r, which is not one of %s; using the price map",
            price.get("id"),
            declared,
            ", ".join(TIER_IDS),
        )
    return tier_of_price.get(price.get("id") or "")


def subscription_state(
    sub: dict[str, Any], tier_of_price: dict[str, str], fetch_price: PriceFetcher | None = None
) -> SubscriptionState:
    """Read a subscription object. An item whose Price is only an id is looked up with
    `fetch_price` (so its metadata counts) when one is given, else through the map alone."""
    best: tuple[int, str, str] | None = None  # (rank, tier, price id)
    first_price: str | None = None
    items = (sub.get("items") or {}).get("data") or []
    for item in items if isinstance(items, list) else []:
        price = item.get("price") if isinstance(item, dict) else None
        if isinstance(price, str):
            price = (fetch_price(price) if fetch_price else None) or {"id": price}
        if not isinstance(price, dict) or not stripe_id(price):
            continue
        first_price = first_price or price["id"]
        tier = price_tier(price, tier_of_price)
        if tier is not None and (best is None or TIER_IDS.index(tier) > best[0]):
            best = (TIER_IDS.index(tier), tier, price["id"])
    tenant = (sub.get("metadata") or {}).get("tenant_id")
    return SubscriptionState(
        id=str(sub.get("id") or ""),
        customer=stripe_id(sub.get("customer")),
        status=str(sub.get("status") or ""),
        tier=best[1] if best else None,
        price_id=best[2] if best else first_price,
        tenant_hint=tenant if isinstance(tenant, str) and tenant else None,
    )


def target_tier(state: SubscriptionState) -> tuple[str | None, str]:
    """(the tier the tenant moves to, or None for no change; why), by the rules above."""
    if state.status in PAID_STATUSES:
        if state.tier is None:
            log.warning(
                "billing: subscription %s (%s) has no Price that maps to a tier (price %s: no metadata "
                "tier, not in ASSETSMITH_STRIPE_PRICE_MAP); the tier is unchanged",
                state.id,
                state.status,
                state.price_id,
            )
            return None, f"unknown price {state.price_id}: tier unchanged"
        return state.tier, f"{state.status}: {state.tier}"
    if state.status in ENDED_STATUSES:
        return FREE, f"{state.status}: free"
    if state.status in KEEP_STATUSES:
        return None, f"{state.status}: tier kept"
    log.warning(
        "billing: subscription %s has status %r, which billing does not know; tier unchanged",
        state.id,
        state.status,
    )
    return None, f"status {state.status}: tier unchanged"
