"""Albedo textures from a local Stable Diffusion checkpoint with diffusers (extra `diffusion`).

The checkpoint is a local path only: a diffusers folder (`from_pretrained`) or a single
`.safetensors`/`.ckpt` file (`from_single_file`), always with `local_files_only=True`, so nothing
is fetched at run time. Tiling comes from circular padding: every Conv2d of the UNet and the VAE
gets `padding_mode="circular"`, which makes the whole network wrap around the image edges. It
runs on CUDA when present (float16 there, float32 on CPU).
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assetsmith.backends.base import BackendStatus, import_extra
from assetsmith.backends.http import never
from assetsmith.backends.texture.base import GeneratedTexture, TextureRequest
from assetsmith.errors import BackendUnavailable, Cancelled

NATIVE_SIZE = {"sd15": 512, "sdxl": 1024}
_LOADED: dict[tuple, DiffusersBackend] = {}
_CACHE_LOCK = threading.Lock()


def _torch():
    return import_extra("torch", "diffusion", "The local diffusion backend")


def pick_device(wanted: str = "auto") -> str:
    """'auto' -> 'cuda' when torch sees a GPU, else 'cpu'."""
    torch = _torch()
    if wanted == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if wanted == "cuda" and not torch.cuda.is_available():
        raise BackendUnavailable(
            "ASSETSMITH_DIFFUSERS_DEVICE is 'cuda' but torch sees no GPU.",
            "Install a CUDA build of torch or use 'auto'.",
        )
    return wanted


def make_tiling(pipe: Any, mode: str = "circular") -> int:
    """Set `padding_mode` on every Conv2d of the pipeline's UNet and VAE; returns how many."""
    torch = _torch()
    count = 0
    for part in (getattr(pipe, "unet", None), getattr(pipe, "vae", None)):
        if part is None:
            continue
        for module in part.modules():
            if isinstance(module, torch.nn.Conv2d):
                module.padding_mode = mode
                count += 1
    return count


def load_pipeline(checkpoint: Path, *, profile: str, dtype: Any) -> Any:
    """A text-to-image pipeline from a local folder or file; never touches the network."""
    diffusers = import_extra("diffusers", "diffusion", "The local diffusion backend")
    path = Path(checkpoint).expanduser()
    if not path.exists():
        raise BackendUnavailable(
            "The diffusers checkpoint does not exist.",
            "Set ASSETSMITH_DIFFUSERS_CHECKPOINT to a local .safetensors file or diffusers folder.",
        )
    try:
        with (
            warnings.catch_warnings()
        ):  # newer diffusers renamed torch_dtype to dtype; older need torch_dtype
            warnings.filterwarnings("ignore", message=".*torch_dtype.*", category=FutureWarning)
            if path.is_dir():
                return diffusers.DiffusionPipeline.from_pretrained(
                    str(path), local_files_only=True, torch_dtype=dtype
                )
            cls = (
                diffusers.StableDiffusionXLPipeline
                if profile == "sdxl"
                else diffusers.StableDiffusionPipeline
            )
            return cls.from_single_file(str(path), local_files_only=True, torch_dtype=dtype)
    except Exception as exc:  # corrupt file, missing config in the local cache, wrong profile
        raise BackendUnavailable(
            f"The diffusers checkpoint could not be loaded ({type(exc).__name__}).",
            "Use a diffusers folder (save_pretrained), or check ASSETSMITH_COMFYUI_PROFILE "
            "matches the checkpoint (sd15/sdxl).",
        ) from None


