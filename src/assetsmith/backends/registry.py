"""Model backends by name. Settings pick one (`spec_backend`, `texture_backend`); the offline
generators are the names that map to no backend at all. Implementations are `Lazy` entries,
imported only when chosen, so an install without an extra never imports it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assetsmith.registry import Lazy, Registry

BackendFactory = Callable[[Any], Any]  # settings -> backend


class ModelBackends:
    """One role's backends (spec or texture): the offline name (no backend object) and a
    `Registry` of factories `settings -> backend` (usually a class's `from_settings`)."""

    def __init__(self, role: str, offline: str, backends: dict[str, BackendFactory | Lazy]) -> None:
        self.role = role
        self.offline = offline  # the built-in generator's name: no backend object
        self.registry: Registry[BackendFactory] = Registry(f"{role} backend", backends)

    def names(self) -> tuple[str, ...]:
        return (self.offline, *self.registry.names())

    def create(self, name: str, settings: Any) -> Any:
        """The backend called `name` built from settings; None for the offline generator."""
        if name == self.offline:
            return None
        if name not in self.registry:  # the offline name is a valid answer too
            from assetsmith.errors import UnknownName

            raise UnknownName(self.registry.kind, name, self.names())
        return self.registry.get(name)(settings)


LLM_BACKENDS = ModelBackends(
    "spec",
    "offline",
    {
        "ollama": Lazy("assetsmith.backends.llm.ollama:OllamaBackend.from_settings"),
        "openai": Lazy("assetsmith.backends.llm.openai_compat:OpenAICompatBackend.from_settings"),
    },
)

TEXTURE_BACKENDS = ModelBackends(
    "texture",
    "procedural",
    {
        "comfyui": Lazy("assetsmith.backends.texture.comfyui:ComfyUIBackend.from_settings"),
        "diffusers": Lazy(
            "assetsmith.backends.texture.diffusers_local:DiffusersBackend.from_settings"
        ),
    },
)


def create_llm(settings: Any) -> Any:
    """The configured spec backend (a ChatBackend), or None for the offline reader."""
    return LLM_BACKENDS.create(settings.spec_backend, settings)


def create_texture(settings: Any) -> Any:
    """The configured texture backend (a TextureBackend), or None for procedural synthesis."""
    return TEXTURE_BACKENDS.create(settings.texture_backend, settings)
