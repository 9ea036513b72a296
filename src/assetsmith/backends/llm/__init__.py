"""Spec generation with language models (Ollama, OpenAI-compatible servers)."""

from assetsmith.backends.llm.base import ChatBackend, ChatMessage
from assetsmith.backends.llm.repair import generate_spec_with_model

__all__ = ["ChatBackend", "ChatMessage", "generate_spec_with_model"]
