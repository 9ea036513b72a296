"""Signers behind one protocol, chosen by a key URI.

| URI | signer | where the private key lives |
|---|---|---|
| `file:PATH[?alg=ed25519|p256]` | `file` | a PEM file (mode 0600), made on first use |
| `pkcs11:token=..;object=..?module-path=..` (RFC 7512) | `pkcs11` | an HSM or token (SoftHSM2 in tests) |
| `awskms://[HOST:PORT]/KEY-ID|ARN|alias/NAME` | `awskms` | AWS KMS (or a compatible endpoint) |
| `https://HOST/PATH` | `https` | another assetsmith service's signer endpoint |

Every signer signs DSSE pre-authentication encodings and returns signatures in DSSE's encodings
(raw Ed25519, DER ECDSA). Ed25519 and the file signer's P-256 (RFC 6979) are deterministic, so a
pack signed by them is byte-for-byte reproducible; HSM, KMS and remote ECDSA signatures are not.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ...registry import Lazy, Registry
from ...settings import Settings
from ..keys import PublicKey
from ..paths import default_key_uri


@runtime_checkable
class Signer(Protocol):
    """One signing key. `sign` takes the bytes to sign (a DSSE PAE) and returns the signature;
    it raises SigningFailed (never returns an empty or partial signature)."""

    kind: str  # "file" | "pkcs11" | "awskms" | "https"
    keyid: str  # sha256:<hex of the SubjectPublicKeyInfo>
    algorithm: str  # "ed25519" | "ecdsa-p256-sha256"
    public_key: PublicKey

    def sign(self, message: bytes) -> bytes: ...


SignerFactory = Callable[[str, Settings], Signer]  # (key URI, settings) -> signer

# key URI scheme -> factory; modules are imported only when their scheme is used (optional extras)
SIGNER_KINDS: Registry[SignerFactory] = Registry(
    "signing key URI scheme",
    {
        "file": Lazy("assetsmith.provenance.signers.file:open_file_signer"),
        "pkcs11": Lazy("assetsmith.provenance.signers.pkcs11:open_pkcs11_signer"),
        "awskms": Lazy("assetsmith.provenance.signers.awskms:open_kms_signer"),
        "https": Lazy("assetsmith.provenance.signers.remote:open_remote_signer"),
        "http": Lazy("assetsmith.provenance.signers.remote:open_remote_signer"),
    },
)


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine (localhost or a loopback address)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def signer_uri(settings: Settings) -> str:
    """The key URI in force: `signing_key`, else the remote signer URL, else the default key file."""
    return settings.signing_key or settings.provenance_signer_url or default_key_uri(settings)


def open_signer(settings: Settings, uri: str | None = None) -> Signer:
    """Open the signer for `uri` (default: `signer_uri(settings)`).

    The installation's own key (the configured one) is trusted from its first use: its public key
    joins the keyring then, so `verify` accepts this installation's packs without `keys init`."""
    own = uri is None or uri == signer_uri(settings)
    uri = uri or signer_uri(settings)
    scheme = uri.split(":", 1)[0].lower()
    signer = SIGNER_KINDS.get(scheme)(uri, settings)
    if own:
        from ..keyring import trust_own_key

        trust_own_key(settings, signer.public_key)
    return signer
