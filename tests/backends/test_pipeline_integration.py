"""The stages with model backends selected by settings: model output recorded in the spec and the
manifest, logged fallback to the offline generators, fallback refused when settings demand it."""

import json

import pytest
from pydantic import ValidationError
from tests.backends.fake_http import closed_port_url
from tests.backends.fake_llm import broken_spec, good_spec, model

from assetsmith.errors import BackendUnavailable, InvalidInput
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings
from assetsmith.spec.generator import GENERATOR_ID

IN_MEMORY = ("spec", "materials", "geometry", "export", "layout")


def context(tmp_path, request=None, **settings) -> tuple[JobContext, Settings]:
    s = Settings(data_dir=tmp_path / "data", workers=2, backend_retries=0, **settings)
    req = request or JobRequest(prompt="old oak barrel", seed=5, resolution=512, export_usd=False)
    return JobContext(request=req, job_id="t", build_id="t"), s


def test_spec_stage_uses_ollama_and_records_the_model(tmp_path, make_ollama):
    server = make_ollama(model("ollama", good_spec))
    ctx = run_plan(*context(tmp_path, spec_backend="ollama", ollama_url=server.url), ["spec"])
    assert ctx.spec["generation"]["generator"] == "ollama:llama3.2"
    assert ctx.spec["display_name"] == "Old Oak Barrel"
    assert all(m["resolution"] == 512 for m in ctx.spec["materials"])
    assert any("spec: written by ollama:llama3.2" in line for line in ctx.log_lines)
    assert ctx.model_toolchain["llm_model"] == "ollama:llama3.2"


def test_unreachable_backend_falls_back_to_the_offline_generator(tmp_path):
    ctx = run_plan(
        *context(tmp_path, spec_backend="ollama", ollama_url=closed_port_url()), ["spec"]
    )
    assert ctx.spec["generation"]["generator"] == GENERATOR_ID
    fallback = [
        line for line in ctx.log_lines if "fallback: spec backend ollama:llama3.2 failed" in line
    ]
    assert fallback and "offline generator" in fallback[0]
    assert "llm_model" not in ctx.model_toolchain


def test_invalid_model_output_falls_back_too(tmp_path, make_openai):
    server = make_openai(model("openai", broken_spec))
    ctx = run_plan(
        *context(
            tmp_path,
            spec_backend="openai",
            openai_url=server.url,
            openai_model="qwen2.5",
            llm_repair_rounds=1,
        ),
        ["spec"],
    )
    assert ctx.spec["generation"]["generator"] == GENERATOR_ID
    assert len(server.requests("POST", "/v1/chat/completions")) == 2
    assert any("no valid spec in 2 tries" in line for line in ctx.log_lines)


def test_no_fallback_when_settings_demand_the_backend(tmp_path):
    ctx, s = context(
        tmp_path, spec_backend="ollama", ollama_url=closed_port_url(), model_fallback=False
    )
    with pytest.raises(BackendUnavailable):
        run_plan(ctx, s, ["spec"])


def test_offline_setting_never_touches_the_network(tmp_path):
    ctx = run_plan(*context(tmp_path, ollama_url=closed_port_url()), ["spec"])
    assert ctx.spec["generation"]["generator"] == GENERATOR_ID
    assert not any("fallback: spec" in line for line in ctx.log_lines)


def test_manifest_names_the_models_that_ran(tmp_path, make_ollama, make_comfyui):
    llm = make_ollama(model("ollama", good_spec))
    comfy = make_comfyui()
    ctx = run_plan(
        *context(
            tmp_path,
            spec_backend="ollama",
            ollama_url=llm.url,
            texture_backend="comfyui",
            comfyui_url=comfy.url,
            texture_steps=3,
        ),
        IN_MEMORY,
    )
    toolchain = ctx.manifest_document()["toolchain"]
    assert toolchain["llm_model"] == "ollama:llama3.2"
    assert toolchain["spec_generator"] == "ollama:llama3.2"
    assert toolchain["image_pipeline"].startswith(
        "comfyui:sd15:v1-5-pruned-emaonly.safetensors (albedo)"
    )
    assert "normal, ORM from height" in toolchain["image_pipeline"]
    assert len(comfy.graphs) == len(ctx.spec["materials"])


def test_backend_urls_cannot_come_from_a_request():
    with pytest.raises(InvalidInput) as err:
        JobRequest.parse({"prompt": "barrel", "ollama_url": "http://169.254.169.254/"})
    assert "ollama_url" in json.dumps(err.value.details)
    with pytest.raises(ValidationError):
        Settings(comfyui_url="file:///etc/passwd")
    with pytest.raises(ValidationError):
        Settings(openai_url="gopher://127.0.0.1:70/")


def test_no_recipe_fits_so_the_model_writes_the_shape_and_the_pack_builds_it(tmp_path, make_ollama):
    from tests.shapes.test_writer import TELESCOPE

    from assetsmith.spec import shape_report, shape_summary

    server = make_ollama(model("ollama", lambda seen: json.dumps(TELESCOPE)))
    req = JobRequest(prompt="brass astrolabe on a tripod", seed=5, resolution=512, export_usd=False)
    ctx = run_plan(
        *context(tmp_path, request=req, spec_backend="ollama", ollama_url=server.url),
        ["spec", "materials", "geometry"],
    )
    spec = ctx.spec
    assert spec["shape"]["program"]["name"] == "telescope"
    rep = shape_report(spec)
    assert (
        rep["how"] == "llm"
        and rep["recipe"] == "telescope"
        and "written by ollama:llama3.2" in rep["fallback"]
    )
    assert shape_summary(spec) == "telescope, written by the language model"
    assert {m["id"]: m["family"] for m in spec["materials"]} == {
        "oak": "wood_planks",
        "brass": "brass",
    }
    assert {p.name for p in ctx.geometry.parts} == {"legs", "head", "tube"}
    assert ctx.model_toolchain["llm_model"] == "ollama:llama3.2"
    # the system message carries the shape language, not the asset-spec schema
    first = server.requests("POST", "/api/chat")[0].json
    assert "part program" in first["messages"][0]["content"]


def test_a_model_that_cannot_write_the_shape_falls_back_to_the_honest_stand_in(
    tmp_path, make_ollama
):
    server = make_ollama(model("ollama", lambda seen: "I cannot do that"))
    req = JobRequest(prompt="brass astrolabe on a tripod", seed=5, resolution=512, export_usd=False)
    ctx = run_plan(
        *context(
            tmp_path, request=req, spec_backend="ollama", ollama_url=server.url, llm_repair_rounds=1
        ),
        ["spec"],
    )
    assert ctx.spec["shape"] == {"recipe": "crate"}
    assert ctx.spec["generation"]["interpretation"]["shape"]["how"] == "none"
    assert any("fallback: spec backend ollama:llama3.2 failed" in line for line in ctx.log_lines)
