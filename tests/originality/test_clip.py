"""The CLIP embedder on a tiny random-weight open_clip model the test builds: loaded from a local
checkpoint through the settings, exported to ONNX and loaded again, both giving the same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.settings import Settings

pytestmark = (
    pytest.mark.slow
)  # builds and exports a tiny CLIP model (the tiny_clip fixture: conftest.py)


def test_open_clip_and_onnx_weights_from_settings_agree(tiny_clip, tmp_path, textures):
    from assetsmith.originality.embedders import get_embedder

    ckpt, onnx_path = tiny_clip
    torch_e = get_embedder(
        Settings(
            data_dir=tmp_path,
            originality_embedder="clip",
            originality_clip_weights=ckpt,
            originality_clip_model="assetsmith-tiny",
            originality_device="cpu",
        )
    )
    onnx_e = get_embedder(
        Settings(data_dir=tmp_path, originality_embedder="clip", originality_clip_weights=onnx_path)
    )
    assert torch_e.dim == onnx_e.dim == 32 and torch_e.id != onnx_e.id
    images = [textures["brick"], textures["marble"]]
    a, b = torch_e.embed(images), onnx_e.embed(images)
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert np.abs(a - b).max() < 1e-4
    assert not np.allclose(a[0], a[1])
    assert np.allclose(torch_e.embed_for_corpus(images[0])[0], a[0], atol=1e-6)


def test_clip_in_the_audit_uses_its_own_index(tiny_clip, tmp_path, textures):
    from assetsmith.originality.service import audit_upload, embed_upload, index_upload

    from .conftest import png_bytes

    s = Settings(
        data_dir=tmp_path / "d", originality_embedder="clip", originality_clip_weights=tiny_clip[1]
    )
    assert embed_upload(png_bytes(textures["brick"]), s)["dim"] == 32
    index_upload(png_bytes(textures["brick"]), s, name="brick.png")
    report = audit_upload(png_bytes(textures["brick"]), s)
    assert (
        report["embedder"].startswith("clip-onnx-")
        and report["matches"][0]["layers"]["image"]["similarity"] > 0.99
    )
    assert (tmp_path / "d" / "originality" / f"image-{report['embedder']}.usearch").is_file()


def test_clip_without_weights_says_what_to_set(tmp_path):
    from assetsmith.originality.clip import open_clip_embedder

    with pytest.raises(InvalidInput, match="local weights"):
        open_clip_embedder(Settings(data_dir=tmp_path, originality_embedder="clip"))
