"""schemathesis over the whole OpenAPI document: no 5xx, no response that breaks its own schema
(status codes, content types, headers and bodies as documented). Runs against the ASGI app with
a valid API key, so requests get past auth and reach the routes; a few examples per operation
keep it under a minute. The two synchronous routes (jobs/run, pack) wait for a real worker."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from tests.helpers.stripe_fake import SECRET_KEY as STRIPE_KEY
from tests.helpers.stripe_fake import WEBHOOK_SECRET, FakeStripe

from assetsmith.api import create_app

from .conftest import make_settings
from .live import WorkerThread

pytestmark = pytest.mark.slow  # OpenAPI conformance against a live server

_DIR = Path(tempfile.mkdtemp(prefix="assetsmith-schemathesis-"))
# Billing is configured against the loopback fake of Stripe's API, so its routes answer as they do
# in production: checkout 200 (a session from the fake), portal 409 (no customer linked), webhook
# 400 (schemathesis cannot sign a delivery). Unconfigured, they would answer 503 by design.
STRIPE = FakeStripe().start()
PRICES = {tier: STRIPE.add_price(f"price_{tier}")["id"] for tier in ("indie", "team")}
SETTINGS = make_settings(
    _DIR,
    rate_limit_per_minute=0,
    api_run_timeout_s=120,
    workers=2,
    stripe_secret_key=STRIPE_KEY,
    stripe_webhook_secret=WEBHOOK_SECRET,
    stripe_api_base=STRIPE.url,
    stripe_price_map=PRICES,
    billing_success_url="https://studio.example.com/studio/?billing=success",
    billing_cancel_url="https://studio.example.com/studio/?billing=cancel",
    billing_portal_return_url="https://studio.example.com/studio/",
)
APP = create_app(SETTINGS)
_tenancy = APP.state.assetsmith.tenancy
KEY = _tenancy.issue_key(_tenancy.create_tenant("Fuzz", "team")["tenant_id"], "schemathesis")[
    "api_key"
]
SYNC_ROUTES = r"^/api/studio/(jobs/run|pack)$"

for media in ("application/zip", "model/gltf-binary", "image/png", "image/jpeg", "image/webp"):
    schemathesis.serializer.alias(media, "application/octet-stream")  # upload bodies are bytes
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
# No 5xx and every response true to its own schema, here per operation in-process; and schema-
# invalid data refused (request types are strict since issue 13: 0 is not false). Every check
# Schemathesis has, with its coverage phase (OPTIONS, unsupported methods, boundary values), runs
# through its CLI against a live server in test_schemathesis_cli.py.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
]


def _check(case, timeout: float = 10) -> None:
    response = case.call(headers={"Authorization": f"Bearer {KEY}"}, timeout=timeout)
    case.validate_response(response, checks=CHECKS)
    assert response.status_code < 500, (
        case.method,
        case.path,
        response.status_code,
        response.text[:300],
    )


@pytest.fixture(scope="module", autouse=True)
def _fake_stripe():
    yield STRIPE
    STRIPE.stop()


@schema.exclude(path_regex=SYNC_ROUTES).parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_openapi_conformance(case):
    _check(case)


@pytest.fixture(scope="module")
def worker():
    with WorkerThread(SETTINGS, "schemathesis-worker") as w:
        yield w


@schema.include(path_regex=SYNC_ROUTES).parametrize()
@settings(
    max_examples=1,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_synchronous_routes_conformance(case, worker):
    _check(case, timeout=120)
