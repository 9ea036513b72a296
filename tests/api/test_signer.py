"""The server's signing key (issue 13.1): the signer endpoint and `/sign` need the signer token
(never a tenant API key, and off without a token), sign only what this installation built, are
rate-limited and audited; and the end-to-end forgery a tenant tried cannot produce a pack that
`verify --require-trusted` reports VERIFIED."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil

import httpx
import pytest
from tests.helpers.cli import run_cli
from tests.provenance.helpers import build_small_job, flip_byte

from assetsmith.jobs.store import JobStore
from assetsmith.provenance import PROVENANCE_FILE
from assetsmith.provenance.dsse import PAYLOAD_TYPE, canonical_json, read_envelopes, sign_statement
from assetsmith.provenance.signers import open_signer
from assetsmith.provenance.statement import subjects
from assetsmith.settings import Settings

from .conftest import make_settings
from .live import LiveServer

pytestmark = pytest.mark.slow  # live servers

TOKEN = "signer-token-of-its-own-0123456789abcdef"
SIGNER = "/api/v1/provenance/signer"


def _tenant_key(server: LiveServer) -> str:
    t = server.app.state.assetsmith.tenancy
    tenant = t.create_tenant("Forger", "team")["tenant_id"]
    return t.issue_key(tenant, "forger key")["api_key"]


@pytest.fixture
def signing_server(tmp_path):
    """A multi-tenant server with a signer token set: (server, tenant key)."""
    with LiveServer(make_settings(tmp_path / "srv", provenance_signer_token=TOKEN)) as srv:
        yield srv, _tenant_key(srv)


def _body(stmt: dict) -> dict:
    return {
        "payload_type": PAYLOAD_TYPE,
        "payload": base64.b64encode(canonical_json(stmt)).decode(),
    }


def _pack_files(pack) -> dict[str, bytes]:
    return {
        p.relative_to(pack).as_posix(): p.read_bytes()
        for p in sorted(pack.rglob("*"))
        if p.is_file()
    }


def _forge(pack) -> dict:
    """Replace a texture and add a file in `pack`; returns the statement the forger wants signed:
    the original one with the new subject list (so it names the server's key)."""
    flip_byte(pack / "Textures" / "crate" / "default_wood_albedo.png")
    (pack / "Textures" / "crate" / "extra_decal.png").write_bytes(
        b"\x89PNG\r\n\x1a\n not from the server"
    )
    stmt = read_envelopes((pack / PROVENANCE_FILE).read_bytes())[0].statement()
    files = {k: v for k, v in _pack_files(pack).items() if k != PROVENANCE_FILE}
    return {**stmt, "subject": subjects(files)}


def test_the_signer_is_off_without_a_signer_token(tmp_path):
    """auth on, no token: no API key reaches the server's key (the issue's exact setup)."""
    with LiveServer(make_settings(tmp_path)) as srv:
        key = _tenant_key(srv)
        with srv.client(key) as c:
            for r in (
                c.get(SIGNER),
                c.post(SIGNER, json=_body({"_type": "https://in-toto.io/Statement/v1"})),
                c.post("/sign", json={"sha256": "ab" * 32}),
                c.post("/api/v1/provenance/sign", json={"sha256": "ab" * 32}),
            ):
                assert r.status_code == 404, r.text
                assert (
                    r.json()["error"] == "not_found"
                    and "provenance_signer_token" in r.json()["message"]
                )


def test_a_token_that_is_a_tenant_key_turns_the_signer_off(tmp_path):
    settings = make_settings(tmp_path)
    with LiveServer(settings) as srv:
        key = _tenant_key(srv)
    with (
        LiveServer(make_settings(tmp_path, provenance_signer_token=key)) as srv,
        srv.client(key) as c,
    ):
        r = c.get(SIGNER)
        assert r.status_code == 403 and "also a tenant's API key" in r.json()["message"]


def test_end_to_end_forgery_gets_nothing_signed_and_never_verifies(
    signing_server, tmp_path, capsys
):
    server, key = signing_server
    settings = server.settings
    own = build_small_job(settings, tmp_path / "own")  # a pack this server built
    other = build_small_job(
        Settings(data_dir=tmp_path / "elsewhere"), tmp_path / "other"
    )  # another installation's
    server_key = httpx.get(server.url + SIGNER, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    for source in (own, other):
        pack = tmp_path / f"forged-{source.name}"
        shutil.copytree(source / "pack", pack)
        wanted = _forge(pack)
        if source is other:  # make it name the server's key, as a forger would
            wanted["predicate"]["signer"].update(
                keyid=server_key["keyid"],
                publicKey=server_key["public_key"],
                algorithm=server_key["algorithm"],
                kind="file",
            )
        texture = hashlib.sha256(
            (pack / "Textures/crate/default_wood_albedo.png").read_bytes()
        ).hexdigest()
        added = hashlib.sha256((pack / "Textures/crate/extra_decal.png").read_bytes()).hexdigest()
        attempts = {
            "tenant key": {"Authorization": f"Bearer {key}"},
            "X-API-Key": {"X-API-Key": key},
            "no key": {},
            "signer token": {"Authorization": f"Bearer {TOKEN}"},
        }
        for who, headers in attempts.items():
            r = httpx.post(server.url + SIGNER, json=_body(wanted), headers=headers)
            assert r.status_code == (403 if who == "signer token" else 401), (who, r.text)
            assert "signature" not in r.json()
            for digest in (texture, added):
                r = httpx.post(
                    server.url + "/sign", json={"sha256": digest, "name": "x.png"}, headers=headers
                )
                assert r.status_code == (403 if who == "signer token" else 401), (who, r.text)
        # what the forger can make: the old signature over other files, or a signature of its own
        report = run_cli(
            capsys, "--data-dir", str(settings.data_dir), "verify", str(pack), "--require-trusted"
        )
        assert report[0] == 12 and "VERIFIED" not in report[1]
        stranger = open_signer(Settings(data_dir=tmp_path / "forger"))
        wanted["predicate"]["signer"].update(
            keyid=stranger.keyid,
            algorithm=stranger.algorithm,
            publicKey=stranger.public_key.public_bytes(*_spki()).decode(),
        )
        (pack / PROVENANCE_FILE).write_bytes(sign_statement(wanted, stranger).to_line())
        for args in (("--require-trusted",), ()):
            code, out, _ = run_cli(
                capsys, "--data-dir", str(settings.data_dir), "verify", str(pack), *args
            )
            assert code == 12 and "VERIFIED" not in out, out
    from assetsmith.provenance.records import audit_entries

    with JobStore.from_settings(settings) as store:
        rows = audit_entries(store, 1000)
    assert rows and not any(r["allowed"] for r in rows)
    callers = {(r["route"], r["caller"]) for r in rows}
    assert {
        ("signer", "wrong-token"),
        ("signer", "no-token"),
        ("signer", "signer-token"),
        ("sign", "wrong-token"),
        ("sign", "no-token"),
        ("sign", "signer-token"),
    } <= callers
    assert all(r["client"] == "127.0.0.1" and r["reason"] for r in rows)


def _spki():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo


def test_a_worker_with_the_signer_token_gets_what_it_built_signed(signing_server, tmp_path, capsys):
    """The legitimate path: a worker on another host (its own data dir, the server's job database)
    signs through PROVENANCE_SIGNER_URL with the token; the pack verifies as trusted on the server,
    and `/sign` with the token signs its pack.zip's digest."""
    server, _ = signing_server
    worker = Settings(
        data_dir=tmp_path / "worker-host",
        database_url=server.settings.effective_database_url,
        provenance_signer_url=server.url + SIGNER,
        provenance_signer_token=TOKEN,
    )
    job = build_small_job(worker, tmp_path / "job")
    assert not (
        worker.data_dir / "keys" / "provenance-ed25519.pem"
    ).exists()  # signed by the server's key
    code, out, _ = run_cli(capsys, "--data-dir", str(server.settings.data_dir), "verify", str(job))
    assert code == 0 and "VERIFIED (trusted key)" in out
    digest = hashlib.sha256((job / "pack.zip").read_bytes()).hexdigest()
    r = httpx.post(
        server.url + "/sign",
        json={"sha256": digest, "name": "pack.zip"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 200 and r.json()["keyid"] == open_signer(server.settings).keyid
    body = r.json()
    assert set(body) == {"signature", "keyid", "algorithm", "statement_sha256"}
    assert body["signature"]["payloadType"] == PAYLOAD_TYPE
    stmt = json.loads(base64.b64decode(body["signature"]["payload"]))
    assert stmt["subject"] == [{"name": "pack.zip", "digest": {"sha256": digest}}]
    from assetsmith.provenance.records import audit_entries

    with JobStore.from_settings(server.settings) as store:
        rows = audit_entries(store, 100)
    signed = [r for r in rows if r["allowed"]]
    assert {r["route"] for r in signed} == {"signer", "sign"} and all(
        r["caller"] == "signer-token" for r in signed
    )
    assert {r["predicate_type"] for r in signed if r["route"] == "signer"} == {
        "https://assetsmith.dev/provenance/pack/v1",
        "https://assetsmith.dev/provenance/run/v1",
    }
    assert any(r["subjects_sha256"] == digest for r in signed)


def test_every_use_is_rate_limited(tmp_path):
    settings = make_settings(
        tmp_path, provenance_signer_token=TOKEN, provenance_signer_rate_per_minute=3
    )
    with LiveServer(settings) as srv, srv.client(TOKEN) as c:
        codes = [c.get(SIGNER).status_code for _ in range(3)]
        r = c.post(SIGNER, json=_body({"_type": "https://in-toto.io/Statement/v1"}))
        assert codes == [200, 200, 200] and r.status_code == 429 and r.headers.get("retry-after")
        assert c.post("/sign", json={"sha256": "ab" * 32}).status_code == 429
