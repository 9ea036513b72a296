"""The pipeline stages of provenance.

- `provenance` (after layout, before package): signs the pack statement into the pack and
  summarises it in manifest.json. Deterministic for a request and an Ed25519 or file key.
- `attest` (after package, in `attest.py`): the run statement (`run.intoto.jsonl`) over pack.zip,
  beside it. Content Credentials live in the pack's PNGs themselves (`credentials_pack.py`).

Signing is on unless the request turns it off; if the signer fails, the job fails.
Importing this module registers both stages.
"""

from __future__ import annotations

import json

from ..pipeline.context import JobContext
from ..pipeline.runner import register_stage
from .dsse import sha256_hex
from .packsign import (
    MANIFEST,
    manifest_digests,
    sign_pack_files,
    unsigned_summary,
    with_manifest_summary,
)
from .signers import Signer, open_signer
from .state import provenance_state
from .statement import PROVENANCE_FILE, pack_predicate
from .wallet import creator_block


def _seeds(ctx: JobContext) -> dict:
    from ..pipeline.stages import material_seed  # stages imports this module; import late

    variants, materials = {}, {}
    for i, v in enumerate(ctx.variants):
        seed = ctx.variant_seed(i)
        variants[v["variant_id"]] = seed
        for m in ctx.spec.get("materials", []):
            materials[f"{v['variant_id']}/{m['id']}"] = material_seed(seed, m["id"])
    return {"request": ctx.request.seed, "spec": ctx.spec.get("generation", {}).get("seed"),
            "variants": variants, "materials": materials}


def _predicate(ctx: JobContext, signer: Signer) -> dict:
    manifest = json.loads(ctx.files[MANIFEST])
    spec_bytes = ctx.files.get("spec.json")
    return pack_predicate(
        build_id=ctx.build_id, request=ctx.request.model_dump(mode="json"), request_digest=ctx.request.digest(),
        spec_sha256=sha256_hex(spec_bytes) if spec_bytes is not None else None, asset_id=ctx.spec.get("asset_id"),
        seeds=_seeds(ctx), toolchain=manifest.get("toolchain"), created_at=manifest.get("created_at"),
        signer=signer, creator=creator_block(ctx.settings, signer.keyid),
        originality=getattr(ctx, "originality", None))


@register_stage("provenance", weight=0.3, description="sign a statement over every pack file")
def provenance_stage(ctx: JobContext) -> None:
    """Sign the pack statement (provenance.intoto.jsonl) and summarise it in manifest.json."""
    state = provenance_state(ctx)
    if not getattr(ctx.request, "sign", True):
        ctx.files = with_manifest_summary(ctx.files, unsigned_summary("signing was turned off by the request"))
        state.update(signed=False)
        ctx.log("provenance: signing turned off by the request; the pack is unsigned")
        return
    signer = open_signer(ctx.settings)
    predicate = _predicate(ctx, signer)
    ctx.files, env = sign_pack_files(ctx.files, predicate, signer, known=manifest_digests(ctx.files))
    ctx._provenance_signer = signer  # the attest stage signs with the same key
    state.update(signed=True, keyid=signer.keyid, algorithm=signer.algorithm, signer=signer.kind,
                 wallet=(predicate["creator"] or {}).get("wallet"), statement=PROVENANCE_FILE,
                 statement_sha256=sha256_hex(ctx.files[PROVENANCE_FILE]),
                 payload_sha256=sha256_hex(env.payload))
    ctx.log(f"provenance: signed {len(ctx.files) - 1} files with {signer.kind} key {signer.keyid[:19]}")


from . import attest as _attest  # noqa: E402,F401  (registers the attest stage)

__all__ = ["PROVENANCE_FILE", "provenance_stage", "provenance_state"]
