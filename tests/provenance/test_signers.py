"""All four signer kinds sign a pack through the real stages, and the packs verify."""

from __future__ import annotations

import json
import os
import stat
from functools import partial

import pytest

import assetsmith
from assetsmith.errors import UnknownName
from assetsmith.jobs.store import JobStore
from assetsmith.provenance import PROVENANCE_FILE, SigningFailed
from assetsmith.provenance.dsse import read_envelopes
from assetsmith.provenance.endpoint import LoopbackServer, SignerEndpoint
from assetsmith.provenance.records import audit, audit_entries, recorded_statement
from assetsmith.provenance.signers import open_signer
from assetsmith.settings import Settings

from .helpers import build_small_job, small_context, stage

pytestmark = pytest.mark.slow  # SoftHSM, moto's KMS, a TLS signer endpoint


def _signed_and_verified(settings: Settings, tmp_path, kind: str, algorithm: str) -> dict:
    job = build_small_job(settings, tmp_path / f"job-{kind}-{algorithm}")
    report = assetsmith.verify(job, settings=settings)
    assert report.ok, [c for c in report.failures]
    stmt = read_envelopes((job / "pack" / PROVENANCE_FILE).read_bytes())[0].statement()
    signer = stmt["predicate"]["signer"]
    assert (signer["kind"], signer["algorithm"]) == (kind, algorithm)
    assert report.keyid == signer["keyid"] == open_signer(settings).keyid
    manifest = json.loads((job / "pack" / "manifest.json").read_bytes())
    assert (
        manifest["provenance"]["signer"] == kind
        and manifest["provenance"]["keyid"] == signer["keyid"]
    )
    return stmt


@pytest.mark.parametrize("alg,algorithm", [("ed25519", "ed25519"), ("p256", "ecdsa-p256-sha256")])
def test_file_signer(tmp_path, alg, algorithm):
    key = tmp_path / "keys" / f"pack-{alg}.pem"
    settings = Settings(data_dir=tmp_path / "data", signing_key=f"file:{key}?alg={alg}")
    _signed_and_verified(settings, tmp_path, "file", algorithm)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    # both file signers are deterministic, so the pack stays byte-for-byte reproducible (with
    # Content Credentials off: c2pa salts its manifests at random)
    settings = settings.model_copy(update={"content_credentials": "off"})
    a = build_small_job(settings, tmp_path / "again-a") / "pack.zip"
    b = build_small_job(settings, tmp_path / "again-b") / "pack.zip"
    assert a.read_bytes() == b.read_bytes()


def test_default_signer_is_an_ed25519_file_key_under_the_data_dir(settings, tmp_path):
    _signed_and_verified(settings, tmp_path, "file", "ed25519")
    key = settings.data_dir / "keys" / "provenance-ed25519.pem"
    assert key.is_file() and stat.S_IMODE(key.stat().st_mode) == 0o600


def test_a_key_file_others_can_read_is_refused(settings, tmp_path):
    open_signer(settings)
    key = settings.data_dir / "keys" / "provenance-ed25519.pem"
    os.chmod(key, 0o644)
    with pytest.raises(SigningFailed, match="can be read by other users"):
        open_signer(settings)


@pytest.mark.parametrize(
    "label,algorithm", [("pack-p256", "ecdsa-p256-sha256"), ("pack-ed25519", "ed25519")]
)
def test_pkcs11_signer_with_softhsm(softhsm, tmp_path, label, algorithm):
    module, token, pin = softhsm
    pin_file = tmp_path / "pin"
    pin_file.write_text(pin + "\n")
    uri = f"pkcs11:token={token};object={label};type=private?module-path={module}&pin-source=file:{pin_file}"
    settings = Settings(data_dir=tmp_path / "data", signing_key=uri)
    _signed_and_verified(settings, tmp_path, "pkcs11", algorithm)


def test_pkcs11_unknown_key_fails_the_stage(softhsm, tmp_path):
    module, token, pin = softhsm
    settings = Settings(
        data_dir=tmp_path / "data",
        signing_key=f"pkcs11:token={token};object=no-such-key?module-path={module}&pin-value={pin}",
    )
    ctx = small_context(tmp_path)
    with pytest.raises(SigningFailed, match="not found"):
        stage("provenance", settings).run(ctx)
    assert PROVENANCE_FILE not in ctx.files


def test_awskms_signer_against_moto(moto_kms, tmp_path):
    endpoint, key_id = moto_kms
    for key in (key_id, "alias/assetsmith-packs"):
        # moto's KMS hashes even DIGEST messages, so the test pins RAW (see signers/awskms.py)
        settings = Settings(
            data_dir=tmp_path / key.replace("/", "_"),
            signing_key=f"awskms://{endpoint}/{key}?region=us-east-1&message-type=raw",
        )
        _signed_and_verified(
            settings, tmp_path / key.replace("/", "_"), "awskms", "ecdsa-p256-sha256"
        )


