"""Loopback fakes of Ollama and an OpenAI-compatible server (llama.cpp / vLLM style), with a
'model' that edits the draft spec it is sent, or breaks it on purpose."""

from __future__ import annotations

import json

from tests.backends.fake_http import FakeServer, Reply, Script, Seen


def draft_in(seen: Seen) -> dict:
    """The draft spec the client put at the end of its first user message."""
    user = next(m for m in seen.json["messages"] if m["role"] == "user")
    return json.loads(user["content"].rsplit("\n", 1)[1])


def good_spec(seen: Seen) -> str:
    """A cooperative model: the draft, renamed and recoloured, as models write it (with a
    sloppy style alias and a numeric string the normaliser must fix)."""
    spec = draft_in(seen)
    spec["display_name"] = "Old Oak Barrel"
    spec["materials"][0]["base_color"] = "#6b4a2b"
    spec["poly_budget_tris"] = str(spec["poly_budget_tris"])
    return json.dumps(spec)


def broken_spec(seen: Seen) -> str:
    """Valid JSON that breaks the schema and the rules (a part the shape lacks, bad colour)."""
    spec = draft_in(seen)
    spec["parts"].append({"id": "warp_drive", "material": spec["materials"][0]["id"]})
    spec["materials"][0]["base_color"] = "brownish"
    return json.dumps(spec)


def ollama_reply(content: str) -> Reply:
    return Reply(
        json={
            "model": "llama3.2",
            "created_at": "2025-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": content},
            "done": True,
            "done_reason": "stop",
            "eval_count": 42,
        }
    )


def openai_reply(content: str) -> Reply:
    return Reply(
        json={
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "qwen2.5",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
        }
    )


def model(kind: str, *behaviours) -> Script:
    """A chat endpoint script: each behaviour is a function Seen -> content, or a Reply."""
    wrap = ollama_reply if kind == "ollama" else openai_reply
    return Script(
        *[b if isinstance(b, Reply) else (lambda seen, b=b: wrap(b(seen))) for b in behaviours]
    )


def ollama_server(
    chat: Script, models=("llama3.2:latest", "nomic-embed-text:latest")
) -> FakeServer:
    return FakeServer(
        routes={
            ("GET", "/api/version"): lambda s: Reply(json={"version": "0.6.2"}),
            ("GET", "/api/tags"): lambda s: Reply(
                json={"models": [{"name": m, "model": m, "size": 1} for m in models]}
            ),
            ("POST", "/api/chat"): chat,
        }
    )


def openai_server(chat: Script, models=("qwen2.5",)) -> FakeServer:
    return FakeServer(
        routes={
            ("GET", "/v1/models"): lambda s: Reply(
                json={"object": "list", "data": [{"id": m, "object": "model"} for m in models]}
            ),
            ("GET", "/version"): lambda s: Reply(json={"version": "0.8.1"}),
            ("POST", "/v1/chat/completions"): chat,
        }
    )
