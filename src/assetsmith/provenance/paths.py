"""Where provenance keeps its files, derived from Settings (nothing here reads the environment)."""

from __future__ import annotations

from pathlib import Path

from ..settings import Settings

DEFAULT_FILE_KEY = "provenance-ed25519.pem"


def keys_dir(settings: Settings) -> Path:
    """`<data_dir>/keys`: the file signing key and the C2PA folder."""
    return settings.data_dir / "keys"


def default_key_uri(settings: Settings) -> str:
    """The key URI used when none is configured: an Ed25519 key file under the data directory."""
    return f"file:{keys_dir(settings) / DEFAULT_FILE_KEY}"


def keyring_path(settings: Settings) -> Path:
    """The trusted-keys file."""
    return settings.keyring_path or settings.data_dir / "keyring.json"


def wallet_path(settings: Settings) -> Path:
    """The linked-wallet file."""
    return settings.wallet_path or settings.data_dir / "wallet.json"


def c2pa_dir(settings: Settings) -> Path:
    """The C2PA CA and signing certificate folder."""
    return settings.c2pa_cert_dir or keys_dir(settings) / "c2pa"
