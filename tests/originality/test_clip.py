"""The CLIP embedder on a tiny random-weight open_clip model the test builds: loaded from a local
checkpoint through the settings, exported to ONNX and loaded again, both giving the same vectors."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from tests.helpers.availability import missing

from assetsmith.errors import InvalidInput
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # builds and exports a tiny CLIP model

TINY = {"embed_dim": 32,
        "vision_cfg": {"image_size": 64, "layers": 2, "width": 64, "patch_size": 16, "head_width": 32},
        "text_cfg": {"context_length": 16, "vocab_size": 1000, "width": 32, "heads": 2, "layers": 1}}


BUILD = """
import json, sys, torch
from assetsmith.originality.clip import import_open_clip
folder = sys.argv[1]
open_clip = import_open_clip()
open_clip.add_model_config(folder + "/assetsmith-tiny.json")
torch.manual_seed(0)
model = open_clip.create_model("assetsmith-tiny", pretrained=None).eval()
torch.save(model.state_dict(), folder + "/tiny.pt")

class Tower(torch.nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, x):
        return self.m.encode_image(x)

torch.onnx.export(Tower(model), torch.zeros(1, 3, 64, 64), folder + "/tiny.onnx", input_names=["pixels"],
                  output_names=["embedding"], dynamic_axes={"pixels": {0: "n"}, "embedding": {0: "n"}}, dynamo=False)
"""


@pytest.fixture(scope="module")
def tiny_clip(tmp_path_factory):
    """(checkpoint path, onnx path) of a tiny random-weight CLIP, built and exported in a child
    process (a fresh torch: its thread pools start clean whatever this test process loaded)."""
    import subprocess
    import sys

    try:
        from assetsmith.originality.clip import import_open_clip

        open_clip = import_open_clip()
        import onnxruntime  # noqa: F401
    except Exception as exc:
        missing(f"the clip extra is not installed ({exc}); pip install 'assetsmith[clip]'", "the CLIP embedder tests")
    folder = tmp_path_factory.mktemp("clip")
    (folder / "assetsmith-tiny.json").write_text(json.dumps(TINY))
    subprocess.run([sys.executable, "-c", BUILD, str(folder)], check=True, timeout=300,
                   env={**os.environ, "OMP_NUM_THREADS": "1"})
    open_clip.add_model_config(folder / "assetsmith-tiny.json")  # the embedder builds the same architecture
    return folder / "tiny.pt", folder / "tiny.onnx"


def test_open_clip_and_onnx_weights_from_settings_agree(tiny_clip, tmp_path, textures):
    from assetsmith.originality.embedders import get_embedder

    ckpt, onnx_path = tiny_clip
    torch_e = get_embedder(Settings(data_dir=tmp_path, originality_embedder="clip", originality_clip_weights=ckpt,
                                    originality_clip_model="assetsmith-tiny", originality_device="cpu"))
    onnx_e = get_embedder(Settings(data_dir=tmp_path, originality_embedder="clip", originality_clip_weights=onnx_path))
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

    s = Settings(data_dir=tmp_path / "d", originality_embedder="clip", originality_clip_weights=tiny_clip[1])
    assert embed_upload(png_bytes(textures["brick"]), s)["dim"] == 32
    index_upload(png_bytes(textures["brick"]), s, name="brick.png")
    report = audit_upload(png_bytes(textures["brick"]), s)
    assert report["embedder"].startswith("clip-onnx-") and report["matches"][0]["layers"]["image"]["similarity"] > 0.99
    assert (tmp_path / "d" / "originality" / f"image-{report['embedder']}.usearch").is_file()


def test_clip_without_weights_says_what_to_set(tmp_path):
    from assetsmith.originality.clip import open_clip_embedder

    with pytest.raises(InvalidInput, match="local weights"):
        open_clip_embedder(Settings(data_dir=tmp_path, originality_embedder="clip"))
