"""The `provenance` pipeline stage (after layout and originality, before package): signs the pack
statement into the pack and summarises it in manifest.json. Deterministic for a request and an
Ed25519 or file key. Signing is on unless the request turns it off; if the signer fails, the job
fails. The `attest` stage (after package) is in attest.py; Content Credentials live in the pack's
PNGs themselves (credentials_pack.py, embedded by the materials and layout stages).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import SigningFailed
from ..pipeline.context import JobContext, material_seed, produced
from ..pipeline.stage import create_stage
from .dsse import sha256_hex
from .packsign import sign_statement_over, summary, unsigned_summary
from .signers import Signer
from .statement import PROVENANCE_FILE, pack_predicate


def _no_creator(keyid: str) -> dict[str, Any] | None:
    return None


@dataclass(frozen=True)
class ProvenanceOptions:
    """`open_signer` opens the configured signing key (None: no key is configured, and a request
    that asks for signing fails); `creator(keyid)` is the linked wallet's creator block, or None."""

    open_signer: Callable[[], Signer] | None = None
    creator: Callable[[str], dict[str, Any] | None] = _no_creator


DEFAULTS = ProvenanceOptions()


def _seeds(ctx: JobContext) -> dict[str, Any]:
    spec = produced(ctx.spec, "spec")
    variants, materials = {}, {}
    for i, v in enumerate(ctx.variants):
        seed = ctx.variant_seed(i)
        variants[v["variant_id"]] = seed
        for m in spec.get("materials", []):
            materials[f"{v['variant_id']}/{m['id']}"] = material_seed(seed, m["id"])
    return {
        "request": ctx.request.seed,
        "spec": spec.get("generation", {}).get("seed"),
        "variants": variants,
        "materials": materials,
    }


def _predicate(ctx: JobContext, signer: Signer, options: ProvenanceOptions) -> dict[str, Any]:
    manifest = produced(ctx.manifest, "manifest")
    spec_bytes = ctx.files.get("spec.json")
    return pack_predicate(
        build_id=ctx.build_id,
        request=ctx.request.model_dump(mode="json"),
        request_digest=ctx.request.digest(),
        spec_sha256=sha256_hex(spec_bytes) if spec_bytes is not None else None,
        asset_id=produced(ctx.spec, "spec").get("asset_id"),
        seeds=_seeds(ctx),
        toolchain=manifest.get("toolchain"),
        created_at=manifest["created_at"],
        signer=signer,
        creator=options.creator(signer.keyid),
        originality=ctx.originality,
    )


def _listed_digests(manifest: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """(size, sha256) per file from the manifest's file list (what the layout stage hashed)."""
    return {f["path"]: (int(f["bytes"]), str(f["sha256"])) for f in manifest.get("files") or []}


def provenance_stage(ctx: JobContext, options: ProvenanceOptions) -> None:
    """Sign the pack statement (provenance.intoto.jsonl) and summarise it in manifest.json."""
    if not ctx.request.sign:
        ctx.pack_signature = unsigned_summary("signing was turned off by the request")
        ctx.seal_manifest()
        ctx.provenance.update(signed=False)
        ctx.log("provenance: signing turned off by the request; the pack is unsigned")
        return
    if options.open_signer is None:
        raise SigningFailed(
            "No signing key is configured for this pipeline.",
            "Set the signing_key setting, or build with signing turned off.",
        )
    signer = options.open_signer()
    predicate = _predicate(ctx, signer, options)
    ctx.pack_signature = summary(signer, predicate)
    ctx.seal_manifest()
    ctx.files, env = sign_statement_over(
        ctx.files, predicate, signer, known=_listed_digests(produced(ctx.manifest, "manifest"))
    )
    ctx.signer = signer  # the attest stage signs the run statement with the same key
    ctx.provenance.update(
        signed=True,
        keyid=signer.keyid,
        algorithm=signer.algorithm,
        signer=signer.kind,
        wallet=(predicate["creator"] or {}).get("wallet"),
        statement=PROVENANCE_FILE,
        statement_sha256=sha256_hex(ctx.files[PROVENANCE_FILE]),
        payload_sha256=sha256_hex(env.payload),
    )
    ctx.log(
        f"provenance: signed {len(ctx.files) - 1} files with {signer.kind} key {signer.keyid[:19]}"
    )


PROVENANCE = create_stage(
    "provenance",
    provenance_stage,
    DEFAULTS,
    weight=0.3,
    description="sign a statement over every pack file",
)

__all__ = ["DEFAULTS", "PROVENANCE", "PROVENANCE_FILE", "ProvenanceOptions", "provenance_stage"]
