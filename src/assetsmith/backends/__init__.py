"""Model backends: language models that write specs, image models that paint albedo maps.

Each kind has a narrow Protocol (`llm.base.ChatBackend`, `texture.base.TextureBackend`) and a
registry (`registry`) that picks the implementation from a settings value. URLs, model names and
checkpoints come from Settings only, never from a request. The offline generators stay the
default and the fallback (`integration`).
"""

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.registry import LLM_BACKENDS, TEXTURE_BACKENDS, create_llm, create_texture
from assetsmith.errors import ModelOutputInvalid

__all__ = [
    "LLM_BACKENDS",
    "TEXTURE_BACKENDS",
    "BackendStatus",
    "ModelOutputInvalid",
    "create_llm",
    "create_texture",
]
