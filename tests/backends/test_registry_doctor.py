"""Backends picked by settings through the registry, optional imports that name their extra, and
the doctor lines for configured backends."""

import json

import pytest
from tests.backends.fake_http import closed_port_url
from tests.backends.fake_llm import good_spec, model
from typer.testing import CliRunner

from assetsmith.backends import LLM_BACKENDS, TEXTURE_BACKENDS, create_llm, create_texture
from assetsmith.backends.base import import_extra
from assetsmith.backends.doctor import backend_checks
from assetsmith.backends.llm.ollama import OllamaBackend
from assetsmith.backends.llm.openai_compat import OpenAICompatBackend
from assetsmith.backends.texture.comfyui import ComfyUIBackend
from assetsmith.errors import BackendUnavailable, InvalidInput
from assetsmith.settings import Settings


def test_settings_pick_the_backend(tmp_path):
    assert create_llm(Settings(data_dir=tmp_path)) is None
    assert create_texture(Settings(data_dir=tmp_path)) is None
    ollama = create_llm(
        Settings(data_dir=tmp_path, spec_backend="ollama", ollama_model="qwen2.5:7b")
    )
    assert isinstance(ollama, OllamaBackend) and ollama.model == "qwen2.5:7b"
    key = Settings(data_dir=tmp_path, spec_backend="openai", openai_api_key="sk-1")
    openai = create_llm(key)
    assert isinstance(openai, OpenAICompatBackend)
    assert openai.http.client.headers["Authorization"] == "Bearer sk-1"
    assert "sk-1" not in repr(key)  # a SecretStr
    comfy = create_texture(
        Settings(data_dir=tmp_path, texture_backend="comfyui", comfyui_profile="sdxl")
    )
    assert isinstance(comfy, ComfyUIBackend) and comfy.profile == "sdxl"
    assert LLM_BACKENDS.names() == ("offline", "ollama", "openai")
    assert TEXTURE_BACKENDS.names() == ("procedural", "comfyui", "diffusers")
    with pytest.raises(InvalidInput, match="Unknown spec backend 'gpt'"):
        LLM_BACKENDS.create("gpt", Settings(data_dir=tmp_path))


def test_missing_extra_is_named():
    with pytest.raises(BackendUnavailable) as err:
        import_extra("assetsmith_no_such_module", "diffusion", "The local diffusion backend")
    assert (
        "assetsmith[diffusion]" in err.value.hint
        and "assetsmith_no_such_module" in err.value.message
    )


def test_doctor_checks_only_configured_backends(tmp_path, make_ollama):
    default = backend_checks(Settings(data_dir=tmp_path))
    assert [c["detail"] for c in default] == ["offline (built in)", "procedural (built in)"]
    server = make_ollama(model("ollama", good_spec))
    up = backend_checks(
        Settings(
            data_dir=tmp_path,
            spec_backend="ollama",
            ollama_url=server.url,
            texture_backend="comfyui",
            comfyui_url=closed_port_url(),
            backend_retries=0,
        )
    )
    spec, texture = up
    assert spec["ok"] and "version 0.6.2" in spec["detail"] and "model llama3.2" in spec["detail"]
    assert not texture["ok"] and not texture["required"] and "unreachable" in texture["detail"]
    assert "ASSETSMITH_COMFYUI_URL" in texture["fix"]


def test_doctor_cli_lists_backends(tmp_path, monkeypatch, make_comfyui):
    from assetsmith.cli.main import app

    server = make_comfyui(seamless_nodes=False)
    monkeypatch.setenv("ASSETSMITH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSETSMITH_TEXTURE_BACKEND", "comfyui")
    monkeypatch.setenv("ASSETSMITH_COMFYUI_URL", server.url)
    result = CliRunner().invoke(app, ["doctor", "--json"])
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    tex = checks["texture backend"]
    assert (
        tex["ok"] and "version 0.3.40" in tex["detail"] and "v1-5-pruned-emaonly" in tex["detail"]
    )
    assert server.requests("GET", "/system_stats")
