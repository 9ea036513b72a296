"""The `originality` pipeline stage (after `layout`, before `provenance`).

It audits the asset the job is building against the known-asset corpus. A blocked job fails with
OriginalityBlocked naming the matches (permanent: no retry helps); a flagged one completes with
the flag in manifest.json and in the signed provenance predicate (`ctx.originality`, which the
provenance stage includes); an empty corpus passes after one indexed lookup, so a fresh install
pays nothing. The record is deterministic for one corpus (no times), keeping packs reproducible.
"""

from __future__ import annotations

import json

from ..errors import OriginalityBlocked
from ..packs.base import dumps
from ..pipeline.context import JobContext
from ..pipeline.runner import register_stage
from .audit import AuditReport, audit_fingerprint, empty_report
from .corpus import Corpus
from .policy import Policy

MANIFEST = "manifest.json"


def provenance_record(report: AuditReport) -> dict:
    """The compact verdict that goes into manifest.json and the provenance predicate."""
    return {
        "verdict": report.verdict,
        "originality": report.originality,
        "embedder": report.embedder,
        "corpusAssets": report.corpus_size,
        "policy": report.policy.get("mode", "enforce"),
        "matches": [{"assetId": m["asset_id"], "name": m["name"], "score": m["score"], "verdict": m["verdict"],
                     "reasons": m["reasons"]} for m in report.matches if m["verdict"] != "pass"],
    }


def audit_context(ctx: JobContext) -> AuditReport:
    """Audit the job's asset (albedo maps, previews when rendered, geometry) against the corpus."""
    settings = ctx.settings
    policy = Policy.from_settings(settings)
    corpus = Corpus(settings)
    if corpus.is_empty():
        from .descriptor import DESCRIPTOR_ID

        embedder_id = DESCRIPTOR_ID if settings.originality_embedder == "descriptor" else settings.originality_embedder
        return empty_report(policy, embedder_id, {"name": ctx.asset_id, "kind": "pack"})
    from .embedders import get_embedder
    from .fingerprint import fingerprint_context

    embedder = get_embedder(settings)
    corpus = Corpus(settings, embedder_id=embedder.id, image_dim=embedder.dim)
    try:
        return audit_fingerprint(fingerprint_context(ctx, embedder), settings, corpus, policy)
    finally:
        corpus.close()


@register_stage("originality", weight=0.3, description="audit the asset against the known-asset corpus")
def originality_stage(ctx: JobContext) -> None:
    """Record the originality verdict (manifest + provenance); fail the job when it is a block."""
    if ctx.settings.originality == "off":
        ctx.log("originality: audit turned off (ASSETSMITH_ORIGINALITY=off)")
        return
    report = audit_context(ctx)
    record = provenance_record(report)
    ctx.originality = record  # the provenance stage puts this into the signed predicate
    if MANIFEST in ctx.files:
        manifest = json.loads(ctx.files[MANIFEST])
        manifest["originality"] = record
        ctx.files = {**ctx.files, MANIFEST: dumps(manifest)}
    ctx.log(f"originality: {report.summary()}")
    if report.verdict == "block":
        names = ", ".join(f"'{m['name']}' (#{m['assetId']}: {', '.join(m['reasons'])})"
                          for m in record["matches"] if m["verdict"] == "block")
        raise OriginalityBlocked(f"The asset is too close to known assets: {names}.",
                                 "Change the prompt, seed or spec so the asset differs, or remove the match from "
                                 "the corpus (`assetsmith corpus rm`) if it is your own.",
                                 details=record["matches"])
