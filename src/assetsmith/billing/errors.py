"""Errors of the billing layer, in the project's error tree (each knows its HTTP status and exit code).

Messages name settings, never their values, and never repeat what Stripe said about a key."""

from __future__ import annotations

from ..errors import AssetsmithError, BackendUnavailable


class BillingNotConfigured(BackendUnavailable):
    """A billing action needs a setting this server does not have (503: the server, not the client,
    must change)."""

    code = "billing_not_configured"
    transient = False

    def __init__(self, what: str, setting: str) -> None:
        super().__init__(f"Stripe billing is not configured on this server: {what} needs {setting}.",
                         f"Ask the operator to set {setting} (see docs/billing.md).")
        self.setting = setting


class BillingConflict(AssetsmithError):
    """The request does not fit the tenant's billing state: no Stripe customer linked yet, already
    subscribed, or billing asked for without tenants."""

    code = "billing_conflict"
    exit_code = 2
    http_status = 409


class WebhookRejected(AssetsmithError):
    """A webhook delivery that is not provably from Stripe (missing, invalid or stale signature) or
    is not a Stripe event. One message for every reason: the reason is logged, not answered."""

    code = "webhook_rejected"
    exit_code = 2
    http_status = 400

    def __init__(self, reason: str) -> None:
        super().__init__("The webhook was refused: its signature is missing, invalid or too old, or it is not a "
                         "Stripe event.", "Check that the endpoint's signing secret is the server's "
                         "ASSETSMITH_STRIPE_WEBHOOK_SECRET.")
        self.reason = reason  # for the server log only
