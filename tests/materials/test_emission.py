"""Glow: the emissive map synthesize_material makes (uniform, family pattern, runes), its strength,
its tiling and determinism, and the errors for bad glow arguments."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.materials import synthesize_material
from assetsmith.materials.emission import rune_strokes
from assetsmith.spec.catalog import MATERIAL_FAMILIES

from .conftest import seam_is_inconspicuous

SIZE = 128


def glow(
    family: str,
    pattern: str = "uniform",
    style: str = "realistic_hd_pbr",
    seed: int = 5,
    colour: str = "#ff8020",
    strength: float = 4.0,
    size: int = SIZE,
):
    return synthesize_material(
        family,
        base_color=MATERIAL_FAMILIES[family]["base_color"],
        wear=0.3,
        style=style,
        size=size,
        seed=seed,
        emissive=colour,
        emissive_strength=strength,
        emissive_pattern=pattern,
    )


def test_materials_that_do_not_glow_have_no_map():
    m = synthesize_material(
        "crystal", base_color="#7fc8e8", wear=0.3, style="toon_bold", size=64, seed=1
    )
    assert m.emissive is None and m.emissive_strength == 1.0


def test_uniform_glow_is_the_colour_everywhere_and_keeps_the_strength():
    m = glow("ceramic", strength=7.5)
    assert m.emissive.shape == (SIZE, SIZE, 3) and m.emissive.dtype == np.uint8
    assert (m.emissive == (255, 128, 32)).all()
    assert m.emissive_strength == 7.5


def test_glow_does_not_change_the_other_maps():
    plain = synthesize_material(
        "rough_stone", base_color="#7f7a72", wear=0.3, style="realistic_hd_pbr", size=SIZE, seed=5
    )
    lit = glow("rough_stone", "family")
    for name in ("albedo", "normal", "orm"):
        assert np.array_equal(getattr(plain, name), getattr(lit, name)), name


@pytest.mark.parametrize(
    "family",
    ["crystal", "rough_stone", "brick", "cobblestone", "marble", "metal_panels", "organic", "bone"],
)
def test_family_patterns_glow_in_part_of_the_surface(family):
    m = glow(family, "family")
    lum = m.emissive.astype(float).sum(-1)
    assert lum.max() > 300  # somewhere it glows brightly
    assert lum.std() > 10  # and not evenly
    # Where the pattern is: the metal panels' light strips are the row seams, straight across U.
    if family == "metal_panels":
        rows = lum.mean(axis=1)
        assert (rows > 300).sum() >= 3 and (rows < 5).mean() > 0.8


def test_family_without_a_pattern_glows_evenly():
    m = glow("leather", "family")
    assert (m.emissive == m.emissive[0, 0]).all() and m.emissive[0, 0, 0] == 255


def test_runes_are_carved_where_they_glow_and_nowhere_else():
    plain = synthesize_material(
        "rough_stone", base_color="#7f7a72", wear=0.3, style="realistic_hd_pbr", size=SIZE, seed=5
    )
    runes = glow("rough_stone", "runes")
    lit = runes.emissive.astype(float).sum(-1) > 60
    assert 0.03 < lit.mean() < 0.4
    darker = runes.albedo.astype(float).sum(-1) < plain.albedo.astype(float).sum(-1) - 3
    assert darker[lit].mean() > 0.8  # the glyphs are cut into the stone
    unlit = runes.emissive.sum(-1) == 0
    assert np.array_equal(runes.albedo[unlit], plain.albedo[unlit])
    assert runes.height[lit].mean() < runes.height[unlit].mean()


def test_rune_glyphs_are_strokes_in_rows():
    strokes = rune_strokes(np.random.default_rng(1), 256, rows=4, per_row=8)
    on = strokes > 0.5
    # Every glyph cell has ink, the gaps between rows have none.
    cells = on.reshape(4, 64, 8, 32).any(axis=(1, 3))
    assert cells.all()
    assert not on[:4].any() and not on[64:68].any()


@pytest.mark.parametrize("pattern", ["family", "runes"])
@pytest.mark.parametrize("family", ["rough_stone", "metal_panels", "crystal"])
def test_emissive_map_tiles_and_is_deterministic(family, pattern):
    a = glow(family, pattern, seed=9)
    b = glow(family, pattern, seed=9)
    assert a.emissive.tobytes() == b.emissive.tobytes()
    passed = sum(
        seam_is_inconspicuous(glow(family, pattern, seed=s).emissive, axis)
        for s in (9, 10, 11)
        for axis in (0, 1)
    )
    assert passed >= 5


def test_toon_glow_has_hard_edges():
    real = glow("marble", "family", "realistic_hd_pbr").emissive[..., 0].astype(float) / 255
    toon = glow("marble", "family", "toon_bold").emissive[..., 0].astype(float) / 255

    def middle(x):
        return ((x > 0.15) & (x < 0.85)).mean()

    assert middle(toon) < middle(real) * 0.5


@pytest.mark.parametrize(
    "bad",
    [
        dict(emissive="orange"),
        dict(emissive="#ff80"),
        dict(emissive=123),
        dict(emissive_pattern="sparkles"),
        dict(emissive_strength=float("nan")),
        dict(emissive_strength=float("inf")),
        dict(emissive_strength=-1.0),
        dict(emissive_strength=100.5),
        dict(emissive_strength=True),
        dict(emissive_strength="bright"),
    ],
    ids=lambda d: f"{next(iter(d))}={next(iter(d.values()))!r}",
)
def test_bad_glow_arguments_raise_invalid_input(bad):
    args = dict(emissive="#ff8020", emissive_strength=2.0, emissive_pattern="uniform")
    args.update(bad)
    with pytest.raises(InvalidInput) as info:
        synthesize_material(
            "plastic", base_color="#c8c8c8", wear=0.3, style="toon_bold", size=64, seed=1, **args
        )
    assert info.value.message
