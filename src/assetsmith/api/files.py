"""Serving a job's files: safe content types, no sniffing, attachments unless an image.

A local store's files are sent from disk (with range requests). A store that hands out presigned
URLs (s3) gets a 307 redirect to a URL made for this request alone, with the same Content-Type
and Content-Disposition, so the bytes never pass through the API server.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from fastapi.responses import FileResponse, RedirectResponse, StreamingResponse

from ..errors import NotFound
from ..storage import ArtifactStore

SAFE_TYPES = {
    ".png": "image/png",
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".json": "application/json",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".zip": "application/zip",
    ".usdz": "model/vnd.usdz+zip",
    ".exr": "image/x-exr",
    ".jsonl": "application/x-ndjson",
    ".md": "text/plain; charset=utf-8",
    ".usda": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
INLINE = {".png", ".webp", ".jpg", ".jpeg", ".gif"}
FILE_CONTENT = {
    "content": {t.split(";")[0]: {} for t in {*SAFE_TYPES.values(), "application/octet-stream"}},
    "description": "The file's bytes.",
}
FILE_REDIRECT: dict[int | str, dict[str, Any]] = {
    307: {
        "description": "The file is in object storage (s3): fetch it from `Location`, a presigned "
        "URL made for this request that expires after a few minutes.",
        "headers": {
            "Location": {
                "description": "The presigned URL.",
                "schema": {"type": "string", "format": "uri"},
            }
        },
    }
}


def file_response(store: ArtifactStore, key: str, download_name: str | None = None):
    """The stored file as a response: FileResponse (with ranges) when it is a local file, else a
    307 redirect to a presigned URL, else the bytes streamed from the store."""
    suffix = PurePosixPath(key).suffix.lower()
    media = SAFE_TYPES.get(suffix, "application/octet-stream")
    name = download_name or PurePosixPath(key).name
    inline = suffix in INLINE and download_name is None
    headers = {
        "Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{name}"',
        "Cache-Control": "private, max-age=300",
    }
    local = store.local_path(key)
    if local is not None:
        if not local.is_file():
            raise NotFound("No such file in this job.", "List the job's files first.")
        return FileResponse(local, media_type=media, headers=headers)
    if not store.exists(key):  # our 404, not the object store's error page after the redirect
        raise NotFound("No such file in this job.", "List the job's files first.")
    url = store.presigned_url(key, filename=name, content_type=media, inline=inline)
    if url is not None:
        return RedirectResponse(url, status_code=307, headers={"Cache-Control": "no-store"})
    handle = store.open(key)

    def chunks():
        with handle:
            while block := handle.read(1 << 16):
                yield block

    return StreamingResponse(chunks(), media_type=media, headers=headers)


def download_origin(store: ArtifactStore) -> str | None:
    """The origin (scheme://host[:port]) presigned downloads come from, for the studio page's
    Content-Security-Policy; None when the store serves no presigned URLs. Presigning is a local
    computation: this makes no request."""
    url = store.presigned_url("healthcheck/origin")
    if url is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
