"""What a finished export gets besides its files: `<scene>.meta.json` (wallet, export time, scene,
signature: the reference fields, written by the provenance package), the signature itself when the
config says `sign` (one statement over every exported file: the export, its textures, every frame), for frame sequences a `<scene>.frames.json` listing every frame's digest
(which the meta file and the signature then cover), and with `clip_embed` the originality audit's
`<scene>.originality.json` (embeddings of what the export shows and the verdict)."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from ..errors import InvalidInput, Problem
from ..formats.atomic import write_json
from ..settings import Settings
from .config import JobConfig
from .paths import ExportArea


def _refuse(path: str, message: str, hint: str) -> InvalidInput:
    return InvalidInput(
        f"Invalid job config: {path}: {message}.", hint, details=[Problem(path, message).to_dict()]
    )


def check_features(config: JobConfig, settings: Settings) -> None:
    """Refuse `sign` / `clip_embed` where this install cannot honour them (never ignore them)."""
    if config.sign:
        try:
            from ..provenance.export_meta import sign_export  # noqa: F401
        except ImportError as exc:
            raise _refuse(
                "$.sign",
                f"signing is not available in this install ({exc.name or 'provenance'} is missing)",
                'Install the provenance extra, or set "sign": false.',
            ) from None
    if config.clip_embed:
        if settings.originality == "off":
            raise _refuse(
                "$.clip_embed",
                "the originality audit is turned off on this install (ASSETSMITH_ORIGINALITY=off)",
                'Set "clip_embed": false, or ASSETSMITH_ORIGINALITY=report or enforce.',
            )
        needed = ("PIL", "moderngl") if not config.is_sequence else ("PIL",)
        import importlib.util

        absent = [m for m in needed if importlib.util.find_spec(m) is None]
        if absent:
            raise _refuse(
                "$.clip_embed",
                f"embedding the export needs {', '.join(absent)}, which this install lacks",
                'Install the render and originality extras, or set "clip_embed": false.',
            )


def exported_at(settings: Settings) -> datetime:
    epoch = settings.source_date_epoch
    return datetime.fromtimestamp(epoch, UTC) if epoch is not None else datetime.now(UTC)


def _wallet(settings: Settings) -> str | None:
    try:
        from ..provenance.wallet import load_wallet
    except ImportError:
        return None
    data = load_wallet(settings)
    return data["address"] if data else None


def _frames_manifest(config: JobConfig, area: ExportArea) -> str:
    """Write `<dir>/<scene>.frames.json` for a sequence and return its export-relative path."""
    folder = PurePosixPath(config.output).parent
    rel = str(folder / f"{config.scene_name}.frames.json")
    files = []
    for f in config.all_frames.frames():
        name = config.frame_file(f)
        staged = area.staging / name  # this run's frame, or one a queued chunk already committed
        data = (staged if staged.is_file() else area.target(name)).read_bytes()
        files.append(
            {
                "frame": f,
                "file": PurePosixPath(name).name,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    write_json(
        area.stage(rel),
        {
            "scene": config.scene_name,
            "format": config.format,
            "engine": config.engine,
            "camera": config.camera,
            "fps": config.fps,
            "resolution": {"width": config.width, "height": config.height},
            "channels": (["R", "G", "B", "A"] if "beauty" in config.passes else [])
            + (["Z"] if "depth" in config.passes else [])
            if config.format == "EXR"
            else ["R", "G", "B"],
            "frames": files,
        },
    )
    return rel


def _exported_files(config: JobConfig, area: ExportArea, primary: str) -> dict[str, Path]:
    """Every file of the export besides `primary`, by its name relative to `primary`'s folder (the
    signature's subject names) -> where its bytes are now: everything staged (a USD's textures,
    this run's frames, the originality report, whatever the engine wrote) and, for a sequence, the
    frames earlier chunks already committed. A file outside that folder keeps its export-relative
    path with `../` parts, which signing refuses rather than leave the file unsigned."""
    folder = PurePosixPath(primary).parent
    out: dict[str, Path] = {}

    def add(rel: str, where: Path) -> None:
        name = os.path.relpath(rel, folder.as_posix()).replace(os.sep, "/")
        if rel != primary:
            out[name] = where

    for rel in area.staged_files():
        add(rel, area.staging / rel)
    if config.is_sequence:
        for f in config.all_frames.frames():
            rel = config.frame_file(f)
            staged = area.staging / rel
            add(rel, staged if staged.is_file() else area.target(rel))
    return out


def finish_export(config: JobConfig, area: ExportArea, settings: Settings) -> list[str]:
    """Add the meta file (and signature, frames manifest) to the staged export; returns them."""
    primary = _frames_manifest(config, area) if config.is_sequence else config.output
    added = [primary] if config.is_sequence else []
    if config.clip_embed:  # before signing: a blocked export fails here with nothing committed
        from ..originality.export import embed_export

        added.append(embed_export(config, area, settings))
    path = area.staging / primary
    signature = None
    if config.sign:
        from ..provenance.export_meta import sign_export

        signature = sign_export(
            path, config.scene_name, settings, companions=_exported_files(config, area, primary)
        )
        added.append(str(PurePosixPath(primary).parent / signature.split("#", 1)[0]))
    when = exported_at(settings)
    try:
        from ..provenance.export_meta import write_export_meta
    except ImportError:  # the same reference fields without the provenance package
        data = path.read_bytes()
        meta = path.with_name(path.name.split(".")[0] + ".meta.json")
        write_json(
            meta,
            {
                "wallet": None,
                "exported_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "scene": config.scene_name,
                "signature": None,
                "file": path.name,
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )
    else:
        meta = write_export_meta(
            path, config.scene_name, _wallet(settings), signature, exported_at=when
        )
    added.append(meta.relative_to(area.staging).as_posix())
    return added
