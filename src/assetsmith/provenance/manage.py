"""Key management behind `assetsmith keys`: create the signing key and the C2PA chain, show them,
and trust other keys."""

from __future__ import annotations

from pathlib import Path

from ..errors import NotFound, VerificationFailed
from ..settings import Settings
from .c2pa_certs import describe, init_chain
from .keyring import load_keyring, trust_key, trusted_keys
from .keys import public_key_pem
from .paths import c2pa_dir, keyring_path
from .signers import open_signer, signer_uri
from .signers.file import parse_file_uri
from .wallet import load_wallet


def _redacted(uri: str) -> str:
    """The key URI without secrets (pkcs11 pin-value, tokens in query strings)."""
    head, sep, query = uri.partition("?")
    if not sep:
        return uri
    parts = [
        p
        if not p.lower().startswith(("pin-value=", "token=", "secret"))
        else p.split("=")[0] + "=***"
        for p in query.split("&")
    ]
    return f"{head}?{'&'.join(parts)}"


def init_keys(settings: Settings, *, force_c2pa: bool = False) -> dict:
    """Create (if absent) the signing key and the C2PA CA and leaf; trust our own key."""
    signer = open_signer(settings)
    trust_key(settings, signer.public_key, name="this installation")
    _, created = init_chain(settings, force=force_c2pa)
    info = show_keys(settings)
    info["c2pa"]["created"] = created
    return info


def show_keys(settings: Settings) -> dict:
    """The signing key (URI without secrets, kind, algorithm, key id, public key), the C2PA chain,
    the linked wallet and the keyring size. Creates nothing: a file key not made yet is reported."""
    uri = signer_uri(settings)
    if uri.startswith("file:") and not parse_file_uri(uri)[0].exists():
        raise NotFound(
            "The signing key has not been created yet.",
            "Run `assetsmith keys init` (or any job) to create it.",
        )
    signer = open_signer(settings)
    folder = c2pa_dir(settings)
    c2pa = {"present": (folder / "signer.pem").is_file(), "folder": str(folder)}
    if c2pa["present"]:
        c2pa["signer"] = describe((folder / "signer.pem").read_bytes())
        c2pa["ca"] = describe((folder / "ca.pem").read_bytes())
    wallet = load_wallet(settings)
    ring = load_keyring(keyring_path(settings))
    trusted = trusted_keys(settings)
    return {
        "uri": _redacted(signer_uri(settings)),
        "kind": signer.kind,
        "algorithm": signer.algorithm,
        "keyid": signer.keyid,
        "public_key": public_key_pem(signer.public_key),
        "trusted": signer.keyid in trusted,
        "keyring": {"path": str(keyring_path(settings)), "keys": len(ring)},
        "wallet": wallet
        and {"address": wallet["address"], "authorizations": len(wallet.get("authorizations", []))},
        "c2pa": c2pa,
    }


def trust_key_file(settings: Settings, pem_file: Path, name: str) -> dict:
    """Add the public key in a PEM file to the keyring."""
    try:
        return trust_key(settings, Path(pem_file).read_bytes(), name=name)
    except (OSError, ValueError):
        raise VerificationFailed(
            f"'{Path(pem_file).name}' holds no Ed25519 or P-256 public key.",
            "Give the PEM that `assetsmith keys show` prints on the signing machine.",
        ) from None
