"""Every family and every map must repeat without a visible seam."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.materials import noise

from .conftest import FAMILIES, STYLES, seam_is_inconspicuous, seam_report, synth

MAPS = ("albedo", "normal", "orm")


SEEDS = (7, 8, 9, 10, 11)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("family", FAMILIES)
def test_every_map_tiles(family, style):
    """Seam check on five seeds, a majority must pass per map and axis: a genuinely broken
    seam fails on every seed, while a sharp feature (a toon band edge, a rust patch's rim) that
    happens to run along the border of one texture is a coincidence of that seed."""
    failures = []
    for name in MAPS:
        for axis in (0, 1):
            bad = []
            for seed in SEEDS:
                img = getattr(synth(family, style, seed=seed), name)
                if not seam_is_inconspicuous(img, axis):
                    seam, interior = seam_report(img, axis)
                    bad.append(
                        f"seed {seed}: seam {seam:.2f} vs interior mean "
                        f"{interior.mean():.2f}, max {interior.max():.2f}"
                    )
            if len(bad) > len(SEEDS) // 2:
                failures.append(f"{name} axis {axis}: " + "; ".join(bad))
    assert not failures, f"{family}/{style}: " + " | ".join(failures)


@pytest.mark.parametrize("family", FAMILIES)
def test_height_field_tiles(family):
    passed = 0
    for seed in SEEDS:
        h = synth(family, seed=seed).height * 255.0
        passed += seam_is_inconspicuous(h, 0) and seam_is_inconspicuous(h, 1)
    assert passed > len(SEEDS) // 2


def _non_periodic_noise(size: int, seed: int) -> np.ndarray:
    """Smooth value noise whose lattice does NOT wrap: its left and right edges differ."""
    rng = np.random.default_rng(seed)
    grid = rng.random((9, 9))
    x = np.linspace(0, 8, size)
    i = np.minimum(x.astype(int), 7)
    t = x - i
    rows = grid[:, i] * (1 - t) + grid[:, i + 1] * t
    img = rows[i] * (1 - t)[:, None] + rows[i + 1] * t[:, None]
    return (img * 255).astype(np.uint8)


def test_negative_control_a_gradient_fails():
    ramp = np.tile(np.linspace(0, 255, 128), (128, 1)).astype(np.uint8)
    assert not seam_is_inconspicuous(ramp, 1)
    assert seam_is_inconspicuous(ramp, 0)  # constant along columns: the row seam is fine


@pytest.mark.parametrize("seed", range(5))
def test_negative_control_non_periodic_noise_fails(seed):
    img = _non_periodic_noise(128, seed)
    assert not (seam_is_inconspicuous(img, 0) and seam_is_inconspicuous(img, 1))


def test_negative_control_fails_the_majority_vote_too():
    """The same majority rule as test_every_map_tiles, on non-periodic images."""
    passes = sum(
        seam_is_inconspicuous(img, 0) and seam_is_inconspicuous(img, 1)
        for img in (_non_periodic_noise(128, s) for s in SEEDS)
    )
    assert passes <= len(SEEDS) // 2


def test_negative_control_broken_material_fails():
    """A real material with one half shifted (a broken repeat) must fail the seam check."""
    alb = synth("brick").albedo
    broken = np.concatenate([alb[:, :64], np.roll(alb[:, 64:], 37, axis=0)], axis=1)
    assert not seam_is_inconspicuous(broken, 1)


@pytest.mark.parametrize("seed", range(5))
def test_positive_control_periodic_noise_passes(seed):
    field = noise.spectral_noise(np.random.default_rng(seed), 128, beta=2.5, fmin=2.0)
    img = np.clip(field * 40 + 128, 0, 255).astype(np.uint8)
    assert seam_is_inconspicuous(img, 0) and seam_is_inconspicuous(img, 1)


def test_helpers_are_periodic():
    rng = np.random.default_rng(0)
    x = rng.random((64, 64)).astype(np.float32)
    shift = (8, 16)
    for r in (0.75, 2.0, 5.0):
        a = np.roll(noise.blur_wrap(x, r), shift, (0, 1))
        b = noise.blur_wrap(np.roll(x, shift, (0, 1)), r)
        assert np.abs(a - b).max() < 1e-5
    small = rng.random((8, 16)).astype(np.float32)
    up = noise.upsample_wrap(small, 64, 64)
    assert np.allclose(up[::8, ::4], small)
    f1, f2, cid, _ = noise.cellular(rng, 64, 8, 4)
    assert f1.shape == f2.shape == cid.shape == (64, 64)
    assert (f2 >= f1).all()
