"""Fixtures for the provenance tests: a real signed job, a small pack built through the real stages,
and the loopback services the signers talk to (SoftHSM2, moto's KMS server, a TLS signer endpoint)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from tests.helpers.availability import missing

import assetsmith
from assetsmith.settings import Settings

from .helpers import build_small_job, make_tls_cert

PROMPT = "small oak crate"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", workers=2)


@pytest.fixture(scope="module")
def real_job(tmp_path_factory):
    """A real job (the whole offline pipeline at 512 px), signed by the default file key."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("real") / "data", workers=2)
    result = assetsmith.run_job(PROMPT, resolution=512, settings=settings)
    return settings, result


@pytest.fixture
def small_job(settings, tmp_path):
    """A job folder made by the real provenance, package and attest stages over a small pack."""
    return build_small_job(settings, tmp_path / "job")


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        missing(
            f"{tool} is not installed (scripts/test.sh installs it: apt-get install softhsm2)",
            "the PKCS#11 signer tests",
        )


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory):
    """A SoftHSM2 token with a P-256 and an Ed25519 key pair, in its own SOFTHSM2_CONF folder.

    Yields (module path, token label, pin)."""
    _require("softhsm2-util")
    import pkcs11
    from pkcs11 import Attribute, KeyType, Mechanism
    from pkcs11.util.ec import encode_named_curve_parameters

    from assetsmith.provenance.signers.pkcs11 import WELL_KNOWN_MODULES

    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    label, pin = "assetsmith-test", "24680"
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            pin,
            "--so-pin",
            "13579",
        ],
        check=True,
        capture_output=True,
    )
    module = next(p for p in WELL_KNOWN_MODULES if os.path.exists(p))
    token = pkcs11.lib(module).get_token(token_label=label)
    with token.open(user_pin=pin, rw=True) as s:
        params = s.create_domain_parameters(
            KeyType.EC,
            {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
            local=True,
        )
        params.generate_keypair(store=True, label="pack-p256")
        s.generate_keypair(
            KeyType.EC_EDWARDS,
            store=True,
            label="pack-ed25519",
            mechanism=Mechanism.EC_EDWARDS_KEY_PAIR_GEN,
            public_template={Attribute.EC_PARAMS: encode_named_curve_parameters("1.3.101.112")},
        )
    yield module, label, pin
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


@pytest.fixture(scope="session")
def moto_kms():
    """moto's server on a free loopback port with one ECC_NIST_P256 signing key: (endpoint host:port, key id)."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    creds = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    saved = {k: os.environ.get(k) for k in creds}
    os.environ.update(creds)
    kms = boto3.client("kms", region_name="us-east-1", endpoint_url=f"http://{host}:{port}")
    key = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
    kms.create_alias(AliasName="alias/assetsmith-packs", TargetKeyId=key)
    yield f"{host}:{port}", key
    server.stop()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory):
    """A CA and a `localhost` server certificate: (ca.pem, cert.pem, key.pem) paths."""
    return make_tls_cert(tmp_path_factory.mktemp("tls"))
