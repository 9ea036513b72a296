"""The Signer contract (provenance/signers/__init__.py), run against every key URI scheme in
`SIGNER_KINDS`, each opened the way a job opens it (`open_signer` over Settings): the file signer
(Ed25519 and P-256), the remote signer (a signer endpoint on loopback http), and in the slow lane
PKCS#11 (SoftHSM2) and AWS KMS (moto's server on loopback).

What every signer must do: announce a key whose id and algorithm follow from its public key, sign
a DSSE PAE with a signature in DSSE's encoding that verifies with that key (and not for another
message), sign the same bytes the same way where the algorithm promises it, keep its key across
openings, sign from several threads at once, and fail with SigningFailed, never an empty signature.
"""

from __future__ import annotations

import json
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from assetsmith.errors import SigningFailed
from assetsmith.provenance.dsse import PAYLOAD_TYPE, STATEMENT_TYPE, pae
from assetsmith.provenance.keys import (
    ALGORITHMS,
    ECDSA_P256,
    ED25519,
    algorithm_of,
    keyid_of,
    verify_signature,
)
from assetsmith.provenance.signers import SIGNER_KINDS, Signer, open_signer, signer_uri
from assetsmith.settings import Settings

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def message(n: int = 0) -> bytes:
    statement = {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": "pack.zip", "digest": {"sha256": f"{n:064x}"}}],
        "predicateType": "https://assetsmith.dev/contract/v1",
        "predicate": {"n": n},
    }
    return pae(PAYLOAD_TYPE, json.dumps(statement, sort_keys=True).encode())


class SignerContract:
    """Mixin: a subclass names the signer `kind` and `algorithm`, whether its signatures are
    `deterministic`, and provides the fixtures `settings` (Settings whose configured key URI opens
    a working signer) and `bad_settings` (Settings whose key cannot be used)."""

    kind: str
    algorithm: str
    deterministic: bool

    @pytest.fixture
    def signer(self, settings) -> Signer:
        return open_signer(settings)

    def test_it_is_registered_and_describes_its_key(self, signer, settings):
        scheme = signer_uri(settings).split(":", 1)[0].lower()
        assert scheme in SIGNER_KINDS.names()
        assert isinstance(signer, Signer) and signer.kind == self.kind
        assert signer.algorithm in ALGORITHMS and signer.algorithm == self.algorithm
        assert algorithm_of(signer.public_key) == signer.algorithm
        assert signer.keyid == keyid_of(signer.public_key) and signer.keyid.startswith("sha256:")

    def test_signature_verifies_with_its_key_and_only_for_its_message(self, signer):
        sig = signer.sign(message(1))
        assert isinstance(sig, bytes) and sig
        assert verify_signature(signer.public_key, sig, message(1))
        assert not verify_signature(signer.public_key, sig, message(2))

    def test_signature_is_in_dsse_encoding(self, signer):
        sig = signer.sign(message(3))
        if signer.algorithm == ED25519:
            assert len(sig) == 64  # raw Ed25519
        else:
            assert signer.algorithm == ECDSA_P256
            r, s = decode_dss_signature(sig)  # DER, not raw r||s
            assert 0 < r < P256_ORDER and 0 < s < P256_ORDER

    def test_deterministic_where_the_algorithm_promises_it(self, signer):
        a, b = signer.sign(message(4)), signer.sign(message(4))
        assert verify_signature(signer.public_key, a, message(4)) and verify_signature(
            signer.public_key, b, message(4)
        )
        if self.deterministic:
            assert a == b  # a pack it signs stays byte-for-byte reproducible

    def test_reopening_keeps_the_key(self, signer, settings):
        again = open_signer(settings)
        assert again.keyid == signer.keyid and again.algorithm == signer.algorithm

    def test_signs_from_several_threads_at_once(self, signer):
        results: dict[int, bytes] = {}
        errors: list[BaseException] = []

        def work(i: int) -> None:
            try:
                results[i] = signer.sign(message(100 + i))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors and len(results) == 6
        assert all(
            verify_signature(signer.public_key, sig, message(100 + i)) for i, sig in results.items()
        )

    def test_an_unusable_key_is_signing_failed(self, bad_settings):
        with pytest.raises(SigningFailed) as info:
            open_signer(bad_settings).sign(message(5))
        assert info.value.message and "Traceback" not in info.value.message


