"""The CLIP image embedder: open_clip weights or an exported image-tower ONNX file, from a local
path in settings (`originality_clip_weights`); nothing is ever downloaded.

- `*.onnx`: onnxruntime (CUDA provider when present and allowed, else CPU); no torch needed.
- anything else: an open_clip checkpoint (state dict in .pt/.bin/.safetensors) for the
  architecture `originality_clip_model`, built with `pretrained=None` and then loaded.
Preprocessing is CLIP's (shorter side to the model's size, bicubic; centre crop; OpenAI mean and
std), done with Pillow and numpy so torchvision's transforms are not needed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from ..errors import AssetsmithError, InvalidInput, import_extra
from ..settings import Settings

MEAN = np.array([0.48145466, 0.4578275, 0.40821073], np.float32)
STD = np.array([0.26862954, 0.26130258, 0.27577711], np.float32)


def preprocess(pixels: np.ndarray, size: int) -> np.ndarray:
    """(3, size, size) float32, CLIP-normalised."""
    from PIL import Image

    im = Image.fromarray(np.ascontiguousarray(pixels[..., :3]))
    w, h = im.size
    s = size / min(w, h)
    im = im.resize((max(size, round(w * s)), max(size, round(h * s))), Image.Resampling.BICUBIC)
    left, top = (im.width - size) // 2, (im.height - size) // 2
    a = np.asarray(im.crop((left, top, left + size, top + size)), np.float32) / 255.0
    return np.ascontiguousarray(((a - MEAN) / STD).transpose(2, 0, 1))


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, np.float32).reshape(len(v), -1)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def _weights_id(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:12]


class OnnxClipEmbedder:
    """An image tower exported to ONNX (input NCHW float32, output (N, dim))."""

    def __init__(self, path: Path, device: str = "auto") -> None:
        ort = import_extra("onnxruntime", "clip", "The CLIP embedder's ONNX runtime")
        providers = ["CPUExecutionProvider"]
        if device in ("auto", "cuda") and "CUDAExecutionProvider" in ort.get_available_providers():
            providers.insert(0, "CUDAExecutionProvider")
        elif device == "cuda":
            raise AssetsmithError(
                "CUDA was asked for but onnxruntime has no CUDA provider.",
                "Install onnxruntime-gpu or set ASSETSMITH_ORIGINALITY_DEVICE=cpu.",
            )
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1  # the worker pool already uses the cores
        self.session = ort.InferenceSession(str(path), sess_options=opts, providers=providers)
        inp = self.session.get_inputs()[0]
        self._input = inp.name
        self.size = int(inp.shape[-1]) if isinstance(inp.shape[-1], int) else 224
        self.dim = int(
            self.session.run(
                None, {self._input: np.zeros((1, 3, self.size, self.size), np.float32)}
            )[0].shape[-1]
        )
        self.id = f"clip-onnx-{_weights_id(path)}"

    def embed(self, images: list[np.ndarray]) -> np.ndarray:
        if not images:
            return np.zeros((0, self.dim), np.float32)
        batch = np.stack([preprocess(im, self.size) for im in images])
        return _unit(self.session.run(None, {self._input: batch})[0])

    def embed_for_corpus(self, image: np.ndarray) -> np.ndarray:
        return self.embed([image])


def import_open_clip():
    """open_clip, importable beside a torchvision wheel whose compiled ops do not match this torch
    (PyPI's CUDA torchvision with the CPU torch): register stand-in `torchvision::nms`/`qnms`
    schemas first, which is all its import needs; the image tower never calls them."""
    from .._torchcompat import prepare_torchvision

    prepare_torchvision()  # shared with the diffusion backend: one stub registration per process
    return import_extra("open_clip", "clip", "The CLIP embedder")


class OpenClipEmbedder:
    """An open_clip model (`model_name`) with a local state dict."""

    def __init__(self, path: Path, model_name: str, device: str = "auto", *, model=None) -> None:
        import torch

        self.torch = torch
        if model is None:
            open_clip = import_open_clip()
            model = open_clip.create_model(model_name, pretrained=None)
            state = _load_state(path)
            state = state.get("state_dict", state)
            model.load_state_dict({k.removeprefix("module."): v for k, v in state.items()})
        self.device = "cuda" if device in ("auto", "cuda") and torch.cuda.is_available() else "cpu"
        if device == "cuda" and self.device != "cuda":
            raise AssetsmithError(
                "CUDA was asked for but torch sees no GPU.",
                "Set ASSETSMITH_ORIGINALITY_DEVICE=cpu.",
            )
        if self.device == "cpu":
            torch.set_num_threads(
                1
            )  # jobs run side by side: one thread each beats oversubscription
        self.model = model.to(self.device).eval()
        size = getattr(model.visual, "image_size", 224)
        self.size = int(size[0] if isinstance(size, tuple | list) else size)
        with torch.no_grad():
            self.dim = int(
                self._forward(np.zeros((1, 3, self.size, self.size), np.float32)).shape[-1]
            )
        self.id = f"clip-{model_name}-{_weights_id(path)}" if path else f"clip-{model_name}"

    def _forward(self, batch: np.ndarray) -> np.ndarray:
        with self.torch.no_grad():
            x = self.torch.from_numpy(batch).to(self.device)
            return self.model.encode_image(x).float().cpu().numpy()

    def embed(self, images: list[np.ndarray]) -> np.ndarray:
        if not images:
            return np.zeros((0, self.dim), np.float32)
        return _unit(self._forward(np.stack([preprocess(im, self.size) for im in images])))

    def embed_for_corpus(self, image: np.ndarray) -> np.ndarray:
        return self.embed([image])


def _load_state(path: Path) -> dict:
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        return load_file(str(path))
    import torch

    return torch.load(str(path), map_location="cpu", weights_only=True)


def open_clip_embedder(settings: Settings):
    """The CLIP embedder the settings describe (ONNX or open_clip by the file's suffix)."""
    path = settings.originality_clip_weights
    if path is None:
        raise InvalidInput(
            "The CLIP embedder needs local weights.",
            "Set ASSETSMITH_ORIGINALITY_CLIP_WEIGHTS to an open_clip checkpoint or an .onnx "
            "image tower (nothing is downloaded).",
        )
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(
            "The CLIP weights file does not exist.", "Check ASSETSMITH_ORIGINALITY_CLIP_WEIGHTS."
        )
    if path.suffix == ".onnx":
        return OnnxClipEmbedder(path, settings.originality_device)
    return OpenClipEmbedder(path, settings.originality_clip_model, settings.originality_device)
