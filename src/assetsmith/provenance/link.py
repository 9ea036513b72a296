"""Linking a wallet: ask it to authorise the signing key, by a pasted signature or a loopback page.

1. `start_link` records the address and a pending EIP-712 request for the current signing key.
2. The wallet signs that typed data (eth_signTypedData_v4): in the browser, through the page
   `serve_link_page` serves on 127.0.0.1, or anywhere else, pasting the signature back.
3. `complete_link` checks the signature recovers to the address and stores the authorisation.
"""

from __future__ import annotations

import html
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..errors import WalletError
from ..settings import Settings
from .signers import open_signer
from .wallet import (
    authorization_request,
    check_authorization,
    checksum_address,
    load_wallet,
    save_wallet,
)

DAY = 86400


def start_link(
    settings: Settings, address: str, *, days: int = 365, now: float | None = None
) -> dict:
    """Record `address` as the creator wallet and return the typed data it must sign."""
    address = checksum_address(address)
    if not 1 <= days <= 3650:
        raise WalletError(
            "The authorisation must last between 1 and 3650 days.", "Pass --days within that range."
        )
    signer = open_signer(settings)
    now = int(time.time() if now is None else now)
    typed = authorization_request(
        address, signer.keyid, signer.algorithm, not_before=now - 300, expires=now + days * DAY
    )
    data = load_wallet(settings) or {}
    keep = data.get("authorizations", []) if data.get("address") == address else []
    save_wallet(settings, {"address": address, "authorizations": keep, "pending": typed})
    return typed


def complete_link(settings: Settings, address: str, signature: str) -> dict:
    """Check the wallet's signature over the pending request and store the authorisation."""
    address = checksum_address(address)
    data = load_wallet(settings)
    if not data or data.get("address") != address or not data.get("pending"):
        raise WalletError(
            f"No authorisation request is pending for {address}.",
            f"Run `assetsmith link-wallet {address}` first to get the data to sign.",
        )
    signature = signature.strip()
    if not signature.startswith("0x"):
        signature = "0x" + signature
    auth = {"typedData": data["pending"], "signature": signature}
    keyid = open_signer(settings).keyid
    problems = check_authorization(auth, keyid=keyid)
    if problems:
        raise WalletError(
            f"The signature does not authorise the key: {problems[0]}.",
            "Sign the typed data printed by link-wallet with that wallet (eth_signTypedData_v4).",
        )
    auths = [
        a for a in data.get("authorizations", []) if a["typedData"]["message"]["keyId"] != keyid
    ] + [auth]
    save_wallet(
        settings, {"address": address, "authorizations": auths, "linked_at": int(time.time())}
    )
    return auth


_PAGE = """<!doctype html><meta charset="utf-8"><title>assetsmith: link wallet</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Authorise the signing key</h1>
<p>Wallet <code>{address}</code> is asked to sign:</p><pre id="t" style="white-space:pre-wrap">{statement}</pre>
<button id="b">Sign with my wallet</button><p id="s"></p>
<script>
const typed = {typed};
document.getElementById("b").onclick = async () => {{
  const s = document.getElementById("s");
  try {{
    if (!window.ethereum) throw new Error("No browser wallet found.");
    await window.ethereum.request({{method: "eth_requestAccounts"}});
    const sig = await window.ethereum.request({{method: "eth_signTypedData_v4",
      params: [typed.message.wallet, JSON.stringify(typed)]}});
    const r = await fetch("signature", {{method: "POST", headers: {{"Content-Type": "application/json"}},
      body: JSON.stringify({{signature: sig}})}});
    s.textContent = (await r.json()).message;
  }} catch (e) {{ s.textContent = "Failed: " + e.message; }}
}};
</script>"""


class LinkPage:
    """A one-shot page on 127.0.0.1 that asks a browser wallet to sign the pending request.

    The URL carries a random secret path; only the first valid signature is accepted."""

    def __init__(self, settings: Settings, address: str, typed: dict) -> None:
        self.settings, self.address, self.typed = settings, address, typed
        self.secret = secrets.token_urlsafe(16)
        self.result: dict | None = None
        self.done = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/{self.secret}/"

    def _handler(self):
        page = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802
                if self.path != f"/{page.secret}/":
                    return self._send(404, b"not found", "text/plain")
                msg = page.typed["message"]
                body = _PAGE.format(
                    address=html.escape(page.address),
                    statement=html.escape(msg["statement"]),
                    typed=json.dumps(page.typed).replace("<", "\\u003c"),
                )
                self._send(200, body.encode(), "text/html; charset=utf-8")

            def do_POST(self):  # noqa: N802
                if self.path != f"/{page.secret}/signature" or page.done.is_set():
                    return self._send(404, b'{"message": "not found"}', "application/json")
                try:
                    n = int(self.headers.get("Content-Length") or 0)
                    if not 0 < n <= 4096:
                        raise ValueError("bad length")
                    sig = json.loads(self.rfile.read(n))["signature"]
                    page.result = complete_link(page.settings, page.address, str(sig))
                    page.done.set()
                    return self._send(
                        200, b'{"message": "Linked. You can close this page."}', "application/json"
                    )
                except (WalletError, ValueError, KeyError, TypeError) as exc:
                    msg = getattr(exc, "message", 'Send {"signature": "0x..."}.')
                    return self._send(
                        400, json.dumps({"message": msg}).encode(), "application/json"
                    )

            def log_message(self, *args):
                return None

        return Handler

    def wait(self, timeout: float) -> dict | None:
        """Serve until a valid signature arrives or `timeout` seconds pass; the authorisation or None."""
        thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        thread.start()
        try:
            self.done.wait(timeout)
        finally:
            self._httpd.shutdown()
            self._httpd.server_close()
        return self.result
