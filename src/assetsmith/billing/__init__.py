"""Stripe billing: Checkout and customer-portal sessions, verified webhooks applied exactly once,
and subscriptions mapped to tiers (see docs/billing.md). Stripe's REST API is spoken over httpx."""

from ..errors import BillingConflict, BillingNotConfigured, WebhookRejected
from .events import EventOutcome
from .service import Billing
from .signature import signature_header, verify_signature

__all__ = [
    "Billing",
    "BillingConflict",
    "BillingNotConfigured",
    "EventOutcome",
    "WebhookRejected",
    "signature_header",
    "verify_signature",
]
