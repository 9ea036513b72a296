"""The signer endpoint: the server side of the `https://` remote signer (protocol `assetsmith-signer/1`).

    GET  <url>  -> 200 {"protocol", "keyid", "algorithm", "public_key": PEM}
    POST <url>  {"payload_type": "application/vnd.in-toto+json", "payload": base64}
                -> 200 {"keyid", "algorithm", "signature": base64}

The endpoint builds the DSSE pre-authentication encoding itself and signs only in-toto Statement
v1 payloads whose subjects this installation recorded when it built them (`admit`, see
records.py), so even a caller holding the token cannot use it as a signing oracle. With a token
configured, requests must carry `Authorization: Bearer <token>`; API keys are never accepted. The
HTTP service mounts `SignerEndpoint.handle` only when `provenance_signer_token` is set, rate-limits
it and audits every use; `LoopbackServer` runs the same handler on a loopback socket.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import ssl
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..errors import SigningFailed
from .dsse import PAYLOAD_TYPE, STATEMENT_TYPE, pae
from .keys import public_key_pem

PROTOCOL = "assetsmith-signer/1"
MAX_BODY = 8 * 1024 * 1024


def token_caller(token: str | None, headers: Mapping[str, str]) -> str:
    """Who presents the signer token, as the audit log names callers: `signer-token` (the right
    one, compared in constant time), `wrong-token` or `no-token`. With no token configured every
    caller is `open` (a loopback endpoint made in a test or a trusted process; the HTTP service
    turns the endpoint off instead)."""
    if token is None:
        return "open"
    given = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
    if not given:
        return "no-token"
    return (
        "signer-token"
        if hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
        else "wrong-token"
    )


AUTHORISED = ("signer-token", "open")


def _no_audit(**_event) -> None:
    return None


class SignerEndpoint:
    """Answers signer-protocol requests with one Signer.

    `admit(statement)` returns None to sign it, or a sentence saying why not (the binding to what
    this installation built: `records.recorded_statement`); `audit(**event)` records every request
    that was refused or signed (`records.audit`)."""

    def __init__(
        self,
        signer,
        token: str | None = None,
        *,
        admit: Callable[[dict], str | None],
        audit: Callable[..., None] = _no_audit,
    ) -> None:
        self.signer = signer
        self._token = token
        self._admit = admit
        self._audit = audit

    def key_info(self) -> dict:
        """The GET answer: protocol, key id, algorithm and public key PEM."""
        s = self.signer
        return {
            "protocol": PROTOCOL,
            "keyid": s.keyid,
            "algorithm": s.algorithm,
            "public_key": public_key_pem(s.public_key),
        }

    def handle(
        self, method: str, headers: Mapping[str, str], body: bytes, *, client: str | None = None
    ) -> tuple[int, dict]:
        """One request -> (HTTP status, JSON body). Never raises for bad input."""
        caller = token_caller(self._token, headers)

        def refuse(
            status: int, error: str, message: str, stmt: dict | None = None
        ) -> tuple[int, dict]:
            self._audit(caller=caller, client=client, allowed=False, reason=message, stmt=stmt)
            return status, {"error": error, "message": message}

        if caller not in AUTHORISED:
            return refuse(
                401,
                "unauthorized",
                "A valid signer bearer token is required (API keys are not accepted).",
            )
        if method == "GET":
            return 200, self.key_info()
        if method != "POST":
            return 405, {"error": "method_not_allowed", "message": "Use GET or POST."}
        if len(body) > MAX_BODY:
            return refuse(413, "too_large", f"The request is over {MAX_BODY} bytes.")
        try:
            req = json.loads(body)
            ptype = req["payload_type"]
            payload = base64.b64decode(req["payload"], validate=True)
            statement = json.loads(payload)
        except (ValueError, KeyError, TypeError, binascii.Error):
            return refuse(400, "bad_request", "Send {payload_type, payload (base64 JSON)}.")
        if (
            ptype != PAYLOAD_TYPE
            or not isinstance(statement, dict)
            or statement.get("_type") != STATEMENT_TYPE
        ):
            return refuse(422, "refused", "Only in-toto Statement v1 payloads are signed.")
        why = self._admit(statement)
        if why is not None:
            return refuse(403, "refused", why, statement)
        try:
            sig = self.signer.sign(pae(ptype, payload))
        except SigningFailed as exc:
            return refuse(502, exc.code, exc.message, statement)
        self._audit(caller=caller, client=client, allowed=True, reason="signed", stmt=statement)
        return 200, {
            "keyid": self.signer.keyid,
            "algorithm": self.signer.algorithm,
            "signature": base64.b64encode(sig).decode(),
        }


def _handler_class(endpoint: SignerEndpoint, path: str):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self, method: str) -> None:
            try:
                n = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                n = -1
            if n > MAX_BODY or n < 0:
                status, obj = (
                    (413, {"error": "too_large"}) if n > 0 else (400, {"error": "bad_request"})
                )
            else:
                body = self.rfile.read(n) if n else b""
                status, obj = (
                    (404, {"error": "not_found"})
                    if self.path.split("?")[0] != path
                    else endpoint.handle(
                        method, dict(self.headers.items()), body, client=self.client_address[0]
                    )
                )
            data = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):  # noqa: N802
            self._answer("GET")

        def do_POST(self):  # noqa: N802
            self._answer("POST")

        def log_message(self, *args):
            return None

    return Handler


class LoopbackServer:
    """Runs a SignerEndpoint on 127.0.0.1 (TLS when given a certificate and key file) in a thread.

    Use as a context manager; `url` is the endpoint URL."""

    def __init__(
        self, endpoint: SignerEndpoint, *, path: str = "/sign", certfile=None, keyfile=None
    ) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(endpoint, path))
        scheme = "http"
        if certfile:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(certfile, keyfile)
            self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
            scheme = "https"
        host = "localhost" if certfile else "127.0.0.1"
        self.url = f"{scheme}://{host}:{self._httpd.server_address[1]}{path}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)
