"""The signer endpoint signs only statements this installation recorded when it built their files
(issue 13.1), and audits every request; `keys audit` lists the log."""

from __future__ import annotations

import base64
import json
from functools import partial

from tests.helpers.cli import run_cli

from assetsmith.jobs.store import JobStore
from assetsmith.provenance import PROVENANCE_FILE, RUN_FILE
from assetsmith.provenance.dsse import PAYLOAD_TYPE, canonical_json, read_envelopes
from assetsmith.provenance.endpoint import SignerEndpoint
from assetsmith.provenance.records import audit, audit_entries, recorded_statement
from assetsmith.provenance.signers import open_signer

from .helpers import build_small_job


def _ask(endpoint: SignerEndpoint, stmt: dict, token: str = "tok") -> tuple[int, dict]:
    body = json.dumps(
        {"payload_type": PAYLOAD_TYPE, "payload": base64.b64encode(canonical_json(stmt)).decode()}
    )
    return endpoint.handle(
        "POST", {"Authorization": f"Bearer {token}"}, body.encode(), client="10.0.0.7"
    )


def test_only_recorded_statements_are_signed(settings, tmp_path, capsys):
    job = build_small_job(settings, tmp_path / "job")  # the real stages record what they sign
    pack_stmt = read_envelopes((job / "pack" / PROVENANCE_FILE).read_bytes())[0].statement()
    run_stmt = read_envelopes((job / RUN_FILE).read_bytes())[0].statement()
    with JobStore.from_settings(settings) as store:
        endpoint = SignerEndpoint(
            open_signer(settings),
            token="tok",
            admit=partial(recorded_statement, store),
            audit=partial(audit, store, route="signer"),
        )
        assert _ask(endpoint, pack_stmt)[0] == 200 and _ask(endpoint, run_stmt)[0] == 200
        changed = json.loads(json.dumps(pack_stmt))
        changed["subject"][0]["digest"]["sha256"] = "0" * 64  # a replaced file
        added = {
            **pack_stmt,
            "subject": [
                *pack_stmt["subject"],
                {"name": "extra.png", "digest": {"sha256": "1" * 64}},
            ],
        }
        dropped = {**pack_stmt, "subject": pack_stmt["subject"][1:]}  # a file left out
        retyped = {**run_stmt, "predicateType": pack_stmt["predicateType"]}
        for stmt in (changed, added, dropped, retyped, {**pack_stmt, "subject": "x"}):
            status, body = _ask(endpoint, stmt)
            assert status == 403 and body["error"] == "refused" and "signature" not in body
        assert _ask(endpoint, pack_stmt, token="wrong")[0] == 401
        rows = audit_entries(store, 100)
    assert [r["allowed"] for r in rows] == [False] * 6 + [True] * 2  # newest first
    assert rows[0]["caller"] == "wrong-token" and rows[1]["caller"] == "signer-token"
    assert all(r["client"] == "10.0.0.7" for r in rows)
    assert (
        rows[-1]["files"] == len(pack_stmt["subject"])
        and rows[-1]["predicate_type"] == pack_stmt["predicateType"]
    )
    code, out, _ = run_cli(
        capsys, "--data-dir", str(settings.data_dir), "keys", "audit", "--limit", "3"
    )
    assert code == 0 and out.count("REFUSED") == 3 and "wrong-token" in out
