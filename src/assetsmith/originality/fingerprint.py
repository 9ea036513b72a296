"""Fingerprints: what every layer needs to know about an asset, from bytes or from a job context.

A pack contributes its base-colour (albedo) maps, its rendered previews when it has them (hero
and turntable views; the `Previews/` folder), its main model, and the sha256 of each of those
files. A single image or GLB contributes itself. Nothing here reads a path.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..errors import InvalidInput
from .embedders import ImageEmbedder
from .geometry import canonical_hash, mesh_from_parts, shape_descriptor
from .images import decode_image, split_sheet
from .meshio import glb_base_color_images, glb_triangles
from .phash import dhash, phash

if TYPE_CHECKING:
    from ..pipeline.context import JobContext

ALBEDO = re.compile(r"(_albedo|_BC)\.png$")
VIEWS_KEPT = 4  # every other turntable view: half the cost, and neighbouring views look alike


@dataclass
class ImagePrint:
    label: str
    sha256: str | None
    phash: int
    dhash: int
    vectors: np.ndarray  # (1, d) for a query; (k, d) for the corpus (row 0 is the plain view)


@dataclass
class ModelPrint:
    label: str
    sha256: str | None
    geo_hash: str
    shape: np.ndarray


@dataclass
class Fingerprint:
    name: str
    kind: str  # pack | image | model
    source_sha256: str
    embedder: str
    files: dict[str, str] = field(default_factory=dict)  # label -> sha256 (the exact layer)
    images: list[ImagePrint] = field(default_factory=list)
    models: list[ModelPrint] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "images": len(self.images),
            "models": len(self.models),
            "files": len(self.files),
        }


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def image_prints(
    items: Sequence[tuple[str, np.ndarray, str | None]], embedder: ImageEmbedder, corpus: bool
) -> list[ImagePrint]:
    """(label, pixels, sha256) items as ImagePrints: one vector each for a query, the augmented set
    for the corpus."""
    if corpus:
        vecs = [embedder.embed_for_corpus(px) for _, px, _ in items]
    else:
        flat = embedder.embed([px for _, px, _ in items])
        vecs = [flat[i : i + 1] for i in range(len(items))]
    return [
        ImagePrint(label, digest, phash(px), dhash(px), v)
        for (label, px, digest), v in zip(items, vecs, strict=True)
    ]


def model_print(
    label: str, positions: np.ndarray, triangles: np.ndarray, digest: str | None
) -> ModelPrint:
    """A triangle mesh's canonical geometry hash and shape descriptor (InvalidInput without a surface)."""
    try:
        return ModelPrint(
            label,
            digest,
            canonical_hash(positions, triangles),
            shape_descriptor(positions, triangles),
        )
    except ValueError as exc:
        raise InvalidInput(
            f"'{label}' has unusable geometry ({exc}).", "Pass a model with a real surface."
        ) from None


