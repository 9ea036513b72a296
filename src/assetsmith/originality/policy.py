"""The audit policy: per-layer thresholds, calibration, and the verdict (pass, flag, block).

Layer similarities live on different scales (a descriptor cosine of 0.9 is not a hash agreement
of 0.9), so each is calibrated onto one scale where 0.5 is that layer's flag threshold and 0.8 its
block threshold (piecewise linear: `floor` -> 0, flag -> 0.5, block -> 0.8, 1 -> 1). The
originality score is 1 - the largest calibrated similarity to any known asset; the verdict is the
strongest any layer reaches.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings

LAYERS = ("exact", "perceptual", "image", "geometry")
VERDICTS = ("pass", "flag", "block")
FLAG_LEVEL, BLOCK_LEVEL = 0.5, 0.8
# Similarity that unrelated inputs reach anyway: random 64-bit hashes agree on half their bits.
FLOORS = {"perceptual": 0.5, "image": 0.8, "geometry": 0.8}


@dataclass(frozen=True)
class Policy:
    """Thresholds per layer (flag, block) and what an exact match means."""

    mode: str = "enforce"  # enforce | report | off
    exact: str = "block"  # block | flag | pass
    thresholds: tuple[tuple[str, float, float], ...] = (
        ("perceptual", 0.95, 0.98),
        ("image", 0.98, 0.99),
        ("geometry", 0.983, 0.995),
    )

    @classmethod
    def from_settings(cls, s: Settings) -> Policy:
        return cls(
            mode=s.originality,
            exact=s.originality_exact,
            thresholds=(
                ("perceptual", s.originality_flag_perceptual, s.originality_block_perceptual),
                ("image", s.originality_flag_image, s.originality_block_image),
                ("geometry", s.originality_flag_geometry, s.originality_block_geometry),
            ),
        )

    def limits(self, layer: str) -> tuple[float, float]:
        for name, flag, block in self.thresholds:
            if name == layer:
                return flag, max(block, flag)
        raise KeyError(layer)

    def calibrate(self, layer: str, similarity: float) -> float:
        """The layer's raw similarity on the common 0..1 scale (0.5 = flag, 0.8 = block)."""
        s = float(similarity)
        if layer == "exact":
            return 1.0 if s >= 1.0 else 0.0
        flag, block = self.limits(layer)
        floor = min(FLOORS.get(layer, 0.0), flag - 1e-6)
        if s <= floor:
            return 0.0
        if s < flag:
            return FLAG_LEVEL * (s - floor) / (flag - floor)
        if s < block:
            return FLAG_LEVEL + (BLOCK_LEVEL - FLAG_LEVEL) * (s - flag) / max(block - flag, 1e-9)
        return min(1.0, BLOCK_LEVEL + (1 - BLOCK_LEVEL) * (s - block) / max(1 - block, 1e-9))

    def layer_verdict(self, layer: str, similarity: float) -> str:
        if layer == "exact":
            return self.exact if similarity >= 1.0 else "pass"
        flag, block = self.limits(layer)
        return "block" if similarity >= block else "flag" if similarity >= flag else "pass"

    def combine(self, verdicts: list[str]) -> str:
        """The strongest verdict; in report mode a block is downgraded to a flag."""
        worst = max(verdicts, key=VERDICTS.index, default="pass")
        return "flag" if worst == "block" and self.mode == "report" else worst

    def to_dict(self) -> dict:
        return {
            "mode": self.mode,
            "exact": self.exact,
            "thresholds": {
                name: {"flag": flag, "block": block} for name, flag, block in self.thresholds
            },
        }
