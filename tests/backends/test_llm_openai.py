"""Spec generation through a fake OpenAI-compatible server (llama.cpp / vLLM style) over real HTTP."""

import threading
import time

import pytest
from tests.backends.fake_http import Reply
from tests.backends.fake_llm import broken_spec, good_spec, model

from assetsmith.backends import ModelOutputInvalid
from assetsmith.backends.llm import generate_spec_with_model
from assetsmith.backends.llm.openai_compat import OpenAICompatBackend, api_root
from assetsmith.errors import BackendUnavailable, Cancelled


def backend(server, *, suffix="/v1", **kw) -> OpenAICompatBackend:
    kw.setdefault("backoff_s", 0.01)
    return OpenAICompatBackend(server.url + suffix, "qwen2.5", **kw)


def objects(node):
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            yield node
        for v in node.values():
            yield from objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from objects(v)


def test_success_sends_strict_json_schema_response_format(make_openai):
    server = make_openai(model("openai", good_spec))
    spec = generate_spec_with_model(backend(server, api_key="sk-local-123"), "oak barrel", seed=11)
    assert spec["generation"]["generator"] == "openai:qwen2.5"
    (req,) = server.requests("POST", "/v1/chat/completions")
    body = req.json
    assert req.headers["Authorization"] == "Bearer sk-local-123"
    rf = body["response_format"]
    assert rf["type"] == "json_schema"
    assert rf["json_schema"]["name"] == "asset_spec" and rf["json_schema"]["strict"] is True
    schema = rf["json_schema"]["schema"]
    assert all(o.get("additionalProperties") is False for o in objects(schema))
    assert body["seed"] == 11 and body["stream"] is False and body["model"] == "qwen2.5"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


def test_base_url_with_or_without_v1(make_openai):
    server = make_openai(model("openai", good_spec))
    generate_spec_with_model(backend(server, suffix=""), "oak barrel")
    assert len(server.requests("POST", "/v1/chat/completions")) == 1
    assert api_root("http://h:8000/v1/") == "http://h:8000"


def test_no_key_sends_no_authorization_header(make_openai):
    server = make_openai(model("openai", good_spec))
    generate_spec_with_model(backend(server), "oak barrel")
    assert "Authorization" not in server.requests("POST", "/v1/chat/completions")[0].headers


def test_repair_round_then_success(make_openai):
    server = make_openai(model("openai", broken_spec, good_spec))
    spec = generate_spec_with_model(backend(server), "oak barrel", repair_rounds=1)
    assert spec["generation"]["interpretation"]["model"]["repair_rounds"] == 1


def test_zero_repair_rounds_fail_at_once(make_openai):
    server = make_openai(model("openai", broken_spec, good_spec))
    with pytest.raises(ModelOutputInvalid, match="1 tries"):
        generate_spec_with_model(backend(server), "oak barrel", repair_rounds=0)
    assert len(server.requests("POST", "/v1/chat/completions")) == 1


def test_reply_that_is_not_an_object(make_openai):
    server = make_openai(model("openai", lambda s: "[1, 2, 3]"))
    with pytest.raises(ModelOutputInvalid) as err:
        generate_spec_with_model(backend(server), "oak barrel", repair_rounds=1)
    assert err.value.details[0]["path"] == "$"


def test_malformed_completion(make_openai):
    server = make_openai(model("openai", Reply(json={"choices": []})))
    with pytest.raises(BackendUnavailable, match=r"choices\[0\]"):
        generate_spec_with_model(backend(server), "oak barrel")


def test_invalid_json_body(make_openai):
    server = make_openai(
        model("openai", Reply(body=b"{'choices': ", content_type="application/json"))
    )
    with pytest.raises(BackendUnavailable, match="not JSON"):
        generate_spec_with_model(backend(server), "oak barrel")


def test_5xx_then_success_and_drop_then_success(make_openai):
    server = make_openai(
        model("openai", Reply(503, {"error": "busy"}), Reply(drop=True), good_spec)
    )
    generate_spec_with_model(backend(server, retries=2), "oak barrel")
    assert len(server.requests("POST", "/v1/chat/completions")) == 3


def test_401_is_reported_without_the_key(make_openai):
    server = make_openai(model("openai", Reply(401, {"error": {"message": "invalid api key"}})))
    with pytest.raises(BackendUnavailable, match="HTTP 401") as err:
        generate_spec_with_model(backend(server, api_key="sk-secret-999"), "oak barrel")
    assert "sk-secret-999" not in str(err.value) and "sk-secret-999" not in str(err.value.to_dict())


def test_timeout_and_cancellation(make_openai):
    server = make_openai(model("openai", Reply(delay=5.0, json={})))
    with pytest.raises(BackendUnavailable, match="did not answer"):
        generate_spec_with_model(backend(server, timeout_s=0.3), "oak barrel")
    flag = threading.Event()
    threading.Timer(0.2, flag.set).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        generate_spec_with_model(
            backend(server, timeout_s=10), "oak barrel", is_cancelled=flag.is_set
        )
    assert time.monotonic() - t0 < 1.5


def test_check(make_openai):
    server = make_openai(model("openai", good_spec))
    st = backend(server).check()
    assert st.ok and st.version == "0.8.1" and st.available == ["qwen2.5"]
    other = OpenAICompatBackend(server.url, "llama-70b").check()
    assert other.reachable and not other.model_present and "qwen2.5" in other.detail
    anyname = OpenAICompatBackend(server.url, "default").check()  # llama.cpp serves one model
    assert anyname.ok
