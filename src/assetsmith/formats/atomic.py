"""Atomic file writes: a temp file in the destination folder, then `os.replace`.

A reader (another process, a crashed run's successor) sees either the old file or the whole new
one, never a half-written file. Failures become `OutputError` with the file's name only (no
server paths: messages reach remote clients).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path, PurePath
from typing import Any, BinaryIO

from assetsmith.errors import OutputError

FILE_MODE = 0o644


def _output_error(path: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or type(exc).__name__
    return OutputError(
        f"Cannot write '{path.name}': {reason}.",
        "Check that the output folder exists, is writable and has free space.",
    )


@contextmanager
def atomic_writer(path: Path, *, fsync: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` when the block exits without an exception.

    On an exception the temp file is removed and `path` is left as it was.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _output_error(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            if fsync:
                os.fsync(f.fileno())
        # mkstemp creates 0o600; outputs are meant to be shared like any ordinary file.
        os.chmod(tmp_name, FILE_MODE)
        os.replace(tmp_name, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise _output_error(path, exc) from exc
        raise


def atomic_write_bytes(path: Path, data: bytes, *, fsync: bool = False) -> None:
    """Write `data` to `path` atomically (parents are created). `fsync=True` also syncs the file."""
    with atomic_writer(path, fsync=fsync) as f:
        f.write(data)


def atomic_write_text(path: Path, text: str, *, fsync: bool = False) -> None:
    """Write `text` as UTF-8 (newlines untranslated) to `path` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), fsync=fsync)


def _json_default(obj: Any) -> Any:
    # NumPy arrays and scalars by duck type: this module is on light paths (the CLI writing a spec)
    # that must not import NumPy; an object of NumPy's can only exist once NumPy is loaded anyway.
    if type(obj).__module__ == "numpy" and hasattr(obj, "tolist"):
        return obj.tolist()  # an ndarray's nested lists, a scalar's Python value
    if isinstance(obj, PurePath):
        return obj.as_posix()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def json_text(obj: Any) -> str:
    """The canonical JSON text the project writes: sorted keys, indent 2, trailing newline.

    numpy scalars/arrays and paths are converted; NaN and infinity are refused (not JSON).
    """
    return (
        json.dumps(
            obj,
            sort_keys=True,
            indent=2,
            ensure_ascii=False,
            allow_nan=False,
            default=_json_default,
        )
        + "\n"
    )


def write_json(path: Path, obj: Any) -> None:
    """Write `obj` as canonical JSON (see `json_text`) to `path` atomically."""
    atomic_write_text(path, json_text(obj))
