"""The TextureBackend contract (backends/texture/base.py), run against every texture backend in
`TEXTURE_BACKENDS`: ComfyUI over real HTTP and WebSocket to its loopback fake, and the local
diffusers backend on a tiny random-weight pipeline built in this process (slow: torch).

What every texture backend must do: paint an sRGB uint8 (H, W, 3) albedo (and at most a float32
0..1 height field) with JSON-safe facts, the same picture for the same request, a different one for
another seed; raise Cancelled when asked to stop and BackendUnavailable when it cannot work; report
health without raising; close twice.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
from tests.backends.fake_comfyui import FakeComfyUI
from tests.backends.fake_http import closed_port_url

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.registry import TEXTURE_BACKENDS
from assetsmith.backends.texture.base import GeneratedTexture, TextureRequest
from assetsmith.errors import BackendUnavailable, Cancelled
from assetsmith.settings import Settings

REQ = TextureRequest(
    prompt="seamless tileable texture of oak planks, base colour #804020",
    negative_prompt="text",
    seed=5,
    steps=2,
    cfg=5.0,
)


class TextureBackendContract:
    """Mixin: a subclass names the backend (`impl`) and provides the fixtures `backend` (a working
    one), `broken` (one that cannot work: no server, no checkpoint) and `slow` (one whose
    painting takes long enough to be cancelled midway)."""

    impl: str

    def test_it_is_registered_and_names_itself(self, backend):
        assert self.impl in TEXTURE_BACKENDS.registry.names() and backend.name == self.impl
        assert isinstance(backend.pipeline, str) and backend.pipeline.startswith(f"{self.impl}:")
        for method in ("generate", "check", "close"):
            assert callable(getattr(backend, method))

    def test_paints_an_srgb_albedo_with_json_facts(self, backend):
        out = backend.generate(REQ, is_cancelled=lambda: False)
        assert isinstance(out, GeneratedTexture)
        assert out.albedo.ndim == 3 and out.albedo.shape[2] == 3 and out.albedo.dtype == np.uint8
        assert out.albedo.shape[0] >= 16 and out.albedo.shape[1] >= 16
        if out.height is not None:
            assert out.height.shape == out.albedo.shape[:2] and out.height.dtype == np.float32
            assert float(out.height.min()) >= 0.0 and float(out.height.max()) <= 1.0
        assert isinstance(out.info, dict)
        json.dumps(out.info)  # recorded in the job log and the manifest

    def test_same_request_same_albedo_another_seed_another(self, backend):
        first = backend.generate(REQ, is_cancelled=lambda: False).albedo
        again = backend.generate(REQ, is_cancelled=lambda: False).albedo
        other = backend.generate(
            TextureRequest(prompt=REQ.prompt, seed=REQ.seed + 1, steps=REQ.steps),
            is_cancelled=lambda: False,
        ).albedo
        assert np.array_equal(first, again)
        assert not np.array_equal(first, other)

    def test_cancellation_raises_cancelled(self, slow):
        with pytest.raises(Cancelled):
            slow.generate(REQ, is_cancelled=lambda: True)

    def test_a_backend_that_cannot_work_is_backend_unavailable(self, broken):
        with pytest.raises(BackendUnavailable) as info:
            broken.generate(REQ, is_cancelled=lambda: False)
        assert info.value.message and info.value.hint is not None
        assert "Traceback" not in info.value.message and "127.0.0.1" not in info.value.message

    def test_check_reports_health_and_never_raises(self, backend, broken):
        st = backend.check()
        assert isinstance(st, BackendStatus) and st.name == self.impl and st.ok
        bad = broken.check()
        assert (
            isinstance(bad, BackendStatus) and bad.name == self.impl and not bad.ok and bad.detail
        )

    def test_close_may_be_called_twice(self, backend):
        backend.generate(REQ, is_cancelled=lambda: False)
        backend.close()
        backend.close()


class TestComfyUI(TextureBackendContract):
    impl = "comfyui"

    @pytest.fixture
    def servers(self):
        made = []
        yield made
        for s in made:
            s.stop()

    def _make(self, tmp_path, url: str, **extra):
        settings = Settings(
            data_dir=tmp_path / "data",
            texture_backend="comfyui",
            comfyui_url=url,
            backend_retries=0,
            **extra,
        )
        backend = TEXTURE_BACKENDS.create("comfyui", settings)  # as the materials stage builds it
        backend.client.poll_s = 0.05
        return backend

    @pytest.fixture
    def backend(self, servers, tmp_path):
        servers.append(FakeComfyUI())
        return self._make(tmp_path, servers[-1].url)

    @pytest.fixture
    def slow(self, servers, tmp_path):
        servers.append(FakeComfyUI(mode="slow", step_s=0.05))
        return self._make(tmp_path, servers[-1].url)

    @pytest.fixture
    def broken(self, tmp_path):
        return self._make(tmp_path, closed_port_url())


@pytest.mark.slow  # a tiny diffusion pipeline on torch
class TestDiffusers(TextureBackendContract):
    impl = "diffusers"

    @pytest.fixture(scope="class")
    def tiny(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never fetch
        torch = pytest.importorskip("torch")
        pytest.importorskip("diffusers")
        pytest.importorskip("transformers")
        from assetsmith.backends.texture.tiny_pipeline import build_tiny_pipeline

        torch.set_num_threads(1)  # two cores shared with the rest of the suite
        return build_tiny_pipeline(seed=0)

    @pytest.fixture
    def backend(self, tiny):
        from assetsmith.backends.texture.diffusers_local import DiffusersBackend

        return DiffusersBackend(pipeline=tiny, device="cpu", size=64)

    @pytest.fixture
    def slow(self, backend):
        return backend

    @pytest.fixture
    def broken(self, tmp_path):
        from assetsmith.backends.texture.diffusers_local import DiffusersBackend

        return DiffusersBackend(tmp_path / "no-such-checkpoint.safetensors", device="cpu")

    def test_settings_build_it_through_the_registry(self, tmp_path):
        from assetsmith.backends.texture.diffusers_local import DiffusersBackend

        s = Settings(
            data_dir=tmp_path, texture_backend="diffusers", diffusers_checkpoint=tmp_path / "x"
        )
        assert isinstance(TEXTURE_BACKENDS.create("diffusers", s), DiffusersBackend)
