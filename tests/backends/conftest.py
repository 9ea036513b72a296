import pytest
from tests.backends.fake_comfyui import FakeComfyUI
from tests.backends.fake_http import Script
from tests.backends.fake_llm import ollama_server, openai_server


@pytest.fixture
def make_ollama():
    servers = []

    def make(chat: Script, **kw):
        servers.append(ollama_server(chat, **kw))
        return servers[-1]

    yield make
    for s in servers:
        s.stop()


@pytest.fixture
def make_openai():
    servers = []

    def make(chat: Script, **kw):
        servers.append(openai_server(chat, **kw))
        return servers[-1]

    yield make
    for s in servers:
        s.stop()


@pytest.fixture
def make_comfyui():
    servers = []

    def make(**kw):
        servers.append(FakeComfyUI(**kw))
        return servers[-1]

    yield make
    for s in servers:
        s.stop()
