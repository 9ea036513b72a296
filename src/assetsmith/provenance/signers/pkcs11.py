"""The PKCS#11 signer: a key in an HSM or token, named by an RFC 7512 URI.

    pkcs11:token=assetsmith;object=pack-signing?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/run/pin

P-256 keys: the token gets the SHA-256 digest and signs it with CKM_ECDSA (SoftHSM2 has no
CKM_ECDSA_SHA256); its raw r||s is converted to DER. Ed25519 keys: CKM_EDDSA over the message.
A token allows one login per process, so one logged-in session per token is shared, under a lock.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from urllib.parse import unquote

from ...errors import SigningFailed, import_extra
from ...settings import Settings
from ..keys import (
    ECDSA_P256,
    ED25519,
    algorithm_of,
    ed25519_spki_from_raw,
    keyid_of,
    load_public_key,
    raw_ecdsa_to_der,
)

WELL_KNOWN_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)

_LOCK = threading.Lock()
_SESSIONS: dict[tuple[str, str], object] = {}


def parse_pkcs11_uri(uri: str) -> tuple[dict[str, str], dict[str, str]]:
    """RFC 7512: `pkcs11:a=1;b=2?q=3&r=4` -> ({a, b}, {q, r}), values percent-decoded."""
    if not uri.lower().startswith("pkcs11:"):
        raise SigningFailed("Not a pkcs11: URI.")
    body = uri[len("pkcs11:") :]
    path, _, query = body.partition("?")

    def split(text: str, sep: str) -> dict[str, str]:
        out = {}
        for item in filter(None, text.split(sep)):
            k, eq, v = item.partition("=")
            if not eq:
                raise SigningFailed(f"The pkcs11: URI attribute '{k}' has no value.")
            out[k.strip().lower()] = unquote(v)
        return out

    return split(path, ";"), split(query, "&")


def _pin(query: dict[str, str], settings: Settings) -> str | None:
    if "pin-value" in query:
        return query["pin-value"]
    if "pin-source" in query:
        src = query["pin-source"]
        src = src[len("file:") :] if src.startswith("file:") else src
        try:
            return Path(src).read_text().splitlines()[0].strip()
        except (OSError, IndexError):
            raise SigningFailed(
                "The PKCS#11 pin-source file cannot be read.", "Check the pin-source path."
            ) from None
    return settings.pkcs11_pin.get_secret_value() if settings.pkcs11_pin else None


def _module_path(query: dict[str, str]) -> str:
    if "module-path" in query:
        return query["module-path"]
    for p in WELL_KNOWN_MODULES:
        if Path(p).exists():
            return p
    raise SigningFailed(
        "No PKCS#11 module given and none found.",
        "Add ?module-path=/path/to/module.so to the pkcs11: URI (Debian: apt-get install softhsm2).",
    )


def _session(module: str, attrs: dict[str, str], pin: str | None):
    pkcs11 = import_extra("pkcs11", "provenance", "The pkcs11: signer")
    key = (module, attrs.get("token") or attrs.get("serial") or "")
    with _LOCK:
        if key in _SESSIONS:
            return _SESSIONS[key]
        try:
            lib = pkcs11.lib(module)
            token = lib.get_token(
                token_label=attrs.get("token"),
                token_serial=(attrs.get("serial") or "").encode() or None,
            )
        except (pkcs11.exceptions.NoSuchToken, pkcs11.exceptions.MultipleTokensReturned):
            raise SigningFailed(
                "The PKCS#11 token named in the key URI was not found (or not exactly once).",
                "Check the token= attribute (softhsm2-util --show-slots lists tokens).",
            ) from None
        except (RuntimeError, OSError, pkcs11.exceptions.PKCS11Error) as exc:
            raise SigningFailed(
                f"The PKCS#11 module could not be loaded ({type(exc).__name__}).",
                "Check module-path in the key URI.",
            ) from None
        try:
            session = token.open(user_pin=pin)
        except pkcs11.exceptions.UserAlreadyLoggedIn:
            session = token.open()
        except pkcs11.exceptions.PinIncorrect:
            raise SigningFailed(
                "The PKCS#11 token refused the PIN.", "Check the PIN (pin-source or pkcs11_pin)."
            ) from None
        except pkcs11.exceptions.PKCS11Error as exc:
            raise SigningFailed(
                f"The PKCS#11 token could not be opened ({type(exc).__name__}).",
                "Check the PIN and the token.",
            ) from None
        _SESSIONS[key] = session
        return session


class Pkcs11Signer:
    """Signs with a private key object on a PKCS#11 token."""

    kind = "pkcs11"

    def __init__(self, session, attrs: dict[str, str]) -> None:
        pkcs11 = import_extra("pkcs11", "provenance", "The pkcs11: signer")
        self._p = pkcs11
        find: dict[str, str | bytes] = {}
        if "object" in attrs:
            find["label"] = attrs["object"]
        if "id" in attrs:
            find["id"] = attrs["id"].encode("latin-1")
        if not find:
            raise SigningFailed(
                "The pkcs11: key URI names no key.", "Add object=<label> or id=<id> to the URI."
            )
        try:
            with _LOCK:
                self._priv = session.get_key(object_class=pkcs11.ObjectClass.PRIVATE_KEY, **find)
                pub = session.get_key(object_class=pkcs11.ObjectClass.PUBLIC_KEY, **find)
                self.public_key = self._public_key(pub)
        except (pkcs11.exceptions.NoSuchKey, pkcs11.exceptions.MultipleObjectsReturned) as exc:
            raise SigningFailed(
                f"The key named in the pkcs11: URI was not found exactly once ({type(exc).__name__}).",
                "Check the object= or id= attribute; the token needs the private and public key.",
            ) from None
        self.algorithm = algorithm_of(self.public_key)
        self.keyid = keyid_of(self.public_key)

    def _public_key(self, pub):
        p = self._p
        if pub[p.Attribute.KEY_TYPE] == p.KeyType.EC_EDWARDS:
            point = bytes(pub[p.Attribute.EC_POINT])
            raw = (
                point[2:] if len(point) == 34 and point[0] == 0x04 else point
            )  # DER OCTET STRING or raw
            return load_public_key(ed25519_spki_from_raw(raw))
        from pkcs11.util.ec import encode_ec_public_key

        try:
            return load_public_key(encode_ec_public_key(pub))
        except ValueError:
            raise SigningFailed("The PKCS#11 key is not an Ed25519 or P-256 key.") from None

    def sign(self, message: bytes) -> bytes:
        """CKM_ECDSA over SHA-256(message) (raw r||s -> DER), or CKM_EDDSA over the message."""
        p = self._p
        try:
            with _LOCK:
                if self.algorithm == ED25519:
                    return bytes(self._priv.sign(message, mechanism=p.Mechanism.EDDSA))
                raw = bytes(
                    self._priv.sign(hashlib.sha256(message).digest(), mechanism=p.Mechanism.ECDSA)
                )
        except p.exceptions.PKCS11Error as exc:
            raise SigningFailed(
                f"The PKCS#11 token refused to sign ({type(exc).__name__})."
            ) from None
        assert self.algorithm == ECDSA_P256
        return raw_ecdsa_to_der(raw)


def open_pkcs11_signer(uri: str, settings: Settings) -> Pkcs11Signer:
    """Open the key an RFC 7512 `pkcs11:` URI names."""
    attrs, query = parse_pkcs11_uri(uri)
    session = _session(_module_path(query), attrs, _pin(query, settings))
    return Pkcs11Signer(session, attrs)