def preview_images(files: dict[str, bytes], max_pixels: int) -> list[tuple[str, np.ndarray, str]]:
    """(label, pixels, sha256) of the rendered previews in a pack: the hero shot and every other
    turntable view (split from the 4-column sheet)."""
    out = []
    for path in sorted(files):
        if not path.startswith("Previews/"):
            continue
        if path.endswith("_hero.png"):
            out.append(
                (
                    path,
                    decode_image(files[path], name=path, max_pixels=max_pixels),
                    sha256(files[path]),
                )
            )
        elif path.endswith("_turntable.png"):
            frames = split_sheet(decode_image(files[path], name=path, max_pixels=max_pixels))
            step = max(1, len(frames) // VIEWS_KEPT)
            digest = sha256(files[path])
            out += [(f"{path}#view{i}", frames[i], digest) for i in range(0, len(frames), step)][
                :VIEWS_KEPT
            ]
    return out


def main_model_path(files: dict[str, bytes]) -> str | None:
    models = sorted(
        p for p in files if p.lower().endswith(".glb") and "_LOD" not in p and "_collider" not in p
    )
    return models[0] if models else None


def fingerprint_pack_files(
    files: dict[str, bytes], name: str, embedder: ImageEmbedder, *, corpus: bool, max_pixels: int
) -> Fingerprint:
    """A pack given as {pack-relative path: bytes} (a folder's or a zip's contents)."""
    chosen = sorted(p for p in files if ALBEDO.search(p))
    model = main_model_path(files)
    if not chosen and model is None and not any(p.startswith("Previews/") for p in files):
        raise InvalidInput(
            f"'{name}' has no textures, previews or model to audit.",
            "Pass an assetsmith pack (folder or pack.zip), an image or a .glb file.",
        )
    listing = sorted(
        f"{p}\0{sha256(files[p])}"
        for p in [
            *chosen,
            *([model] if model else []),
            *(p for p in files if p.startswith("Previews/")),
        ]
    )
    fp = Fingerprint(name, "pack", sha256("\n".join(listing).encode()), embedder.id)
    items: list[tuple[str, np.ndarray, str | None]] = [
        (p, decode_image(files[p], name=p, max_pixels=max_pixels), sha256(files[p])) for p in chosen
    ]
    items += preview_images(files, max_pixels)
    fp.images = image_prints(items, embedder, corpus)
    for p in chosen:
        fp.files[p] = sha256(files[p])
    if model is not None:
        fp.files[model] = sha256(files[model])
        fp.models.append(
            model_print(model, *glb_triangles(files[model], name=model), fp.files[model])
        )
    return fp


def fingerprint_image(
    data: bytes, name: str, embedder: ImageEmbedder, *, corpus: bool, max_pixels: int
) -> Fingerprint:
    """One image file."""
    pixels = decode_image(data, name=name, max_pixels=max_pixels)
    digest = sha256(data)
    fp = Fingerprint(name, "image", digest, embedder.id, files={name: digest})
    fp.images = image_prints([(name, pixels, digest)], embedder, corpus)
    return fp


def fingerprint_glb(
    data: bytes, name: str, embedder: ImageEmbedder, *, corpus: bool, max_pixels: int
) -> Fingerprint:
    """One GLB: its geometry and its embedded base-colour textures."""
    digest = sha256(data)
    positions, triangles = glb_triangles(data, name=name)
    fp = Fingerprint(name, "model", digest, embedder.id, files={name: digest})
    fp.models.append(model_print(name, positions, triangles, digest))
    items = [
        (f"{name}#{label}", decode_image(blob, name=label, max_pixels=max_pixels), sha256(blob))
        for label, blob in glb_base_color_images(data)
    ]
    fp.images = image_prints(items, embedder, corpus)
    return fp


def fingerprint_context(
    ctx: JobContext, embedder: ImageEmbedder, *, max_pixels: int
) -> Fingerprint:
    """The asset a job is building (after `layout`): albedo arrays straight from ctx.maps (no PNG
    decode), previews from ctx.files, geometry from ctx.geometry, file digests from the bytes.
    `max_pixels` bounds a decoded preview."""
    from .images import over_grey

    files = ctx.files
    fp = Fingerprint(ctx.asset_id, "pack", "", embedder.id)
    items: list[tuple[str, np.ndarray, str | None]] = []
    for (variant, material), maps in sorted(ctx.maps.items()):
        label = f"{variant}/{material}/albedo"
        items.append((label, over_grey(maps.albedo), None))
    for path in sorted(p for p in files if ALBEDO.search(p)):
        fp.files[path] = sha256(files[path])
    items += preview_images(files, max_pixels)
    fp.images = image_prints(items, embedder, corpus=False)
    model = main_model_path(files)
    if model is not None:
        fp.files[model] = sha256(files[model])
    if ctx.geometry is not None:
        fp.models.append(
            model_print(
                model or "geometry",
                *mesh_from_parts(ctx.geometry.parts),
                fp.files.get(model) if model else None,
            )
        )
    return fp
