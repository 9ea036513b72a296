"""Several of one object ("a stack of three crates", "two wooden chairs", "heap of sacks"): the
reader's group word and count become `shape.arrangement`, the object is built once within its
share of the budget and placed; the asset keeps its parts, LODs, pivot and a collider around all."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import SpecInvalid
from assetsmith.shapes import build_shape
from assetsmith.shapes.arrange import MAX_COUNT, arrange, arrangement_for
from assetsmith.spec import generate_spec, load_spec, shape_summary

from . import meshcheck as C


@pytest.fixture(scope="module")
def crate():
    return build_shape("crate", seed=3, poly_budget=3000)


def test_a_stack_puts_copies_on_top_of_each_other(crate):
    lo1, hi1 = C.extents(crate.parts)
    g = arrange(crate, "stack", 3, seed=3, collider="box")
    lo, hi = C.extents(g.parts)
    assert g.triangle_count == 3 * crate.triangle_count
    assert abs((hi[1] - lo[1]) - 3 * (hi1[1] - lo1[1])) < 0.02
    assert abs(lo[1]) < 1e-5 and abs(lo[0] + hi[0]) < 1e-4 and abs(lo[2] + hi[2]) < 1e-4  # pivot
    assert [p.name for p in g.parts] == [p.name for p in crate.parts]
    for lod, one in zip(g.lods, crate.lods, strict=True):
        assert sum(p.mesh.triangle_count for p in lod) == 3 * sum(
            p.mesh.triangle_count for p in one
        )
        assert np.allclose(C.extents(lod)[1], hi, atol=0.02)
    c = g.collider.hull.positions if g.collider.hull is not None else None
    assert g.collider is not None and (c is None or c[:, 1].max() >= hi[1] - 1e-3)
    for p in g.parts:
        assert np.allclose(np.linalg.norm(p.mesh.normals, axis=1), 1.0, atol=1e-3)
        assert p.mesh.tangents is not None and len(p.mesh.tangents) == len(p.mesh.positions)


@pytest.mark.parametrize("kind", ["row", "pair", "pile", "cluster", "ring", "group"])
def test_every_layout_keeps_copies_apart_and_on_the_ground(crate, kind):
    n = 2 if kind == "pair" else 5
    g = arrange(crate, kind, n, seed=1, collider="mesh_convex")
    lo, hi = C.extents(g.parts)
    w = C.extents(crate.parts)[1] - C.extents(crate.parts)[0]
    assert abs(lo[1]) < 1e-5
    spread = hi - lo
    assert spread[0] > 1.5 * w[0] or spread[2] > 1.5 * w[2] or spread[1] > 1.5 * w[1]


def test_bad_layouts_are_refused(crate):
    with pytest.raises(ValueError):
        arrange(crate, "tower_of_babel", 3)
    with pytest.raises(ValueError):
        arrange(crate, "row", MAX_COUNT + 1)


def test_counts_are_bounded_by_the_budget():
    assert arrangement_for("stack", 3, 12_000) == {"kind": "stack", "count": 3}
    assert arrangement_for("row", 40, 12_000) == {
        "kind": "row",
        "count": MAX_COUNT,
        "requested": 40,
    }
    assert arrangement_for("pile", None, 3_000) == {"kind": "pile", "count": 6}
    assert arrangement_for(None, 1, 12_000) is None and arrangement_for(None, None, 12_000) is None
    assert arrangement_for("row", 3, 900) is None  # one copy at most at 500 triangles each


@pytest.mark.parametrize(
    "prompt, kind, count",
    [
        ("a stack of three crates", "stack", 3),
        ("two wooden chairs", "row", 2),
        ("a pair of swords", "pair", 2),
        ("heap of sacks", "pile", 6),
    ],
)
def test_prompts_give_arrangements(prompt, kind, count):
    spec = generate_spec(prompt)
    assert spec["shape"]["arrangement"] == {"kind": kind, "count": count}
    assert load_spec(spec) == spec
    assert shape_summary(spec).endswith(f"x{count} ({kind})")


@pytest.mark.parametrize("prompt", ["three candles", "pile of logs", "a wooden crate"])
def test_recipes_that_model_the_group_themselves_get_no_arrangement(prompt):
    assert "arrangement" not in generate_spec(prompt)["shape"]


def test_the_spec_bounds_arrangements():
    spec = generate_spec("a stack of three crates")
    spec["shape"]["arrangement"] = {"kind": "stack", "count": 500}
    with pytest.raises(SpecInvalid) as err:
        load_spec(spec)
    assert any(p.path.startswith("$.shape.arrangement") for p in err.value.problems)