class FileSignerContract(SignerContract):
    kind = "file"
    deterministic = True  # Ed25519, and RFC 6979 ECDSA
    alg: str

    @pytest.fixture
    def settings(self, tmp_path) -> Settings:
        return Settings(
            data_dir=tmp_path / "data",
            signing_key=f"file:{tmp_path / 'keys' / 'k.pem'}?alg={self.alg}",
        )

    @pytest.fixture
    def bad_settings(self, tmp_path) -> Settings:
        bad = tmp_path / "bad.pem"
        bad.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
        bad.chmod(0o600)
        return Settings(data_dir=tmp_path / "data", signing_key=f"file:{bad}")


class TestFileEd25519(FileSignerContract):
    algorithm = ED25519
    alg = "ed25519"


class TestFileP256(FileSignerContract):
    algorithm = ECDSA_P256
    alg = "p256"


class TestRemoteSigner(SignerContract):
    """Another installation's signer endpoint on loopback (plain http is allowed only there)."""

    kind = "https"
    algorithm = ED25519
    deterministic = True  # the endpoint's key is an Ed25519 file key

    @pytest.fixture(scope="class")
    def endpoint_url(self, tmp_path_factory):
        from assetsmith.provenance.endpoint import LoopbackServer, SignerEndpoint

        holder = Settings(
            data_dir=tmp_path_factory.mktemp("holder") / "data"
        )  # one server per class: stopping takes 0.5 s
        with LoopbackServer(
            SignerEndpoint(open_signer(holder), token="t0ken", admit=lambda stmt: None)
        ) as server:
            yield server.url

    @pytest.fixture
    def settings(self, tmp_path, endpoint_url) -> Settings:
        return Settings(
            data_dir=tmp_path / "worker",
            provenance_signer_url=endpoint_url,
            provenance_signer_token="t0ken",
        )

    @pytest.fixture
    def bad_settings(self, tmp_path, endpoint_url) -> Settings:
        return Settings(
            data_dir=tmp_path / "worker",
            provenance_signer_url=endpoint_url,
            provenance_signer_token="wrong",
        )


@pytest.mark.slow  # SoftHSM2
class Pkcs11Contract(SignerContract):
    kind = "pkcs11"
    label: str

    @pytest.fixture
    def settings(self, softhsm, tmp_path) -> Settings:
        module, token, pin = softhsm
        return Settings(
            data_dir=tmp_path / "data",
            signing_key=f"pkcs11:token={token};object={self.label};type=private"
            f"?module-path={module}&pin-value={pin}",
        )

    @pytest.fixture
    def bad_settings(self, softhsm, tmp_path) -> Settings:
        module, token, pin = softhsm
        return Settings(
            data_dir=tmp_path / "data",
            signing_key=f"pkcs11:token={token};object=no-such-key?module-path={module}&pin-value={pin}",
        )


class TestPkcs11P256(Pkcs11Contract):
    label = "pack-p256"
    algorithm = ECDSA_P256
    deterministic = False  # the token's ECDSA uses a random nonce


class TestPkcs11Ed25519(Pkcs11Contract):
    label = "pack-ed25519"
    algorithm = ED25519
    deterministic = True  # Ed25519 is deterministic wherever the key lives


@pytest.mark.slow  # moto's KMS server
class TestAwsKms(SignerContract):
    kind = "awskms"
    algorithm = ECDSA_P256
    deterministic = False

    @pytest.fixture
    def settings(self, moto_kms, tmp_path) -> Settings:
        endpoint, key_id = moto_kms
        # moto's KMS hashes even DIGEST messages, so the test pins RAW (see signers/awskms.py)
        return Settings(
            data_dir=tmp_path / "data",
            signing_key=f"awskms://{endpoint}/{key_id}?region=us-east-1&message-type=raw",
        )

    @pytest.fixture
    def bad_settings(self, moto_kms, tmp_path) -> Settings:
        endpoint, _ = moto_kms
        return Settings(
            data_dir=tmp_path / "data",
            signing_key=f"awskms://{endpoint}/alias/missing?region=us-east-1",
        )
