"""The export folder: outputs stay inside it, and a job's files appear only when the job succeeded.

Every output is written into a staging folder inside the export folder (same file system), and moved
into place file by file (`os.replace`, atomic per file) only after the whole job succeeded. A failed
job removes its staging folder: no partial outputs. Paths are checked lexically (no absolute paths,
no `..`) and on disk (no symbolic link on the way that leads out of the export folder).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from ..errors import InvalidInput, OutputError, Problem
from ..jobs.folders import remove_tree
from .config import check_relative

STAGING_PREFIX = ".assetsmith-staging-"


def _escape(where: str, rel: str, why: str) -> InvalidInput:
    return InvalidInput(
        f"Invalid job config: {where}: '{rel}' {why}.",
        "Outputs must stay inside the export folder.",
        details=[Problem(where, f"'{rel}' {why}").to_dict()],
    )


class ExportArea:
    """The export folder of one job, with its staging folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self._staging: Path | None = None

    @property
    def staging(self) -> Path:
        """The staging folder: it exists only inside `with ExportArea(...)`."""
        assert self._staging is not None, "use ExportArea as a context manager"
        return self._staging

    def target(self, rel: str, where: str = "$.output") -> Path:
        """The final path of an export-relative `rel`; InvalidInput when it would leave the folder."""
        problems = check_relative(rel, where)
        if problems:
            raise InvalidInput(
                f"Invalid job config: {problems[0]}.",
                "Outputs must stay inside the export folder.",
                details=[p.to_dict() for p in problems],
            )
        path = self.root
        for part in Path(rel).parts:
            path = path / part
            if path.is_symlink():
                real = path.resolve()
                if real != self.root and self.root not in real.parents:
                    raise _escape(
                        where, rel, "goes through a link that leads out of the export folder"
                    )
                if not real.is_dir():
                    raise _escape(where, rel, "is a link; links are not replaced")
        return path

    def __enter__(self) -> ExportArea:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._staging = self.root / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
            self._staging.mkdir()
        except OSError as exc:
            raise OutputError(
                f"Cannot write to the export folder: {exc.strerror or type(exc).__name__}.",
                "Check that it exists and is writable.",
            ) from exc
        return self

    def stage(self, rel: str, where: str = "$.output") -> Path:
        """Where to write `rel` now (inside the staging folder); it is moved into place on commit."""
        self.target(rel, where)
        path = self.staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def staged_files(self) -> list[str]:
        """Every file under the staging folder (export-relative, sorted), including ones an engine
        such as Unity wrote there itself; links are never committed."""
        return sorted(
            p.relative_to(self.staging).as_posix()
            for p in self.staging.rglob("*")
            if p.is_file() and not p.is_symlink()
        )

    def commit(self) -> list[Path]:
        """Move every staged file into place; returns the final paths.

        Two phases: every destination is checked first (inside the folder, no link on the way or in
        place, no folder where a file goes), so a refusal moves nothing; then the files are moved,
        each replaced file kept aside, and an error while moving puts every earlier file back. A
        failed commit leaves the export folder as it was."""
        rels = self.staged_files()
        plan = [(rel, self._checked_destination(rel)) for rel in rels]
        backup = self.staging.parent / f"{self.staging.name}-replaced"
        done: list[tuple[Path, Path, Path | None]] = []  # (staged, dest, kept-aside old file)
        made: list[Path] = []
        current = ""
        try:
            for i, (rel, dest) in enumerate(plan):
                current = dest.name
                for parent in reversed(
                    [p for p in dest.parents if p == self.root or self.root in p.parents]
                ):
                    if not parent.exists():
                        parent.mkdir()
                        made.append(parent)
                old = None
                if dest.exists():
                    old = backup / str(i)
                    backup.mkdir(exist_ok=True)
                    os.replace(dest, old)
                done.append((self.staging / rel, dest, old))
                os.replace(self.staging / rel, dest)
        except OSError as exc:
            self._roll_back(done, made)
            raise OutputError(
                f"Cannot write '{current}': {exc.strerror or type(exc).__name__}.",
                "Check that the export folder is writable; nothing was changed.",
            ) from exc
        finally:
            remove_tree(backup)
        return [dest for _, dest in plan]

    def _checked_destination(self, rel: str) -> Path:
        """The final path of a staged file, refused (InvalidInput) unless it can be replaced safely."""
        dest = self.target(rel)
        if dest.is_symlink():
            raise _escape("$.output", rel, "is a link; links are not replaced")
        if dest.is_dir():
            raise _escape(
                "$.output", rel, "is a folder in the export folder; it is not replaced by a file"
            )
        for parent in dest.parents:
            if parent == self.root:
                break
            if parent.exists() and not parent.is_dir():
                raise _escape(
                    "$.output",
                    rel,
                    f"needs the folder '{parent.relative_to(self.root).as_posix()}', "
                    "which is a file",
                )
        return dest

    @staticmethod
    def _roll_back(done: list[tuple[Path, Path, Path | None]], made: list[Path]) -> None:
        """Undo a partial commit: new files back to staging, replaced files back in place."""
        for staged, dest, old in reversed(done):
            with contextlib.suppress(OSError):
                if dest.exists() and not staged.exists():
                    os.replace(dest, staged)
                if old is not None and old.exists():
                    os.replace(old, dest)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()

    def __exit__(self, *exc) -> None:
        if self._staging is not None:
            remove_tree(self._staging)
            self._staging = None
