"""The `attest` stage (after package): Content Credentials beside the pack, and the run statement.

The credentialed copies of the preview and albedo images go to the job's `credentials/` folder
(c2pa salts its manifests at random, so they cannot live in the reproducible zip); the run
statement `run.intoto.jsonl` covers pack.zip and those copies and records what only this run
knows. pack.zip is hashed on one thread while the images are credentialed on the others.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .._version import __version__
from ..pipeline.context import JobContext
from ..pipeline.runner import register_stage
from .dsse import sha256_hex, sign_statement
from .packsign import MANIFEST
from .state import provenance_state
from .statement import RUN_FILE, RUN_PREDICATE, run_predicate, statement
from .wallet import iso


def credential_targets(files: dict[str, bytes]) -> list[str]:
    """The pack's preview images and albedo maps (as manifest.json names them)."""
    manifest = json.loads(files[MANIFEST])
    albedo = {m["textures"]["albedo"] for m in manifest.get("materials", []) if m.get("textures", {}).get("albedo")}
    previews = {p for p in files if p.startswith("Previews/") and p.endswith(".png")}
    return sorted(p for p in albedo | previews if p in files)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _credentials(ctx: JobContext, pool: ThreadPoolExecutor) -> tuple[dict[str, bytes], dict]:
    from .c2pa_certs import init_chain
    from .credentials import credentials_enabled, embed_credentials, source_kind

    if not credentials_enabled(ctx.settings):
        reason = "turned off" if ctx.settings.content_credentials == "off" else \
            "c2pa-python is not installed (pip install 'assetsmith[provenance]')"
        ctx.log(f"content credentials: none ({reason})")
        return {}, {"embedded": 0, "reason": reason}
    chain, _ = init_chain(ctx.settings)
    kind = source_kind(json.loads(ctx.files[MANIFEST]).get("toolchain"))

    def embed(path: str) -> bytes:
        data = ctx.files[path]
        return embed_credentials(data, chain, title=path.rsplit("/", 1)[-1], source=kind, pack_path=path,
                                 sha256=sha256_hex(data), build_id=ctx.build_id)

    targets = credential_targets(ctx.files)
    out = {f"credentials/{p}": data for p, data in zip(targets, pool.map(embed, targets), strict=True)}
    for rel, data in out.items():
        dest = ctx.staging_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)  # committed with the staging folder by one rename
    return out, {"embedded": len(out), "folder": "credentials", "digitalSourceType": kind}


@register_stage("attest", weight=0.3, description="sign the run statement; Content Credentials beside the pack")
def attest_stage(ctx: JobContext) -> None:
    """Write credentials/ and run.intoto.jsonl beside pack.zip (job folders only)."""
    state = provenance_state(ctx)
    signer = getattr(ctx, "_provenance_signer", None)
    if ctx.staging_dir is None or ctx.zip_path is None or not state.get("signed") or signer is None:
        return
    with ThreadPoolExecutor(max(2, ctx.settings.workers)) as pool:
        zip_digest = pool.submit(_file_sha256, ctx.zip_path)
        creds, cred_info = _credentials(ctx, pool)
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
    del ctx._provenance_signer
    ctx.log(f"provenance: run statement over pack.zip and {len(creds)} credentialed images")
