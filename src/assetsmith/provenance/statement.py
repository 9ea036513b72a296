"""The two in-toto statements a job produces.

- The pack statement (`provenance.intoto.jsonl`, inside the pack): subjects are every pack file;
  the predicate says what made them. Nothing in it depends on the run (no job id, clock or host),
  so the same request and key give the same statement, and the pack stays reproducible.
- The run statement (`run.intoto.jsonl`, in the job folder beside pack.zip): its subject is
  pack.zip (and any credentialed image copies); its predicate holds what only this run knows:
  job id, worker, start and finish times, stage timings.
"""

from __future__ import annotations

import platform
from importlib import metadata

from .._version import __version__
from .dsse import STATEMENT_TYPE, sha256_hex
from .keys import public_key_pem

PACK_PREDICATE = "https://assetsmith.dev/provenance/pack/v1"
RUN_PREDICATE = "https://assetsmith.dev/provenance/run/v1"
EXPORT_PREDICATE = "https://assetsmith.dev/provenance/export/v1"
PROVENANCE_FILE = "provenance.intoto.jsonl"
RUN_FILE = "run.intoto.jsonl"


def subjects(
    files: dict[str, bytes], known: dict[str, tuple[int, str]] | None = None
) -> list[dict]:
    """in-toto subjects (name + sha256) for pack-relative files, sorted by name.

    `known` maps names to (size, sha256) already computed from these same bytes in this process
    (the layout stage's manifest file list), so a pack is hashed once, not twice; an entry whose
    size differs is ignored and the file hashed."""
    known = known or {}

    def digest(name: str, data: bytes) -> str:
        size, sha = known.get(name, (-1, ""))
        return sha if size == len(data) and len(sha) == 64 else sha256_hex(data)

    return [
        {"name": name, "digest": {"sha256": digest(name, data)}}
        for name, data in sorted(files.items())
    ]


def statement(subject: list[dict], predicate_type: str, predicate: dict) -> dict:
    """An in-toto Statement v1."""
    return {
        "_type": STATEMENT_TYPE,
        "subject": subject,
        "predicateType": predicate_type,
        "predicate": predicate,
    }


def signer_block(signer) -> dict:
    """Who signs: key id, algorithm, signer kind and the public key, so the pack alone verifies."""
    return {
        "keyid": signer.keyid,
        "algorithm": signer.algorithm,
        "kind": signer.kind,
        "publicKey": public_key_pem(signer.public_key),
    }


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def backends(toolchain: dict | None) -> dict:
    """The software that made the pack, with versions (stable for one install)."""
    out = {
        "assetsmith": __version__,
        "python": platform.python_version(),
        "numpy": _version("numpy"),
    }
    for k, v in sorted((toolchain or {}).items()):
        if k != "assetsmith":
            out[k] = v
    return out


def pack_predicate(
    *,
    build_id: str,
    request: dict | None,
    request_digest: str | None,
    spec_sha256: str | None,
    asset_id: str | None,
    seeds: dict,
    toolchain: dict | None,
    created_at: str,
    signer,
    creator: dict | None,
    originality: dict | None,
) -> dict:
    """The predicate of the pack statement (deterministic for a request, an install and a key)."""
    return {
        "buildId": build_id,
        "request": request,
        "requestDigest": {"sha256": request_digest},
        "spec": {"assetId": asset_id, "digest": {"sha256": spec_sha256}},
        "seeds": seeds,
        "backends": backends(toolchain),
        "createdAt": created_at,
        "creator": creator or {"wallet": None, "authorization": None},
        "signer": signer_block(signer),
        "originality": originality,  # the originality stage's verdict, once that stage exists
    }


def run_predicate(
    *,
    job_id: str,
    build_id: str,
    worker: dict,
    started_at: str,
    finished_at: str,
    timings: dict,
    pack_statement_sha256: str | None,
    signer,
    credentials: dict,
) -> dict:
    """The predicate of the run statement: the facts only this run knows."""
    return {
        "jobId": job_id,
        "buildId": build_id,
        "worker": worker,
        "startedAt": started_at,
        "finishedAt": finished_at,
        "stageTimings": timings,
        "packStatement": {"name": PROVENANCE_FILE, "digest": {"sha256": pack_statement_sha256}},
        "contentCredentials": credentials,
        "signer": signer_block(signer),
    }
