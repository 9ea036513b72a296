"""Part programs written by a language model (shapes/writer.py), against loopback fakes of Ollama
(`POST /api/chat`) and an OpenAI-compatible server (`POST /v1/chat/completions`) that answer with
real part programs: good ones, broken ones, floating, oversized and hostile ones. The backends are
the project's own, made from Settings the way the pipeline makes them."""

from __future__ import annotations

import copy
import json
import time

import pytest
from jsonschema import Draft202012Validator
from tests.backends.fake_http import Reply, closed_port_url
from tests.backends.fake_llm import model, ollama_server, openai_server

from assetsmith.backends import create_llm
from assetsmith.errors import BackendUnavailable, Cancelled, InvalidInput, ModelOutputInvalid
from assetsmith.settings import Settings
from assetsmith.shapes import RECIPES, SizePrior, build_program, validate_program
from assetsmith.shapes.writer import (
    MAX_EXAMPLE_CHARS,
    MAX_REPLY_CHARS,
    llm_program_schema,
    nearest_examples,
    write_shape,
)

# A brass telescope on a wooden tripod, as a model would write it: about 0.32 x 1.49 x 0.88 m.
TELESCOPE = {
    "version": "1",
    "name": "telescope",
    "materials": {
        "oak": {"family": "wood_planks", "base_color": "#8a6240"},
        "brass": {"family": "brass"},
    },
    "parts": [
        {
            "id": "legs",
            "material": "oak",
            "primitive": {"type": "cylinder", "radius": 0.02, "height": 1.1},
            "ops": [
                {"op": "transform", "rotate": [0, 0, 15], "translate": [0.14, 0, 0]},
                {"op": "radial", "count": 3},
            ],
        },
        {
            "id": "head",
            "material": "brass",
            "primitive": {"type": "cylinder", "radius": 0.06, "height": 0.06},
            "attach": {"to": "legs", "on": "top", "gap": -0.02},
        },
        {
            "id": "tube",
            "material": "brass",
            "primitive": {"type": "cylinder", "radius": 0.05, "height": 0.9},
            "transform": {"rotate": [70, 0, 0]},
            "attach": {"to": "head", "on": "top", "gap": -0.02},
        },
    ],
}
TELESCOPE_SIZE = (0.32, 1.5, 0.88)


def variant(change) -> dict:
    program = copy.deepcopy(TELESCOPE)
    change(program)
    return program


def says(program_or_text) -> callable:
    """A model behaviour: always this reply (a program is sent as its JSON text)."""
    text = program_or_text if isinstance(program_or_text, str) else json.dumps(program_or_text)
    return lambda seen: text


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


@pytest.fixture
def servers():
    made = []
    yield made
    for s in made:
        s.stop()


@pytest.fixture
def chat(servers, tmp_path):
    """chat(kind, *behaviours) -> (the configured backend, its fake server)."""

    def make(kind: str, *behaviours):
        fake = (ollama_server if kind == "ollama" else openai_server)(model(kind, *behaviours))
        servers.append(fake)
        url = (
            {"ollama_url": fake.url}
            if kind == "ollama"
            else {"openai_url": fake.url + "/v1", "openai_model": "qwen2.5"}
        )
        backend = create_llm(
            Settings(data_dir=tmp_path, spec_backend=kind, backend_retries=0, **url)
        )
        return backend, fake

    return make


def chat_requests(fake):
    return fake.requests("POST", "/api/chat") + fake.requests("POST", "/v1/chat/completions")


