"""The keyring: public keys whose signatures are trusted. A valid signature by any other key is
"valid, untrusted", which `verify` fails unless asked for a signature-only check.

This installation's own key is trusted from its creation: `open_signer` adds the configured key
to the keyring the first time it is used, and `trusted_keys` counts the file key even in a keyring
written before that (or one that lost it)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..errors import AssetsmithError, VerificationFailed
from ..formats.atomic import write_json
from ..settings import Settings
from .keys import keyid_of, load_public_key, public_key_pem
from .paths import keyring_path


def load_keyring(path: Path) -> dict[str, dict]:
    """keyid -> entry {keyid, name, public_key, added_at}; empty when the file does not exist.

    Entries whose public key does not hash to their key id are refused (a hand-edited file)."""
    if not path.is_file():
        return {}
    try:
        entries = json.loads(path.read_text())["keys"]
        out = {}
        for e in entries:
            if keyid_of(load_public_key(e["public_key"])) != e["keyid"]:
                raise ValueError
            out[e["keyid"]] = e
        return out
    except (ValueError, KeyError, TypeError):
        raise VerificationFailed(
            f"The keyring file '{path.name}' is damaged.",
            "Fix or remove it, then add keys with `assetsmith keys trust`.",
        ) from None


def trust_key(settings: Settings, public_key, name: str, path: Path | None = None) -> dict:
    """Add a public key (object or PEM) to the keyring; returns its entry."""
    path = path or keyring_path(settings)
    key = load_public_key(public_key) if isinstance(public_key, str | bytes) else public_key
    ring = load_keyring(path)
    entry = {
        "keyid": keyid_of(key),
        "name": name,
        "public_key": public_key_pem(key),
        "added_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    ring.setdefault(entry["keyid"], entry)
    write_json(path, {"keys": sorted(ring.values(), key=lambda e: e["keyid"])})
    return ring[entry["keyid"]]


OWN_KEY_NAME = "this installation"


def own_file_key(settings: Settings):
    """The public key of this installation's signing key when it is a file key that exists (None
    for HSM, KMS and remote signers, whose keys are trusted with `keys init` or `keys trust`).
    Never creates a key."""
    from .signers import signer_uri
    from .signers.file import load_private_key, parse_file_uri

    uri = signer_uri(settings)
    if not uri.startswith("file:"):
        return None
    try:
        path, _alg = parse_file_uri(uri)
        if not path.is_file():
            return None
        return load_private_key(path).public_key()
    except (OSError, ValueError, AssetsmithError):
        return None


def trusted_keys(settings: Settings, keyring_file: Path | None = None) -> dict[str, dict]:
    """The keys `verify` trusts: the keyring (`keyring_file`, default the installation's), and with
    the installation's keyring also this installation's own file key."""
    ring = load_keyring(keyring_file or keyring_path(settings))
    if keyring_file is None:
        key = own_file_key(settings)
        if key is not None:
            ring.setdefault(
                keyid_of(key),
                {
                    "keyid": keyid_of(key),
                    "name": OWN_KEY_NAME,
                    "public_key": public_key_pem(key),
                    "added_at": None,
                },
            )
    return ring


def trust_own_key(settings: Settings, public_key) -> None:
    """Add this installation's signing key to the keyring unless it is there (one small read when
    it is). An unwritable keyring is left alone: `trusted_keys` still counts a file key."""
    path = keyring_path(settings)
    try:
        if keyid_of(public_key) in load_keyring(path):
            return
        trust_key(settings, public_key, name=OWN_KEY_NAME, path=path)
    except (OSError, VerificationFailed):
        return
