"""Serving a job's files: safe content types, no sniffing, attachments unless an image."""

from __future__ import annotations

from pathlib import PurePosixPath

from fastapi.responses import FileResponse, StreamingResponse

from ..storage import ArtifactStore

SAFE_TYPES = {".png": "image/png", ".webp": "image/webp", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
              ".gif": "image/gif", ".json": "application/json", ".glb": "model/gltf-binary",
              ".gltf": "model/gltf+json", ".zip": "application/zip", ".usdz": "model/vnd.usdz+zip",
              ".exr": "image/x-exr", ".jsonl": "application/x-ndjson", ".md": "text/plain; charset=utf-8",
              ".usda": "text/plain; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
INLINE = {".png", ".webp", ".jpg", ".jpeg", ".gif"}
FILE_CONTENT = {"content": {t.split(";")[0]: {} for t in {*SAFE_TYPES.values(), "application/octet-stream"}},
                "description": "The file's bytes."}


def file_response(store: ArtifactStore, key: str, download_name: str | None = None):
    """The stored file as a response (FileResponse with ranges when it is a local file)."""
    suffix = PurePosixPath(key).suffix.lower()
    media = SAFE_TYPES.get(suffix, "application/octet-stream")
    name = download_name or PurePosixPath(key).name
    disposition = "inline" if suffix in INLINE and download_name is None else "attachment"
    headers = {"Content-Disposition": f'{disposition}; filename="{name}"', "Cache-Control": "private, max-age=300"}
    local = store.local_path(key)
    if local is not None:
        if not local.is_file():
            from ..errors import NotFound

            raise NotFound("No such file in this job.", "List the job's files first.")
        return FileResponse(local, media_type=media, headers=headers)
    handle = store.open(key)

    def chunks():
        with handle:
            while block := handle.read(1 << 16):
                yield block

    return StreamingResponse(chunks(), media_type=media, headers=headers)
