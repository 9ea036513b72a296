"""Importing torch-based packages beside a torchvision wheel that does not match this torch.

PyPI's torchvision is a CUDA build; with the pinned CPU torch its compiled ops fail to load and
`import torchvision` raises "operator torchvision::nms does not exist". open_clip, transformers
and diffusers all import torchvision when it is installed, so each would fail. Registering the two
operator schemas torchvision's Python side expects lets it import; nothing we run calls them.
"""

from __future__ import annotations

import contextlib
import importlib.util

_KEEP: list = []  # the Library object must stay alive for its definitions to stay registered


def prepare_torchvision() -> None:
    """Make `import torchvision` (and packages that import it) work; a no-op when it already does."""
    if _KEEP or importlib.util.find_spec("torchvision") is None:
        return
    try:
        import torchvision  # noqa: F401

        _KEEP.append(None)
        return
    except RuntimeError:
        pass
    import torch

    lib = torch.library.Library("torchvision", "DEF")
    _KEEP.append(lib)
    for schema in (
        "nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor",
        "qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor",
    ):
        with contextlib.suppress(RuntimeError):  # already defined by a matching build
            lib.define(schema)
