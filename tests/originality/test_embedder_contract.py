"""The ImageEmbedder contract (originality/embedders.py), run against every embedder in `EMBEDDERS`,
each built by `get_embedder` from Settings: the built-in descriptor, and in the slow lane CLIP from
a tiny random-weight open_clip checkpoint and from its ONNX export (the `tiny_clip` fixture).

What every embedder must do: name its vector space (`id`) and size (`dim`); give one unit float32
row per image, whatever the images' sizes, none for no images; give the same rows for the same
images, whatever else is in the batch; store for a corpus image rows whose first is its query row;
and tell different images apart.
"""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.originality.embedders import EMBEDDERS, ImageEmbedder, get_embedder
from assetsmith.settings import Settings


def images() -> list[np.ndarray]:
    """Three unrelated RGB uint8 images of different sizes."""
    y, x = np.mgrid[0:96, 0:128]
    stripes = np.stack([(x * 4) % 256, (y * 2) % 256, np.full_like(x, 90)], -1).astype(np.uint8)
    yy, xx = np.mgrid[0:160, 0:160]
    checker = ((((yy // 20) + (xx // 20)) % 2) * 200 + 30).astype(np.uint8)
    checker = np.stack([checker, checker // 2, 255 - checker], -1)
    noise = np.random.default_rng(3).integers(0, 256, (120, 200, 3), dtype=np.uint8)
    return [stripes, checker, noise]


class EmbedderContract:
    """Mixin: a subclass names the embedder (`impl`) and provides the fixture `esettings` (Settings
    that pick it); `atol` is how close repeated float results must be."""

    impl: str
    atol: float = 1e-5

    @pytest.fixture(scope="class")
    def embedder(self, esettings) -> ImageEmbedder:
        return get_embedder(esettings)

    @pytest.fixture(scope="class")
    def batch(self, embedder) -> np.ndarray:
        """The rows of `images()`, embedded once per class (the descriptor is numpy: keep it quick)."""
        return embedder.embed(images())

    def test_it_is_registered_and_names_its_space(self, embedder, esettings):
        assert self.impl in EMBEDDERS.names() and esettings.originality_embedder == self.impl
        assert isinstance(embedder, ImageEmbedder)
        assert isinstance(embedder.id, str) and embedder.id
        assert isinstance(embedder.dim, int) and embedder.dim > 0
        assert get_embedder(esettings) is embedder  # loaded once per process

    def test_no_images_no_rows(self, embedder):
        out = embedder.embed([])
        assert out.shape == (0, embedder.dim) and out.dtype == np.float32

    def test_one_unit_row_per_image_of_any_size(self, embedder, batch):
        out = batch
        assert (
            isinstance(out, np.ndarray)
            and out.shape == (3, embedder.dim)
            and out.dtype == np.float32
        )
        assert np.isfinite(out).all()
        assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-4)

    def test_same_images_same_rows_whatever_the_batch(self, embedder, batch):
        a, b, c = images()
        assert np.allclose(embedder.embed([b])[0], batch[1], atol=self.atol)
        assert np.allclose(embedder.embed([c, a])[1], batch[0], atol=self.atol)

    def test_corpus_rows_start_with_the_query_row(self, embedder, batch):
        rows = embedder.embed_for_corpus(images()[1])
        assert (
            rows.ndim == 2
            and rows.shape[0] >= 1
            and rows.shape[1] == embedder.dim
            and rows.dtype == np.float32
        )
        assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
        assert np.allclose(rows[0], batch[1], atol=self.atol)

    def test_different_images_are_told_apart(self, batch):
        sims = batch @ batch.T
        off = sims[~np.eye(3, dtype=bool)]
        assert (off < 0.9999).all()  # no two unrelated images map to one vector


class TestDescriptor(EmbedderContract):
    impl = "descriptor"
    atol = 0.0  # numpy only: exactly the same

    @pytest.fixture(scope="class")
    def esettings(self, tmp_path_factory) -> Settings:
        return Settings(
            data_dir=tmp_path_factory.mktemp("descriptor") / "data",
            originality_embedder="descriptor",
        )


@pytest.mark.slow  # a tiny CLIP built with torch and exported to ONNX
class TestClipOpenClip(EmbedderContract):
    impl = "clip"

    @pytest.fixture(scope="class")
    def esettings(self, tiny_clip, tmp_path_factory) -> Settings:
        return Settings(
            data_dir=tmp_path_factory.mktemp("clip") / "data",
            originality_embedder="clip",
            originality_clip_weights=tiny_clip[0],
            originality_clip_model="assetsmith-tiny",
            originality_device="cpu",
        )


@pytest.mark.slow  # a tiny CLIP built with torch and exported to ONNX
class TestClipOnnx(EmbedderContract):
    impl = "clip"

    @pytest.fixture(scope="class")
    def esettings(self, tiny_clip, tmp_path_factory) -> Settings:
        return Settings(
            data_dir=tmp_path_factory.mktemp("onnx") / "data",
            originality_embedder="clip",
            originality_clip_weights=tiny_clip[1],
            originality_device="cpu",
        )
