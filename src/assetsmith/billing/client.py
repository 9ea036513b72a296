"""The few Stripe API calls billing makes, over httpx: form-encoded requests with the secret key as a
bearer token and a pinned `Stripe-Version`, as Stripe's REST API documents them.

POSTs carry an `Idempotency-Key`, so a retry after a dropped connection cannot create a second
session. Failures become BackendUnavailable with the HTTP status and Stripe's error code; Stripe's
own message (which may quote part of the key) goes to the server log only.
"""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any
from urllib.parse import quote

from .._version import __version__
from ..errors import BackendUnavailable, BillingNotConfigured, import_extra
from ..settings import Settings

log = logging.getLogger("assetsmith.billing")

RETRY_STATUS = frozenset(
    {409, 429, 500, 502, 503, 504}
)  # 409: an idempotent request still in flight
ATTEMPTS = 3
BACKOFF_S = 0.5


class StripeClient:
    """A Stripe API session for one operation (open it with `with`)."""

    def __init__(self, settings: Settings) -> None:
        if settings.stripe_secret_key is None:
            raise BillingNotConfigured("calling Stripe", "ASSETSMITH_STRIPE_SECRET_KEY")
        httpx = import_extra("httpx", "server", "Stripe billing")
        self._httpx = httpx
        self._client = httpx.Client(
            base_url=settings.stripe_api_base,
            headers={
                "Authorization": f"Bearer {settings.stripe_secret_key.get_secret_value()}",
                "Stripe-Version": settings.stripe_api_version,
                "User-Agent": f"assetsmith/{__version__}",
            },
            timeout=httpx.Timeout(
                settings.stripe_timeout_s, connect=min(10.0, settings.stripe_timeout_s)
            ),
            follow_redirects=False,
            trust_env=False,
        )

    def __enter__(self) -> StripeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- the calls --------------------------------------------------------------------------------
    def create_checkout_session(
        self,
        *,
        price_id: str,
        tenant_id: str,
        success_url: str,
        cancel_url: str,
        customer_id: str | None = None,
    ) -> dict[str, Any]:
        """A Checkout Session selling one subscription to `price_id`. The tenant id travels as
        client_reference_id and as metadata on the session and on the subscription it creates, so
        every later webhook can be traced back to the tenant."""
        form = {
            "mode": "subscription",
            "line_items[0][price]": price_id,
            "line_items[0][quantity]": "1",
            "success_url": success_url,
            "cancel_url": cancel_url,
            "client_reference_id": tenant_id,
            "metadata[tenant_id]": tenant_id,
            "subscription_data[metadata][tenant_id]": tenant_id,
        }
        if customer_id:
            form["customer"] = customer_id
        return self._request("POST", "/v1/checkout/sessions", form=form)

    def create_portal_session(self, *, customer_id: str, return_url: str) -> dict[str, Any]:
        """A customer-portal session (manage payment methods, change or cancel the plan)."""
        return self._request(
            "POST",
            "/v1/billing_portal/sessions",
            form={"customer": customer_id, "return_url": return_url},
        )

    def retrieve_subscription(self, subscription_id: str) -> dict[str, Any] | None:
        """The subscription as Stripe has it now (None if Stripe does not know it)."""
        return self._request(
            "GET", f"/v1/subscriptions/{quote(subscription_id, safe='')}", missing_ok=True
        )

    def retrieve_price(self, price_id: str) -> dict[str, Any] | None:
        """A Price with its metadata (None if Stripe does not know it)."""
        return self._request("GET", f"/v1/prices/{quote(price_id, safe='')}", missing_ok=True)

    # -- transport --------------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        *,
        form: dict[str, str] | None = None,
        missing_ok: bool = False,
    ) -> Any:
        httpx = self._httpx
        headers = {"Idempotency-Key": secrets.token_hex(16)} if method == "POST" else {}
        problem = ""
        for attempt in range(ATTEMPTS):
            if attempt:
                time.sleep(BACKOFF_S * 2 ** (attempt - 1))
            try:
                resp = self._client.request(method, path, data=form, headers=headers)
            except httpx.TransportError as exc:
                problem = (
                    "it timed out"
                    if isinstance(exc, httpx.TimeoutException)
                    else "the connection failed"
                )
                log.warning(
                    "stripe %s %s: %s (attempt %d/%d)",
                    method,
                    path,
                    type(exc).__name__,
                    attempt + 1,
                    ATTEMPTS,
                )
                continue
            if (
                resp.status_code in RETRY_STATUS
                and resp.headers.get("stripe-should-retry") != "false"
            ):
                problem = f"it answered HTTP {resp.status_code}"
                log.warning(
                    "stripe %s %s: HTTP %d (attempt %d/%d)",
                    method,
                    path,
                    resp.status_code,
                    attempt + 1,
                    ATTEMPTS,
                )
                continue
            if resp.status_code == 404 and missing_ok:
                return None
            if resp.status_code >= 400:
                raise _refused(method, path, resp)
            try:
                return resp.json()
            except ValueError:
                raise BackendUnavailable(
                    "Stripe answered with something that is not JSON.",
                    "Check ASSETSMITH_STRIPE_API_BASE.",
                ) from None
        raise BackendUnavailable(
            f"Stripe could not be reached: {problem} ({ATTEMPTS} attempts).",
            "Try again in a moment; if it persists, check the server's access to Stripe.",
        )


def _refused(method: str, path: str, resp: Any) -> BackendUnavailable:
    try:
        error = resp.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    log.warning(
        "stripe %s %s: HTTP %d %s: %s",
        method,
        path,
        resp.status_code,
        error.get("type", ""),
        error.get("message", ""),
    )
    if resp.status_code in (401, 403):
        err = BackendUnavailable(
            f"Stripe refused the server's API key (HTTP {resp.status_code}).",
            "Check ASSETSMITH_STRIPE_SECRET_KEY.",
        )
    else:
        what = ": ".join(str(x) for x in (error.get("code"), error.get("param")) if x)
        err = BackendUnavailable(
            f"Stripe refused the request (HTTP {resp.status_code}{', ' + what if what else ''}).",
            "Check the billing settings (ASSETSMITH_STRIPE_PRICE_MAP, the billing URLs); "
            "the server log has Stripe's message.",
        )
    err.transient = False
    return err