def test_awskms_unknown_key_fails(moto_kms, tmp_path):
    endpoint, _ = moto_kms
    settings = Settings(
        data_dir=tmp_path / "data",
        signing_key=f"awskms://{endpoint}/alias/missing?region=us-east-1",
    )
    with pytest.raises(SigningFailed, match="KMS did not return"):
        open_signer(settings)


def test_https_remote_signer_over_tls(tls_cert, tmp_path):
    ca, cert, key = tls_cert
    holder = Settings(data_dir=tmp_path / "signer-host")  # the machine that holds the key
    store = JobStore.from_settings(holder)  # the job database the worker shares with it
    endpoint = SignerEndpoint(
        open_signer(holder),
        token="s3cret-token",
        admit=partial(recorded_statement, store),
        audit=partial(audit, store, route="signer"),
    )
    with LoopbackServer(endpoint, certfile=cert, keyfile=key) as server:
        assert server.url.startswith("https://localhost:")
        worker = Settings(
            data_dir=tmp_path / "worker",
            provenance_signer_url=server.url,
            provenance_signer_token="s3cret-token",
            provenance_signer_ca=ca,
            database_url=holder.effective_database_url,
        )
        stmt = _signed_and_verified(worker, tmp_path, "https", "ed25519")
        assert stmt["predicate"]["signer"]["keyid"] == open_signer(holder).keyid
        assert not (
            worker.data_dir / "keys" / "provenance-ed25519.pem"
        ).exists()  # no signing key of its own

        wrong = worker.model_copy(update={"provenance_signer_token": None})
        ctx = small_context(tmp_path / "x")
        with pytest.raises(SigningFailed, match="HTTP 401"):
            stage("provenance", wrong).run(ctx)
        untrusting = worker.model_copy(update={"provenance_signer_ca": None})
        with pytest.raises(SigningFailed, match="could not be reached"):
            open_signer(untrusting)
        # a worker with its own job database: its statements were not recorded where the signer looks
        elsewhere = worker.model_copy(update={"database_url": None})
        with pytest.raises(SigningFailed, match="HTTP 403"):
            stage("provenance", elsewhere).run(small_context(tmp_path / "y"))
    rows = audit_entries(store, 100)
    store.close()
    assert {(r["caller"], r["allowed"]) for r in rows} >= {
        ("signer-token", True),
        ("no-token", False),
        ("signer-token", False),
    }


def test_signer_endpoint_refuses_anything_but_in_toto_statements(settings):
    endpoint = SignerEndpoint(
        open_signer(settings), admit=lambda stmt: None
    )  # protocol checks only
    import base64

    stmt = b'{"_type": "https://in-toto.io/Statement/v1"}'
    body = json.dumps(
        {"payload_type": "text/plain", "payload": base64.b64encode(stmt).decode()}
    ).encode()
    assert endpoint.handle("POST", {}, body)[0] == 422
    fake = json.dumps(
        {
            "payload_type": "application/vnd.in-toto+json",
            "payload": base64.b64encode(b'{"_type": "other"}').decode(),
        }
    ).encode()
    assert endpoint.handle("POST", {}, fake)[0] == 422
    assert endpoint.handle("POST", {}, b"not json")[0] == 400
    raw = json.dumps(
        {
            "payload_type": "application/vnd.in-toto+json",
            "payload": base64.b64encode(b"pay").decode(),
        }
    )
    assert endpoint.handle("POST", {}, raw.encode())[0] == 400
    locked = SignerEndpoint(open_signer(settings), token="t", admit=lambda stmt: None)
    assert locked.handle("GET", {"Authorization": "Bearer nope"}, b"")[0] == 401
    assert locked.handle("GET", {"authorization": "Bearer t"}, b"")[0] == 200
    assert endpoint.handle("GET", {}, b"")[1]["keyid"] == open_signer(settings).keyid


def test_plain_http_signer_only_on_loopback(tmp_path):
    settings = Settings(data_dir=tmp_path, provenance_signer_url="http://signer.example.com/sign")
    with pytest.raises(SigningFailed, match="https"):
        open_signer(settings)


def test_unknown_scheme_is_refused(tmp_path):
    # an unknown name fails like every other unknown name (issue 14): UnknownName, exit 2, HTTP 422
    with pytest.raises(UnknownName, match="Unknown signing key URI scheme 'gpg'") as err:
        open_signer(Settings(data_dir=tmp_path, signing_key="gpg:0xDEADBEEF"))
    assert "file" in err.value.hint and "pkcs11" in err.value.hint
