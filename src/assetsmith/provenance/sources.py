"""Read-only views of a pack for verification: a folder or a zip, with the same interface.

Nothing is extracted: zip entries are hashed in memory, and names that could escape a folder
(absolute, `..`, backslashes) or that appear twice are reported, not followed.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path, PurePosixPath

CHUNK = 1 << 20
MAX_ZIP_ENTRIES = 100_000
MAX_READ = 64 * 1024 * 1024  # whole-file reads (statement, manifest); digests stream


def safe_name(name: str) -> bool:
    """A relative POSIX path with no `..`, no empty part and no backslash."""
    p = PurePosixPath(name)
    return (
        bool(name)
        and "\\" not in name
        and not p.is_absolute()
        and all(part not in ("", "..", ".") for part in name.split("/"))
    )


def _inside(root: Path, path: Path) -> bool:
    """Whether `path` really lies under `root` (a symlinked folder on the way could lead out)."""
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def file_sha256(root: Path, name: str) -> str | None:
    """SHA-256 of `root/name` (a safe relative name, a plain file), else None."""
    p = root / name
    if not safe_name(name) or not p.is_file() or p.is_symlink() or not _inside(root, p):
        return None
    h = hashlib.sha256()
    with p.open("rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class DirSource:
    """A pack folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[
            tuple[str, str]
        ] = []  # (name, why) for entries that are not plain files
        self._names = self._walk()

    def _walk(self) -> list[str]:
        names = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            for n in dirnames + filenames:
                p = Path(dirpath) / n
                rel = p.relative_to(self.root).as_posix()
                if p.is_symlink():
                    self.problems.append((rel, "is a symbolic link"))
                elif n in filenames:
                    names.append(rel)
        return sorted(names)

    def names(self) -> list[str]:
        """Every plain file, pack-relative, sorted."""
        return self._names

    def read(self, name: str) -> bytes | None:
        """The whole file (up to MAX_READ), or None if absent or not a safe plain file."""
        p = self.root / name
        ok = safe_name(name) and p.is_file() and not p.is_symlink() and _inside(self.root, p)
        return p.read_bytes() if ok and p.stat().st_size <= MAX_READ else None

    def sha256(self, name: str) -> str | None:
        """Streaming SHA-256 of one file, or None."""
        return file_sha256(self.root, name)


class ZipSource:
    """A pack.zip (a path or the bytes of an upload)."""

    def __init__(self, data: Path | bytes) -> None:
        self.problems: list[tuple[str, str]] = []
        self._zf = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        infos = self._zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise zipfile.BadZipFile("too many entries")
        seen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if not safe_name(info.filename):
                self.problems.append((info.filename, "has an unsafe name"))
            elif info.filename in seen:
                self.problems.append((info.filename, "appears more than once"))
            else:
                seen[info.filename] = info
        self._infos = seen

    def names(self) -> list[str]:
        """Every entry with a safe, unique name, sorted."""
        return sorted(self._infos)

    def read(self, name: str) -> bytes | None:
        """The whole entry (b"" when damaged or too large), or None if absent."""
        info = self._infos.get(name)
        if info is not None and info.file_size > MAX_READ:
            return b""  # a statement or manifest this large is not one we wrote
        try:
            return self._zf.read(info) if info else None
        except (zipfile.BadZipFile, OSError, EOFError):
            return b""  # a damaged entry: present, but nothing in it will verify

    def sha256(self, name: str) -> str | None:
        """Streaming SHA-256 of one entry ("unreadable" when damaged), or None if absent."""
        info = self._infos.get(name)
        if info is None:
            return None
        h = hashlib.sha256()
        try:
            with self._zf.open(info) as f:
                while chunk := f.read(CHUNK):
                    h.update(chunk)
        except (zipfile.BadZipFile, OSError, EOFError):
            return "unreadable"
        return h.hexdigest()

    def close(self) -> None:
        """Close the underlying zip file."""
        self._zf.close()


class ListedFiles:
    """Files of a folder looked up by name only (no listing, so nothing counts as added): for a
    statement checked on its own, whose folder may hold unrelated files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[tuple[str, str]] = []

    def names(self) -> list[str]:
        """Nothing is listed: only named files are looked up."""
        return []

    def sha256(self, name: str) -> str | None:
        """Streaming SHA-256 of one file, or None."""
        return file_sha256(self.root, name)
