"""The `attest` stage (after package): the run statement beside pack.zip.

`run.intoto.jsonl` covers pack.zip and records what only this run knows (worker, times, and what
Content Credentials the pack's images carry: they are embedded in the pack's PNGs themselves by
provenance/credentials_pack.py in the materials and layout stages, before the pack statement and
the zip).
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from .._version import __version__
from ..pipeline.context import JobContext
from ..pipeline.stage import create_stage
from .dsse import sha256_hex, sign_statement
from .statement import RUN_FILE, RUN_PREDICATE, run_predicate, statement
from .wallet import iso


@dataclass(frozen=True)
class AttestOptions:
    """The attest stage has no settings of its own: it signs with the provenance stage's key, and
    the credentials it records were embedded by the materials and layout stages."""


DEFAULTS = AttestOptions()


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def attest_stage(ctx: JobContext, options: AttestOptions) -> None:
    """Write run.intoto.jsonl beside pack.zip (job folders only)."""
    state = ctx.provenance
    signer = ctx.signer
    if ctx.staging_dir is None or ctx.zip_path is None or not state.get("signed") or signer is None:
        return
    cred_info = {k: v for k, v in ctx.content_credentials.items() if k != "images"}
    subject = [{"name": "pack.zip", "digest": {"sha256": _file_sha256(ctx.zip_path)}}]
    now = time.time()
    predicate = run_predicate(
        job_id=ctx.job_id,
        build_id=ctx.build_id,
        worker={"host": socket.gethostname(), "pid": os.getpid(), "assetsmith": __version__},
        started_at=iso(now - sum(ctx.timings.values())),
        finished_at=iso(now),
        timings=dict(ctx.timings),
        pack_statement_sha256=state.get("statement_sha256"),
        signer=signer,
        credentials=cred_info,
    )
    line = sign_statement(statement(subject, RUN_PREDICATE, predicate), signer).to_line()
    (ctx.staging_dir / RUN_FILE).write_bytes(line)
    state.update(
        run_statement=RUN_FILE, run_statement_sha256=sha256_hex(line), credentials=cred_info
    )
    ctx.signer = None  # the key is not kept past the stages that sign with it
    ctx.log("provenance: run statement over pack.zip")


ATTEST = create_stage(
    "attest", attest_stage, DEFAULTS, weight=0.3, description="sign the run statement over pack.zip"
)
