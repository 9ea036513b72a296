"""build_geometry's argument checks and error messages."""

from __future__ import annotations

import pytest

from assetsmith.errors import InvalidInput
from assetsmith.geometry import build_geometry
from assetsmith.geometry.archetypes import ARCHETYPE_BUILDERS
from assetsmith.geometry.ladders import REFERENCE_COUNTS
from assetsmith.geometry.lod import LevelCache
from assetsmith.spec.catalog import ARCHETYPES

from .geo_builds import materials


def _call(name="barrel", **kw):
    args = dict(height_m=1.0, poly_budget=3000, part_materials=materials(name), seed=1)
    args.update(kw)
    return build_geometry(name, **args)


def test_every_catalog_archetype_has_a_builder():
    assert set(ARCHETYPE_BUILDERS) == set(ARCHETYPES)


def test_too_small_a_budget_names_the_minimum(name):
    need = ARCHETYPES[name].min_tris
    with pytest.raises(InvalidInput) as err:
        _call(name, poly_budget=need - 1)
    assert err.value.message == (
        f"poly_budget_tris {need - 1} is too small for a {name}: it needs at least {need} triangles"
    )
    assert str(need) in err.value.hint


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 11])
def test_the_minimum_budget_always_builds(name, seed):
    need = ARCHETYPES[name].min_tris
    g = _call(name, poly_budget=need, seed=seed, height_m=ARCHETYPES[name].height_m)
    assert 0 < g.triangle_count <= need


@pytest.mark.parametrize(
    "kw,fragment",
    [
        ({"height_m": 0.0}, "height_m"),
        ({"height_m": float("nan")}, "height_m"),
        ({"height_m": -2}, "height_m"),
        ({"poly_budget": 0}, "poly_budget_tris"),
        ({"poly_budget": 2.5}, "poly_budget_tris"),
        ({"seed": "x"}, "seed"),
        ({"collider": "sphere"}, "collider"),
        ({"tile_size_m": {"mat_body": 0}}, "tile_size_m"),
        ({"lod_ratios": (0.5, 0)}, "lod_ratios"),
        ({"part_materials": {"body": "wood"}}, "missing"),
        ({"part_materials": {**materials("barrel"), "lid": "x"}}, "unknown"),
    ],
)
def test_bad_arguments_raise_invalid_input(kw, fragment):
    with pytest.raises(InvalidInput) as err:
        _call(**kw)
    assert fragment in err.value.message
    assert err.value.hint


def test_unknown_archetype():
    with pytest.raises(InvalidInput, match="Unknown archetype"):
        build_geometry("dragon", height_m=1, poly_budget=1000, part_materials={}, seed=0)


def test_more_lods_and_no_lods():
    g = _call(lod_ratios=(0.6, 0.3, 0.1))
    assert len(g.lods) == 3
    assert len(_call(lod_ratios=()).lods) == 0


def test_huge_budgets_stay_sensible():
    g = _call(poly_budget=80_000)
    assert g.triangle_count <= 20_000  # capped: more would not look better


def test_reference_ladders_are_current():
    """ladders.py seeds the level search; regenerate it with `python -m assetsmith.geometry.lod`
    after changing a builder (a stale table only slows the search)."""
    for name, builder in ARCHETYPE_BUILDERS.items():
        ref = REFERENCE_COUNTS[name]
        assert len(ref) == builder.max_level + 1, name
        for level in (0, 3, builder.max_level // 2, builder.max_level):  # a sample: full is slow
            cache = LevelCache(builder, ARCHETYPES[name].height_m, 0, [])
            assert ref[level] == cache.count(level), (name, level)


def test_ladders_never_decrease_and_start_within_min_tris():
    """The level search assumes both (see archetypes/__init__.py)."""
    for name, ref in REFERENCE_COUNTS.items():
        assert all(a <= b for a, b in zip(ref, ref[1:], strict=False)), name
        assert ref[0] <= ARCHETYPES[name].min_tris, name
