"""The ChatBackend contract (backends/llm/base.py), run against every spec backend in
`LLM_BACKENDS` over real HTTP to a loopback fake of its server (tests/backends/fake_llm.py).

Each implementation's class says how its server is faked (`server`) and how its replies look
(`reply`); the mixin holds what every chat backend must do: return the reply text as sent, send the
same request for the same arguments, turn every failure into BackendUnavailable (no URL in the
message), stop with Cancelled when asked, report health without raising, and close twice.
"""

from __future__ import annotations

import json
import threading
import time

import pytest
from tests.backends.fake_http import FakeServer, Reply, Script, closed_port_url
from tests.backends.fake_llm import ollama_reply, ollama_server, openai_reply, openai_server

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.registry import LLM_BACKENDS
from assetsmith.errors import BackendUnavailable, Cancelled
from assetsmith.settings import Settings

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}},
    "required": ["name"],
    "additionalProperties": False,
}
MESSAGES = [
    {"role": "system", "content": "Answer with JSON."},
    {"role": "user", "content": "name a barrel"},
]
ANSWER = '{"name": "Old Oak Barrel"}'


class ChatBackendContract:
    """Mixin: a subclass names the backend (`impl`, its registry name and `name`), the model its fake
    serves, and provides `server(chat, models)`, `reply(content)` and `settings_for(url, model)`."""

    impl: str
    model: str

    # -- what each implementation provides --------------------------------------------------
    def server(self, chat: Script, models: tuple[str, ...] | None = None) -> FakeServer:
        raise NotImplementedError

    def reply(self, content: str) -> Reply:
        raise NotImplementedError

    def settings_for(self, url: str, model: str) -> dict:
        raise NotImplementedError

    # -- fixtures -------------------------------------------------------------------------
    @pytest.fixture
    def make(self, tmp_path):
        """make(url, model=None, **settings) -> the backend built through the registry from Settings,
        the way the spec stage builds it; every backend and fake server is closed afterwards."""
        made, servers = [], []

        def make(url: str, model: str | None = None, **extra):
            fields = {
                "spec_backend": self.impl,
                "backend_retries": 1,
                **self.settings_for(url, model or self.model),
                **extra,
            }
            backend = LLM_BACKENDS.create(self.impl, Settings(data_dir=tmp_path / "data", **fields))
            backend.http.backoff_s = 0.01  # retries stay quick
            made.append(backend)
            return backend

        make.servers = servers
        yield make
        for b in made:
            b.close()
        for s in servers:
            s.stop()

    def serve(self, make, *replies, models=None) -> FakeServer:
        server = self.server(Script(*replies), models)
        make.servers.append(server)
        return server

    def chat(self, backend, **kw) -> str:
        kw.setdefault("is_cancelled", lambda: False)
        return backend.chat_json(
            MESSAGES,
            schema=SCHEMA,
            seed=kw.pop("seed", 7),
            temperature=kw.pop("temperature", 0.2),
            **kw,
        )

    # -- the contract ---------------------------------------------------------------------
    def test_it_is_registered_and_names_itself(self, make):
        backend = make(closed_port_url())
        assert self.impl in LLM_BACKENDS.registry.names()
        assert backend.name == self.impl and backend.model == self.model
        for method in ("chat_json", "check", "close"):
            assert callable(getattr(backend, method))

    def test_returns_the_reply_text_as_sent(self, make):
        server = self.serve(make, self.reply(ANSWER))
        text = self.chat(make(server.url))
        assert isinstance(text, str) and text == ANSWER
        assert len(server.seen) == 1 and server.seen[0].method == "POST"

    def test_same_arguments_send_the_same_request(self, make):
        server = self.serve(make, self.reply(ANSWER))
        backend = make(server.url)
        self.chat(backend, seed=11)
        self.chat(backend, seed=11)
        self.chat(backend, seed=12)
        a, b, c = (s.body for s in server.seen)
        assert a == b  # the request is a function of the arguments: a job can be replayed
        assert a != c and json.loads(a) != json.loads(c)  # the seed reaches the server
        body = json.loads(a)
        assert json.dumps(MESSAGES[1]["content"]) in json.dumps(
            body
        )  # the conversation is sent whole

    def test_a_transient_failure_is_retried(self, make):
        server = self.serve(make, Reply(503, {"error": "loading"}), self.reply(ANSWER))
        assert self.chat(make(server.url)) == ANSWER
        assert len(server.seen) == 2

    @pytest.mark.parametrize("failure", ["5xx", "not_json", "wrong_shape", "4xx", "drop"])
    def test_failures_are_backend_unavailable_without_the_url(self, make, failure):
        reply = {
            "5xx": Reply(500, {"error": "boom"}),
            "not_json": Reply(body=b"<html>oops</html>", content_type="text/html"),
            "wrong_shape": Reply(json={"unexpected": True}),
            "4xx": Reply(400, {"error": "bad request"}),
            "drop": Reply(drop=True),
        }[failure]
        server = self.serve(make, reply)
        with pytest.raises(BackendUnavailable) as info:
            self.chat(make(server.url))
        self.assert_no_address(info.value, server.url)

    def test_an_unreachable_server_is_backend_unavailable(self, make):
        url = closed_port_url()
        with pytest.raises(BackendUnavailable) as info:
            self.chat(make(url))
        self.assert_no_address(info.value, url)
        assert info.value.hint  # says what to do

    def test_a_reply_slower_than_the_timeout_is_backend_unavailable(self, make):
        server = self.serve(make, Reply(json={}, delay=3.0))
        t0 = time.monotonic()
        with pytest.raises(BackendUnavailable):
            self.chat(make(server.url, llm_timeout_s=0.3, backend_retries=0))
        assert time.monotonic() - t0 < 2.5

    def test_cancellation_stops_the_wait(self, make):
        server = self.serve(make, Reply(json={}, delay=5.0))
        flag = threading.Event()
        threading.Timer(0.2, flag.set).start()
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            self.chat(make(server.url), is_cancelled=flag.is_set)
        assert time.monotonic() - t0 < 3.0

    def test_check_reports_health_and_never_raises(self, make):
        server = self.serve(make, self.reply(ANSWER))
        st = make(server.url).check()
        assert isinstance(st, BackendStatus) and st.name == self.impl
        assert st.reachable and st.model_present and st.ok and st.model == self.model
        assert any(self.model in name for name in st.available)
        missing = make(server.url, model="no-such-model").check()
        assert missing.reachable and not missing.ok and "no-such-model" in missing.detail
        down = make(closed_port_url()).check()
        assert (
            isinstance(down, BackendStatus) and not down.reachable and not down.ok and down.detail
        )

    def test_close_releases_and_may_be_called_twice(self, make):
        server = self.serve(make, self.reply(ANSWER))
        backend = make(server.url)
        self.chat(backend)
        backend.close()
        backend.close()

    @staticmethod
    def assert_no_address(err: BackendUnavailable, url: str) -> None:
        port = url.rsplit(":", 1)[1]
        text = f"{err.message} {err.hint}"
        assert "127.0.0.1" not in text and port not in text and "Traceback" not in text


class TestOllama(ChatBackendContract):
    impl = "ollama"
    model = "llama3.2"

    def server(self, chat, models=None):
        return ollama_server(chat, **({"models": models} if models else {}))

    def reply(self, content):
        return ollama_reply(content)

    def settings_for(self, url, model):
        return {"ollama_url": url, "ollama_model": model}


class TestOpenAICompatible(ChatBackendContract):
    impl = "openai"
    model = "qwen2.5"

    def server(self, chat, models=None):
        return openai_server(chat, **({"models": models} if models else {}))

    def reply(self, content):
        return openai_reply(content)

    def settings_for(self, url, model):
        return {"openai_url": url, "openai_model": model}
