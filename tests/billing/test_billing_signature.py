"""Webhook signatures are checked as Stripe's libraries check them: HMAC-SHA256 over
`{t}.{raw body}`, any of several v1 values, a timestamp tolerance, one refusal for every failure."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from assetsmith.billing import WebhookRejected, signature_header, verify_signature

SECRET = "whsec_test_secret"
BODY = b'{"id":"evt_1","object":"event","type":"customer.subscription.updated"}'
T = 1_700_000_000


def v1(body: bytes, t: int, secret: str = SECRET) -> str:
    """The signature computed independently, from Stripe's documented recipe."""
    return hmac.new(secret.encode(), f"{t}.{body.decode()}".encode(), hashlib.sha256).hexdigest()


def test_a_stripe_signed_delivery_verifies_and_returns_its_timestamp():
    header = f"t={T},v1={v1(BODY, T)}"
    assert signature_header(BODY, SECRET, T) == header
    assert verify_signature(BODY, header, SECRET, 300, now=T + 10) == T


def test_any_matching_v1_is_enough_and_other_schemes_are_ignored():
    rolled = f"t={T},v1={v1(BODY, T, 'whsec_old')},v1={v1(BODY, T)},v0={'0' * 64}"
    assert verify_signature(BODY, rolled, SECRET, 300, now=T) == T
    with pytest.raises(WebhookRejected) as exc:
        verify_signature(BODY, f"t={T},v0={v1(BODY, T)}", SECRET, 300, now=T)
    assert exc.value.reason == "no v1 signature in the header"


@pytest.mark.parametrize(
    "header,reason",
    [
        (None, "no Stripe-Signature header"),
        ("", "no Stripe-Signature header"),
        ("garbage", "malformed Stripe-Signature header"),
        (f"v1={v1(BODY, T)}", "malformed Stripe-Signature header"),
        (f"t=soon,v1={v1(BODY, T)}", "malformed Stripe-Signature header"),
        (f"t={T},v1={v1(BODY, T, 'whsec_other')}", "no v1 signature matches the body"),
        (f"t={T + 1},v1={v1(BODY, T)}", "no v1 signature matches the body"),
        (f"t={T},v1=\u00e9{v1(BODY, T)[1:]}", "no v1 signature matches the body"),
    ],
)
def test_missing_malformed_and_wrong_signatures_are_refused(header, reason):
    with pytest.raises(WebhookRejected) as exc:
        verify_signature(BODY, header, SECRET, 300, now=T)
    assert exc.value.reason == reason
    assert exc.value.http_status == 400 and SECRET not in str(exc.value)


def test_a_changed_body_is_refused():
    with pytest.raises(WebhookRejected, match="signature is missing, invalid or too old"):
        verify_signature(
            BODY.replace(b"updated", b"deleted"), f"t={T},v1={v1(BODY, T)}", SECRET, 300, now=T
        )


def test_timestamps_older_than_the_tolerance_are_refused():
    header = f"t={T},v1={v1(BODY, T)}"
    assert verify_signature(BODY, header, SECRET, 300, now=T + 300) == T
    with pytest.raises(WebhookRejected) as exc:
        verify_signature(BODY, header, SECRET, 300, now=T + 301)
    assert exc.value.reason == "signature timestamp outside the tolerance"