# --- good answers ----------------------------------------------------------------------------------
def test_a_good_program_first_time_through_ollama(chat):
    backend, fake = chat("ollama", says(TELESCOPE))
    result = write_shape(
        backend,
        "a brass telescope on a wooden tripod",
        size_hint=TELESCOPE_SIZE,
        temperature=0.3,
        seed=11,
    )
    assert result.program == TELESCOPE and result.rounds_used == 0 and result.notes == []
    assert result.model == "ollama:llama3.2"
    assert all(abs(a - b) < 0.05 for a, b in zip(result.extents, TELESCOPE_SIZE, strict=True))
    assert 0 < result.triangles <= 6000
    geom = build_program(result.program, seed=11, poly_budget=6000)  # what the pipeline does next
    assert [p.name for p in geom.parts] == ["legs", "head", "tube"]

    (req,) = fake.requests("POST", "/api/chat")
    body = req.json
    assert body["model"] == "llama3.2" and body["stream"] is False
    assert body["options"] == {"seed": 11, "temperature": 0.3}
    fmt = body["format"]  # the schema as a grammar decoder takes it
    assert not any(
        k in n for n in walk(fmt) for k in ("$ref", "const", "if", "$defs", "description")
    )
    assert fmt["properties"]["version"] == {"enum": ["1"]}
    kinds = [
        v["properties"]["type"]["enum"][0]
        for v in fmt["properties"]["parts"]["items"]["properties"]["primitive"]["anyOf"]
    ]
    assert "box" in kinds and "loft" in kinds and "macro" not in kinds
    system, user = body["messages"]
    assert system["role"] == "system" and "stand on their origin" in system["content"]
    assert "- sweep:" in system["content"] and "- radial:" in system["content"]  # the vocabulary
    assert '"a brass telescope on a wooden tripod"' in user["content"]
    assert "0.32 m wide (X), 1.5 m high (Y) and 0.88 m deep (Z)" in user["content"]
    assert len(result.examples) == 3
    for name in result.examples:  # the library programs shown, compact
        assert f"\n{name}:\n{{" in user["content"]


def test_a_good_program_through_an_openai_compatible_server(chat):
    backend, fake = chat("openai", lambda s: "```json\n" + json.dumps(TELESCOPE) + "\n```")
    result = write_shape(backend, "telescope", examples=[("well", RECIPES["well"].program({}, 0))])
    assert (
        result.program == TELESCOPE
        and result.model == "openai:qwen2.5"
        and result.examples == ("well",)
    )
    (req,) = fake.requests("POST", "/v1/chat/completions")
    fmt = req.json["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert all(
        n.get("additionalProperties") is not None for n in walk(schema) if n.get("type") == "object"
    )
    assert req.json["seed"] == 0 and req.json["temperature"] == 0.2
    assert "\nwell:\n{" in req.json["messages"][1]["content"]


# --- repaired in rounds ------------------------------------------------------------------------------
def test_a_broken_program_is_repaired_with_the_validators_messages(chat):
    broken = variant(
        lambda p: (
            p["parts"][1].update(material="gold"),
            p["parts"][2]["attach"].update(to="stand"),
        )
    )
    backend, fake = chat("ollama", says(broken), says(TELESCOPE))
    result = write_shape(backend, "telescope", seed=5)
    assert result.program == TELESCOPE and result.rounds_used == 1
    assert len(result.notes) == 1 and "$.parts[" in result.notes[0]
    first, second = chat_requests(fake)
    msgs = second.json["messages"]
    assert msgs[:2] == first.json["messages"]
    assert msgs[2] == {"role": "assistant", "content": json.dumps(broken)}
    repair = msgs[3]["content"]
    assert msgs[3]["role"] == "user" and "$.parts[1].material" in repair and "gold" in repair
    assert "$.parts[2].attach.to" in repair and "stand" in repair
    assert second.json["options"]["seed"] == 6  # a fresh sample


def test_floating_parts_are_sent_back_and_repaired(chat):
    floating = variant(
        lambda p: (
            p["parts"][2].update(attach=None)
            or p["parts"][2].pop("attach")
            or p["parts"][2].update(transform={"translate": [2.0, 3.0, 0.0]})
        )
    )
    assert validate_program(floating) == []  # valid: only building shows the gap
    backend, fake = chat("openai", says(floating), says(TELESCOPE))
    result = write_shape(backend, "telescope")
    assert result.rounds_used == 1
    repair = chat_requests(fake)[1].json["messages"][-1]["content"]
    assert "$.parts[2]: part 'tube' floats" in repair and "attach" in repair


def test_a_floating_entry_inside_a_shared_output_part_is_found_too(chat):
    """Two entries joined into one mesh (`part`) are checked apart: a loose lens cap floats even
    though its output part, the brass, also holds the tube it should sit on."""

    def loose(p):
        p["parts"][1]["part"] = p["parts"][2]["part"] = "brass"
        p["parts"].append(
            {
                "id": "cap",
                "part": "brass",
                "material": "brass",
                "primitive": {"type": "cylinder", "radius": 0.055, "height": 0.03},
                "transform": {"translate": [0.0, 3.0, 1.5]},
            }
        )

    floating = variant(loose)
    backend, fake = chat("ollama", says(floating), says(TELESCOPE))
    result = write_shape(backend, "telescope")
    assert result.rounds_used == 1
    repair = chat_requests(fake)[1].json["messages"][-1]["content"]
    assert "$.parts[3]: part 'cap' floats" in repair and "tube" not in repair.split("floats")[0]


