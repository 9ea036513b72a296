"""One contract for every VectorIndex: usearch (the embedded default), pgvector (real PostgreSQL),
and the exact reference scan."""

from __future__ import annotations

import secrets

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.originality.vindex import ExactIndex, VectorIndex

DIM = 24


def _unit(rng, n):
    v = rng.normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture(params=["usearch", pytest.param("pgvector", marks=pytest.mark.slow), "exact"])
def make_index(request, tmp_path):
    """A factory: make_index() opens (or reopens) the same index."""
    made = []
    if request.param == "usearch":
        from assetsmith.originality.usearch_index import UsearchIndex

        def make():
            made.append(UsearchIndex(tmp_path / "t.usearch", DIM, dtype="f32"))
            return made[-1]
    elif request.param == "pgvector":
        from assetsmith.originality.pgvector_index import PgvectorIndex

        url = request.getfixturevalue("pgvector_url")
        name = f"contract_{secrets.token_hex(3)}"

        def make():
            made.append(PgvectorIndex(url, name, DIM))
            return made[-1]
    else:
        shared = ExactIndex("exact", DIM)

        def make():
            return shared

    yield make
    if request.param == "pgvector" and made:
        made[-1].drop()
    for index in made:
        index.close()


def test_it_is_a_vector_index(make_index):
    assert isinstance(make_index(), VectorIndex)


def test_nearest_first_with_cosine_similarity(make_index):
    rng = np.random.default_rng(1)
    index = make_index()
    vecs = _unit(rng, 50)
    index.add(np.arange(100, 150), vecs)
    assert len(index) == 50
    hits = index.search(vecs[[3, 7]], 5)
    assert [h[0][0] for h in hits] == [103, 107]
    assert hits[0][0][1] == pytest.approx(1.0, abs=1e-3)
    sims = [s for _, s in hits[0]]
    assert sims == sorted(sims, reverse=True) and len(sims) == 5
    exact = vecs @ vecs[3]
    assert sims[1] == pytest.approx(float(np.sort(exact)[-2]), abs=2e-3)


def test_adding_a_key_again_replaces_its_vector(make_index):
    rng = np.random.default_rng(2)
    index = make_index()
    a, b = _unit(rng, 2)
    index.add(np.array([7]), a[None])
    index.add(np.array([7]), b[None])
    assert len(index) == 1
    ((key, sim),) = index.search(b[None], 3)[0]
    assert key == 7 and sim == pytest.approx(1.0, abs=1e-3)


def test_remove_ignores_unknown_keys_and_the_rest_stays(make_index):
    rng = np.random.default_rng(3)
    index = make_index()
    vecs = _unit(rng, 10)
    index.add(np.arange(10), vecs)
    assert index.remove(np.array([2, 3, 999])) == 2
    assert len(index) == 8
    keys = [k for k, _ in index.search(vecs[2:3], 10)[0]]
    assert 2 not in keys and 3 not in keys and len(keys) == 8


def test_changes_are_durable_and_seen_by_a_new_handle(make_index):
    rng = np.random.default_rng(4)
    first = make_index()
    vecs = _unit(rng, 5)
    first.add(np.arange(5), vecs)
    second = make_index()
    assert len(second) == 5
    assert second.search(vecs[4:5], 1)[0][0][0] == 4
    first.add(np.array([5]), _unit(rng, 1))
    assert len(second) == 6  # a reader sees a writer's later change


def test_empty_index_and_wrong_dimensions(make_index):
    index = make_index()
    assert index.search(np.ones((2, DIM), np.float32) / np.sqrt(DIM), 3) == [[], []]
    with pytest.raises(InvalidInput, match="dimensions"):
        index.add(np.array([1]), np.ones((1, DIM + 1), np.float32))
    with pytest.raises(InvalidInput, match="NaN"):
        index.add(np.array([1]), np.full((1, DIM), np.nan, np.float32))
    assert len(index) == 0


def test_recall_against_the_exact_scan(make_index):
    rng = np.random.default_rng(5)
    index = make_index()
    base = _unit(rng, 600)
    index.add(np.arange(600), base)
    queries = _unit(rng, 20)
    truth = np.argsort(-(queries @ base.T), axis=1)[:, :10]
    got = index.search(queries, 10)
    recall = np.mean(
        [len(set(t) & {k for k, _ in g}) / 10 for t, g in zip(truth, got, strict=True)]
    )
    assert recall >= 0.9
