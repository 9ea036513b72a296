"""`clip_embed` for batch exports: embed what an export shows and audit it against the corpus.

What is embedded:
- frame sequences (EXR, PNG): up to `MAX_FRAMES` frames spread over the range; EXR frames are
  tone-mapped (linear to sRGB, clipped) and their alpha composited over grey, as uploads are;
- scene exports (USD, GLB): the exported file is loaded back and rendered (a hero shot and
  `TURNTABLE_VIEWS` turntable views), so what is audited is what was written.
The geometry layer gets the exported scene (USD, GLB) or the config's scene (sequences).

The result is `<dir>/<scene>.originality.json` beside the export: the embedder, each view's
embedding and perceptual hashes, and the audit (verdict, originality score, nearest known assets).
With ASSETSMITH_ORIGINALITY=enforce a `block` fails the batch job before anything is committed;
`report` records it; `off` refuses `clip_embed` (the config asked for an audit that is turned off).
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

import numpy as np

from ..errors import InvalidInput, OriginalityBlocked
from ..formats.atomic import write_json
from ..settings import Settings
from .audit import audit_fingerprint, empty_report
from .corpus import Corpus
from .fingerprint import Fingerprint, image_prints, model_print
from .images import decode_image, over_grey
from .policy import Policy

MAX_FRAMES = 8
TURNTABLE_VIEWS = 4
VIEW_SIZE = 256


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _spread(items: list, n: int) -> list:
    """At most n items, evenly spread, first and last included."""
    if len(items) <= n:
        return list(items)
    idx = np.unique(np.round(np.linspace(0, len(items) - 1, n)).astype(int))
    return [items[i] for i in idx]


def exr_to_srgb(path: Path) -> np.ndarray:
    """An EXR frame as display RGB uint8: linear values clipped to 0..1, sRGB-encoded, alpha over grey."""
    from ..render.exr import read_exr

    _header, ch = read_exr(path)
    if not all(c in ch for c in "RGB"):
        raise InvalidInput(
            f"'{path.name}' has no RGB channels to embed.",
            'Render the beauty pass ("passes": ["beauty", ...]) when clip_embed is on.',
        )
    rgb = np.clip(np.stack([ch[c].astype(np.float32) for c in "RGB"], axis=-1), 0.0, 1.0)
    srgb = np.where(rgb <= 0.0031308, rgb * 12.92, 1.055 * np.power(rgb, 1 / 2.4) - 0.055)
    out = (srgb * 255.0 + 0.5).astype(np.uint8)
    if "A" in ch:
        alpha = (np.clip(ch["A"].astype(np.float32), 0, 1) * 255.0 + 0.5).astype(np.uint8)
        out = np.concatenate([out, alpha[..., None]], axis=-1)
    return over_grey(out)


def _scene_geometry(scene) -> tuple[np.ndarray, np.ndarray]:
    """All items of a RenderScene as one world-space triangle soup (positions, triangles)."""
    positions, triangles, base = [], [], 0
    for item in scene.items:
        mesh = item.mesh
        if not mesh.triangle_count:
            continue
        p = mesh.positions.astype(np.float64) @ item.matrix[:3, :3].T + item.matrix[:3, 3]
        positions.append(p)
        triangles.append(mesh.indices.astype(np.int64) + base)
        base += len(p)
    if not positions:
        raise InvalidInput(
            "The scene has no triangles to audit.", "Export a scene with at least one mesh."
        )
    return np.concatenate(positions), np.concatenate(triangles)


def _rendered_views(scene, name: str) -> list[tuple[str, np.ndarray, None]]:
    from ..render import PreviewOptions, render_previews

    options = PreviewOptions(
        hero_size=VIEW_SIZE,
        turntable_size=VIEW_SIZE,
        views=TURNTABLE_VIEWS,
        samples=1,
        turntable_samples=1,
    )
    images = render_previews(scene, options)
    views = [(f"{name}#hero", over_grey(images.hero), None)]
    views += [(f"{name}#view{i}", over_grey(f), None) for i, f in enumerate(images.turntable)]
    return views


def export_fingerprint(config, area, settings: Settings, embedder) -> Fingerprint:
    """The export (staged in `area`) as a query fingerprint: its views and its geometry."""
    from ..batch.scenes import load_scene_path

    fp = Fingerprint(config.scene_name, "export", "", embedder.id)
    if config.is_sequence:
        items: list[tuple[str, np.ndarray, str | None]] = []
        for frame in _spread(config.all_frames.frames(), MAX_FRAMES):
            rel = config.frame_file(frame)
            staged = area.staging / rel
            path = (
                staged if staged.is_file() else area.target(rel)
            )  # a queued chunk may have committed it
            data = path.read_bytes()
            pixels = (
                exr_to_srgb(path)
                if config.format == "EXR"
                else decode_image(data, name=path.name, max_pixels=settings.originality_max_pixels)
            )
            items.append((PurePosixPath(rel).name, pixels, _sha256(data)))
            fp.files[PurePosixPath(rel).name] = _sha256(data)
        scene = load_scene_path(config.scene_path)
        model_label, model_digest = PurePosixPath(str(config.scene)).name, None
    else:
        path = area.staging / config.output
        data = path.read_bytes()
        scene = load_scene_path(path)
        model_label, model_digest = path.name, _sha256(data)
        fp.files[path.name] = model_digest
        items = list(_rendered_views(scene, path.name))
    fp.images = image_prints(items, embedder, corpus=False)
    fp.models.append(model_print(model_label, *_scene_geometry(scene), model_digest))
    fp.source_sha256 = _sha256("\n".join(f"{k}\0{v}" for k, v in sorted(fp.files.items())).encode())
    return fp


def embed_export(config, area, settings: Settings) -> str:
    """Embed and audit a staged batch export; write `<scene>.originality.json` into the staging
    folder and return its export-relative path. Raises OriginalityBlocked on a block when the
    policy is enforced (the caller then commits nothing)."""
    if settings.originality == "off":
        raise InvalidInput(
            "Invalid job config: $.clip_embed: the originality audit is turned off on this "
            "install (ASSETSMITH_ORIGINALITY=off).",
            'Set "clip_embed": false, or ASSETSMITH_ORIGINALITY=report or enforce.',
        )
    from .embedders import get_embedder

    embedder = get_embedder(settings)
    fp = export_fingerprint(config, area, settings, embedder)
    policy = Policy.from_settings(settings)
    corpus = Corpus(settings, embedder_id=embedder.id, image_dim=embedder.dim)
    try:
        report = (
            empty_report(policy, embedder.id, fp.summary())
            if corpus.is_empty()
            else audit_fingerprint(fp, settings, corpus, policy)
        )
    finally:
        corpus.close()
    if report.blocked and settings.originality == "enforce":
        names = ", ".join(f"'{m['name']}'" for m in report.matches if m["verdict"] == "block")
        raise OriginalityBlocked(
            f"The export is too close to known assets: {names}.",
            "Change the scene, or remove the match from the corpus (`assetsmith corpus rm`) "
            "if it is your own.",
            details=report.matches,
        )
    rel = str(PurePosixPath(config.output).parent / f"{config.scene_name}.originality.json")
    write_json(
        area.stage(rel),
        {
            "scene": config.scene_name,
            "embedder": embedder.id,
            "dim": int(embedder.dim),
            "views": [
                {
                    "label": im.label,
                    "sha256": im.sha256,
                    "phash": f"{im.phash:016x}",
                    "dhash": f"{im.dhash:016x}",
                    "embedding": [round(float(x), 7) for x in im.vectors[0]],
                }
                for im in fp.images
            ],
            "geometry": [
                {"label": m.label, "sha256": m.sha256, "canonical_hash": m.geo_hash}
                for m in fp.models
            ],
            "audit": report.to_dict(),
        },
    )
    return rel
