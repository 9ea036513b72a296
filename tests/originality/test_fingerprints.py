"""The layers' building blocks: the default descriptor, perceptual hashes, the geometry layer."""

from __future__ import annotations

import io

import numpy as np
import pytest

from assetsmith.originality import descriptor
from assetsmith.originality.geometry import canonical_hash, shape_descriptor
from assetsmith.originality.phash import cosine_to_similarity, dhash, hamming, hash_vector, phash
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # fingerprints whole packs (~200 s of CPU)

FLAG = Settings().originality_flag_image


def _best(corpus_rows: np.ndarray, query: np.ndarray) -> float:
    return float((corpus_rows @ query).max())


def _jpeg(a, q=40):
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=q)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def _rotate(a, angle):
    import math

    from PIL import Image

    im = Image.fromarray(a).rotate(angle, resample=Image.BICUBIC)
    k = 1 / (math.cos(math.radians(abs(angle))) + math.sin(math.radians(abs(angle))))
    w, h = im.size
    return np.asarray(
        im.crop(
            (
                round(w * (1 - k) / 2),
                round(h * (1 - k) / 2),
                round(w * (1 + k) / 2),
                round(h * (1 + k) / 2),
            )
        )
    )


EDITS = {
    "mirror": lambda a: np.ascontiguousarray(a[:, ::-1]),
    "jpeg40": _jpeg,
    "resize": lambda a: np.asarray(__import__("PIL.Image").Image.fromarray(a).resize((230, 230))),
    "channel swap": lambda a: np.ascontiguousarray(a[..., [2, 0, 1]]),
    "darker, less saturated": lambda a: (a.astype(np.float32) * [0.6, 0.7, 0.65]).astype(np.uint8),
    "rotate 12": lambda a: _rotate(a, 12),
    "crop 20%": lambda a: a[20:-8, 10:-18],
}


def test_descriptor_is_deterministic_unit_and_sized(textures):
    a = textures["wood_planks"]
    v = descriptor.describe(a)
    assert v.shape == (descriptor.DIM,) and v.dtype == np.float32
    assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)
    assert np.array_equal(v, descriptor.describe(a.copy()))
    rows = descriptor.describe_augmented(a)
    assert rows.shape == (len(descriptor.AUGMENTATIONS), descriptor.DIM)
    assert np.array_equal(rows[0], v)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edited_copies_stay_above_the_flag_threshold_and_strangers_below(textures, edit):
    # Retrieval must never confuse two textures; the flag rate per edit is a recall figure (the
    # issue's target is 0.90 over benchmarks/originality_eval.py's larger corpus): with five
    # textures here, at most one may fall under the flag threshold (the fine weave of `fabric`
    # at 256 px loses the most to resizing and JPEG 40).
    stored = {name: descriptor.describe_augmented(px) for name, px in textures.items()}
    missed = []
    for name, px in textures.items():
        q = descriptor.describe(EDITS[edit](px))
        own = _best(stored[name], q)
        others = max(_best(rows, q) for other, rows in stored.items() if other != name)
        assert others < own, f"{edit} of {name} is closer to another texture"
        if own < FLAG:
            missed.append(f"{name}: {own:.3f}")
    assert len(missed) <= 1, f"{edit}: under the flag threshold: {missed}"


def test_unrelated_textures_do_not_flag(textures):
    vecs = {n: descriptor.describe(px) for n, px in textures.items()}
    stored = {n: descriptor.describe_augmented(px) for n, px in textures.items()}
    for a in vecs:
        for b in stored:
            if a != b:
                assert _best(stored[b], vecs[a]) < FLAG, (a, b)


def test_perceptual_hashes_match_imagehash(textures):
    imagehash = pytest.importorskip("imagehash")  # the reference implementation, in the test extra
    from PIL import Image

    for px in textures.values():
        im = Image.fromarray(px)
        assert format(phash(px), "016x") == str(imagehash.phash(im))
        assert format(dhash(px), "016x") == str(imagehash.dhash(im))


