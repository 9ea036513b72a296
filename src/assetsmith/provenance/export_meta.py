"""Batch exports: the reference `<scene>.meta.json` beside each export, and a signed statement
over every file the export wrote (the export itself, a USD's textures, a sequence's frames).

The batch runner calls `sign_export` (when its job config says `sign: true`) and then
`write_export_meta` with what it returned as `signature_ref`."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from ..errors import SigningFailed
from ..formats.atomic import atomic_write_bytes, write_json
from ..settings import Settings
from .dsse import sha256_hex, sign_statement
from .records import open_recording_signer
from .sources import safe_name
from .statement import EXPORT_PREDICATE, signer_block, statement
from .wallet import checksum_address, creator_block


def meta_path(export_path: Path) -> Path:
    """`Exports/USD/scene.usd` -> `Exports/USD/scene.meta.json`."""
    return export_path.with_name(export_path.name.split(".")[0] + ".meta.json")


def sign_export(
    export_path: Path,
    scene: str,
    settings: Settings,
    *,
    companions: Mapping[str, Path] | None = None,
) -> str:
    """Sign one statement over an export and every file exported with it, written beside it as
    `<stem>.intoto.jsonl`.

    `companions` maps the other exported files (a USD's textures, a sequence's frames, the
    originality report) to where their bytes are now, by their name relative to the export's
    folder (the statement's subject names); a name that is not a plain relative path below that
    folder is refused. Returns the signature reference for the meta file:
    `<stem>.intoto.jsonl#sha256:<digest>`."""
    export_path = Path(export_path)
    files = {export_path.name: export_path, **dict(companions or {})}
    bad = sorted(n for n in files if not safe_name(n))
    if bad:
        raise SigningFailed(
            f"Cannot sign the export: '{bad[0]}' is not inside the export's folder.",
            "Write every output of the job below the folder of its `output`.",
        )
    signer = open_recording_signer(settings)
    predicate = {
        "scene": scene,
        "signer": signer_block(signer),
        "creator": creator_block(settings, signer.keyid),
    }
    subject = [
        {"name": name, "digest": {"sha256": _file_sha256(path)}}
        for name, path in sorted(files.items())
    ]
    line = sign_statement(statement(subject, EXPORT_PREDICATE, predicate), signer).to_line()
    out = export_path.with_name(export_path.name.split(".")[0] + ".intoto.jsonl")
    atomic_write_bytes(out, line)
    return f"{out.name}#sha256:{sha256_hex(line)}"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_export_meta(
    export_path: Path,
    scene: str,
    wallet: str | None,
    signature_ref: str | None,
    *,
    exported_at: datetime | None = None,
) -> Path:
    """Write the reference `<scene>.meta.json` beside `export_path` and return its path.

    Fields: `wallet` (EIP-55 checked, or null), `exported_at` (UTC ISO), `scene`, `signature`
    (the reference `sign_export` returned, or null when signing is off), plus the export's file
    name, size and sha256 so the meta file alone says which bytes it describes."""
    export_path = Path(export_path)
    data = export_path.read_bytes()
    when = (exported_at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = {
        "wallet": checksum_address(wallet) if wallet else None,
        "exported_at": when,
        "scene": scene,
        "signature": signature_ref,
        "file": export_path.name,
        "bytes": len(data),
        "sha256": sha256_hex(data),
    }
    path = meta_path(export_path)
    write_json(path, meta)
    return path
