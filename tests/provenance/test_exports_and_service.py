"""Batch export meta files, the reference `/sign` shape and the DSSE basics."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from eth_account import Account

import assetsmith
from assetsmith.errors import InvalidInput
from assetsmith.provenance.dsse import PAYLOAD_TYPE, pae, parse_pae, read_envelopes
from assetsmith.provenance.keys import load_public_key, verify_signature
from assetsmith.provenance.service import reference_sign


def test_pae_round_trip_and_refusals():
    msg = pae(PAYLOAD_TYPE, b'{"a": 1}')
    assert msg == b'DSSEv1 28 application/vnd.in-toto+json 8 {"a": 1}'
    assert parse_pae(msg) == (PAYLOAD_TYPE, b'{"a": 1}')
    for bad in (
        b"",
        b"DSSEv2 1 a 1 b",
        b"DSSEv1 28 application/vnd.in-toto+json 9 {}",
        b"DSSEv1 x y",
    ):
        with pytest.raises(ValueError):
            parse_pae(bad)


def test_export_meta_and_its_signature(settings, tmp_path):
    export = tmp_path / "Exports" / "USD" / "cinematic_main.usd"
    export.parent.mkdir(parents=True)
    export.write_text("#usda 1.0\n")
    ref = assetsmith.sign_export(export, "Assets/Scenes/cinematic_main.unity", settings=settings)
    assert ref.startswith("cinematic_main.intoto.jsonl#sha256:")
    wallet = Account.create().address
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    meta_path = assetsmith.write_export_meta(
        export, "Assets/Scenes/cinematic_main.unity", wallet, ref, exported_at=when
    )
    assert meta_path == export.with_name("cinematic_main.meta.json")
    meta = json.loads(meta_path.read_text())
    assert meta == {
        "wallet": wallet,
        "exported_at": "2026-01-02T03:04:05Z",
        "scene": "Assets/Scenes/cinematic_main.unity",
        "signature": ref,
        "file": "cinematic_main.usd",
        "bytes": 10,
        "sha256": meta["sha256"],
    }
    assert assetsmith.verify(export, settings=settings).ok
    export.write_text("#usda 1.0\n# edited\n")
    assert not assetsmith.verify(export, settings=settings).ok
    with pytest.raises(InvalidInput):
        assetsmith.write_export_meta(export, "s", wallet.lower(), None)
    unsigned = json.loads(assetsmith.write_export_meta(export, "s", None, None).read_text())
    assert unsigned["wallet"] is None and unsigned["signature"] is None


def test_reference_sign_shape_is_a_real_signature(settings, tmp_path):
    export = tmp_path / "scene.usd"
    export.write_text("#usda 1.0\n")
    assetsmith.sign_export(
        export, "main", settings=settings
    )  # this installation built it: recorded
    from assetsmith.provenance.dsse import sha256_hex

    digest = sha256_hex(export.read_bytes())
    out = reference_sign({"hash": digest, "name": "scene.usd", "scene": "main"}, settings)
    env = read_envelopes(
        (json.dumps(out["signature"], sort_keys=True, separators=(",", ":")) + "\n").encode()
    )[0]
    stmt = env.statement()
    assert stmt["subject"] == [{"name": "scene.usd", "digest": {"sha256": digest}}]
    key = load_public_key(stmt["predicate"]["signer"]["publicKey"])
    assert verify_signature(key, env.signature, pae(env.payload_type, env.payload))
    assert out["keyid"] == env.keyid
    with pytest.raises(InvalidInput):
        reference_sign({"sha256": "not hex"}, settings)
    assert base64.b64decode(out["signature"]["payload"]) == env.payload


def test_reference_sign_refuses_a_digest_this_installation_did_not_build(settings):
    """issue 13.1: `/sign` is no signing oracle: a digest of anything else is refused and audited."""
    from assetsmith.errors import Forbidden
    from assetsmith.jobs.store import JobStore
    from assetsmith.provenance.records import audit_entries

    with pytest.raises(Forbidden, match="built itself"):
        reference_sign({"sha256": "ab" * 32, "name": "forged.png"}, settings, client="203.0.113.9")
    with JobStore.from_settings(settings) as store:
        last = audit_entries(store, 1)[0]
    assert (last["route"], last["allowed"], last["subjects_sha256"], last["client"]) == (
        "sign",
        False,
        "ab" * 32,
        "203.0.113.9",
    )


def test_subjects_reuse_known_digests_only_when_the_size_matches():
    from assetsmith.provenance.dsse import sha256_hex
    from assetsmith.provenance.statement import subjects

    files = {"a.png": b"aaaa", "b.glb": b"bb"}
    known = {"a.png": (4, "1" * 64), "b.glb": (3, "2" * 64)}  # b's size is stale: hash it
    got = {s["name"]: s["digest"]["sha256"] for s in subjects(files, known)}
    assert got == {"a.png": "1" * 64, "b.glb": sha256_hex(b"bb")}
