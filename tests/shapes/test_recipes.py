"""Every recipe in every style budget: within the budget, inside its size prior, pivot at the
bottom centre, LODs smaller with the same bounding box, a sane collider, the declared parts and
materials, glTF-Validator clean. Plus the recipe table's metadata and parameters."""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.shapes import ALL_RECIPES, CATEGORIES, RECIPES, build_shape, get_recipe
from assetsmith.shapes.lexicon import get_lexicon
from assetsmith.shapes.recipe import SYNSET_PATTERN
from assetsmith.spec.catalog import ARCHETYPES, DEFAULT_TRIS_BY_STYLE, MATERIAL_FAMILIES

from . import meshcheck as C

# Sweeps over the whole recipe library (every recipe, budget or parameter value): the full suite
# runs them; the quick lane keeps the focused recipe tests (test_recipes_*.py and those below).
SWEEP = pytest.mark.slow

NAMES = [r.name for r in ALL_RECIPES]
BUDGETS = sorted(DEFAULT_TRIS_BY_STYLE.values())  # toon 3,000 / anime 6,000 / realistic 12,000
SEED = 11


@cache
def built(name: str, budget: int, seed: int = SEED, params: tuple = ()):
    return build_shape(name, params=dict(params), seed=seed, poly_budget=budget)


@SWEEP
@pytest.mark.parametrize("budget", BUDGETS)
@pytest.mark.parametrize("name", NAMES)
def test_recipe_builds_within_budget_prior_and_pivot(name, budget):
    r = RECIPES[name]
    g = built(name, budget)
    assert 0 < g.triangle_count <= budget
    lo, hi = C.extents(g.parts)
    assert abs(lo[1]) < 1e-5, lo
    assert abs(lo[0] + hi[0]) < 1e-4 and abs(lo[2] + hi[2]) < 1e-4
    assert r.size.check(hi - lo) == [], (name, r.size.check(hi - lo))
    for p in g.parts:
        assert C.finite(p.mesh) and p.mesh.triangle_count > 0
        assert np.allclose(np.linalg.norm(p.mesh.normals, axis=1), 1.0, atol=1e-3)


@SWEEP
@pytest.mark.parametrize("name", NAMES)
def test_recipe_lods_shrink_and_share_the_bounding_box(name):
    g = built(name, 6000)
    lo0, hi0 = C.extents(g.parts)
    prev = g.triangle_count
    assert len(g.lods) == 2
    for lod in g.lods:
        n = sum(p.mesh.triangle_count for p in lod)
        assert n <= prev
        prev = n
        lo, hi = C.extents(lod)
        assert np.allclose(lo, lo0, atol=1e-4) and np.allclose(hi, hi0, atol=1e-4)
        assert [p.name for p in lod] == [p.name for p in g.parts]


@SWEEP
@pytest.mark.parametrize("name", NAMES)
def test_recipe_parts_and_materials_are_the_declared_ones(name):
    r = RECIPES[name]
    g = built(name, 6000)
    declared = {p.name: p.role for p in r.parts}
    for p in g.parts:
        assert p.name in declared, (p.name, sorted(declared))
        assert p.material == declared[p.name]
    assert set(declared.values()) <= set(r.materials)


@SWEEP
@pytest.mark.parametrize("name", NAMES)
def test_recipe_collider_is_sane(name):
    r = RECIPES[name]
    g = built(name, 3000)
    c = g.collider
    assert c is not None and c.kind == r.collider
    pts = np.concatenate([p.mesh.positions for p in g.parts]).astype(np.float64)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    if c.kind == "box":
        assert np.allclose(c.size, hi - lo, atol=1e-4)
    elif c.kind == "capsule":
        assert c.radius >= 0.5 * max(hi[0] - lo[0], hi[2] - lo[2]) * 0.99
        assert c.height >= (hi[1] - lo[1]) * 0.99
    else:
        assert 4 <= c.hull.triangle_count <= 255
        assert C.is_closed_and_oriented(c.hull, decimals=5) and C.signed_volume(c.hull) > 0


def test_recipe_table_metadata():
    lex = get_lexicon()
    assert len(ALL_RECIPES) >= 30 and len(RECIPES) == len(ALL_RECIPES)
    assert set(ARCHETYPES) <= set(RECIPES)
    for r in ALL_RECIPES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", r.name)
        assert r.category in CATEGORIES
        assert r.nouns and all(n == n.lower().strip() and n for n in r.nouns)
        assert all(SYNSET_PATTERN.match(s) and lex.synset(s) is not None for s in r.synsets), (
            r.synsets
        )
        # Anchors may be left out only for an object WordNet knows by none of its nouns (war hammer).
        assert r.synsets or not any(lex.noun_senses(n.replace(" ", "_")) for n in r.nouns), r.name
        assert all(m.family in MATERIAL_FAMILIES for m in r.materials.values())
        assert all(re.fullmatch(r"#[0-9a-f]{6}", m.color().lower()) for m in r.materials.values())
        assert all(p.role in r.materials for p in r.parts)
        assert len({p.name for p in r.parts}) == len(r.parts)
        assert all(d > 0 for d in r.size.dims) and 0 < r.size.tolerance < 1
        for p in r.all_params().values():
            assert p.coerce(p.default, "default") == p.default
            for word, value in p.words.items():
                assert word == word.lower() and p.coerce(value, word) == value
    kinds = {r.category for r in ALL_RECIPES}
    assert len(kinds) >= 12  # the recipes span many kinds of object