def test_an_oversized_program_is_sent_back_with_the_size_hint(chat):
    giant = variant(lambda p: p["parts"][2]["primitive"].update(height=9.0))
    backend, fake = chat("ollama", says(giant), says(TELESCOPE))
    result = write_shape(backend, "telescope", size_hint=SizePrior(TELESCOPE_SIZE, 0.25))
    assert result.rounds_used == 1 and result.program == TELESCOPE
    repair = chat_requests(fake)[1].json["messages"][-1]["content"]
    assert "should be about 0.32 x 1.5 x 0.88 m" in repair and "y:" in repair


def test_without_a_size_hint_a_building_sized_prop_is_still_refused(chat):
    huge = variant(lambda p: p["parts"][2]["primitive"].update(height=400.0))
    backend, _ = chat("ollama", says(huge))
    with pytest.raises(ModelOutputInvalid) as info:
        write_shape(backend, "telescope", rounds=0)
    assert "at most 100 m" in info.value.details[0]["message"]


def test_a_program_over_the_triangle_budget_is_sent_back(chat):
    backend, fake = chat("ollama", says(TELESCOPE))
    with pytest.raises(ModelOutputInvalid) as info:
        write_shape(backend, "telescope", poly_budget=40, rounds=1)
    assert len(chat_requests(fake)) == 2
    assert "needs at least" in info.value.details[0]["message"]


def test_non_json_is_repaired(chat):
    backend, fake = chat(
        "ollama", says("Sure! A telescope has a tube and three legs."), says(TELESCOPE)
    )
    result = write_shape(backend, "telescope")
    assert result.rounds_used == 1
    assert "not valid JSON" in chat_requests(fake)[1].json["messages"][-1]["content"]


# --- hostile answers -----------------------------------------------------------------------------
def _ten_thousand_parts() -> str:
    part = {"id": "p", "material": "oak", "primitive": {"type": "box", "size": [1, 1, 1]}}
    return json.dumps({**TELESCOPE, "parts": [dict(part, id=f"p{i}") for i in range(10_000)]})


