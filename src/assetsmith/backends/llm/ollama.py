"""Ollama: `POST /api/chat` with `format` set to the simplified spec schema, `stream: false`,
`options.seed` and `options.temperature`; `/api/tags` and `/api/version` for health checks."""

from __future__ import annotations

from collections.abc import Callable

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.http import HttpService, call_cancellable, never
from assetsmith.backends.llm.base import ChatMessage
from assetsmith.errors import AssetsmithError, BackendUnavailable


def model_matches(wanted: str, listed: str) -> bool:
    """'llama3.2' names 'llama3.2:latest'; a tagged name must match exactly."""
    if ":" in wanted:
        return listed == wanted
    return listed == wanted or listed == f"{wanted}:latest"


class OllamaBackend:
    """Spec generation through an Ollama server (URL and model from Settings)."""

    name = "ollama"

    def __init__(
        self,
        url: str,
        model: str,
        *,
        timeout_s: float = 120.0,
        retries: int = 2,
        backoff_s: float = 0.5,
    ) -> None:
        self.model = model
        self.http = HttpService(
            url,
            label="Ollama",
            timeout_s=timeout_s,
            retries=retries,
            backoff_s=backoff_s,
            setting="ASSETSMITH_OLLAMA_URL",
        )

    @classmethod
    def from_settings(cls, settings) -> OllamaBackend:
        return cls(
            settings.ollama_url,
            settings.ollama_model,
            timeout_s=settings.llm_timeout_s,
            retries=settings.backend_retries,
        )

    def chat_json(
        self,
        messages: list[ChatMessage],
        *,
        schema: dict,
        seed: int,
        temperature: float,
        is_cancelled: Callable[[], bool] = never,
    ) -> str:
        """One non-streaming chat turn constrained by `schema`; returns the reply text."""
        body = {
            "model": self.model,
            "messages": messages,
            "format": schema,
            "stream": False,
            "options": {"seed": int(seed), "temperature": float(temperature)},
        }
        data = call_cancellable(
            lambda: self.http.post_json("/api/chat", body, is_cancelled=is_cancelled), is_cancelled
        )
        msg = data.get("message") if isinstance(data, dict) else None
        content = msg.get("content") if isinstance(msg, dict) else None
        if not isinstance(content, str):
            raise BackendUnavailable("Ollama's reply has no message content.", self.http.hint)
        return content

    def check(self) -> BackendStatus:
        """Version from /api/version, the model from /api/tags."""
        st = BackendStatus(name="ollama", reachable=False, model=self.model)
        try:
            st.version = str(self.http.get_json("/api/version", retry=False).get("version"))
            st.reachable = True
            tags = self.http.get_json("/api/tags", retry=False)
        except AssetsmithError as exc:
            st.detail = exc.message
            return st
        st.available = sorted(
            m.get("name", "") for m in tags.get("models", []) if isinstance(m, dict)
        )
        st.model_present = any(model_matches(self.model, n) for n in st.available)
        if not st.model_present:
            st.detail = f"model '{self.model}' is not pulled (run `ollama pull {self.model}`)"
        return st

    def close(self) -> None:
        self.http.close()
