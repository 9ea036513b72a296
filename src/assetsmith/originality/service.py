"""What the HTTP routes call (`/embed`, `/index`, `/audit` and their /api/studio forms).

Inputs are uploaded bytes or a stored job id: never a server path (the reference service read
any path a client named). Uploads are size-checked against `max_upload_bytes`, sniffed by
content, and decoded under the pixel and zip-bomb limits before anything reaches an index.
"""

from __future__ import annotations

import re

from ..errors import InvalidInput, NotFound
from ..settings import Settings
from .audit import audit_fingerprint
from .fingerprint import fingerprint_pack_files
from .images import decode_image
from .manage import open_corpus
from .phash import dhash, phash
from .sources import fingerprint_bytes, sniff, stored_pack_files

JOB_ID = re.compile(r"^job_[0-9a-z]{6,64}$")


def _check_size(data: bytes, settings: Settings) -> None:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidInput(
            "The upload must be the file's bytes.", "Send the file itself, not a path."
        )
    if len(data) > settings.max_upload_bytes:
        raise InvalidInput(
            f"The upload is {len(data):,} bytes, over this server's limit of "
            f"{settings.max_upload_bytes:,}.",
            "Send a smaller file.",
        )


def embed_upload(data: bytes, settings: Settings) -> dict:
    """Reference `/embed`: an image in, its normalised embedding out (with the perceptual hashes).
    {"embedding": [...], "dim", "embedder", "phash", "dhash"}."""
    _check_size(data, settings)
    if sniff(bytes(data)) != "image":
        raise InvalidInput("/embed takes an image.", "Send a PNG, JPEG or WebP file.")
    pixels = decode_image(bytes(data), name="upload", max_pixels=settings.originality_max_pixels)
    from .embedders import get_embedder

    embedder = get_embedder(settings)
    vec = embedder.embed([pixels])[0]
    return {
        "embedding": [round(float(x), 7) for x in vec],
        "dim": int(embedder.dim),
        "embedder": embedder.id,
        "phash": f"{phash(pixels):016x}",
        "dhash": f"{dhash(pixels):016x}",
    }


def index_upload(data: bytes, settings: Settings, *, name: str | None = None) -> dict:
    """Reference `/index`: add an uploaded image, .glb or pack.zip to the known corpus.
    {"asset": {...}, "created": bool}; the same bytes again return the existing asset."""
    _check_size(data, settings)
    label = _safe_name(name) or "upload"
    corpus, embedder = open_corpus(settings)
    try:
        fp = fingerprint_bytes(
            bytes(data),
            label,
            embedder,
            corpus=True,
            max_pixels=settings.originality_max_pixels,
            max_bytes=settings.max_upload_bytes,
        )
        asset, created = corpus.add(fp, info={"source": "upload"})
        return {"asset": asset, "created": created}
    finally:
        corpus.close()


def audit_upload(
    data: bytes | None = None, settings: Settings | None = None, *, job_id: str | None = None
) -> dict:
    """Reference `/audit`: an upload (image, .glb, pack.zip) or a stored job's pack, against the
    corpus: {"verdict", "originality", "matches" (top 5, per-layer similarities), ...}."""
    if settings is None:
        raise TypeError("settings is required")
    if (data is None) == (job_id is None):
        raise InvalidInput(
            "Give exactly one of an upload or a job id.", 'Send a file, or {"job_id": "job_..."}.'
        )
    corpus, embedder = open_corpus(settings)
    try:
        if job_id is not None:
            fp = fingerprint_pack_files(
                _job_pack_files(job_id, settings),
                job_id,
                embedder,
                corpus=False,
                max_pixels=settings.originality_max_pixels,
            )
        else:
            assert data is not None  # exactly one of the two was given
            _check_size(data, settings)
            fp = fingerprint_bytes(
                bytes(data),
                "upload",
                embedder,
                corpus=False,
                max_pixels=settings.originality_max_pixels,
                max_bytes=settings.max_upload_bytes,
            )
        return audit_fingerprint(fp, settings, corpus).to_dict()
    finally:
        corpus.close()


def _job_pack_files(job_id: str, settings: Settings) -> dict[str, bytes]:
    """The pack of a stored job, found through the job store (the client names a job, not a path)."""
    if not isinstance(job_id, str) or not JOB_ID.match(job_id):
        raise InvalidInput(
            "That is not a job id.",
            "Job ids look like job_0123abcd... (see `assetsmith jobs list`).",
        )
    from ..jobs.store import JobStore
    from ..storage import get_artifact_store

    store = JobStore.from_settings(settings)
    try:
        rec = store.get(job_id)
    finally:
        store.close()
    files = (
        stored_pack_files(get_artifact_store(settings), f"{rec.folder}/pack") if rec.folder else {}
    )
    if rec.status != "succeeded" or not files:
        raise NotFound(
            f"Job '{job_id}' has no pack to audit.", "Audit a job that finished successfully."
        )
    return files


def _safe_name(name: str | None) -> str | None:
    """A display name for an upload: its last path component, printable, at most 200 characters."""
    if not name:
        return None
    base = re.split(r"[\\/]", str(name))[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:200] or None