HOSTILE = {
    "nan": (
        json.dumps(variant(lambda p: p["parts"][2]["primitive"].update(radius=float("nan")))),
        "$.parts[2].primitive.radius",
        "not a finite number",
    ),
    "ten_thousand_parts": (_ten_thousand_parts(), "$.parts", "10000 parts exceed the limit of 256"),
    "unknown_operator": (
        json.dumps(variant(lambda p: p["parts"][0]["ops"].append({"op": "explode"}))),
        "$.parts[0].ops[2].op",
        'unknown operator "explode"',
    ),
    "huge_size": (
        json.dumps(variant(lambda p: p["parts"][2]["primitive"].update(height=1e9))),
        "$.parts[2].primitive.height",
        "greater than the maximum of 1000",
    ),
    "self_attachment": (
        json.dumps(variant(lambda p: p["parts"][1]["attach"].update(to="head"))),
        "$.parts[1].attach.to",
        "cannot attach to itself",
    ),
    "attachment_cycle": (
        json.dumps(variant(lambda p: p["parts"][0].update(attach={"to": "tube", "on": "top"}))),
        "$.parts[0].attach.to",
        "cycle",
    ),
    "non_json": ("<html>502 Bad Gateway</html>", "$", "not valid JSON"),
    "five_megabytes": (
        '{"version": "1", "name": "' + "x" * 5_000_000 + '"}',
        "$",
        f"more than the {MAX_REPLY_CHARS} allowed",
    ),
    "deep_nesting": ("[" * 200_000 + "]" * 200_000, "$", "too deeply"),
    "not_an_object": ("[1, 2, 3]", "$", "not an object"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_output_is_refused_with_a_clear_error_and_nothing_is_returned(chat, kind):
    reply, path, words = HOSTILE[kind]
    backend, fake = chat("ollama", says(reply))
    started = time.perf_counter()
    with pytest.raises(ModelOutputInvalid) as info:
        write_shape(backend, "telescope", rounds=1, examples=[("telescope", TELESCOPE)])
    elapsed = time.perf_counter() - started
    err = info.value
    assert err.code == "model_output_invalid" and err.exit_code == 6 and err.http_status == 503
    assert "ollama:llama3.2" in err.message and "2 tries" in err.message
    assert any(d["path"] == path and words in d["message"] for d in err.details), err.details
    assert len(err.details) <= 25
    requests = chat_requests(fake)
    assert len(requests) == 2  # one repair round, then the error
    repair = requests[1].json["messages"]
    assert path in repair[-1]["content"]
    assert len(repair[-2]["content"]) <= 21_000  # a huge reply is not echoed back whole
    assert elapsed < 20  # refused by the checks, not by grinding through a build


# --- arguments, backend failures, cancel ----------------------------------------------------------
def test_backend_failures_pass_through_unchanged(tmp_path):
    backend = create_llm(
        Settings(
            data_dir=tmp_path,
            spec_backend="ollama",
            ollama_url=closed_port_url(),
            backend_retries=0,
        )
    )
    with pytest.raises(BackendUnavailable) as info:
        write_shape(backend, "telescope")
    assert not isinstance(info.value, ModelOutputInvalid)


def test_the_server_answering_500_is_unavailable_not_a_bad_program(chat):
    backend, fake = chat("ollama", Reply(500, {"error": "model crashed"}))
    with pytest.raises(BackendUnavailable) as info:
        write_shape(backend, "telescope")
    assert not isinstance(info.value, ModelOutputInvalid) and "HTTP 500" in info.value.message


def test_cancel_stops_before_asking(chat):
    backend, fake = chat("ollama", says(TELESCOPE))
    with pytest.raises(Cancelled):
        write_shape(backend, "telescope", is_cancelled=lambda: True)
    assert chat_requests(fake) == []


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"rounds": 99}, "rounds must be"),
        ({"rounds": -1}, "rounds must be"),
        ({"temperature": float("nan")}, "temperature"),
        ({"poly_budget": 0}, "poly_budget"),
        ({"seed": -1}, "seed"),
        ({"size_hint": (float("nan"), 1, 1)}, "size_hint"),
        ({"size_hint": (1, 2)}, "size_hint"),
        ({"examples": [("x", {})] * 9}, "too many"),
        ({"examples": ["well"]}, "(name, part program)"),
    ],
)
def test_bad_arguments_are_invalid_input_before_any_request(chat, kwargs, words):
    backend, fake = chat("ollama", says(TELESCOPE))
    with pytest.raises(InvalidInput) as info:
        write_shape(backend, "telescope", **kwargs)
    assert words in str(info.value)
    assert chat_requests(fake) == []


@pytest.mark.parametrize("prompt", ["", "   ", "x" * 2001])
def test_empty_or_overlong_prompts_are_refused(chat, prompt):
    backend, fake = chat("ollama", says(TELESCOPE))
    with pytest.raises(InvalidInput):
        write_shape(backend, prompt)
    assert chat_requests(fake) == []


# --- examples and the schema ---------------------------------------------------------------------
def test_nearest_examples_follow_the_prompt_reader_and_shared_words():
    names = [n for n, _ in nearest_examples("an old stone well with a little roof")]
    assert names[0] == "well" and len(names) == 3
    assert [n for n, _ in nearest_examples("a street lamp")][0] == "street_lamp"
    assert "brazier" in [n for n, _ in nearest_examples("a tall tripod", k=5)]  # by its part words
    fallback = [n for n, _ in nearest_examples("zzqx vvwq")]
    assert fallback == ["signpost", "stool", "lantern"]
    for name, program in nearest_examples("a wooden cart with two wheels", k=5):
        assert validate_program(program) == [], name
        assert "materials" in program
        assert all(p["primitive"]["type"] != "macro" for p in program["parts"])
        assert len(json.dumps(program, separators=(",", ":"))) <= MAX_EXAMPLE_CHARS
    assert nearest_examples("well", k=0) == []
    with pytest.raises(InvalidInput):
        nearest_examples("well", k=50)


def test_the_models_schema_accepts_the_library_and_refuses_what_the_validator_refuses():
    validator = Draft202012Validator(llm_program_schema())
    for name in ("well", "cart", "skull", "ship", "lantern", "bucket"):
        program = dict(RECIPES[name].program({}, 0))
        program["materials"] = {k: {"family": m.family} for k, m in RECIPES[name].materials.items()}
        assert list(validator.iter_errors(program)) == [], name
    assert list(validator.iter_errors(TELESCOPE)) == []
    for reply, _, _ in (HOSTILE["unknown_operator"], HOSTILE["huge_size"]):
        assert list(validator.iter_errors(json.loads(reply)))
