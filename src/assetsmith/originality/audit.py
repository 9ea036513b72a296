"""The audit: nearest known assets with their similarity per layer, an originality score and a
verdict from the policy. `audit_fingerprint` is what the pipeline stage, the CLI, the SDK and the
service functions all call."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..settings import Settings
from .corpus import Corpus
from .fingerprint import Fingerprint
from .policy import Policy

TOP_MATCHES = 5


@dataclass
class AuditReport:
    """The outcome of one audit. `originality` = 1 - the largest calibrated similarity (1.0: nothing
    alike is known); `matches` are the nearest known assets, most similar first."""

    verdict: str
    originality: float
    matches: list[dict] = field(default_factory=list)
    corpus_size: int = 0
    embedder: str = ""
    policy: dict = field(default_factory=dict)
    subject: dict = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "originality": self.originality,
            "matches": self.matches,
            "corpus": {"assets": self.corpus_size},
            "embedder": self.embedder,
            "policy": self.policy,
            "subject": self.subject,
        }

    def summary(self) -> str:
        if not self.matches or self.verdict == "pass":
            return f"pass (originality {self.originality:.2f}, {self.corpus_size} known assets)"
        names = ", ".join(
            f"'{m['name']}' ({', '.join(m['reasons'])})"
            for m in self.matches
            if m["verdict"] != "pass"
        )
        return f"{self.verdict}: too close to {names}"


def empty_report(policy: Policy, embedder: str, subject: dict | None = None) -> AuditReport:
    """The report for an empty corpus: nothing to be close to."""
    return AuditReport("pass", 1.0, [], 0, embedder, policy.to_dict(), subject or {})


def audit_fingerprint(
    fp: Fingerprint, settings: Settings, corpus: Corpus, policy: Policy | None = None
) -> AuditReport:
    """Compare a (query) fingerprint with the corpus and apply the policy."""
    policy = policy or Policy.from_settings(settings)
    size = corpus.count()
    if size == 0:
        return empty_report(policy, fp.embedder, fp.summary())
    found = corpus.search(fp)
    ranked = []
    for asset_id, m in found.items():
        layers, verdicts, reasons, best = {}, [], [], 0.0
        for layer, hit in sorted(m.layers.items()):
            cal = policy.calibrate(layer, hit.similarity)
            v = policy.layer_verdict(layer, hit.similarity)
            layers[layer] = {
                "similarity": round(hit.similarity, 4),
                "calibrated": round(cal, 4),
                "verdict": v,
                "query": hit.query,
                "match": hit.match,
            }
            verdicts.append(v)
            best = max(best, cal)
            if v != "pass":
                reasons.append(
                    f"{layer} {hit.similarity:.3f}"
                    if layer != "exact"
                    else "identical file or geometry"
                )
        ranked.append((best, asset_id, layers, policy.combine(verdicts), reasons))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    ranked = ranked[:TOP_MATCHES]
    assets = corpus.get([r[1] for r in ranked])
    matches: list[dict[str, Any]] = [
        {
            "asset_id": aid,
            "name": assets[aid]["name"] if aid in assets else "?",
            "kind": assets[aid]["kind"] if aid in assets else "?",
            "score": round(best, 4),
            "verdict": v,
            "reasons": reasons,
            "layers": layers,
        }
        for best, aid, layers, v, reasons in ranked
    ]
    verdict = policy.combine([m["verdict"] for m in matches])
    originality = round(1.0 - (ranked[0][0] if ranked else 0.0), 4)
    return AuditReport(
        verdict, originality, matches, size, fp.embedder, policy.to_dict(), fp.summary()
    )
