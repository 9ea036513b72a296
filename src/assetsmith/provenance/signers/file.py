"""The file signer: an Ed25519 (default) or P-256 private key in a PEM file, made on first use.

The file is created mode 0600 in a 0700 folder, atomically (a finished temp file hard-linked into
place), so two workers starting at once end up with one key. A key file that others can read is
refused, as ssh does.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from ...errors import SigningFailed
from ...settings import Settings
from ..keys import algorithm_of, keyid_of

ALG_ALIASES = {
    "ed25519": "ed25519",
    "p256": "p256",
    "p-256": "p256",
    "ecdsa-p256-sha256": "p256",
    "es256": "p256",
}


def parse_file_uri(uri: str) -> tuple[Path, str]:
    """`file:PATH[?alg=..]` (also `file:///PATH`) -> (path, alg)."""
    parts = urlsplit(uri)
    raw = unquote(parts.path)
    if parts.netloc not in ("", "localhost"):
        raise SigningFailed("A file: key URI must name a local file.", "Use file:/path/to/key.pem.")
    if not raw:
        raise SigningFailed("The file: key URI names no file.", "Use file:/path/to/key.pem.")
    alg = parse_qs(parts.query).get("alg", ["ed25519"])[0].lower()
    if alg not in ALG_ALIASES:
        raise SigningFailed(
            f"Unknown key algorithm '{alg}' in the file: key URI.", "Use alg=ed25519 or alg=p256."
        )
    return Path(raw).expanduser(), ALG_ALIASES[alg]


def _new_private_key(alg: str):
    return (
        ed25519.Ed25519PrivateKey.generate()
        if alg == "ed25519"
        else ec.generate_private_key(ec.SECP256R1())
    )


def create_key_file(path: Path, alg: str = "ed25519") -> bool:
    """Create a private key at `path` unless one is there; True if this call created it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = _new_private_key(alg).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd, tmp = tempfile.mkstemp(prefix=".key-", dir=path.parent)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # atomic, and fails if another process won the race
        except FileExistsError:
            return False
        return True
    finally:
        os.unlink(tmp)


def load_private_key(path: Path):
    """Load an Ed25519 or P-256 PEM key, refusing files that others can read."""
    try:
        st = path.stat()
        if os.name == "posix" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SigningFailed(
                f"The signing key file '{path.name}' can be read by other users.",
                "Restrict it to its owner: chmod 600 on the key file.",
            )
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise SigningFailed(
            f"Cannot read the signing key file '{path.name}' ({exc.strerror}).",
            "Check the signing_key setting and the file's permissions.",
        ) from None
    except (ValueError, TypeError):
        raise SigningFailed(
            f"The signing key file '{path.name}' is not an unencrypted PEM private key.",
            "Point signing_key at a PKCS#8 PEM key, or remove it to have one made.",
        ) from None
    try:
        algorithm_of(key.public_key())
    except ValueError:
        raise SigningFailed(
            f"The key in '{path.name}' is neither Ed25519 nor P-256.",
            "Use an Ed25519 or P-256 key.",
        ) from None
    return key


class FileSigner:
    """Signs with a local private key file."""

    kind = "file"

    def __init__(self, path: Path, private_key) -> None:
        self.path = path
        self._key = private_key
        self.public_key = private_key.public_key()
        self.algorithm = algorithm_of(self.public_key)
        self.keyid = keyid_of(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """Ed25519, or deterministic (RFC 6979) ECDSA P-256 with SHA-256, DER-encoded."""
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            return self._key.sign(message)
        return self._key.sign(message, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))


def open_file_signer(uri: str, settings: Settings) -> FileSigner:
    """Open (creating on first use) the key file a `file:` URI names."""
    path, alg = parse_file_uri(uri)
    if not path.exists():
        create_key_file(path, alg)
    return FileSigner(path, load_private_key(path))
