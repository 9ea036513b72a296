"""API keys: made from 32 random bytes, shown once, stored only as a keyed hash.

Why HMAC-SHA256 and not a password hash: a key carries 256 bits of entropy, so guessing one from
its hash is infeasible whatever the hash; a slow hash (argon2, scrypt) would only add tens of
milliseconds to every request. The pepper (a server secret kept outside the database) means a
leaked database alone does not even let anyone test a candidate key offline.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_PREFIX = "asm_"
PREFIX_SHOWN = 12  # characters kept in clear to tell keys apart in listings


def new_api_key() -> str:
    """A fresh key: `asm_` and 43 URL-safe characters."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str, pepper: bytes) -> str:
    """The stored form of a key (hex HMAC-SHA256 under the server pepper)."""
    return hmac.new(pepper, key.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def looks_like_key(key: str) -> bool:
    """A cheap shape check before any database work (length bounds the hashing cost too)."""
    return key.startswith(KEY_PREFIX) and 20 <= len(key) <= 100


def load_pepper(settings) -> bytes:
    """The pepper from settings, else one made on first use under <data_dir>/keys (mode 0600)."""
    if settings.api_key_pepper is not None:
        return settings.api_key_pepper.get_secret_value().encode()
    path = Path(settings.data_dir) / "keys" / "api_key_pepper"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".pepper-{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32))
    try:  # link() publishes the complete file or fails if another process got there first
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)
    return bytes.fromhex(path.read_text().strip())
