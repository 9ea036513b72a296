"""DSSE envelopes around in-toto statements, and the canonical JSON they are made of.

The envelope file (`*.intoto.jsonl`) holds one envelope per line, the in-toto attestation bundle
format, so `cosign verify-blob-attestation`-style tools and in-toto's own libraries can read it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"


def canonical_json(obj: Any) -> bytes:
    """Compact JSON with sorted keys: the same object always gives the same bytes."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding: what is actually signed."""
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def parse_pae(message: bytes) -> tuple[str, bytes]:
    """Split a PAE back into (payload_type, payload); ValueError when it is not one."""
    try:
        head, rest = message.split(b" ", 1)
        if head != b"DSSEv1":
            raise ValueError
        tlen, rest = rest.split(b" ", 1)
        n = int(tlen)
        ptype, rest = rest[:n], rest[n:]
        if not rest.startswith(b" "):
            raise ValueError
        plen, payload = rest[1:].split(b" ", 1)
        if int(plen) != len(payload) or not tlen.isdigit() or not plen.isdigit():
            raise ValueError
        return ptype.decode(), payload
    except (ValueError, UnicodeDecodeError):
        raise ValueError("not a DSSE v1 pre-authentication encoding") from None


@dataclass(frozen=True)
class Envelope:
    """A parsed DSSE envelope with exactly one signature."""

    payload_type: str
    payload: bytes
    keyid: str
    signature: bytes

    def statement(self) -> dict:
        """The payload as a JSON object (ValueError if it is not one)."""
        obj = json.loads(self.payload)
        if not isinstance(obj, dict):
            raise ValueError("the payload is not a JSON object")
        return obj

    def to_line(self) -> bytes:
        """The envelope as one canonical JSON line (with its newline)."""
        return (
            canonical_json(
                {
                    "payloadType": self.payload_type,
                    "payload": base64.b64encode(self.payload).decode(),
                    "signatures": [
                        {"keyid": self.keyid, "sig": base64.b64encode(self.signature).decode()}
                    ],
                }
            )
            + b"\n"
        )


def sign_statement(statement: dict, signer) -> Envelope:
    """Serialise `statement` canonically and sign it with `signer` (a provenance Signer)."""
    payload = canonical_json(statement)
    signature = signer.sign(pae(PAYLOAD_TYPE, payload))
    return Envelope(PAYLOAD_TYPE, payload, signer.keyid, signature)


def read_envelopes(data: bytes) -> list[Envelope]:
    """Parse a `.intoto.jsonl` file; ValueError with a reason when it is malformed."""
    out = []
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            sigs = obj["signatures"]
            if not isinstance(sigs, list) or len(sigs) != 1:
                raise ValueError(
                    f"line {n}: expected exactly one signature, found {len(sigs) if isinstance(sigs, list) else 0}"
                )
            out.append(
                Envelope(
                    str(obj["payloadType"]),
                    base64.b64decode(obj["payload"], validate=True),
                    str(sigs[0]["keyid"]),
                    base64.b64decode(sigs[0]["sig"], validate=True),
                )
            )
        except (KeyError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
            raise ValueError(f"line {n}: not a DSSE envelope ({type(exc).__name__})") from None
    if not out:
        raise ValueError("no envelope found")
    return out
