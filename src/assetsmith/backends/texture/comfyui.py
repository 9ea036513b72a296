"""Albedo textures from ComfyUI with an SD1.5 or SDXL graph.

The graph sent is `workflows/<profile>_albedo.api.json` (API format): CheckpointLoaderSimple ->
CLIPTextEncode x2 -> EmptyLatentImage -> KSampler -> VAEDecode -> SaveImage. ComfyUI's core has no
circular-padding option, so seamless tiling uses the ComfyUI-seamless-tiling custom nodes when the
server has them: `SeamlessTile` (tiling "enable") between the loader and the sampler, and
`CircularVAEDecode` in place of VAEDecode. Without them the plain graph runs. Either way the
caller's seam check measures the result and repairs it (offset-and-blend) or falls back, so the
nodes improve quality but correctness never depends on them. With a reference image and
strength < 1 the empty latent becomes LoadImage -> VAEEncode (image-to-image).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from importlib import resources

from assetsmith.backends.base import BackendStatus
from assetsmith.backends.http import never
from assetsmith.backends.texture.base import GeneratedTexture, TextureRequest
from assetsmith.backends.texture.comfyui_client import ComfyUIClient, decode_png
from assetsmith.errors import AssetsmithError, BackendUnavailable, UnknownName

SEAMLESS_NODES = ("SeamlessTile", "CircularVAEDecode")
PROFILES = ("sd15", "sdxl")


@cache
def _template(profile: str) -> dict:
    text = (
        resources.files("assetsmith.backends.texture")
        .joinpath(f"workflows/{profile}_albedo.api.json")
        .read_text()
    )
    return json.loads(text)


def build_graph(
    profile: str,
    request: TextureRequest,
    *,
    checkpoint: str,
    seamless: bool,
    reference_name: str | None = None,
) -> dict:
    """The API-format graph for one albedo (see the module docstring for its shape)."""
    g = copy.deepcopy(_template(profile))
    g["1"]["inputs"]["ckpt_name"] = checkpoint
    g["2"]["inputs"]["text"] = request.prompt
    g["3"]["inputs"]["text"] = request.negative_prompt
    sampler = g["5"]["inputs"]
    sampler.update(seed=int(request.seed), steps=int(request.steps), cfg=float(request.cfg))
    if seamless:
        g["10"] = {
            "class_type": "SeamlessTile",
            "inputs": {"model": ["1", 0], "tiling": "enable", "copy_model": "Make a copy"},
        }
        sampler["model"] = ["10", 0]
        g["6"]["class_type"] = "CircularVAEDecode"
    if reference_name is not None and request.strength < 1.0:
        g["11"] = {"class_type": "LoadImage", "inputs": {"image": reference_name}}
        g["12"] = {"class_type": "VAEEncode", "inputs": {"pixels": ["11", 0], "vae": ["1", 2]}}
        sampler["latent_image"] = ["12", 0]
        sampler["denoise"] = float(request.strength)
        del g["4"]
    return g


def pick_checkpoint(available: list[str], wanted: str | None, profile: str) -> str:
    """The configured checkpoint if ComfyUI lists it; else one whose name suggests the profile."""
    if wanted:
        if wanted not in available:
            raise BackendUnavailable(
                f"ComfyUI has no checkpoint '{wanted}'.",
                f"Put it in ComfyUI's models/checkpoints, or pick one of: "
                f"{', '.join(available[:10]) or 'none installed'}.",
            )
        return wanted
    if not available:
        raise BackendUnavailable(
            "ComfyUI has no checkpoints installed.",
            "Put an SD1.5 or SDXL checkpoint in ComfyUI's models/checkpoints.",
        )
    xl = [c for c in available if "xl" in c.lower()]
    rest = [c for c in available if c not in xl]
    return ((xl or rest) if profile == "sdxl" else (rest or xl))[0]


class ComfyUIBackend:
    """TextureBackend over a ComfyUI server (URL, profile and checkpoint from Settings)."""

    name = "comfyui"

    def __init__(
        self,
        url: str,
        *,
        profile: str = "sd15",
        checkpoint: str | None = None,
        timeout_s: float = 300.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        poll_s: float = 0.5,
    ) -> None:
        if profile not in PROFILES:
            raise UnknownName("ComfyUI profile", profile, PROFILES)
        self.profile = profile
        self.wanted_checkpoint = checkpoint
        self.timeout_s = timeout_s
        self.client = ComfyUIClient(
            url, timeout_s=min(60.0, timeout_s), retries=retries, backoff_s=backoff_s, poll_s=poll_s
        )
        self._checkpoint: str | None = None
        self._seamless: bool | None = None

    @classmethod
    def from_settings(cls, settings) -> ComfyUIBackend:
        return cls(
            settings.comfyui_url,
            profile=settings.comfyui_profile,
            checkpoint=settings.comfyui_checkpoint,
            timeout_s=settings.texture_timeout_s,
            retries=settings.backend_retries,
        )

    @property
    def pipeline(self) -> str:
        return f"comfyui:{self.profile}:{self._checkpoint or self.wanted_checkpoint or 'auto'}"

    def _prepare(self) -> tuple[str, bool]:
        if self._checkpoint is None:
            self._checkpoint = pick_checkpoint(
                self.client.checkpoints(), self.wanted_checkpoint, self.profile
            )
        if self._seamless is None:
            self._seamless = self.client.has_nodes(*SEAMLESS_NODES)
        return self._checkpoint, self._seamless

    def generate(
        self,
        request: TextureRequest,
        *,
        is_cancelled: Callable[[], bool] = never,
        on_progress: Callable[[float], None] | None = None,
    ) -> GeneratedTexture:
        """Queue the graph, follow it, fetch the first saved image."""
        checkpoint, seamless = self._prepare()
        ref = None
        if request.reference_png is not None and request.strength < 1.0:
            ref = self.client.upload_image(
                request.reference_png, f"assetsmith_ref_{request.seed}.png"
            )
        graph = build_graph(
            self.profile, request, checkpoint=checkpoint, seamless=seamless, reference_name=ref
        )
        prompt_id, images = self.client.run(
            graph, is_cancelled=is_cancelled, timeout_s=self.timeout_s, on_progress=on_progress
        )
        if not images:
            raise BackendUnavailable("ComfyUI finished the prompt but saved no image.")
        albedo = decode_png(self.client.view(images[0]))
        return GeneratedTexture(
            albedo=albedo,
            info={
                "checkpoint": checkpoint,
                "profile": self.profile,
                "seamless_nodes": seamless,
                "prompt_id": prompt_id,
            },
        )

    def check(self) -> BackendStatus:
        """Version from /system_stats, checkpoint from /object_info, seamless nodes noted."""
        st = BackendStatus(
            name="comfyui",
            reachable=False,
            model=self.wanted_checkpoint or f"auto ({self.profile})",
        )
        try:
            stats = self.client.system_stats()
            st.reachable = True
            st.version = str((stats.get("system") or {}).get("comfyui_version") or "unknown")
            st.available = self.client.checkpoints()
            st.model = pick_checkpoint(st.available, self.wanted_checkpoint, self.profile)
            st.model_present = True
            seamless = self.client.has_nodes(*SEAMLESS_NODES)
        except AssetsmithError as exc:
            st.detail = exc.message
            return st
        st.detail = (
            "seamless-tiling nodes present"
            if seamless
            else "no seamless-tiling nodes: seams are repaired after generation"
        )
        return st

    def close(self) -> None:
        self.client.close()
