"""Progress inside the materials stage: every family reports sub-steps as it synthesises, the 64-px
count of them predicts a full-size synthesis, hooks stay on their own thread, and the batch's
fraction moves while one set synthesises and while its PNGs encode (issue 16: no bar standing
still for more than about a second of work)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from assetsmith.materials import synthesize_material
from assetsmith.materials.batch import SYNTH_SHARE, synthesize_and_encode
from assetsmith.materials.progress import tick, ticking
from assetsmith.materials.synth import synthesis_steps

from .conftest import FAMILIES, STYLES

ARGS = dict(base_color="#8a5a32", wear=0.6, seed=5)


def _count(family: str, style: str, size: int) -> int:
    n = [0]

    def step() -> None:
        n[0] += 1

    synthesize_material(family, style=style, size=size, on_step=step, **ARGS)
    return n[0]


@pytest.mark.parametrize("style", STYLES)
def test_every_family_reports_many_substeps(style):
    # Before: end_grain called on_step 6 times, with 3-4 s between two of them at 4096 px.
    counts = {f: synthesis_steps(f, style=style, **ARGS) for f in FAMILIES}
    assert min(counts.values()) >= 12, counts


@pytest.mark.parametrize("family", ["end_grain", "wood_planks", "iron", "brick", "fabric"])
def test_the_64px_count_predicts_a_full_size_synthesis(family):
    expected = synthesis_steps(family, style="realistic_hd_pbr", **ARGS)
    actual = _count(family, "realistic_hd_pbr", 512)
    assert abs(actual - expected) <= max(3, expected // 5), (expected, actual)


def test_ticks_reach_only_the_hook_of_their_own_thread():
    alone = _count("iron", "realistic_hd_pbr", 64)
    seen: dict[str, int] = {}
    barrier = threading.Barrier(2)

    def run(name: str) -> None:
        barrier.wait()
        seen[name] = _count("iron", "realistic_hd_pbr", 128)

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"a": alone, "b": alone}
    hits = [0]
    with ticking(lambda: hits.__setitem__(0, hits[0] + 1)):
        with ticking(None):
            tick()  # an inner block without a hook hides the outer one
        tick()
    tick()  # outside any block: nowhere
    assert hits == [1]


def _encode_only(pixels):
    return [("albedo", (pixels, True))]


def test_the_fraction_moves_while_one_set_synthesises():
    reports: list[tuple[float, str]] = []
    job = ("v", "end_grain")

    def synth(j, on_step):
        return synthesize_material(
            j[1], style="realistic_hd_pbr", size=2048, on_step=on_step, **ARGS
        )

    synthesize_and_encode(
        [job],
        synth,
        lambda j, maps: [("orm", (maps.orm, False))],
        level=1,
        workers=1,
        report=lambda f, m: reports.append((f, m)),
        poll_s=0.01,
        expected_steps=lambda j: synthesis_steps(j[1], style="realistic_hd_pbr", **ARGS),
    )
    fractions = [f for f, _ in reports]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    during = {round(f, 6) for f, m in reports if m.startswith("synthesising")}
    # Dozens of sub-steps over the set: the bar holds many distinct places before it is done.
    assert len(during) >= 8, reports
    assert max(during) < SYNTH_SHARE


def test_the_fraction_moves_while_a_png_encodes():
    # One map of noise at the slowest level: a single libdeflate call of a few hundred ms, which
    # nothing inside can report on; the estimate from measured throughput moves the bar anyway.
    pixels = np.random.default_rng(1).integers(0, 256, (2048, 2048, 3), dtype=np.uint8)
    reports: list[tuple[float, str]] = []
    synthesize_and_encode(
        ["noise"],
        lambda j, on_step: pixels,
        lambda j, p: _encode_only(p),
        level=12,
        workers=1,
        report=lambda f, m: reports.append((f, m)),
        poll_s=0.01,
    )
    encoding = [f for f, m in reports if m == "encoding noise maps"]
    assert len(set(encoding)) >= 3, reports
    assert encoding == sorted(encoding)
    assert encoding[0] > SYNTH_SHARE and encoding[-1] < 1.0 and reports[-1][0] == pytest.approx(1.0)
    assert reports[-1][1] == "noise albedo map encoded"
