"""The artifact-store protocol: where a job's files go once it has built them.

A job builds its pack in a local staging folder the store hands out, then commits the folder under
a prefix (the job id) in one step; readers list, read and delete by key. Keys are relative POSIX
paths (`job_x/pack/manifest.json`); anything that could escape the store's root is refused.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol, runtime_checkable

from ..errors import InvalidInput
from ..settings import Settings


@dataclass(frozen=True)
class ArtifactInfo:
    """One stored file: its key, size and SHA-256."""

    key: str
    bytes: int
    sha256: str

    def to_dict(self) -> dict[str, str | int]:
        return {"key": self.key, "bytes": self.bytes, "sha256": self.sha256}


@runtime_checkable
class ArtifactStore(Protocol):
    """Where job artifacts live. Implementations: `local` (a folder; the default) and `s3`
    (S3-compatible object storage: AWS S3, R2, MinIO).

    Contract (tests/storage/test_artifact_store_contract.py runs it against every implementation):
    - `staging(prefix)` returns a new, empty local folder under `staging_root` to build in; nothing
      in it is visible under `prefix` until `commit(prefix, folder)`, which publishes it, replacing
      what was there, and returns the committed files sorted by key; `discard(folder)` drops it.
      (The local store swaps the whole prefix at once; S3 uploads the new files before it deletes
      the old ones, so no file is ever missing.)
    - `put_bytes` is atomic: a reader sees the old bytes or the new ones, never a mix.
    - `get_bytes`/`open` of a missing key raise NotFound; `delete_prefix` of a missing prefix is 0.
    - `presigned_url` gives a short-lived URL a client can fetch the file from directly, or None
      when the store serves files itself (the local folder).
    """

    name: str
    staging_root: Path
    """The local folder staging folders are made in (`.staging-*`; retention sweeps stale ones)."""

    def staging(self, prefix: str) -> Path:
        """A fresh empty local folder to build `prefix`'s files in."""
        ...

    def commit(self, prefix: str, folder: Path) -> list[ArtifactInfo]:
        """Publish a staged folder under `prefix`, replacing any earlier files there."""
        ...

    def discard(self, folder: Path) -> None:
        """Remove a staged folder that will not be committed."""
        ...

    def put_bytes(self, key: str, data: bytes) -> ArtifactInfo:
        """Store one file atomically."""
        ...

    def get_bytes(self, key: str) -> bytes:
        """Read one file (NotFound if missing)."""
        ...

    def open(self, key: str) -> BinaryIO:
        """Open one file for streaming reads (NotFound if missing)."""
        ...

    def exists(self, key: str) -> bool:
        """Whether a file is stored under this key."""
        ...

    def list(self, prefix: str) -> list[ArtifactInfo]:
        """Every file under `prefix`, sorted by key."""
        ...

    def size(self, prefix: str) -> int:
        """Total bytes under `prefix`."""
        ...

    def delete_prefix(self, prefix: str) -> int:
        """Delete every file under `prefix`; returns how many were deleted."""
        ...

    def local_path(self, key: str) -> Path | None:
        """A path on this machine for the key, when the store is a local folder; else None."""
        ...

    def presigned_url(
        self,
        key: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        inline: bool = False,
    ) -> str | None:
        """A short-lived GET URL for the key, made per call and never stored, whose response carries
        `Content-Disposition: inline|attachment; filename="..."` (default: the key's last part) and
        `content_type`; None when the store has no such URLs (then serve `local_path` or `open`)."""
        ...


StoreFactory = Callable[[Settings], ArtifactStore]
"""What a store module's `STORES` table maps a name to: settings -> the store."""


MAX_KEY_BYTES = 1024  # S3's limit
MAX_NAME_BYTES = 255  # one path segment: NAME_MAX of common file systems


def check_key(key: str) -> str:
    """A normalised key, or InvalidInput when it is absolute, empty, or climbs out with `..`."""
    if not key or "\\" in key or "\x00" in key or "//" in key or key.endswith("/"):
        raise InvalidInput(
            f"'{key}' is not a valid artifact key.", "Use a relative path with '/' separators."
        )
    p = PurePosixPath(key)
    if p.is_absolute() or any(part in ("..", "") for part in p.parts) or p.parts[0].startswith("."):
        raise InvalidInput(
            f"'{key}' is not a valid artifact key.", "Use a relative path inside the store."
        )
    if len(key.encode()) > MAX_KEY_BYTES or any(
        len(part.encode()) > MAX_NAME_BYTES for part in p.parts
    ):
        # a file system refuses longer names (ENAMETOOLONG) and S3 longer keys: say so here
        raise InvalidInput(
            f"'{key[:80]}...' is too long for an artifact key.",
            f"Keys are at most {MAX_KEY_BYTES} bytes, {MAX_NAME_BYTES} per path segment.",
        )
    return p.as_posix()


def download_prefix(
    store: ArtifactStore, prefix: str, dest: Path, *, keep: Callable[[str], bool] | None = None
) -> list[ArtifactInfo]:
    """Copy every file under `prefix` (or those whose prefix-relative path `keep` accepts) into the
    local folder `dest`, keys relative to the prefix; returns what was copied. For work that needs
    the files on disk, such as verifying or downloading a stored job."""
    copied = []
    for info in store.list(prefix):
        rel = info.key[len(prefix) + 1 :]
        if keep is not None and not keep(rel):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with store.open(info.key) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
        copied.append(info)
    return copied
