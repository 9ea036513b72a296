"""Image embedders behind one Protocol, picked by the `originality_embedder` setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import numpy as np

from ..registry import Lazy, Registry
from ..settings import Settings
from . import descriptor


@runtime_checkable
class ImageEmbedder(Protocol):
    """Turns RGB uint8 images (H, W, 3) into unit float32 vectors for the cosine index.

    `id` names the vector space (model and version): indexes are kept per id, so vectors of
    different embedders are never compared. `embed` gives one row per image (queries);
    `embed_for_corpus` gives the rows stored for one known image (one or more: the default
    descriptor stores rotated and cropped views so that a query needs only one)."""

    id: str
    dim: int

    def embed(self, images: list[np.ndarray]) -> np.ndarray:
        """(len(images), dim) unit vectors."""
        ...

    def embed_for_corpus(self, image: np.ndarray) -> np.ndarray:
        """(k, dim) unit vectors stored for one corpus image; row 0 equals `embed([image])[0]`."""
        ...


class DescriptorEmbedder:
    """The built-in descriptor (no weights, deterministic; see descriptor.py)."""

    id = descriptor.DESCRIPTOR_ID
    dim = descriptor.DIM

    def embed(self, images: list[np.ndarray]) -> np.ndarray:
        if not images:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([descriptor.describe(im) for im in images])

    def embed_for_corpus(self, image: np.ndarray) -> np.ndarray:
        return descriptor.describe_augmented(image)


EmbedderFactory = Callable[[Settings], ImageEmbedder]


def _descriptor(settings: Settings) -> ImageEmbedder:
    return DescriptorEmbedder()


# clip.py imports torch or onnxruntime (the clip extra) only when a model is opened, but it is
# heavy to import all the same: it is loaded when chosen.
EMBEDDERS: Registry[EmbedderFactory] = Registry(
    "originality embedder",
    {"descriptor": _descriptor, "clip": Lazy("assetsmith.originality.clip:open_clip_embedder")},
)
_CACHE: dict[tuple[str, str, str, str], ImageEmbedder] = {}


def get_embedder(settings: Settings) -> ImageEmbedder:
    """The configured embedder; loaded models are kept per (kind, weights, device) in this process
    because loading CLIP weights costs far more than one audit."""
    name = settings.originality_embedder
    factory = EMBEDDERS.get(name)
    key = (
        name,
        str(settings.originality_clip_weights),
        settings.originality_clip_model,
        settings.originality_device,
    )
    if key not in _CACHE:
        _CACHE[key] = factory(settings)
    return _CACHE[key]