def _param_variants(r) -> list[tuple[str, object]]:
    out = []
    for p in r.params:
        if p.kind == "bool":
            out.append((p.name, not p.default))
        elif p.kind == "choice":
            out += [(p.name, c) for c in p.choices if c != p.default]
        elif p.kind in ("int", "float"):
            out += [(p.name, v) for v in (p.lo, p.hi) if v != p.default]
    out.append(("condition", "broken"))
    return out


@SWEEP
@pytest.mark.parametrize("name", [r.name for r in ALL_RECIPES if r.params])
def test_every_parameter_value_builds(name):
    r = RECIPES[name]
    for key, value in _param_variants(r):
        g = built(name, 3000, SEED, ((key, value),))
        assert 0 < g.triangle_count <= 3000, (key, value)
        assert all(C.finite(p.mesh) for p in g.parts)


def test_counts_set_by_words_change_the_object():
    def tyres_span(n):
        g = built("cart", 6000, SEED, (("wheels", n),))
        lo, hi = C.extents([p for p in g.parts if p.name == "tyres"])
        return hi[2] - lo[2]  # along the cart (vehicles face +Z)

    two, four = tyres_span(2), tyres_span(4)
    assert 0.8 < two < 0.9  # one axle: a wheel's diameter
    assert four > two + 0.9  # two axles a metre apart


def test_standard_size_words_scale_the_object():
    base = built("barrel", 3000)
    tall = built("barrel", 3000, SEED, (("height", 1.3),))
    wide = built("well", 3000, SEED, (("width", 1.3),))
    well = built("well", 3000)
    (blo, bhi), (tlo, thi) = C.extents(base.parts), C.extents(tall.parts)
    assert np.isclose(thi[1] - tlo[1], 1.3 * (bhi[1] - blo[1]), rtol=1e-4)
    (wlo, whi), (nlo, nhi) = C.extents(wide.parts), C.extents(well.parts)
    assert np.allclose((whi - wlo)[[0, 2]], 1.3 * (nhi - nlo)[[0, 2]], rtol=1e-3)  # round: X and Z
    assert np.isclose(whi[1] - wlo[1], nhi[1] - nlo[1], rtol=1e-4)


def test_parameter_errors_are_clear():
    with pytest.raises(InvalidInput, match="did you mean 'wheels'"):
        get_recipe("cart").resolve({"wheel": 2})
    with pytest.raises(InvalidInput, match=r"\[2, 4\]"):
        get_recipe("cart").resolve({"wheels": 9})
    with pytest.raises(InvalidInput, match="one of"):
        get_recipe("tombstone").resolve({"shape": "hexagonal"})
    with pytest.raises(InvalidInput, match="nearest: well"):
        get_recipe("wel")
    assert get_recipe("cart").param("wheels").clamp(9) == 4


def test_recipe_builds_are_deterministic_and_seeded():
    a = build_shape("bookshelf", seed=3, poly_budget=3000)
    b = build_shape("bookshelf", seed=3, poly_budget=3000)
    c = build_shape("bookshelf", seed=4, poly_budget=3000)
    pa = np.concatenate([p.mesh.positions for p in a.parts])
    assert pa.tobytes() == np.concatenate([p.mesh.positions for p in b.parts]).tobytes()
    pc = np.concatenate([p.mesh.positions for p in c.parts])
    assert pa.shape != pc.shape or not np.array_equal(pa, pc)


def test_spec_tables_name_materials_by_what_they_are():
    mats, parts = get_recipe("anvil").spec_tables()
    assert {m["id"] for m in mats} >= {"iron", "bark"} and all(
        m["family"] in MATERIAL_FAMILIES for m in mats
    )
    assert {"id": "body", "material": "iron"} in parts


@pytest.fixture(scope="module")
def validator():
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:
        sys.path.insert(0, root)
    from tests.helpers import gltf_validator as gv
    from tests.helpers.availability import missing

    try:
        gv.ensure_validator()
    except gv.GltfValidatorUnavailable as exc:
        missing(f"glTF-Validator unavailable: {exc}", "the recipe glTF validation test")
    return gv


@SWEEP
def test_every_recipe_passes_the_gltf_validator(validator, tmp_path):
    from assetsmith.formats.glb import GlbMaterial, write_glb, write_glb_geometry_only
    from assetsmith.formats.png import encode_png

    tex = encode_png(np.full((4, 4, 3), 128, dtype=np.uint8), srgb=True)
    flat = encode_png(np.zeros((4, 4, 3), dtype=np.uint8) + np.uint8([128, 128, 255]), srgb=False)
    paths = []
    for name in NAMES:
        g = built(name, 6000)
        for i, parts in enumerate([g.parts, *g.lods]):
            mats = {
                p.material: GlbMaterial(
                    name=p.material, albedo_png=tex, normal_png=flat, orm_png=tex
                )
                for p in parts
            }
            path = tmp_path / f"{name}_lod{i}.glb"
            path.write_bytes(write_glb(parts, mats, root_name=name))
            paths.append(path)
        if g.collider is not None and g.collider.hull is not None:
            path = tmp_path / f"{name}_collider.glb"
            path.write_bytes(write_glb_geometry_only(g.collider.hull, name=f"{name}_collider"))
            paths.append(path)
    reports = validator.validate_glbs(paths)
    bad = {
        p.name: validator.problems(r)
        for p, r in zip(paths, reports, strict=True)
        if validator.problems(r)
    }
    assert not bad, bad
