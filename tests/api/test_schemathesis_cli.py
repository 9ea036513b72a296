"""Issue 13 item 9: Schemathesis over the whole API, auth on, with every check (`--checks all`:
server errors, response conformance, negative data rejected, positive data accepted, Allow
headers, missing headers, ignored auth...) and the examples, coverage and fuzzing phases, through
its own CLI against a live server with a queue worker. Routes whose schema cannot state a rule the
server applies are listed in schemathesis.toml with the one status that rule answers.

The run prints its summary (operations, test cases, failures per check); the test passes only with
0 failures of any kind."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers.stripe_fake import SECRET_KEY as STRIPE_KEY
from tests.helpers.stripe_fake import WEBHOOK_SECRET, FakeStripe

from .conftest import make_settings
from .live import LiveServer, WorkerThread

pytestmark = pytest.mark.slow  # a live server, a worker and ~1,000 requests

CONFIG = Path(__file__).with_name("schemathesis.toml")


def test_whole_api_every_check(tmp_path):
    stripe = FakeStripe().start()
    try:
        prices = {tier: stripe.add_price(f"price_{tier}")["id"] for tier in ("indie", "team")}
        settings = make_settings(
            tmp_path,
            rate_limit_per_minute=0,
            api_run_timeout_s=120,
            workers=2,
            stripe_secret_key=STRIPE_KEY,
            stripe_webhook_secret=WEBHOOK_SECRET,
            stripe_api_base=stripe.url,
            stripe_price_map=prices,
            billing_success_url="https://studio.example.com/studio/?billing=success",
            billing_cancel_url="https://studio.example.com/studio/?billing=cancel",
            billing_portal_return_url="https://studio.example.com/studio/",
            provenance_signer_token="fuzz-signer-token-0123456789abcdef",
        )  # the signer routes on, as deployed
        with LiveServer(settings) as srv, WorkerThread(settings, "schemathesis-worker"):
            tenancy = srv.app.state.assetsmith.tenancy
            tid = tenancy.create_tenant("Fuzz", "team")["tenant_id"]
            tenancy.set_tier(
                tid, "team", credits=1_000_000, concurrency=1000
            )  # fuzzing is not a quota test
            key = tenancy.issue_key(tid, "schemathesis")["api_key"]
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "schemathesis.cli",
                    "--config-file",
                    str(CONFIG),
                    "run",
                    f"{srv.url}/openapi.json",
                    "-H",
                    f"Authorization: Bearer {key}",
                    "--checks",
                    "all",
                    "--phases",
                    "examples,coverage,fuzzing",
                    "--max-examples",
                    os.environ.get("ST_EXAMPLES", "5"),
                    "--workers",
                    "1",
                    "--seed",
                    "1313",
                    "--no-color",
                ],
                capture_output=True,
                text=True,
                timeout=1500,
            )
    finally:
        stripe.stop()
    text = out.stdout
    summary = text[text.rfind("SUMMARY") :] if "SUMMARY" in text else text[-4000:]
    print(summary)
    tested = re.search(r"Tested: (\d+)", summary)
    assert tested and int(tested.group(1)) >= 40, summary  # the whole API, not a corner of it
    assert out.returncode == 0, text[-20000:]
