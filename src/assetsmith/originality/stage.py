"""The `originality` pipeline stage (after `layout`, before `provenance`).

It audits the asset the job is building against the known-asset corpus. A blocked job fails with
OriginalityBlocked naming the matches (permanent: no retry helps); a flagged one completes with
the flag in manifest.json and in the signed provenance predicate (`ctx.originality`, which the
provenance stage signs and the sealed manifest carries); an empty corpus passes after one indexed
lookup, so a fresh install pays nothing. The record is deterministic for one corpus (no times),
keeping packs reproducible.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import OriginalityBlocked
from ..pipeline.context import JobContext
from ..pipeline.stage import create_stage
from ..settings import Settings
from .audit import AuditReport, audit_fingerprint, empty_report
from .corpus import Corpus
from .policy import Policy


@dataclass(frozen=True)
class OriginalityOptions:
    """`audit` audits a job's asset against the configured corpus (`audit_context` bound to the
    settings); None turns the stage off."""

    audit: Callable[[JobContext], AuditReport] | None = None


DEFAULTS = OriginalityOptions()


def provenance_record(report: AuditReport) -> dict[str, Any]:
    """The compact verdict that goes into manifest.json and the provenance predicate."""
    return {
        "verdict": report.verdict,
        "originality": report.originality,
        "embedder": report.embedder,
        "corpusAssets": report.corpus_size,
        "policy": report.policy.get("mode", "enforce"),
        "matches": [
            {
                "assetId": m["asset_id"],
                "name": m["name"],
                "score": m["score"],
                "verdict": m["verdict"],
                "reasons": m["reasons"],
            }
            for m in report.matches
            if m["verdict"] != "pass"
        ],
    }


def audit_context(settings: Settings, ctx: JobContext) -> AuditReport:
    """Audit the job's asset (albedo maps, previews when rendered, geometry) against the corpus
    that `settings` configure (index, embedder, policy)."""
    policy = Policy.from_settings(settings)
    corpus = Corpus(settings)
    if corpus.is_empty():
        from .descriptor import DESCRIPTOR_ID

        embedder_id = (
            DESCRIPTOR_ID
            if settings.originality_embedder == "descriptor"
            else settings.originality_embedder
        )
        return empty_report(policy, embedder_id, {"name": ctx.asset_id, "kind": "pack"})
    from .embedders import get_embedder
    from .fingerprint import fingerprint_context

    embedder = get_embedder(settings)
    corpus = Corpus(settings, embedder_id=embedder.id, image_dim=embedder.dim)
    try:
        fingerprint = fingerprint_context(ctx, embedder, max_pixels=settings.originality_max_pixels)
        return audit_fingerprint(fingerprint, settings, corpus, policy)
    finally:
        corpus.close()


def originality_stage(ctx: JobContext, options: OriginalityOptions) -> None:
    """Record the originality verdict (manifest + provenance); fail the job when it is a block."""
    if options.audit is None:
        ctx.log("originality: audit turned off (ASSETSMITH_ORIGINALITY=off)")
        return
    report = options.audit(ctx)
    record = provenance_record(report)
    ctx.originality = record  # the provenance stage signs it; the sealed manifest carries it
    ctx.log(f"originality: {report.summary()}")
    if report.verdict == "block":
        names = ", ".join(
            f"'{m['name']}' (#{m['assetId']}: {', '.join(m['reasons'])})"
            for m in record["matches"]
            if m["verdict"] == "block"
        )
        raise OriginalityBlocked(
            f"The asset is too close to known assets: {names}.",
            "Change the prompt, seed or spec so the asset differs, or remove the match from "
            "the corpus (`assetsmith corpus rm`) if it is your own.",
            details=record["matches"],
        )


ORIGINALITY = create_stage(
    "originality",
    originality_stage,
    DEFAULTS,
    weight=0.3,
    description="audit the asset against the known-asset corpus",
)
