"""Fixtures for the originality tests: small generated images and meshes, and a real PostgreSQL with
pgvector (pgserver's bundled server in a temp folder, or $ASSETSMITH_TEST_PGVECTOR_URL). In CI
(CI=true) a missing pgvector fails the run; elsewhere its tests are skipped with the reason."""

from __future__ import annotations

import io
import json
import os

import numpy as np
import pytest
from tests.helpers.availability import missing

from assetsmith.settings import Settings


def pytest_configure(config: pytest.Config) -> None:
    """Load the CLIP runtimes (when installed) before any usearch index runs in this process:
    importing onnxruntime after usearch's worker threads have started hangs or crashes (two OpenMP
    runtimes). The product loads the embedder before touching an index on every path for the same
    reason. The quick lane (`-m "not slow"`) runs no CLIP test and skips the 3 s import. Called
    when this conftest is loaded, during collection, before any test runs."""
    if config.getoption("markexpr", "") == "not slow":
        return
    try:
        import onnxruntime  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        pass


@pytest.fixture
def osettings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", workers=1)


@pytest.fixture(scope="session")
def textures() -> dict[str, np.ndarray]:
    """Albedo maps (512 px RGB) of unrelated material families, generated once."""
    from assetsmith.materials import synthesize_material

    out = {}
    for i, (family, colour) in enumerate(
        (
            ("wood_planks", "#8a5a32"),
            ("brick", "#9a4a32"),
            ("marble", "#d8d4cc"),
            ("cobblestone", "#777066"),
            ("fabric", "#3a5a9a"),
        )
    ):
        out[family] = np.ascontiguousarray(
            synthesize_material(
                family,
                base_color=colour,
                wear=0.35,
                style="realistic_hd_pbr",
                size=512,
                seed=11 + i,
            ).albedo[..., :3]
        )
    return out


def png_bytes(pixels: np.ndarray) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(pixels: np.ndarray, quality: int = 40) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


@pytest.fixture(scope="session")
def pgvector_url(tmp_path_factory):
    """A PostgreSQL URL whose server has pgvector."""
    url = os.environ.get("ASSETSMITH_TEST_PGVECTOR_URL")
    server = None
    if not url:
        try:
            import pgserver

            server = pgserver.get_server(
                str(tmp_path_factory.mktemp("pgvector")), cleanup_mode="stop"
            )
            url = server.get_uri()
        except Exception as exc:
            missing(
                f"no PostgreSQL with pgvector ({type(exc).__name__}: {exc}); pip install pgserver",
                "the pgvector contract tests",
            )
    yield url
    if server is not None:
        server.cleanup()


# A tiny random-weight open_clip model for the CLIP tests and the embedder contract
TINY = {
    "embed_dim": 32,
    "vision_cfg": {"image_size": 64, "layers": 2, "width": 64, "patch_size": 16, "head_width": 32},
    "text_cfg": {"context_length": 16, "vocab_size": 1000, "width": 32, "heads": 2, "layers": 1},
}


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


@pytest.fixture(scope="session")
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
        missing(
            f"the clip extra is not installed ({exc}); pip install 'assetsmith[clip]'",
            "the CLIP embedder tests",
        )
    folder = tmp_path_factory.mktemp("clip")
    (folder / "assetsmith-tiny.json").write_text(json.dumps(TINY))
    subprocess.run(
        [sys.executable, "-c", BUILD, str(folder)],
        check=True,
        timeout=300,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    open_clip.add_model_config(
        folder / "assetsmith-tiny.json"
    )  # the embedder builds the same architecture
    return folder / "tiny.pt", folder / "tiny.onnx"
