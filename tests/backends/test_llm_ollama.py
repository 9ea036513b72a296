"""Spec generation through a fake Ollama over real HTTP: the request it receives, repair rounds,
and every failure mode (invalid JSON, schema-breaking replies, 5xx, drops, timeouts, cancel)."""

import json
import threading
import time

import pytest
from tests.backends.fake_http import Reply, closed_port_url
from tests.backends.fake_llm import broken_spec, good_spec, model

from assetsmith.backends import ModelOutputInvalid
from assetsmith.backends.llm import generate_spec_with_model
from assetsmith.backends.llm.ollama import OllamaBackend, model_matches
from assetsmith.errors import BackendUnavailable, Cancelled
from assetsmith.spec import load_spec


def backend(server_or_url, **kw) -> OllamaBackend:
    url = server_or_url if isinstance(server_or_url, str) else server_or_url.url
    kw.setdefault("backoff_s", 0.01)
    return OllamaBackend(url, "llama3.2", **kw)


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def test_success_sends_the_ollama_protocol_and_returns_a_valid_spec(make_ollama):
    server = make_ollama(model("ollama", good_spec))
    spec = generate_spec_with_model(
        backend(server), "old oak barrel with iron hoops", seed=7, temperature=0.3
    )
    assert load_spec(spec) == spec  # passes the same gate as user specs
    assert spec["display_name"] == "Old Oak Barrel"
    assert spec["materials"][0]["base_color"] == "#6b4a2b"
    assert isinstance(spec["poly_budget_tris"], int)  # normalised from the model's "12000"
    gen = spec["generation"]
    assert gen["generator"] == "ollama:llama3.2" and gen["seed"] == 7
    assert gen["interpretation"]["model"] == {
        "backend": "ollama",
        "name": "llama3.2",
        "temperature": 0.3,
        "seed": 7,
        "repair_rounds": 0,
    }

    (req,) = server.requests("POST", "/api/chat")
    body = req.json
    assert body["model"] == "llama3.2" and body["stream"] is False
    assert body["options"] == {"seed": 7, "temperature": 0.3}
    fmt = body["format"]
    nodes = list(walk(fmt))
    assert not any("$ref" in n or "const" in n or "$schema" in n for n in nodes)
    assert fmt["properties"]["spec_version"] == {"enum": ["0.3"]}
    assert "generation" not in fmt["properties"]  # the pipeline owns it
    system = body["messages"][0]
    assert (
        system["role"] == "system"
        and json.dumps(fmt, separators=(",", ":"), sort_keys=True) in system["content"]
    )
    assert "keep the draft's `parts` ids exactly" in system["content"]


def test_invalid_json_reply_is_repaired_in_one_round(make_ollama):
    server = make_ollama(model("ollama", lambda s: "Sure! Here is the spec: {oops", good_spec))
    spec = generate_spec_with_model(backend(server), "oak barrel", repair_rounds=2)
    assert spec["generation"]["interpretation"]["model"]["repair_rounds"] == 1
    first, second = server.requests("POST", "/api/chat")
    msgs = second.json["messages"]
    assert msgs[-2] == {"role": "assistant", "content": "Sure! Here is the spec: {oops"}
    assert msgs[-1]["role"] == "user" and "not valid JSON" in msgs[-1]["content"]
    assert second.json["options"]["seed"] == first.json["options"]["seed"] + 1  # a fresh sample


def test_code_fenced_json_is_accepted_without_repair(make_ollama):
    server = make_ollama(model("ollama", lambda s: "```json\n" + good_spec(s) + "\n```"))
    spec = generate_spec_with_model(backend(server), "oak barrel")
    assert spec["generation"]["interpretation"]["model"]["repair_rounds"] == 0


def test_schema_breaking_reply_gets_the_validators_messages_back(make_ollama):
    server = make_ollama(model("ollama", broken_spec, good_spec))
    spec = generate_spec_with_model(backend(server), "oak barrel")
    assert spec["shape"]["recipe"] == "barrel"
    repair = server.requests("POST", "/api/chat")[1].json["messages"][-1]["content"]
    assert "$.parts[3].id" in repair and "warp_drive" in repair
    assert "$.materials[0].base_color" in repair


def test_schema_breaking_replies_exhaust_the_repair_rounds(make_ollama):
    server = make_ollama(model("ollama", broken_spec))
    with pytest.raises(ModelOutputInvalid) as err:
        generate_spec_with_model(backend(server), "oak barrel", repair_rounds=2)
    assert len(server.requests("POST", "/api/chat")) == 3
    assert isinstance(err.value, BackendUnavailable)  # so the pipeline can fall back
    assert any(p["path"] == "$.parts[3].id" for p in err.value.details)


