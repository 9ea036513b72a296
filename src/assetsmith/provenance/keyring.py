"""The keyring: public keys whose signatures are trusted. A valid signature by any other key
verifies as "valid, untrusted"."""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..errors import VerificationFailed
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
        raise VerificationFailed(f"The keyring file '{path.name}' is damaged.",
                                 "Fix or remove it, then add keys with `assetsmith keys trust`.") from None


def trust_key(settings: Settings, public_key, name: str, path: Path | None = None) -> dict:
    """Add a public key (object or PEM) to the keyring; returns its entry."""
    path = path or keyring_path(settings)
    key = load_public_key(public_key) if isinstance(public_key, str | bytes) else public_key
    ring = load_keyring(path)
    entry = {"keyid": keyid_of(key), "name": name, "public_key": public_key_pem(key),
             "added_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    ring.setdefault(entry["keyid"], entry)
    write_json(path, {"keys": sorted(ring.values(), key=lambda e: e["keyid"])})
    return ring[entry["keyid"]]
