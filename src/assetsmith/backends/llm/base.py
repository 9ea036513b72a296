"""The narrow interface a language-model backend offers the spec generator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypedDict

from assetsmith.backends.base import BackendStatus


class ChatMessage(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


class ChatBackend(Protocol):
    """A chat model that answers with JSON constrained by a schema.

    `name` is the backend kind ("ollama", "openai") and `model` the configured model; together
    they are recorded as the spec's generator, e.g. "ollama:llama3.2".
    """

    name: str
    model: str

    def chat_json(
        self,
        messages: list[ChatMessage],
        *,
        schema: dict[str, Any],
        seed: int,
        temperature: float,
        is_cancelled: Callable[[], bool],
    ) -> str:
        """Send the conversation; return the model's reply text (meant to be one JSON object).

        Raises BackendUnavailable when the server cannot be reached, times out, answers 5xx
        after the retries, or answers in a shape that is not this protocol; Cancelled when
        `is_cancelled()` turns true while waiting.
        """
        ...

    def check(self) -> BackendStatus:
        """Reachability, server version and whether the model is available (for `doctor`)."""
        ...

    def close(self) -> None:
        """Release the connection pool."""
        ...
