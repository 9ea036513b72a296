"""Stripe webhook signatures, checked the way Stripe's own libraries check them.

`Stripe-Signature: t=<unix time>,v1=<hex>[,v1=<hex>...][,v0=...]`: each v1 is
HMAC-SHA256(signing secret, f"{t}.{raw body}") in hex. Several v1 values are sent while a secret is
being rolled; one match is enough. Other schemes (v0, test-mode leftovers) are ignored. A timestamp
older than the tolerance is refused, so a captured delivery cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from ..errors import WebhookRejected


def compute_signature(payload: bytes, timestamp: int, secret: str) -> str:
    """The v1 signature of a body sent at `timestamp` (hex)."""
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def signature_header(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """A `Stripe-Signature` value for `payload`, as Stripe would send it (for local testing and replays)."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v1={compute_signature(payload, t, secret)}"


def _parse(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            continue
        if key == "t":
            timestamp = int(value)  # ValueError for a non-number: the caller refuses the header
        elif key == "v1":
            signatures.append(value)
    if timestamp is None:
        raise ValueError("no timestamp")
    return timestamp, signatures


def verify_signature(
    payload: bytes, header: str | None, secret: str, tolerance_s: int, now: float | None = None
) -> int:
    """Check a delivery's `Stripe-Signature` against the raw body; returns its timestamp.

    Raises WebhookRejected (one message for every failure; `.reason` says which) when the header is
    missing or malformed, no v1 signature matches (compared in constant time), or the timestamp is
    more than `tolerance_s` seconds old.
    """
    if not header:
        raise WebhookRejected("no Stripe-Signature header")
    try:
        timestamp, signatures = _parse(header)
    except ValueError:
        raise WebhookRejected("malformed Stripe-Signature header") from None
    if not signatures:
        raise WebhookRejected("no v1 signature in the header")
    expected = compute_signature(payload, timestamp, secret).encode()
    # Every candidate is compared (no early exit), each in constant time; as bytes, so a header
    # with non-ASCII characters is a mismatch rather than a TypeError.
    matches = [hmac.compare_digest(expected, s.encode("utf-8", "replace")) for s in signatures]
    if not any(matches):
        raise WebhookRejected("no v1 signature matches the body")
    if timestamp < (time.time() if now is None else now) - tolerance_s:
        raise WebhookRejected("signature timestamp outside the tolerance")
    return timestamp
