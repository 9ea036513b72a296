"""The AWS KMS signer: an asymmetric ECC_NIST_P256 SIGN_VERIFY key in KMS (or a compatible
endpoint), named by `awskms://[HOST:PORT]/KEY?region=R&message-type=auto|raw|digest`.

KEY is a key id, a key ARN or `alias/NAME`. Credentials come from boto3's own chain (environment,
profile, instance role). KMS takes a RAW message of at most 4096 bytes; larger messages are sent
as their SHA-256 DIGEST (`auto`, the default). moto's KMS ignores MessageType and always hashes,
so tests against moto pin `message-type=raw`. An endpoint on a loopback address is reached over
plain HTTP (a local emulator); any other endpoint over HTTPS.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qs, unquote, urlsplit

from ...errors import SigningFailed, import_extra
from ...settings import Settings
from ..keys import ECDSA_P256, algorithm_of, keyid_of, load_public_key
from . import is_loopback

RAW_LIMIT = 4096


def parse_kms_uri(uri: str) -> dict:
    """Split an awskms:// URI into key id, endpoint URL, region and message type."""
    parts = urlsplit(uri)
    key = unquote(parts.path.lstrip("/"))
    if not key:
        raise SigningFailed(
            "The awskms:// key URI names no key.", "Use awskms:///alias/NAME or awskms:///KEY-ID."
        )
    q = {k: v[0] for k, v in parse_qs(parts.query).items()}
    endpoint = None
    if parts.hostname:
        scheme = "http" if is_loopback(parts.hostname) else "https"
        endpoint = f"{scheme}://{parts.netloc}"
    region = q.get("region")
    if region is None and key.startswith("arn:"):
        region = key.split(":")[3] or None
    mtype = q.get("message-type", "auto").lower()
    if mtype not in ("auto", "raw", "digest"):
        raise SigningFailed(
            f"Unknown message-type '{mtype}' in the awskms:// URI.", "Use auto, raw or digest."
        )
    return {"key": key, "endpoint": endpoint, "region": region, "message_type": mtype}


class KmsSigner:
    """Signs through the KMS Sign API with ECDSA_SHA_256."""

    kind = "awskms"

    def __init__(self, client, key: str, message_type: str) -> None:
        self._client = client
        self._key = key
        self._mtype = message_type
        errors = import_extra("botocore.exceptions", "provenance", "The awskms:// signer")
        self._errors = (errors.BotoCoreError, errors.ClientError)
        try:
            resp = client.get_public_key(KeyId=key)
        except self._errors as exc:
            raise SigningFailed(
                f"KMS did not return the signing key's public key ({_reason(exc)}).",
                "Check the key id, region, endpoint and credentials.",
            ) from None
        if resp.get("KeyUsage") != "SIGN_VERIFY" or "ECDSA_SHA_256" not in resp.get(
            "SigningAlgorithms", []
        ):
            raise SigningFailed(
                "The KMS key is not an ECC_NIST_P256 SIGN_VERIFY key.",
                "Create it with KeySpec=ECC_NIST_P256 and KeyUsage=SIGN_VERIFY.",
            )
        self.public_key = load_public_key(resp["PublicKey"])
        self.algorithm = algorithm_of(self.public_key)
        if self.algorithm != ECDSA_P256:
            raise SigningFailed("The KMS key is not a P-256 key.", "Use KeySpec=ECC_NIST_P256.")
        self.keyid = keyid_of(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """KMS Sign, RAW when the message fits (and message-type allows), else DIGEST; DER out."""
        raw = self._mtype == "raw" or (self._mtype == "auto" and len(message) <= RAW_LIMIT)
        body = message if raw else hashlib.sha256(message).digest()
        try:
            resp = self._client.sign(
                KeyId=self._key,
                Message=body,
                MessageType="RAW" if raw else "DIGEST",
                SigningAlgorithm="ECDSA_SHA_256",
            )
        except self._errors as exc:
            raise SigningFailed(
                f"KMS refused to sign ({_reason(exc)}).",
                "Check the key policy (kms:Sign), the endpoint and credentials.",
            ) from None
        return bytes(resp["Signature"])


def _reason(exc: Exception) -> str:
    code = (
        getattr(exc, "response", {}).get("Error", {}).get("Code")
        if hasattr(exc, "response")
        else None
    )
    return code or type(exc).__name__


def open_kms_signer(uri: str, settings: Settings) -> KmsSigner:
    """Open the KMS key an `awskms://` URI names."""
    boto3 = import_extra("boto3", "provenance", "The awskms:// signer")
    from botocore.config import Config
    from botocore.exceptions import BotoCoreError

    p = parse_kms_uri(uri)
    try:
        client = boto3.client(
            "kms",
            region_name=p["region"],
            endpoint_url=p["endpoint"],
            config=Config(connect_timeout=5, read_timeout=20, retries={"max_attempts": 3}),
        )
    except BotoCoreError as exc:
        raise SigningFailed(
            f"Cannot set up the KMS client ({type(exc).__name__}).",
            "Give the region (?region=... in the key URI, or AWS_REGION).",
        ) from None
    return KmsSigner(client, p["key"], p["message_type"])
