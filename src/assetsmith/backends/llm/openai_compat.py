"""Any OpenAI-compatible server (llama.cpp's server, vLLM, ...): `POST /v1/chat/completions` with
`response_format: {"type": "json_schema", "json_schema": {"name", "schema", "strict": true}}`;
`GET /v1/models` to check the model."""

from __future__ import annotations

from collections.abc import Callable

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.http import HttpService, call_cancellable, never
from assetsmith.backends.llm.base import ChatMessage
from assetsmith.backends.llm.schema_for_llm import strict_schema
from assetsmith.errors import AssetsmithError, BackendUnavailable


def api_root(url: str) -> str:
    """Base URLs are accepted with or without the trailing /v1."""
    url = url.rstrip("/")
    return url[:-3] if url.endswith("/v1") else url


class OpenAICompatBackend:
    """Spec generation through an OpenAI-compatible chat-completions server."""

    name = "openai"

    def __init__(
        self,
        url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        retries: int = 2,
        backoff_s: float = 0.5,
    ) -> None:
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = HttpService(
            api_root(url),
            label="The OpenAI-compatible server",
            timeout_s=timeout_s,
            retries=retries,
            backoff_s=backoff_s,
            headers=headers,
            setting="ASSETSMITH_OPENAI_URL",
        )

    @classmethod
    def from_settings(cls, settings) -> OpenAICompatBackend:
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return cls(
            settings.openai_url,
            settings.openai_model,
            api_key=key,
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
        """One chat completion with strict JSON-schema output; returns the reply text."""
        body = {
            "model": self.model,
            "messages": messages,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "asset_spec",
                    "schema": strict_schema(schema),
                    "strict": True,
                },
            },
            "seed": int(seed),
            "temperature": float(temperature),
            "stream": False,
        }
        data = call_cancellable(
            lambda: self.http.post_json("/v1/chat/completions", body, is_cancelled=is_cancelled),
            is_cancelled,
        )
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise BackendUnavailable(
                "The OpenAI-compatible server's reply has no choices[0].message.content.",
                self.http.hint,
            ) from None
        if not isinstance(content, str):
            raise BackendUnavailable(
                "The OpenAI-compatible server returned an empty message.", self.http.hint
            )
        return content

    def check(self) -> BackendStatus:
        """The model from /v1/models; the version from /version (vLLM) when the server has it."""
        st = BackendStatus(name="openai", reachable=False, model=self.model)
        try:
            models = self.http.get_json("/v1/models", retry=False)
            st.reachable = True
        except AssetsmithError as exc:
            st.detail = exc.message
            return st
        st.available = sorted(
            m.get("id", "") for m in models.get("data", []) if isinstance(m, dict)
        )
        # llama.cpp serves whatever model it loaded, under any name; one listed model is "the" model.
        st.model_present = (
            self.model in st.available or self.model == "default" and len(st.available) == 1
        )
        if not st.model_present:
            st.detail = f"model '{self.model}' is not served (it serves: {', '.join(st.available) or 'nothing'})"
        try:
            st.version = str(self.http.get_json("/version", retry=False).get("version"))
        except (AssetsmithError, AttributeError):
            st.version = None
        return st

    def close(self) -> None:
        self.http.close()
