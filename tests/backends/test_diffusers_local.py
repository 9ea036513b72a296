"""The local diffusion backend with a tiny random-weight pipeline built here (no download):
circular padding really wraps the network around, seeded generation, loading a local folder
offline, failures and cancellation, and the materials stage using it."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before huggingface_hub is imported: never fetch

import numpy as np  # noqa: E402
import pytest  # noqa: E402

pytestmark = pytest.mark.slow  # a tiny diffusion pipeline on torch
torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")
pytest.importorskip("transformers")

from assetsmith.backends.registry import TEXTURE_BACKENDS  # noqa: E402
from assetsmith.backends.texture.base import TextureRequest  # noqa: E402
from assetsmith.backends.texture.diffusers_local import DiffusersBackend, make_tiling  # noqa: E402
from assetsmith.backends.texture.tiny_pipeline import build_tiny_pipeline  # noqa: E402
from assetsmith.errors import BackendUnavailable, Cancelled  # noqa: E402
from assetsmith.pipeline.context import JobContext  # noqa: E402
from assetsmith.pipeline.plan import run_plan  # noqa: E402
from assetsmith.pipeline.request import JobRequest  # noqa: E402
from assetsmith.settings import Settings  # noqa: E402

REQ = TextureRequest(prompt="seamless oak planks #804020", negative_prompt="text", seed=5, steps=2)


@pytest.fixture(scope="module")
def tiny():
    torch.set_num_threads(1)  # two cores shared with the rest of the suite
    return build_tiny_pipeline(seed=0)


def run_latents(pipe, latents) -> np.ndarray:
    return pipe(
        "wood", num_inference_steps=2, height=64, width=64, latents=latents, output_type="np"
    ).images[0]


def test_circular_padding_makes_the_network_wrap_around(tiny):
    # With every conv wrapping, the pipeline commutes with rolls: rolling the starting latents by
    # 2 (one UNet downsample step) rolls the 64x64 image by 4 (the VAE's factor 2).
    latents = torch.randn(1, 4, 32, 32, generator=torch.Generator().manual_seed(3))
    shifted = torch.roll(latents, (2, 2), (2, 3))
    try:
        assert make_tiling(tiny, "zeros") > 10
        a, b = run_latents(tiny, latents), run_latents(tiny, shifted)
        assert np.abs(np.roll(a, (4, 4), (0, 1)) - b).max() > 0.05  # zero padding sees the edges
        make_tiling(tiny)
        a, b = run_latents(tiny, latents), run_latents(tiny, shifted)
        assert np.abs(np.roll(a, (4, 4), (0, 1)) - b).max() < 1e-3
    finally:
        make_tiling(tiny)


def test_generates_a_seeded_albedo(tiny):
    backend = DiffusersBackend(pipeline=tiny, device="cpu", size=64)
    first = backend.generate(REQ)
    assert first.albedo.shape == (64, 64, 3) and first.albedo.dtype == np.uint8
    assert first.info["device"] == "cpu" and first.info["steps"] == 2
    assert np.array_equal(backend.generate(REQ).albedo, first.albedo)
    other = backend.generate(TextureRequest(prompt=REQ.prompt, seed=6, steps=2))
    assert not np.array_equal(other.albedo, first.albedo)
    convs = [
        m for m in [*tiny.unet.modules(), *tiny.vae.modules()] if isinstance(m, torch.nn.Conv2d)
    ]
    assert convs and all(m.padding_mode == "circular" for m in convs)
    assert backend.pipeline == "diffusers:sd15:in-memory pipeline@cpu"


def test_loads_a_local_folder_without_the_network(tiny, tmp_path):
    tiny.save_pretrained(tmp_path / "tiny-sd")
    backend = DiffusersBackend(tmp_path / "tiny-sd", device="cpu", size=64)
    st = backend.check()
    assert st.ok and st.version.startswith("diffusers ") and "torch" in st.version
    result = backend.generate(REQ)
    assert result.albedo.shape == (64, 64, 3)
    assert np.array_equal(
        result.albedo, DiffusersBackend(pipeline=tiny, device="cpu", size=64).generate(REQ).albedo
    )


def test_missing_and_corrupt_checkpoints(tmp_path):
    with pytest.raises(BackendUnavailable, match="does not exist"):
        DiffusersBackend(tmp_path / "nope.safetensors", device="cpu").generate(REQ)
    bad = tmp_path / "broken.safetensors"
    bad.write_bytes(b"\x00" * 64)
    with pytest.raises(BackendUnavailable, match="could not be loaded"):
        DiffusersBackend(bad, device="cpu").generate(REQ)
    assert not DiffusersBackend(tmp_path / "nope.safetensors").check().model_present


def test_settings_need_a_checkpoint_and_reuse_the_loaded_backend(tmp_path):
    with pytest.raises(BackendUnavailable, match="no checkpoint configured"):
        DiffusersBackend.from_settings(Settings(data_dir=tmp_path, texture_backend="diffusers"))
    s = Settings(
        data_dir=tmp_path, texture_backend="diffusers", diffusers_checkpoint=tmp_path / "x"
    )
    assert DiffusersBackend.from_settings(s) is DiffusersBackend.from_settings(s)


def test_cancellation_stops_the_sampler(tiny):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return True

    with pytest.raises(Cancelled):
        DiffusersBackend(pipeline=tiny, device="cpu", size=64).generate(REQ, is_cancelled=cancelled)
    assert len(calls) == 1  # asked once, after the first step; the rest were skipped


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_cuda_requested_without_a_gpu(tiny):
    with pytest.raises(BackendUnavailable, match="sees no GPU"):
        DiffusersBackend(pipeline=tiny, device="cuda", size=64).generate(REQ)


def test_materials_stage_with_the_local_backend(tiny, tmp_path):
    original = TEXTURE_BACKENDS.registry.entry("diffusers")
    TEXTURE_BACKENDS.registry.add(
        "diffusers",
        lambda settings: DiffusersBackend(pipeline=tiny, device="cpu", size=64),
        replace=True,
    )
    try:
        s = Settings(data_dir=tmp_path, texture_backend="diffusers", texture_steps=2, workers=2)
        req = JobRequest(prompt="wooden crate", seed=3, resolution=512, export_usd=False)
        ctx = run_plan(JobContext(request=req, job_id="t", build_id="t"), s, ["spec", "materials"])
    finally:
        TEXTURE_BACKENDS.registry.add("diffusers", original, replace=True)
    assert sum("from diffusers:sd15:in-memory pipeline@cpu" in line for line in ctx.log_lines) == 2
    assert ctx.model_toolchain["image_pipeline"].startswith(
        "diffusers:sd15:in-memory pipeline@cpu (albedo)"
    )
    for maps in ctx.maps.values():
        assert maps.albedo.shape == (512, 512, 3) and maps.normal.shape == (512, 512, 3)
