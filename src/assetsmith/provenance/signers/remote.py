"""The remote signer client: another assetsmith service holds the key (`https://HOST/PATH`).

It speaks the protocol `endpoint.py` serves. Every signature that comes back is checked against
the public key the endpoint announced before it is used. Plain `http://` is accepted only for
loopback addresses (a signer on the same machine); the TLS certificate is checked against the
system trust store, or against `provenance_signer_ca` when that is set.
"""

from __future__ import annotations

import base64
import json
import ssl
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ...errors import SigningFailed
from ...settings import Settings
from ..dsse import parse_pae
from ..endpoint import PROTOCOL
from ..keys import algorithm_of, keyid_of, load_public_key, verify_signature
from . import is_loopback

TIMEOUT_S = 30


class RemoteSigner:
    """Signs by asking a signer endpoint over HTTPS."""

    kind = "https"

    def __init__(self, url: str, token: str | None, context: ssl.SSLContext | None) -> None:
        self.url = url
        self._token = token
        self._ctx = context
        info = self._call("GET", None)
        if info.get("protocol") != PROTOCOL:
            raise SigningFailed(
                "The remote signer does not speak the assetsmith signer protocol.",
                "Check provenance_signer_url: it must be the signer endpoint itself.",
            )
        try:
            self.public_key = load_public_key(info["public_key"])
        except (KeyError, ValueError):
            raise SigningFailed("The remote signer announced no usable public key.") from None
        self.algorithm = algorithm_of(self.public_key)
        self.keyid = keyid_of(self.public_key)

    def _call(self, method: str, body: dict | None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self._token:
            req.add_header("Authorization", f"Bearer {self._token}")
        host = urlsplit(self.url).hostname
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT_S, context=self._ctx) as resp:
                return json.loads(resp.read(1024 * 1024))
        except urllib.error.HTTPError as exc:
            hint = (
                "Check provenance_signer_token."
                if exc.code in (401, 403)
                else "See the signer's log."
            )
            raise SigningFailed(
                f"The remote signer at {host} answered HTTP {exc.code}.", hint
            ) from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or type(exc).__name__
            raise SigningFailed(
                f"The remote signer at {host} could not be reached ({reason}).",
                "Check provenance_signer_url and that the signer is running.",
            ) from None

    def sign(self, message: bytes) -> bytes:
        """Send the DSSE payload; check the returned signature against the announced key."""
        ptype, payload = parse_pae(message)
        resp = self._call(
            "POST", {"payload_type": ptype, "payload": base64.b64encode(payload).decode()}
        )
        try:
            sig = base64.b64decode(resp["signature"], validate=True)
        except (KeyError, TypeError, ValueError):
            raise SigningFailed("The remote signer's answer has no signature.") from None
        if resp.get("keyid") != self.keyid or not verify_signature(self.public_key, sig, message):
            raise SigningFailed(
                "The remote signer returned a signature that does not verify with its key.",
                "The signer's key may have changed mid-job; run the job again.",
            )
        return sig


def open_remote_signer(uri: str, settings: Settings) -> RemoteSigner:
    """Connect to the signer endpoint at `uri` (https, or http on loopback only)."""
    parts = urlsplit(uri)
    if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
        raise SigningFailed(
            "A remote signer must be reached over https (plain http only on loopback).",
            "Use an https:// signer URL.",
        )
    ctx = None
    if parts.scheme == "https":
        ctx = ssl.create_default_context(
            cafile=str(settings.provenance_signer_ca) if settings.provenance_signer_ca else None
        )
    token = (
        settings.provenance_signer_token.get_secret_value()
        if settings.provenance_signer_token
        else None
    )
    return RemoteSigner(uri, token, ctx)
