"""Public keys, key ids and signature checks for the two algorithms the project signs with.

Signatures use the encodings DSSE tooling expects: Ed25519 as its raw 64 bytes, ECDSA P-256 as
DER. A key id is `sha256:` + the hex SHA-256 of the key's SubjectPublicKeyInfo (DER), so anyone
holding the public key can compute it.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

ED25519 = "ed25519"
ECDSA_P256 = "ecdsa-p256-sha256"
ALGORITHMS = (ED25519, ECDSA_P256)

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey


def spki_der(key: PublicKey) -> bytes:
    """The SubjectPublicKeyInfo DER of a public key."""
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_key_pem(key: PublicKey) -> str:
    """The PEM (SubjectPublicKeyInfo) text of a public key."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def keyid_of(key: PublicKey) -> str:
    """`sha256:<hex>` of the key's SubjectPublicKeyInfo."""
    return "sha256:" + hashlib.sha256(spki_der(key)).hexdigest()


def algorithm_of(key: object) -> str:
    """The signing algorithm name for a public key; ValueError for keys the project does not use."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return ED25519
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return ECDSA_P256
    raise ValueError(f"unsupported public key type {type(key).__name__}")


def load_public_key(data: str | bytes) -> PublicKey:
    """Load a PEM or DER SubjectPublicKeyInfo; ValueError if it is neither or of another type."""
    raw = data.encode() if isinstance(data, str) else data
    key = (
        serialization.load_pem_public_key(raw)
        if raw.lstrip().startswith(b"-----")
        else serialization.load_der_public_key(raw)
    )
    if not isinstance(
        key, ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey
    ):  # refuse RSA early
        raise ValueError(f"unsupported public key type {type(key).__name__}")
    algorithm_of(key)  # and curves other than P-256
    return key


def ed25519_spki_from_raw(raw: bytes) -> bytes:
    """DER SubjectPublicKeyInfo for a raw 32-byte Ed25519 key (what an HSM hands back)."""
    return spki_der(ed25519.Ed25519PublicKey.from_public_bytes(raw))


def raw_ecdsa_to_der(sig: bytes) -> bytes:
    """Convert an r||s ECDSA signature (PKCS#11, some KMSs) to DER."""
    half = len(sig) // 2
    return encode_dss_signature(
        int.from_bytes(sig[:half], "big"), int.from_bytes(sig[half:], "big")
    )


def verify_signature(key: PublicKey, signature: bytes, message: bytes) -> bool:
    """True when `signature` is a valid signature of `message` by `key`."""
    try:
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, message)
        else:
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True
