"""What can be fingerprinted, from bytes (uploads) or from local paths (the CLI and SDK only).

`sniff` tells an image, a GLB and a pack.zip apart by their first bytes, never by a name. Zips are
read in memory, entry by entry, with limits on entry count, sizes and compression ratio (zip
bombs), and only the entries a fingerprint needs are decompressed; nothing is extracted to disk.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidInput
from ..storage import ArtifactStore
from .embedders import ImageEmbedder
from .fingerprint import (
    ALBEDO,
    Fingerprint,
    fingerprint_glb,
    fingerprint_image,
    fingerprint_pack_files,
)
from .images import IMAGE_SUFFIXES

MAX_ZIP_ENTRIES = 20_000
MAX_RATIO = 200  # uncompressed / compressed, per entry
IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)


def sniff(data: bytes) -> str:
    """ "image", "glb" or "zip" from the content; InvalidInput for anything else."""
    if not data:
        raise InvalidInput(
            "The upload is empty (0 bytes).", "Send an image, a .glb model or a pack.zip."
        )
    if data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if data[:4] == b"glTF":
        return "glb"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    raise InvalidInput(
        "The upload is not an image, a GLB model or a pack.zip.",
        "Send a PNG/JPEG/WebP image, a binary glTF (.glb) or an assetsmith pack.zip.",
    )


def _wanted(path: str) -> bool:
    return (
        bool(ALBEDO.search(path)) or path.startswith("Previews/") or path.lower().endswith(".glb")
    )


def zip_pack_files(data: bytes, *, max_bytes: int) -> dict[str, bytes]:
    """The entries of a pack.zip that fingerprints use, by pack-relative path (a single top folder
    is stripped). InvalidInput for broken zips and bombs."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InvalidInput(
            "The pack.zip is not a readable zip file.", "Send the pack.zip a job produced."
        ) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InvalidInput(
            f"The zip has {len(infos):,} entries.",
            f"A pack has far fewer; the limit is {MAX_ZIP_ENTRIES:,}.",
        )
    names = [i.filename for i in infos if not i.is_dir()]
    tops = {n.split("/", 1)[0] for n in names}
    strip = len(tops) == 1 and all("/" in n for n in names) and "manifest.json" not in names
    out, total = {}, 0
    for info in infos:
        rel = info.filename.split("/", 1)[1] if strip else info.filename
        if info.is_dir() or not _wanted(rel) or rel.startswith("/") or ".." in rel.split("/"):
            continue
        if (
            info.file_size > MAX_RATIO * max(info.compress_size, 1)
            or total + info.file_size > max_bytes
        ):
            raise InvalidInput(
                "The zip decompresses to far more than it weighs (a zip bomb?).",
                "Send an ordinary pack.zip.",
            )
        with zf.open(info) as f:
            blob = f.read(info.file_size + 1)  # the header's size is checked, not trusted
        if len(blob) > info.file_size:
            raise InvalidInput(
                "A zip entry is larger than its header says.", "Send an ordinary pack.zip."
            )
        total += len(blob)
        out[rel] = blob
    return out


def fingerprint_bytes(
    data: bytes,
    name: str,
    embedder: ImageEmbedder,
    *,
    corpus: bool,
    max_pixels: int,
    max_bytes: int,
) -> Fingerprint:
    """A fingerprint of uploaded bytes (an image, a GLB or a pack.zip)."""
    if len(data) > max_bytes:
        raise InvalidInput(
            f"The upload is {len(data):,} bytes, over this server's limit of {max_bytes:,}.",
            "Send a smaller file.",
        )
    kind = sniff(data)
    if kind == "image":
        return fingerprint_image(data, name, embedder, corpus=corpus, max_pixels=max_pixels)
    if kind == "glb":
        return fingerprint_glb(data, name, embedder, corpus=corpus, max_pixels=max_pixels)
    return fingerprint_pack_files(
        zip_pack_files(data, max_bytes=4 * max_bytes),
        name,
        embedder,
        corpus=corpus,
        max_pixels=max_pixels,
    )


def pack_folder_files(folder: Path) -> dict[str, bytes]:
    """The fingerprint-relevant files of a pack folder (the CLI's local input)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and not p.is_symlink() and _wanted(rel):
            out[rel] = p.read_bytes()
    return out


def stored_pack_files(store: ArtifactStore, pack_prefix: str) -> dict[str, bytes]:
    """The fingerprint-relevant files of a pack in an artifact store (a stored job's `<job>/pack`),
    read in place when the store is a local folder; empty when there is no such pack."""
    base = store.local_path(pack_prefix)
    if base is not None:
        return pack_folder_files(base) if base.is_dir() else {}
    start = len(pack_prefix) + 1
    return {
        a.key[start:]: store.get_bytes(a.key)
        for a in store.list(pack_prefix)
        if _wanted(a.key[start:])
    }


@dataclass
class Source:
    """One thing to fingerprint from a local path: a pack folder or a file."""

    path: Path
    kind: str  # pack | file

    @property
    def name(self) -> str:
        return self.path.name

    def fingerprint(
        self, embedder: ImageEmbedder, *, corpus: bool, max_pixels: int, max_bytes: int
    ) -> Fingerprint:
        if self.kind == "pack":
            return fingerprint_pack_files(
                pack_folder_files(self.path),
                self.name,
                embedder,
                corpus=corpus,
                max_pixels=max_pixels,
            )
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                f"'{self.name}' cannot be read ({exc.strerror}).", "Check the path and permissions."
            ) from None
        return fingerprint_bytes(
            data, self.name, embedder, corpus=corpus, max_pixels=max_pixels, max_bytes=max_bytes
        )


def collect(paths: list[Path]) -> Iterator[Source]:
    """Sources under the given paths: a folder with a manifest.json is one pack; other folders are
    searched for images, .glb files, pack.zip files and pack folders."""
    for path in paths:
        if not path.exists():
            raise InvalidInput(f"'{path}' does not exist.", "Check the path.")
        if path.is_file():
            yield Source(path, "file")
        elif (path / "manifest.json").is_file():
            yield Source(path, "pack")
        else:
            for sub in sorted(path.iterdir()):
                if sub.is_dir() or sub.suffix.lower() in (*IMAGE_SUFFIXES, ".glb", ".zip"):
                    yield from collect([sub]) if sub.is_dir() else [Source(sub, "file")]
