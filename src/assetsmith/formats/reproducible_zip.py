"""Reproducible zips of a folder: the same tree always gives the same bytes.

Entries are sorted by POSIX path, carry one fixed timestamp and mode 0o644, and already-compressed
formats are stored rather than deflated again (it would cost time and gain nothing). GLBs are
deflated: a pack's GLBs hold geometry only (their maps live once in the texture folder), and float
vertex data shrinks by about half. A USDZ is deflated at level 1: its images are already compressed
but its root layer is text (a quarter of a 1024-px barrel's USDZ before deflating).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from assetsmith.errors import OutputError
from assetsmith.formats._zip import ZipWriter, dos_datetime
from assetsmith.formats.atomic import atomic_writer

STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".zip", ".webp", ".exr", ".ktx2"})
DEFLATE_LEVEL = 6
LEVEL_BY_SUFFIX = {".usdz": 1}


def _collect(src_dir: Path, skip: Path) -> list[tuple[str, Path]]:
    if src_dir.is_symlink() or not src_dir.is_dir():
        raise OutputError(f"Cannot zip '{src_dir.name}': not a folder.")
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(src_dir):
        base = Path(dirpath)
        for name in dirnames + filenames:
            entry = base / name
            rel = entry.relative_to(src_dir).as_posix()
            if entry.is_symlink():
                raise OutputError(
                    f"Refusing to zip a symbolic link ('{rel}').",
                    "Packs contain plain files only; copy the target instead of linking it.",
                )
            if name in filenames and entry.resolve() != skip:
                if not entry.is_file():
                    raise OutputError(f"Refusing to zip '{rel}': not a regular file.")
                found.append((rel, entry))
    return sorted(found)


def write_reproducible_zip(
    src_dir: Path,
    dest: Path,
    *,
    arc_prefix: str = "",
    epoch: int | None = None,
    on_entry: Callable[[int, int, str], None] | None = None,
) -> None:
    """Zip every file under `src_dir` into `dest`, atomically and byte-for-byte reproducibly.

    `arc_prefix` (e.g. "barrel/") is put before every entry name. `epoch` is the timestamp to use
    (callers pass SOURCE_DATE_EPOCH when set); None means 1980-01-01 00:00:00. Empty folders are
    not recorded. Symbolic links raise OutputError; on any failure `dest` is left untouched.
    `on_entry(bytes_done, bytes_total, name)` is called after each entry (progress reporting).
    """
    src_dir, dest = Path(src_dir), Path(dest)
    prefix = arc_prefix.replace("\\", "/")
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    entries = _collect(src_dir, dest.resolve())
    total = sum(path.stat().st_size for _, path in entries) if on_entry else 0
    done = 0
    with atomic_writer(dest) as f:
        zw = ZipWriter(f.write, dos_time=dos_datetime(epoch))
        for rel, path in entries:
            suffix = path.suffix.lower()
            level = (
                None if suffix in STORED_SUFFIXES else LEVEL_BY_SUFFIX.get(suffix, DEFLATE_LEVEL)
            )
            data = path.read_bytes()
            zw.add(prefix + rel, data, deflate_level=level)
            if on_entry is not None:
                done += len(data)
                on_entry(done, total, rel)
        zw.finish()
