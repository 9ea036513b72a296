"""The error tree. Every error knows its CLI exit code, its HTTP status, whether a retry can help,
and a hint that tells the user what to do. Edges (CLI, API, worker) translate; nothing else does.

Messages never carry server paths, stack traces or secrets: they are shown to remote clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class AssetsmithError(Exception):
    """Base class. `message` says what happened; `hint` says what to do about it."""

    code = "error"
    exit_code = 1
    http_status = 500
    transient = False  # True: a retry may succeed (backend down, timeout)

    def __init__(self, message: str, hint: str = "", *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        if self.details is not None:
            out["details"] = self.details
        return out


class InvalidInput(AssetsmithError):
    """The request itself is wrong: an empty prompt, an unknown engine, an absurd resolution."""

    code = "invalid_input"
    exit_code = 2
    http_status = 422


@dataclass(frozen=True)
class Problem:
    """One validation problem, located by a JSON path such as `$.material_slots[2].role`."""

    path: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class SpecInvalid(InvalidInput):
    """A spec failed the schema or the rules; `problems` lists every one of them."""

    code = "spec_invalid"
    exit_code = 3

    def __init__(self, problems: list[Problem], hint: str = "") -> None:
        n = len(problems)
        first = str(problems[0]) if problems else "unknown problem"
        msg = f"The asset spec has {n} problem{'s' if n != 1 else ''} (first: {first})."
        super().__init__(
            msg,
            hint or "Fix the listed fields (`assetsmith validate-spec --file F` lists them all).",
            details=[p.to_dict() for p in problems],
        )
        self.problems = problems


class SpecUnreadable(InvalidInput):
    """A spec file that is not JSON at all (truncated, binary, empty)."""

    code = "spec_unreadable"
    exit_code = 3


class NotFound(AssetsmithError):
    code = "not_found"
    exit_code = 4
    http_status = 404


class OutputError(AssetsmithError):
    """The output location cannot be written (permissions, a file in the way, disk full)."""

    code = "output_error"
    exit_code = 5
    http_status = 500


class BackendUnavailable(AssetsmithError):
    """A model service or tool could not be reached or failed; retrying later may work."""

    code = "backend_unavailable"
    exit_code = 6
    http_status = 503
    transient = True


class QuotaExceeded(AssetsmithError):
    code = "quota_exceeded"
    exit_code = 7
    http_status = 402


class Cancelled(AssetsmithError):
    code = "cancelled"
    exit_code = 8
    http_status = 409


class StageFailed(AssetsmithError):
    """An unexpected failure inside a pipeline stage; the stage name is kept, the trace is not."""

    code = "stage_failed"
    exit_code = 10
    http_status = 500

    def __init__(self, stage: str, message: str, hint: str = "") -> None:
        super().__init__(
            f"Stage '{stage}' failed: {message}",
            hint or "This is a bug or a broken install; run `assetsmith doctor` and report it.",
        )
        self.stage = stage


class OriginalityBlocked(InvalidInput):
    """The asset is too close to a known one and the originality policy blocks it. Permanent: the
    same request meets the same corpus again, so a retry cannot help. `details` lists the matches."""

    code = "originality_blocked"
    exit_code = 11
    http_status = 409
