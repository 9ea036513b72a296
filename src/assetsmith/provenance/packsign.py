"""Signing a pack's files: the manifest's provenance summary and the pack statement envelope.

The summary in manifest.json cannot hold the digest of the statement (the statement's subjects
include manifest.json: a hash cycle), so it holds the digest of the statement's predicate, plus the
key id, algorithm, signer kind and wallet. `verify` checks the summary against the envelope.
"""

from __future__ import annotations

import json

from ..errors import SigningFailed
from ..formats.jsondoc import dumps
from .dsse import Envelope, canonical_json, pae, sha256_hex, sign_statement
from .keys import verify_signature
from .statement import PACK_PREDICATE, PROVENANCE_FILE, statement, subjects

MANIFEST = "manifest.json"


def summary(signer, predicate: dict) -> dict:
    """The `provenance` block written into manifest.json."""
    creator = predicate.get("creator") or {}
    return {
        "signed": True,
        "statement": PROVENANCE_FILE,
        "predicateType": PACK_PREDICATE,
        "predicateDigest": {"sha256": sha256_hex(canonical_json(predicate))},
        "keyid": signer.keyid,
        "algorithm": signer.algorithm,
        "signer": signer.kind,
        "wallet": creator.get("wallet"),
    }


def unsigned_summary(reason: str) -> dict:
    """The manifest block of a pack built with signing turned off."""
    return {"signed": False, "reason": reason}


def with_manifest_summary(files: dict[str, bytes], block: dict) -> dict[str, bytes]:
    """A copy of `files` whose manifest.json carries `block` as its `provenance` key."""
    if MANIFEST not in files:
        raise SigningFailed("The pack has no manifest.json to record its provenance in.")
    manifest = json.loads(files[MANIFEST])
    manifest["provenance"] = block
    return {**files, MANIFEST: dumps(manifest)}


def manifest_digests(files: dict[str, bytes]) -> dict[str, tuple[int, str]]:
    """(size, sha256) per file from manifest.json's file list (what the layout stage hashed)."""
    try:
        listed = json.loads(files[MANIFEST]).get("files") or []
        return {f["path"]: (int(f["bytes"]), str(f["sha256"])) for f in listed}
    except (KeyError, TypeError, ValueError, AttributeError):
        return {}


def sign_pack_files(
    files: dict[str, bytes],
    predicate: dict,
    signer,
    *,
    known: dict[str, tuple[int, str]] | None = None,
) -> tuple[dict[str, bytes], Envelope]:
    """Add the summary to an existing pack's manifest.json, sign a statement over every file, add
    the envelope (signing a pack folder after the fact; jobs sign in the provenance stage, whose
    manifest already carries the summary). Returns the new file map and the envelope."""
    files = with_manifest_summary(
        {k: v for k, v in files.items() if k != PROVENANCE_FILE}, summary(signer, predicate)
    )
    return sign_statement_over(files, predicate, signer, known=known)


def sign_statement_over(
    files: dict[str, bytes],
    predicate: dict,
    signer,
    *,
    known: dict[str, tuple[int, str]] | None = None,
) -> tuple[dict[str, bytes], Envelope]:
    """Sign the pack statement over every file of `files` (manifest.json final) and add it.

    Returns a new file map with provenance.intoto.jsonl and the envelope. `known` digests (see
    `statement.subjects`) spare hashing what the layout hashed. The signature is checked before
    it is used: a faulty HSM, KMS or remote signer fails the job here rather than producing a pack
    that will not verify."""
    files = {k: v for k, v in files.items() if k != PROVENANCE_FILE}
    env = sign_statement(statement(subjects(files, known), PACK_PREDICATE, predicate), signer)
    if not verify_signature(signer.public_key, env.signature, pae(env.payload_type, env.payload)):
        raise SigningFailed(
            f"The {signer.kind} signer returned a signature that does not verify.",
            "Check that the key URI names the intended key.",
        )
    files[PROVENANCE_FILE] = env.to_line()
    return files, env
