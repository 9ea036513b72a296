"""Backends by name. Settings pick one (`spec_backend`, `texture_backend`); the offline
generators are the names that map to no backend at all. Implementations are imported only when
chosen, so an install without an extra never imports it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from assetsmith.errors import InvalidInput

Factory = Callable[[Any], Any]  # Settings -> backend


class Registry:
    """name -> factory(settings). A factory is a callable or a lazy "module:Class" reference
    whose class has `from_settings(settings)`."""

    def __init__(self, kind: str, offline: str) -> None:
        self.kind = kind
        self.offline = offline  # the built-in generator's name: no backend object
        self._factories: dict[str, Factory | str] = {}

    def register(self, name: str, factory: Factory | str) -> None:
        """Add or replace a backend (plugins and tests register their own)."""
        self._factories[name] = factory

    def names(self) -> tuple[str, ...]:
        return (self.offline, *self._factories)

    def create(self, name: str, settings) -> Any | None:
        """The backend called `name` built from settings; None for the offline generator."""
        if name == self.offline:
            return None
        factory = self._factories.get(name)
        if factory is None:
            raise InvalidInput(f"Unknown {self.kind} backend '{name}'.", f"Use one of: {', '.join(self.names())}.")
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            return getattr(importlib.import_module(module), attr).from_settings(settings)
        return factory(settings)


LLM_BACKENDS = Registry("spec", offline="offline")
LLM_BACKENDS.register("ollama", "assetsmith.backends.llm.ollama:OllamaBackend")
LLM_BACKENDS.register("openai", "assetsmith.backends.llm.openai_compat:OpenAICompatBackend")

TEXTURE_BACKENDS = Registry("texture", offline="procedural")
TEXTURE_BACKENDS.register("comfyui", "assetsmith.backends.texture.comfyui:ComfyUIBackend")
TEXTURE_BACKENDS.register("diffusers", "assetsmith.backends.texture.diffusers_local:DiffusersBackend")


def create_llm(settings):
    """The configured spec backend (a ChatBackend), or None for the offline reader."""
    return LLM_BACKENDS.create(settings.spec_backend, settings)


def create_texture(settings):
    """The configured texture backend (a TextureBackend), or None for procedural synthesis."""
    return TEXTURE_BACKENDS.create(settings.texture_backend, settings)
