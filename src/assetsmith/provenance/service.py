"""What the HTTP routes of the provenance area will call (the routes themselves live in api/):
the signer endpoint, the reference tool's `/sign` shape, signing a pack folder after the fact, and
verifying an uploaded pack.zip or a stored job."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from ..errors import Forbidden, InvalidInput, NotFound
from ..formats.atomic import atomic_write_bytes
from ..settings import Settings
from ..storage import download_prefix, get_artifact_store
from .dsse import sha256_hex, sign_statement
from .endpoint import SignerEndpoint
from .keyring import trusted_keys
from .packsign import MANIFEST, sign_pack_files
from .records import open_recording_signer
from .report import VerifyReport
from .signers import open_signer
from .sources import MAX_READ, DirSource
from .statement import EXPORT_PREDICATE, PROVENANCE_FILE, pack_predicate, signer_block, statement
from .verify import require_trust, verify_path, verify_zip_bytes
from .wallet import checksum_address, creator_block

MAX_UPLOAD_BYTES = 2 * 1024**3
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def signer_endpoint(settings: Settings, store) -> SignerEndpoint:
    """The signer endpoint (protocol assetsmith-signer/1) over this server's own key: its bearer
    token is `provenance_signer_token`; it signs only statements whose subjects this installation
    recorded in `store` (its job database) and audits every use there."""
    from functools import partial

    from .records import audit, recorded_statement

    token = (
        settings.provenance_signer_token.get_secret_value()
        if settings.provenance_signer_token
        else None
    )
    return SignerEndpoint(
        open_signer(settings, settings.signing_key or None),
        token,
        admit=partial(recorded_statement, store),
        audit=partial(audit, store, route="signer"),
    )


def reference_sign(
    body: dict,
    settings: Settings,
    *,
    store=None,
    caller: str = "signer-token",
    client: str | None = None,
) -> dict:
    """The reference tool's `POST /sign`: `{sha256 | hash, name?, scene?, wallet?}` in,
    `{signature: <DSSE envelope>, keyid, algorithm, statement_sha256}` out. The statement's one
    subject is the named digest; unlike the reference's placeholder, this is a real signature, so
    it is given only for the digest of a file this installation built (a pack file, a pack.zip or
    an export it recorded) and every use is audited. `store`: the job database (default: the one
    `settings` names)."""
    from .records import _store_for, audit, digest_recorded

    store = store or _store_for(settings)
    digest = str(body.get("sha256") or body.get("hash") or "").lower().removeprefix("sha256:")
    if not _HEX64.match(digest):
        raise InvalidInput(
            "Give the artifact's sha256 as 64 hex digits.", 'Send {"sha256": "..."}.'
        )
    if not digest_recorded(store, digest):
        why = "This server signs only digests of files it built itself; it recorded no file with this digest."
        audit(
            store,
            route="sign",
            caller=caller,
            client=client,
            allowed=False,
            reason=why,
            subjects_sha256=digest,
        )
        raise Forbidden(why, "Sign a file of a pack, pack.zip or export this server built.")
    wallet = checksum_address(body["wallet"]) if body.get("wallet") else None
    signer = open_signer(settings)
    predicate = {"scene": body.get("scene"), "wallet": wallet, "signer": signer_block(signer)}
    subject = [{"name": str(body.get("name") or "artifact")[:500], "digest": {"sha256": digest}}]
    env = sign_statement(statement(subject, EXPORT_PREDICATE, predicate), signer)
    audit(
        store,
        route="sign",
        caller=caller,
        client=client,
        allowed=True,
        reason="signed",
        subjects_sha256=digest,
    )
    line = env.to_line()
    return {
        "signature": json.loads(line),
        "keyid": signer.keyid,
        "algorithm": signer.algorithm,
        "statement_sha256": sha256_hex(line),
    }


def sign_pack(pack_dir: Path, settings: Settings) -> dict:
    """Sign an existing pack folder in place (one built with signing off, or made elsewhere): adds
    provenance.intoto.jsonl and the manifest summary. Returns the summary."""
    pack_dir = Path(pack_dir)
    src = DirSource(pack_dir)
    if src.problems or MANIFEST not in src.names():
        raise InvalidInput(
            f"'{pack_dir.name}' is not a pack folder with plain files and a manifest.json.",
            "Give the folder that holds manifest.json.",
        )
    files: dict[str, bytes] = {}
    for n in src.names():
        data = src.read(n) if n != PROVENANCE_FILE else b""
        if data is None:
            raise InvalidInput(
                f"'{n}' in '{pack_dir.name}' cannot be read for signing (over {MAX_READ >> 20} MiB).",
                "Sign packs whose files are within that size.",
            )
        if n != PROVENANCE_FILE:
            files[n] = data
    manifest = json.loads(files[MANIFEST])
    signer = open_recording_signer(
        settings
    )  # the operator signs it: this installation vouches for it
    predicate = pack_predicate(
        build_id=manifest.get("build_id") or "",
        request=None,
        request_digest=None,
        spec_sha256=sha256_hex(files["spec.json"]) if "spec.json" in files else None,
        asset_id=(manifest.get("assets") or [{}])[0].get("asset_id"),
        seeds={},
        toolchain=manifest.get("toolchain"),
        created_at=manifest.get("created_at"),
        signer=signer,
        creator=creator_block(settings, signer.keyid),
        originality=None,
    )
    signed, _env = sign_pack_files(files, predicate, signer)
    atomic_write_bytes(pack_dir / MANIFEST, signed[MANIFEST])
    atomic_write_bytes(pack_dir / PROVENANCE_FILE, signed[PROVENANCE_FILE])
    return json.loads(signed[MANIFEST])["provenance"]


def verify_upload(
    data: bytes, settings: Settings, *, require_trusted: bool = True, signature_only: bool = False
) -> VerifyReport:
    """Verify an uploaded pack.zip held in memory (never extracted to disk). A signature by a key
    this server does not trust fails, unless `signature_only`."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InvalidInput(
            "The upload is too large to verify here.", "Verify it locally with `assetsmith verify`."
        )
    import time

    report = verify_zip_bytes(data, keyring=trusted_keys(settings), now=time.time())
    return require_trust(report, signature_only=signature_only)


def verify_job(
    job_id: str, settings: Settings, *, require_trusted: bool = True, signature_only: bool = False
) -> VerifyReport:
    """Verify a stored job's folder: pack, pack.zip, run statement, credentials."""
    from ..jobs.store import JobStore

    store = JobStore.from_settings(settings)
    try:
        rec = store.get(job_id)
    finally:
        store.close()
    missing = NotFound(
        f"Job '{job_id}' has no folder to verify.", "Only finished jobs can be verified."
    )
    if not rec.folder:
        raise missing
    artifacts = get_artifact_store(settings)
    local = artifacts.local_path(rec.folder)
    if local is not None:
        if not local.is_dir():
            raise missing
        return verify_path(local, settings, signature_only=signature_only)
    # A remote store (s3): verify a private copy; the folder keeps the job's name for the report.
    with tempfile.TemporaryDirectory(prefix="assetsmith-verify-") as tmp:
        folder = Path(tmp) / rec.folder
        if not download_prefix(artifacts, rec.folder, folder):
            raise missing
        return verify_path(folder, settings, signature_only=signature_only)
