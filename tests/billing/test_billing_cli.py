"""`assetsmith billing status` and `assetsmith billing replay`: what operators see and do."""

from __future__ import annotations

import json

import pytest
from tests.helpers.stripe_fake import WEBHOOK_SECRET, event_object, subscription_object

from assetsmith.cli.main import main

from .conftest import PRICE_MAP


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASSETSMITH_STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("ASSETSMITH_STRIPE_PRICE_MAP", json.dumps(PRICE_MAP))
    data = ["--data-dir", str(tmp_path / "data")]

    def run(*args: str) -> tuple[int, str, str]:
        try:
            main([*data, *args])
            code = 0
        except SystemExit as exc:
            code = exc.code or 0
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_replay_applies_an_event_once_and_status_reports_it(cli, tmp_path):
    code, out, err = cli("tenants", "create", "--name", "Pixel Friends", "--json")
    assert code == 0, err
    tenant = json.loads(out)["tenant_id"]
    sub = subscription_object(
        "sub_cli", "cus_cli", "active", {"id": PRICE_MAP["team"], "metadata": {}}, tenant
    )
    event_file = tmp_path / "evt.json"
    event_file.write_text(
        json.dumps(event_object("customer.subscription.created", sub, event_id="evt_cli_1"))
    )

    code, out, err = cli("billing", "replay", str(event_file), "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "event_id": "evt_cli_1",
        "type": "customer.subscription.created",
        "duplicate": False,
        "tenant_id": tenant,
        "outcome": "active: team (was free)",
    }
    code, out, _ = cli("billing", "replay", str(event_file))
    assert (
        code == 0
        and out.strip()
        == "evt_cli_1 (customer.subscription.created): already processed; nothing done"
    )

    code, out, _ = cli("billing", "status", "--json")
    report = json.loads(out)
    assert code == 0 and WEBHOOK_SECRET not in out
    assert (
        report["configured"]["stripe_webhook_secret"] is True
        and report["configured"]["stripe_secret_key"] is False
    )
    assert report["checkout_tiers"] == []  # no secret key or redirect URLs: nothing to sell
    assert [(c["tenant_id"], c["customer_id"], c["status"]) for c in report["customers"]] == [
        (tenant, "cus_cli", "active")
    ]
    code, out, _ = cli("billing", "status", "--tenant", tenant, "--json")
    mine = json.loads(out)
    assert (mine["tier"], mine["customer"]["subscription_id"]) == ("team", "sub_cli")
    assert [e["event_id"] for e in mine["events"]] == ["evt_cli_1"]
    code, out, _ = cli("billing", "status", "--tenant", tenant)
    assert (
        code == 0 and f"{tenant}: tier team; customer cus_cli, subscription sub_cli (active)" in out
    )
    assert "ASSETSMITH_STRIPE_SECRET_KEY" in out  # listed as unset


def test_replay_refuses_what_is_not_an_event(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"object": "subscription"}')
    code, _, err = cli("billing", "replay", str(bad))
    assert code == 2 and "not a Stripe event (no event id)" in err
    code, _, err = cli("billing", "status", "--tenant", "tn_nobody")
    assert code == 4 and "No tenant" in err
