"""The reference tool's billing routes under /api/studio/billing: status, Stripe Checkout and
customer-portal sessions (API key), and Stripe's webhook (no API key: the signature proves it)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from ...billing import Billing
from ...tenancy import Principal
from ..deps import app_state, principal
from ..errors import ErrorBody, error_responses
from ..state import AppState
from ..studio_models import (
    BillingStatus,
    CheckoutSessionRequest,
    CheckoutSessionResponse,
    PortalSessionResponse,
    WebhookAck,
)

router = APIRouter(prefix="/api/studio/billing", tags=["billing"])
WEBHOOK_PATH = "/api/studio/billing/webhook"  # open: no API key (see app._openapi)
_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {
        "model": ErrorBody,
        "description": "Not possible in the tenant's billing state (no Stripe "
        "customer yet, already subscribed, or no tenants)",
    }
}
SESSION_ERRORS = {**error_responses(401, 429, 503), **_CONFLICT}
WEBHOOK_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "description": "A Stripe event, byte for byte as Stripe sent it (the signature covers the "
                "raw body).",
            }
        }
    },
}


def billing(state: AppState = Depends(app_state)) -> Billing:
    """The billing service over this app's tenancy and settings."""
    return Billing(state.tenancy, state.settings)


@router.get("/status", response_model=BillingStatus, responses=error_responses(401, 429))
def status(who: Principal = Depends(principal), service: Billing = Depends(billing)) -> dict:
    """Whether Checkout and the portal are available, the linked customer and subscription, the tier."""
    return service.status(who)


@router.post("/checkout-session", response_model=CheckoutSessionResponse, responses=SESSION_ERRORS)
def checkout_session(
    body: CheckoutSessionRequest,
    who: Principal = Depends(principal),
    service: Billing = Depends(billing),
) -> dict:
    """A Stripe Checkout URL that subscribes your tenant to `tier`; the tier changes when Stripe
    confirms the payment (webhook)."""
    return service.checkout_session(who, body.tier)


@router.post("/portal-session", response_model=PortalSessionResponse, responses=SESSION_ERRORS)
def portal_session(
    who: Principal = Depends(principal), service: Billing = Depends(billing)
) -> dict:
    """A Stripe customer-portal URL (payment methods, invoices, change or cancel the plan)."""
    return service.portal_session(who)


@router.post(
    "/webhook",
    response_model=WebhookAck,
    responses=error_responses(503),
    openapi_extra={"requestBody": WEBHOOK_BODY},
)
async def webhook(
    request: Request,
    stripe_signature: str | None = Header(default=None, alias="Stripe-Signature"),
    service: Billing = Depends(billing),
) -> dict:
    """Stripe's event deliveries. No API key: the `Stripe-Signature` header must verify against the
    raw body with the endpoint's signing secret (400 otherwise). Each event id is processed once; a
    redelivery answers 200 with `duplicate: true`."""
    payload = await request.body()
    outcome = await run_in_threadpool(service.handle_webhook, payload, stripe_signature)
    return {"received": True, "duplicate": outcome.duplicate}