def test_hash_vectors_turn_hamming_distance_into_cosine(textures):
    a, b = phash(textures["brick"]), phash(textures["marble"])
    cos = float(hash_vector(a) @ hash_vector(b))
    assert cosine_to_similarity(cos) == pytest.approx(1 - hamming(a, b) / 64)
    assert float(hash_vector(a) @ hash_vector(a)) == pytest.approx(1.0)


def _box(n=6):
    """A closed, subdivided box with a bump, so it has no symmetry to hide behind."""
    g = np.linspace(0, 1, n)
    pts, tris = [], []
    for axis in range(3):
        for side in (0.0, 1.0):
            base = len(pts)
            for u in g:
                for v in g:
                    p = [0.0, 0.0, 0.0]
                    p[axis], p[(axis + 1) % 3], p[(axis + 2) % 3] = side, u, v
                    p[1] *= 1.7
                    pts.append(p)
            for i in range(n - 1):
                for j in range(n - 1):
                    a, b, c, d = (
                        base + i * n + j,
                        base + i * n + j + 1,
                        base + (i + 1) * n + j,
                        base + (i + 1) * n + j + 1,
                    )
                    tris += [[a, b, d], [a, d, c]]
    p = np.array(pts)
    p[:, 2] += 0.4 * np.exp(-((p[:, 0] - 0.8) ** 2 + (p[:, 1] - 0.3) ** 2) * 8)
    return p, np.array(tris)


def _sphere(n=16):
    th, ph = np.meshgrid(
        np.linspace(0.1, np.pi - 0.1, n),
        np.linspace(0, 2 * np.pi, n, endpoint=False),
        indexing="ij",
    )
    p = np.stack([np.sin(th) * np.cos(ph), np.cos(th), np.sin(th) * np.sin(ph)], -1).reshape(-1, 3)
    t = [[i * n + j, i * n + (j + 1) % n, (i + 1) * n + j] for i in range(n - 1) for j in range(n)]
    t += [
        [i * n + (j + 1) % n, (i + 1) * n + (j + 1) % n, (i + 1) * n + j]
        for i in range(n - 1)
        for j in range(n)
    ]
    return p, np.array(t)


def _rigid(p, seed):
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.normal(size=(3, 3)))
    q *= np.sign(np.linalg.det(q))
    return ((p @ q.T) * 3.7 + [5, -2, 9]).astype(np.float32).astype(np.float64)


def _subdivide(p, t):
    n, k = len(p), len(t)
    a, b, c = t.T
    ab, bc, ca = n + np.arange(k), n + k + np.arange(k), n + 2 * k + np.arange(k)
    mids = [(p[a] + p[b]) / 2, (p[b] + p[c]) / 2, (p[c] + p[a]) / 2]
    tri = np.concatenate(
        [np.stack(x, 1) for x in ((a, ab, ca), (ab, b, bc), (ca, bc, c), (ab, bc, ca))]
    )
    return np.concatenate([p, *mids]), tri


def test_canonical_hash_survives_rigid_motion_scale_and_reordering():
    p, t = _box()
    h = canonical_hash(p, t)
    for seed in range(5):
        rng = np.random.default_rng(seed)
        assert canonical_hash(_rigid(p, seed), t[rng.permutation(len(t))][:, [1, 2, 0]]) == h
    assert canonical_hash(p[t.reshape(-1)], np.arange(t.size).reshape(-1, 3)) == h  # split vertices
    assert canonical_hash(*_sphere()) != h


def test_shape_descriptor_survives_retriangulation_but_tells_shapes_apart():
    p, t = _box()
    ref = shape_descriptor(p, t)
    flag = Settings().originality_flag_geometry
    assert float(ref @ shape_descriptor(*_subdivide(_rigid(p, 3), t))) >= flag
    assert float(ref @ shape_descriptor(_rigid(p, 4), t)) >= flag
    assert float(ref @ shape_descriptor(*_sphere())) < flag
