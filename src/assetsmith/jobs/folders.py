"""Job folders on disk: staged while a job runs, committed by one rename, pruned by retention."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from pathlib import Path

from ..errors import OutputError

STAGING_PREFIX = ".staging-"
STALE_STAGING_S = 3600


def ensure_writable_dir(path: Path, what: str = "output") -> None:
    """Create `path` if needed and prove it is writable, or raise OutputError saying so."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except FileExistsError:
        raise OutputError(
            f"The {what} location '{path.name}' exists and is not a folder.",
            "Choose another location.",
        ) from None
    except OSError as exc:
        raise OutputError(
            f"The {what} folder '{path.name}' is not writable ({exc.strerror}).",
            "Choose a writable location or fix its permissions.",
        ) from None


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def sweep_stale_staging(root: Path) -> int:
    """Remove staging folders left by crashed runs (older than an hour) from an artifact store's
    staging root (`<data_dir>/jobs` for the local store, `<data_dir>/staging` for s3)."""
    n = 0
    if not root.is_dir():
        return 0
    cutoff = time.time() - STALE_STAGING_S
    for p in root.glob(f"{STAGING_PREFIX}*"):
        try:
            if p.stat().st_mtime < cutoff:
                remove_tree(p)
                n += 1
        except OSError:
            pass
    return n


TRASH_PREFIX = (
    ".staging-old-"  # an old pack moved aside by a commit (storage/local.py), then deleted
)
_STAGED_JOB = re.compile(r"^\.staging-(job_[0-9a-z]{1,36})-[0-9a-f]{8}$")


def staging_folders(root: Path) -> list[tuple[Path, str | None]]:
    """The staging folders under `root`, each with the job id it was made for (None: not a job's,
    such as a commit's trash)."""
    if not root.is_dir():
        return []
    out = []
    for p in root.glob(f"{STAGING_PREFIX}*"):
        m = None if p.name.startswith(TRASH_PREFIX) else _STAGED_JOB.match(p.name)
        out.append((p, m.group(1) if m else None))
    return out


def file_digests(root: Path) -> list[dict]:
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            out.append(
                {
                    "path": p.relative_to(root).as_posix(),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "bytes": len(data),
                }
            )
    return out
