"""The default artifact store: a folder on this machine (`<data_dir>/jobs`).

Commits are renames inside one filesystem, so a prefix flips from absent (or its old files) to the
complete new set at once; single files are written to a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from pathlib import Path
from typing import BinaryIO

from ..errors import NotFound
from .base import ArtifactInfo, check_key

STAGING_PREFIX = ".staging-"  # jobs/folders.py sweeps leftovers with this prefix
_TRASH_PREFIX = ".staging-old-"


def new_staging_folder(root: Path, prefix: str) -> Path:
    """A fresh, empty, hidden folder under `root` to build `prefix`'s files in (swept by name when
    a crash leaves it behind)."""
    check_key(prefix)
    root.mkdir(parents=True, exist_ok=True)
    folder = root / f"{STAGING_PREFIX}{prefix.replace('/', '_')}-{secrets.token_hex(4)}"
    folder.mkdir()
    return folder


def _info(root: Path, path: Path) -> ArtifactInfo:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return ArtifactInfo(path.relative_to(root).as_posix(), size, h.hexdigest())


class LocalFolderStore:
    """Artifacts as files under `root`. Staging folders are hidden siblings inside `root`."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.staging_root = self.root  # staging folders are hidden siblings: commit is a rename

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def staging(self, prefix: str) -> Path:
        return new_staging_folder(self.root, prefix)

    def commit(self, prefix: str, folder: Path) -> list[ArtifactInfo]:
        dest = self._path(prefix)
        dest.parent.mkdir(parents=True, exist_ok=True)
        trash = None
        if dest.exists():
            # A re-run of the same job (its earlier worker died after committing): move the old
            # files aside first, since rename cannot replace a non-empty folder.
            trash = self.root / f"{_TRASH_PREFIX}{secrets.token_hex(6)}"
            os.replace(dest, trash)
        os.replace(folder, dest)
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)
        return self.list(prefix)

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def put_bytes(self, key: str, data: bytes) -> ArtifactInfo:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return ArtifactInfo(check_key(key), len(data), hashlib.sha256(data).hexdigest())

    def get_bytes(self, key: str) -> bytes:
        with self.open(key) as f:
            return f.read()

    def open(self, key: str) -> BinaryIO:
        path = self._path(key)
        if not path.is_file():
            raise NotFound(f"No artifact '{key}'.", "List the job's files first.")
        return open(path, "rb")

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str) -> list[ArtifactInfo]:
        base = self._path(prefix)
        if base.is_file():
            return [_info(self.root, base)]
        if not base.is_dir():
            return []
        return sorted(
            (_info(self.root, p) for p in base.rglob("*") if p.is_file()), key=lambda a: a.key
        )

    def size(self, prefix: str) -> int:
        base = self._path(prefix)
        if base.is_file():
            return base.stat().st_size
        total = 0
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                with contextlib.suppress(OSError):
                    total += (Path(dirpath) / name).stat().st_size
        return total

    def delete_prefix(self, prefix: str) -> int:
        base = self._path(prefix)
        if base.is_file():
            base.unlink()
            return 1
        if not base.is_dir():
            return 0
        n = sum(1 for p in base.rglob("*") if p.is_file())
        shutil.rmtree(base, ignore_errors=True)
        return n

    def local_path(self, key: str) -> Path | None:
        return self._path(key)

    def presigned_url(
        self,
        key: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        inline: bool = False,
    ) -> str | None:
        """None: the API serves local files itself (with range requests)."""
        check_key(key)
        return None


def local_store(settings) -> LocalFolderStore:
    """The default: `<data_dir>/jobs`, the folder `run-job` has always written to."""
    return LocalFolderStore(settings.jobs_dir)


STORES = {"local": local_store}  # collected by storage/stores.py
