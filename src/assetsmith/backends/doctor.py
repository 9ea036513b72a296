"""`assetsmith doctor` lines for the configured model backends: reachable, version, model or
checkpoint present. Only backends the settings select are probed (a default install probes none)."""

from __future__ import annotations

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.registry import LLM_BACKENDS, TEXTURE_BACKENDS
from assetsmith.errors import AssetsmithError

_FIX = {
    "ollama": "Start Ollama and `ollama pull` the model named by ASSETSMITH_OLLAMA_MODEL (URL: ASSETSMITH_OLLAMA_URL).",
    "openai": "Start the OpenAI-compatible server at ASSETSMITH_OPENAI_URL serving ASSETSMITH_OPENAI_MODEL.",
    "comfyui": "Start ComfyUI at ASSETSMITH_COMFYUI_URL with a checkpoint in models/checkpoints "
    "(ASSETSMITH_COMFYUI_CHECKPOINT); pip install 'assetsmith[comfyui]'.",
    "diffusers": "pip install 'assetsmith[diffusion]' and set ASSETSMITH_DIFFUSERS_CHECKPOINT to a local checkpoint.",
}


def _line(role: str, name: str, st: BackendStatus) -> dict:
    bits = [
        f"{name}",
        f"version {st.version}" if st.version else None,
        f"model {st.model}" + ("" if st.model_present else " (missing)") if st.model else None,
        st.detail or None,
    ]
    detail = "; ".join(b for b in bits if b)
    if not st.reachable:
        detail = f"{name} unreachable: {st.detail}"
    return {
        "name": f"{role} backend",
        "ok": st.ok,
        "required": False,
        "detail": detail,
        "fix": _FIX.get(name, "") + " Until then the offline generators are used.",
    }


def backend_checks(settings) -> list[dict]:
    """One check (name, ok, required, detail, fix) per configured non-offline backend."""
    out = []
    for role, registry, name in (
        ("spec", LLM_BACKENDS, settings.spec_backend),
        ("texture", TEXTURE_BACKENDS, settings.texture_backend),
    ):
        if name == registry.offline:
            out.append(
                {
                    "name": f"{role} backend",
                    "ok": True,
                    "required": False,
                    "detail": f"{name} (built in)",
                    "fix": "",
                }
            )
            continue
        try:
            backend = registry.create(name, settings)
        except AssetsmithError as exc:
            out.append(
                {
                    "name": f"{role} backend",
                    "ok": False,
                    "required": False,
                    "detail": f"{name}: {exc.message}",
                    "fix": _FIX.get(name, exc.hint),
                }
            )
            continue
        try:
            out.append(_line(role, name, backend.check()))
        finally:
            backend.close()
    return out
