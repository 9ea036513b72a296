"""A loopback stand-in for the Stripe API endpoints assetsmith's billing calls, speaking Stripe's
protocol: form-encoded POSTs, `Authorization: Bearer sk_...`, Stripe-shaped JSON objects and
errors. A real HTTP server (http.server) on 127.0.0.1 in a thread; every request is recorded.

Served: POST /v1/checkout/sessions, POST /v1/billing_portal/sessions, GET /v1/subscriptions/{id},
GET /v1/prices/{id}. Tests register the prices, customers and subscriptions Stripe would know, and
build events and subscription objects with the helpers at the end.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

SECRET_KEY = "sk_test_fake_4eC39HqLyjWDarjtT1zdp7dc"
WEBHOOK_SECRET = "whsec_fake_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH"


@dataclass(frozen=True)
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    form: dict[str, str]


def _error(
    status: int,
    message: str,
    *,
    code: str | None = None,
    param: str | None = None,
    etype: str = "invalid_request_error",
) -> tuple[int, dict]:
    body = {"type": etype, "message": message}
    if code:
        body["code"] = code
    if param:
        body["param"] = param
    return status, {"error": body}


class FakeStripe:
    """The fake Stripe API (use it as a context manager)."""

    def __init__(self, secret_key: str = SECRET_KEY) -> None:
        self.secret_key = secret_key
        self.requests: list[Recorded] = []
        self.prices: dict[str, dict] = {}
        self.customers: set[str] = set()
        self.subscriptions: dict[str, dict] = {}
        self._failures: list[int] = []  # statuses to answer before serving normally
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                fake._serve(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                fake._serve(self, "POST")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-stripe", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeStripe:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeStripe:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what Stripe knows ---------------------------------------------------------------------------
    def add_price(self, price_id: str, tier: str | None = None, amount: int = 1900) -> dict:
        """A recurring monthly Price; `tier` goes into its metadata when given."""
        price = {
            "id": price_id,
            "object": "price",
            "active": True,
            "currency": "usd",
            "unit_amount": amount,
            "type": "recurring",
            "recurring": {"interval": "month", "interval_count": 1},
            "product": "prod_" + price_id.removeprefix("price_"),
            "livemode": False,
            "metadata": {"tier": tier} if tier else {},
        }
        self.prices[price_id] = price
        return price

    def add_customer(self, customer_id: str) -> str:
        self.customers.add(customer_id)
        return customer_id

    def add_subscription(self, sub: dict) -> dict:
        self.subscriptions[sub["id"]] = sub
        self.customers.add(sub["customer"])
        return sub

    def fail_next(self, *statuses: int) -> None:
        """Answer the next requests with these statuses (Stripe-shaped api_error bodies)."""
        self._failures.extend(statuses)

    def calls(self, method: str, path_prefix: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]

    # -- the protocol ----------------------------------------------------------------------------------
    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        form = dict(parse_qsl(raw.decode(), keep_blank_values=True)) if raw else {}
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.requests.append(Recorded(method, path, headers, form))
            failure = self._failures.pop(0) if self._failures else None
        if failure is not None:
            status, body = _error(
                failure, "An error occurred with our connection to Stripe.", etype="api_error"
            )
        else:
            status, body = self._answer(method, path, headers, form, raw)
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.send_header("Request-Id", "req_" + secrets.token_hex(7))
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(
        self, method: str, path: str, headers: dict[str, str], form: dict[str, str], raw: bytes
    ) -> tuple[int, dict]:
        if headers.get("authorization") != f"Bearer {self.secret_key}":
            given = headers.get("authorization", "").removeprefix("Bearer ")
            return _error(401, f"Invalid API Key provided: {given[:8]}****{given[-4:]}")
        if (
            method == "POST"
            and raw
            and not headers.get("content-type", "").startswith("application/x-www-form-urlencoded")
        ):
            return _error(400, "Stripe expects form-encoded bodies.")
        if method == "POST" and path == "/v1/checkout/sessions":
            return self._checkout(form)
        if method == "POST" and path == "/v1/billing_portal/sessions":
            return self._portal(form)
        if method == "GET" and (m := re.fullmatch(r"/v1/(subscriptions|prices)/([^/]+)", path)):
            kind, obj_id = m.group(1), unquote(m.group(2))
            found = (self.subscriptions if kind == "subscriptions" else self.prices).get(obj_id)
            if found is None:
                return _error(
                    404, f"No such {kind[:-1]}: '{obj_id}'", code="resource_missing", param="id"
                )
            return 200, found
        return _error(404, f"Unrecognized request URL ({method}: {path}).")

    def _checkout(self, form: dict[str, str]) -> tuple[int, dict]:
        for field in ("mode", "success_url", "line_items[0][price]"):
            if not form.get(field):
                return _error(
                    400, f"Missing required param: {field}.", code="parameter_missing", param=field
                )
        if form["mode"] not in ("payment", "setup", "subscription"):
            return _error(400, "Invalid mode.", code="parameter_invalid_string", param="mode")
        price = self.prices.get(form["line_items[0][price]"])
        if price is None:
            return _error(
                400,
                f"No such price: '{form['line_items[0][price]']}'",
                code="resource_missing",
                param="line_items[0][price]",
            )
        if form["mode"] == "subscription" and price.get("type") != "recurring":
            return _error(
                400, "Subscription mode needs a recurring price.", param="line_items[0][price]"
            )
        if form.get("customer") and form["customer"] not in self.customers:
            return _error(
                400,
                f"No such customer: '{form['customer']}'",
                code="resource_missing",
                param="customer",
            )
        sid = "cs_test_" + secrets.token_hex(12)
        metadata = {
            m.group(1): v for k, v in form.items() if (m := re.fullmatch(r"metadata\[(\w+)\]", k))
        }
        return 200, {
            "id": sid,
            "object": "checkout.session",
            "mode": form["mode"],
            "status": "open",
            "url": f"https://checkout.stripe.com/c/pay/{sid}",
            "customer": form.get("customer"),
            "client_reference_id": form.get("client_reference_id"),
            "metadata": metadata,
            "success_url": form["success_url"],
            "cancel_url": form.get("cancel_url"),
            "subscription": None,
            "livemode": False,
            "created": int(time.time()),
        }

    def _portal(self, form: dict[str, str]) -> tuple[int, dict]:
        customer = form.get("customer")
        if not customer:
            return _error(
                400, "Missing required param: customer.", code="parameter_missing", param="customer"
            )
        if customer not in self.customers:
            return _error(
                400, f"No such customer: '{customer}'", code="resource_missing", param="customer"
            )
        sid = "bps_" + secrets.token_hex(12)
        return 200, {
            "id": sid,
            "object": "billing_portal.session",
            "customer": customer,
            "return_url": form.get("return_url"),
            "livemode": False,
            "created": int(time.time()),
            "url": f"https://billing.stripe.com/p/session/test_{sid}",
        }


# -- Stripe objects for tests ---------------------------------------------------------------------------
def subscription_object(
    sub_id: str, customer: str, status: str, price: dict | str, tenant_id: str | None = None
) -> dict:
    """A subscription as Stripe sends it: one item with its (expanded) Price, or only the Price id."""
    return {
        "id": sub_id,
        "object": "subscription",
        "customer": customer,
        "status": status,
        "items": {
            "object": "list",
            "has_more": False,
            "data": [
                {
                    "id": "si_" + secrets.token_hex(6),
                    "object": "subscription_item",
                    "quantity": 1,
                    "price": price,
                }
            ],
        },
        "metadata": {"tenant_id": tenant_id} if tenant_id else {},
        "livemode": False,
        "created": int(time.time()),
    }


def event_object(
    etype: str, obj: dict, created: int | None = None, event_id: str | None = None
) -> dict:
    """A Stripe event wrapping `obj`."""
    return {
        "id": event_id or "evt_" + secrets.token_hex(12),
        "object": "event",
        "api_version": "2024-06-20",
        "created": int(time.time()) if created is None else created,
        "type": etype,
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "data": {"object": obj},
    }