class DiffusersBackend:
    """TextureBackend running a diffusers pipeline in this process."""

    name = "diffusers"

    def __init__(
        self,
        checkpoint: Path | None = None,
        *,
        device: str = "auto",
        profile: str = "sd15",
        pipeline: Any = None,
        size: int | None = None,
    ) -> None:
        self.checkpoint = Path(checkpoint) if checkpoint else None
        self.wanted_device = device
        self.profile = profile
        self.size = size or NATIVE_SIZE.get(profile, 512)
        self._pipe = pipeline
        self._device: str | None = None
        self._lock = threading.Lock()  # one pipeline, one caller at a time

    @classmethod
    def from_settings(cls, settings) -> DiffusersBackend:
        if settings.diffusers_checkpoint is None:
            raise BackendUnavailable(
                "The diffusers backend has no checkpoint configured.",
                "Set ASSETSMITH_DIFFUSERS_CHECKPOINT to a local checkpoint file or folder.",
            )
        key = (
            str(settings.diffusers_checkpoint),
            settings.diffusers_device,
            settings.comfyui_profile,
        )
        with (
            _CACHE_LOCK
        ):  # a worker keeps one loaded pipeline across jobs instead of reloading per job
            if key not in _LOADED:
                _LOADED.clear()
                _LOADED[key] = cls(
                    settings.diffusers_checkpoint,
                    device=settings.diffusers_device,
                    profile=settings.comfyui_profile,
                )
            return _LOADED[key]

    @property
    def pipeline(self) -> str:
        what = self.checkpoint.name if self.checkpoint else "in-memory pipeline"
        return f"diffusers:{self.profile}:{what}@{self._device or self.wanted_device}"

    def _ready(self) -> Any:
        if self._device is None:
            torch = _torch()
            self._device = pick_device(self.wanted_device)
            if self._pipe is None:
                if self.checkpoint is None:
                    raise BackendUnavailable(
                        "The diffusers backend has no checkpoint configured.",
                        "Set ASSETSMITH_DIFFUSERS_CHECKPOINT to a local checkpoint file or folder.",
                    )
                dtype = torch.float16 if self._device == "cuda" else torch.float32
                self._pipe = load_pipeline(self.checkpoint, profile=self.profile, dtype=dtype)
            if hasattr(self._pipe, "safety_checker"):
                self._pipe.safety_checker = (
                    None  # textures, not photos; it also needs extra weights
                )
            make_tiling(self._pipe)
            self._pipe.to(self._device)
            self._pipe.set_progress_bar_config(disable=True)
        return self._pipe

    def generate(
        self,
        request: TextureRequest,
        *,
        is_cancelled: Callable[[], bool] = never,
        latents: Any = None,
    ) -> GeneratedTexture:
        """Paint one albedo; cancellation stops the sampler between steps."""
        torch = _torch()
        with self._lock:
            pipe = self._ready()
            cancelled = False

            def on_step(p, step, timestep, kwargs):
                nonlocal cancelled
                if is_cancelled():
                    cancelled = True
                    p._interrupt = True  # diffusers' own stop flag, checked before each step
                return kwargs

            gen = torch.Generator(self._device).manual_seed(int(request.seed))
            t0 = time.perf_counter()
            with torch.inference_mode():
                out = pipe(
                    prompt=request.prompt,
                    negative_prompt=request.negative_prompt or None,
                    num_inference_steps=int(request.steps),
                    guidance_scale=float(request.cfg),
                    height=self.size,
                    width=self.size,
                    generator=gen,
                    latents=latents,
                    output_type="np",
                    callback_on_step_end=on_step,
                )
            if self._device == "cuda":
                torch.cuda.synchronize()
            seconds = time.perf_counter() - t0
        if cancelled:
            raise Cancelled(
                "The job was cancelled while the diffusion model was painting a texture."
            )
        img = np.asarray(out.images[0], dtype=np.float32)
        albedo = np.clip(np.rint(img * 255.0), 0, 255).astype(np.uint8)
        return GeneratedTexture(
            albedo=albedo,
            info={
                "device": self._device,
                "steps": int(request.steps),
                "seconds": round(seconds, 3),
            },
        )

    def check(self) -> BackendStatus:
        """torch and diffusers importable, checkpoint present, device."""
        st = BackendStatus(
            name="diffusers",
            reachable=False,
            model=str(self.checkpoint) if self.checkpoint else None,
        )
        try:
            torch = _torch()
            diffusers = import_extra("diffusers", "diffusion", "The local diffusion backend")
        except BackendUnavailable as exc:
            st.detail = f"{exc.message} {exc.hint}"
            return st
        st.reachable = True
        st.version = f"diffusers {diffusers.__version__}, torch {torch.__version__}"
        st.model_present = self._pipe is not None or bool(
            self.checkpoint and self.checkpoint.exists()
        )
        device = "cuda" if torch.cuda.is_available() else "cpu"
        st.detail = f"device {self.wanted_device} (torch sees {device})" + (
            "" if st.model_present else "; the checkpoint path does not exist"
        )
        return st

    def close(self) -> None:
        """Keeps the loaded pipeline (cached for the next job); `unload()` frees it."""

    def unload(self) -> None:
        self._pipe, self._device = None, None
