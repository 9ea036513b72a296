"""The local certificate chain for Content Credentials: a CA and a leaf that C2PA validators accept.

C2PA refuses a self-signed signing certificate, a leaf without an Authority Key Identifier, and a
leaf without an accepted extended key usage (emailProtection is accepted). So: a CA (CA:true,
keyCertSign) signs a leaf with CA:false, digitalSignature, emailProtection, SKI and AKI. Both keys
are P-256 (ES256, the most widely supported C2PA algorithm); private keys are written mode 0600.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ..formats.atomic import atomic_write_bytes
from ..settings import Settings
from .paths import c2pa_dir

CA_DAYS = 3650
LEAF_DAYS = 730


@dataclass(frozen=True)
class C2paChain:
    """PEM texts: the leaf followed by the CA (what c2pa signs with), the leaf key, the CA alone."""

    chain_pem: bytes
    key_pem: bytes
    ca_pem: bytes
    folder: Path


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "assetsmith"),
        ]
    )


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_chain(now: dt.datetime | None = None) -> tuple[bytes, bytes, bytes, bytes]:
    """A new CA and leaf: (ca_pem, ca_key_pem, leaf_pem, leaf_key_pem)."""
    now = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(
        days=1
    )  # tolerate clock skew between machines
    ca_key, leaf_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("assetsmith Content Credentials CA"))
        .issuer_name(_name("assetsmith Content Credentials CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign=False, ca=True), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("assetsmith content signer"))
        .issuer_name(ca.subject)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=LEAF_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign=True, ca=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )

    def pem_key(k) -> bytes:
        return k.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    pem = serialization.Encoding.PEM
    return ca.public_bytes(pem), pem_key(ca_key), leaf.public_bytes(pem), pem_key(leaf_key)


def _write_private(path: Path, data: bytes) -> None:
    """Write a private key: created 0600 (mkstemp) and renamed into place, never readable by others."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def init_chain(settings: Settings, *, force: bool = False) -> tuple[C2paChain, bool]:
    """Create the CA and leaf under the C2PA folder unless present (or `force`); (chain, created)."""
    folder = c2pa_dir(settings)
    if not force and (folder / "signer.pem").is_file():
        return load_chain(settings), False
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    ca_pem, ca_key, leaf_pem, leaf_key = make_chain()
    _write_private(folder / "ca.key", ca_key)
    _write_private(folder / "signer.key", leaf_key)
    atomic_write_bytes(folder / "ca.pem", ca_pem)
    atomic_write_bytes(folder / "signer.pem", leaf_pem + ca_pem)  # the last write marks it complete
    return load_chain(settings), True


def load_chain(settings: Settings) -> C2paChain:
    """Read the chain `init_chain` wrote."""
    folder = c2pa_dir(settings)
    return C2paChain(
        (folder / "signer.pem").read_bytes(),
        (folder / "signer.key").read_bytes(),
        (folder / "ca.pem").read_bytes(),
        folder,
    )


def describe(cert_pem: bytes) -> dict:
    """Subject, issuer, validity and key identifiers of the first certificate in a PEM text."""
    cert = x509.load_pem_x509_certificates(cert_pem)[0]
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest.hex()
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "not_after": cert.not_valid_after_utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "subject_key_id": ski,
    }
