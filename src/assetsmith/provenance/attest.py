"""The `attest` stage (after package): Content Credentials beside the pack, and the run statement.

The credentialed copies of the preview and albedo images go to the job's `credentials/` folder
(c2pa salts its manifests at random, so they cannot live in the reproducible zip); the run
statement `run.intoto.jsonl` covers pack.zip and those copies and records what only this run
knows. pack.zip is hashed on one thread while the images are credentialed on the others.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._version import __version__
from ..pipeline.context import JobContext, produced
from ..pipeline.stage import create_stage
from .c2pa_certs import C2paChain
from .dsse import sha256_hex, sign_statement
from .statement import RUN_FILE, RUN_PREDICATE, run_predicate, statement
from .wallet import iso


@dataclass(frozen=True)
class AttestOptions:
    """`content_credentials` is the setting (auto, on, off); `c2pa_chain` opens (or makes) the
    C2PA signing chain (None: no credentials); `workers` hash and credential in parallel."""

    content_credentials: str = "auto"
    c2pa_chain: Callable[[], C2paChain] | None = None
    workers: int = 2


DEFAULTS = AttestOptions()


def credential_targets(manifest: dict[str, Any], files: dict[str, bytes]) -> list[str]:
    """The pack's preview images and albedo maps (as manifest.json names them)."""
    albedo = {m["textures"]["albedo"] for m in manifest.get("materials", []) if m.get("textures", {}).get("albedo")}
    previews = {p for p in files if p.startswith("Previews/") and p.endswith(".png")}
    return sorted(p for p in albedo | previews if p in files)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _credentials(ctx: JobContext, options: AttestOptions,
                 pool: ThreadPoolExecutor) -> tuple[dict[str, bytes], dict[str, Any]]:
    from .credentials import credentials_enabled_for, embed_credentials, source_kind

    if options.c2pa_chain is None or not credentials_enabled_for(options.content_credentials):
        reason = "turned off" if options.content_credentials == "off" or options.c2pa_chain is None else \
            "c2pa-python is not installed (pip install 'assetsmith[provenance]')"
        ctx.log(f"content credentials: none ({reason})")
        return {}, {"embedded": 0, "reason": reason}
    chain = options.c2pa_chain()
    manifest = produced(ctx.manifest, "manifest")
    kind = source_kind(manifest.get("toolchain"))
    staging = produced(ctx.staging_dir, "staging_dir")

    def embed(path: str) -> bytes:
        data = ctx.files[path]
        return embed_credentials(data, chain, title=path.rsplit("/", 1)[-1], source=kind, pack_path=path,
                                 sha256=sha256_hex(data), build_id=ctx.build_id)

    targets = credential_targets(manifest, ctx.files)
    out = {f"credentials/{p}": data for p, data in zip(targets, pool.map(embed, targets), strict=True)}
    for rel, data in out.items():
        dest = staging / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)  # committed with the staging folder by one rename
    return out, {"embedded": len(out), "folder": "credentials", "digitalSourceType": kind}


def attest_stage(ctx: JobContext, options: AttestOptions) -> None:
    """Write credentials/ and run.intoto.jsonl beside pack.zip (job folders only)."""
    state = ctx.provenance
    signer = ctx.signer
    if ctx.staging_dir is None or ctx.zip_path is None or not state.get("signed") or signer is None:
        return
    with ThreadPoolExecutor(max(2, options.workers)) as pool:
        zip_digest = pool.submit(_file_sha256, ctx.zip_path)
        creds, cred_info = _credentials(ctx, options, pool)
        subject = [{"name": "pack.zip", "digest": {"sha256": zip_digest.result()}}]
    subject += [{"name": n, "digest": {"sha256": sha256_hex(d)}} for n, d in sorted(creds.items())]
    now = time.time()
    predicate = run_predicate(
        job_id=ctx.job_id, build_id=ctx.build_id,
        worker={"host": socket.gethostname(), "pid": os.getpid(), "assetsmith": __version__},
        started_at=iso(now - sum(ctx.timings.values())), finished_at=iso(now), timings=dict(ctx.timings),
        pack_statement_sha256=state.get("statement_sha256"), signer=signer, credentials=cred_info)
    line = sign_statement(statement(subject, RUN_PREDICATE, predicate), signer).to_line()
    (ctx.staging_dir / RUN_FILE).write_bytes(line)
    state.update(run_statement=RUN_FILE, run_statement_sha256=sha256_hex(line), credentials=cred_info)
    ctx.signer = None  # the key is not kept past the stages that sign with it
    ctx.log(f"provenance: run statement over pack.zip and {len(creds)} credentialed images")


ATTEST = create_stage("attest", attest_stage, DEFAULTS, weight=0.3,
                      description="sign the run statement; Content Credentials beside the pack")
