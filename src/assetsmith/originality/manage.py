"""Corpus management and audits of local paths: what the CLI and the SDK call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import AssetsmithError, InvalidInput, NotFound
from ..settings import Settings
from .audit import AuditReport, audit_fingerprint
from .corpus import Corpus
from .embedders import ImageEmbedder, get_embedder
from .sources import collect

Progress = Callable[[int, int, str], None]  # (done, total, current name)


def open_corpus(settings: Settings) -> tuple[Corpus, ImageEmbedder]:
    embedder = get_embedder(settings)
    return Corpus(settings, embedder_id=embedder.id, image_dim=embedder.dim), embedder


def corpus_add(
    paths: list[str | Path],
    settings: Settings,
    *,
    progress: Progress | None = None,
    keep_going: bool = True,
) -> dict:
    """Fingerprint and add files, pack folders, pack.zips and folders of them. Returns
    {"added": [...], "existing": [...], "failed": [{"name", "error"}]}; a bad input is reported and
    skipped (never indexed) unless keep_going is False."""
    sources = list(collect([Path(p) for p in paths]))
    if not sources:
        raise InvalidInput(
            "Nothing to add under those paths.",
            "Give images, .glb files, packs or folders of them.",
        )
    corpus, embedder = open_corpus(settings)
    out: dict[str, list[dict[str, Any]]] = {"added": [], "existing": [], "failed": []}
    try:
        for i, src in enumerate(sources):
            if progress:
                progress(i, len(sources), src.name)
            try:
                fp = src.fingerprint(
                    embedder,
                    corpus=True,
                    max_pixels=settings.originality_max_pixels,
                    max_bytes=settings.max_upload_bytes,
                )
                asset, created = corpus.add(fp, info={"source": src.kind})
            except AssetsmithError as err:
                if not keep_going:
                    raise
                out["failed"].append({"name": src.name, "error": err.message, "hint": err.hint})
                continue
            out["added" if created else "existing"].append(asset)
        if progress:
            progress(len(sources), len(sources), "")
    finally:
        corpus.close()
    return out


def corpus_list(settings: Settings, *, limit: int = 100, offset: int = 0) -> list[dict]:
    """Known assets, oldest first."""
    corpus = Corpus(settings)  # listing needs no embedder (nor its model loaded)
    return corpus.list(limit=limit, offset=offset)


def corpus_remove(ref: str, settings: Settings) -> list[dict]:
    """Remove the assets with this id or name (their rows and vectors); NotFound when none."""
    corpus, embedder = open_corpus(settings)
    try:
        assets = corpus.find(str(ref))
        if not assets:
            raise NotFound(
                f"No known asset '{ref}'.", "See `assetsmith corpus list` for ids and names."
            )
        for a in assets:
            corpus.remove(a["id"])
        return assets
    finally:
        corpus.close()


def corpus_stats(settings: Settings) -> dict:
    """Counts of assets and items, vectors per index, and the index backend."""
    corpus, embedder = open_corpus(settings)
    try:
        return {**corpus.stats(), "embedder": embedder.id, "vectors": corpus.index_sizes()}
    finally:
        corpus.close()


def audit_path(path: str | Path, settings: Settings) -> AuditReport:
    """Audit a local image, .glb, pack folder or pack.zip against the corpus."""
    sources = list(collect([Path(path)]))
    if len(sources) != 1:
        raise InvalidInput(
            f"'{Path(path).name}' is not one image, model or pack.",
            "Give a single file or pack folder to audit.",
        )
    corpus, embedder = open_corpus(settings)
    try:
        fp = sources[0].fingerprint(
            embedder,
            corpus=False,
            max_pixels=settings.originality_max_pixels,
            max_bytes=settings.max_upload_bytes,
        )
        return audit_fingerprint(fp, settings, corpus)
    finally:
        corpus.close()