def test_request_fields_override_the_model(make_ollama):
    server = make_ollama(model("ollama", good_spec))
    spec = generate_spec_with_model(
        backend(server), "oak barrel", style_preset="toon_bold", poly_budget=2000
    )
    assert spec["style_preset"] == "toon_bold" and spec["poly_budget_tris"] == 2000
    user = server.requests("POST", "/api/chat")[0].json["messages"][1]["content"]
    assert 'style_preset must be "toon_bold"' in user


def test_5xx_is_retried_then_succeeds(make_ollama):
    server = make_ollama(
        model(
            "ollama",
            Reply(503, {"error": "loading model"}),
            Reply(502, body=b"bad gateway"),
            good_spec,
        )
    )
    spec = generate_spec_with_model(backend(server, retries=2), "oak barrel")
    assert spec["asset_id"] and len(server.requests("POST", "/api/chat")) == 3


def test_persistent_5xx_is_backend_unavailable(make_ollama):
    server = make_ollama(model("ollama", Reply(500, {"error": "boom"})))
    with pytest.raises(BackendUnavailable, match="HTTP 500.*3 attempts"):
        generate_spec_with_model(backend(server, retries=2), "oak barrel")
    assert len(server.requests("POST", "/api/chat")) == 3


def test_4xx_is_not_retried_and_says_why(make_ollama):
    server = make_ollama(
        model("ollama", Reply(404, {"error": "model 'llama3.2' not found, try pulling it first"}))
    )
    with pytest.raises(BackendUnavailable, match="HTTP 404.*not found") as err:
        generate_spec_with_model(backend(server, retries=2), "oak barrel")
    assert len(server.requests("POST", "/api/chat")) == 1
    assert "127.0.0.1" not in str(err.value)  # no server address in what clients see


def test_http_body_that_is_not_json(make_ollama):
    server = make_ollama(
        model("ollama", Reply(200, body=b"<html>proxy login</html>", content_type="text/html"))
    )
    with pytest.raises(BackendUnavailable, match="not JSON"):
        generate_spec_with_model(backend(server), "oak barrel")


def test_reply_without_message_content(make_ollama):
    server = make_ollama(model("ollama", Reply(json={"model": "llama3.2", "done": True})))
    with pytest.raises(BackendUnavailable, match="no message content"):
        generate_spec_with_model(backend(server), "oak barrel")


def test_dropped_connection_is_retried(make_ollama):
    server = make_ollama(model("ollama", Reply(drop=True), good_spec))
    spec = generate_spec_with_model(backend(server, retries=1), "oak barrel")
    assert spec["spec_version"] == "0.3"


def test_always_dropped_connection(make_ollama):
    server = make_ollama(model("ollama", Reply(drop=True)))
    with pytest.raises(BackendUnavailable, match="connection dropped"):
        generate_spec_with_model(backend(server, retries=1), "oak barrel")


def test_refused_connection():
    with pytest.raises(BackendUnavailable, match="refused"):
        generate_spec_with_model(backend(closed_port_url(), retries=0), "oak barrel")


def test_timeout(make_ollama):
    server = make_ollama(model("ollama", Reply(delay=3.0, json={})))
    t0 = time.monotonic()
    with pytest.raises(BackendUnavailable, match="did not answer within 0.3 s"):
        generate_spec_with_model(backend(server, timeout_s=0.3), "oak barrel")
    assert time.monotonic() - t0 < 2.0
    assert len(server.requests("POST", "/api/chat")) == 1  # a slow model is not asked again


def test_cancellation_while_waiting(make_ollama):
    server = make_ollama(model("ollama", Reply(delay=5.0, json={})))
    flag = threading.Event()
    threading.Timer(0.2, flag.set).start()
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        generate_spec_with_model(
            backend(server, timeout_s=10), "oak barrel", is_cancelled=flag.is_set
        )
    assert time.monotonic() - t0 < 1.5


def test_check_reports_version_and_model(make_ollama):
    server = make_ollama(model("ollama", good_spec))
    st = backend(server).check()
    assert st.ok and st.version == "0.6.2" and "llama3.2:latest" in st.available
    missing = OllamaBackend(server.url, "qwen2.5:7b").check()
    assert (
        missing.reachable
        and not missing.model_present
        and "ollama pull qwen2.5:7b" in missing.detail
    )
    down = OllamaBackend(closed_port_url(), "llama3.2", retries=0).check()
    assert not down.reachable and not down.ok


def test_model_name_matching():
    assert model_matches("llama3.2", "llama3.2:latest")
    assert not model_matches("llama3.2", "llama3.2:1b")
    assert model_matches("llama3.2:1b", "llama3.2:1b")
