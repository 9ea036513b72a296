"""The error tree: every error assetsmith raises on purpose, in this one module.

Every error knows its `code` (stable: API clients and scripts match on it), its CLI exit code, its
HTTP status, whether a retry can help (`transient`), and a hint that tells the user what to do.
Edges (CLI, API, worker) translate; nothing else does. Messages never carry server paths, stack
traces or secrets: they are shown to remote clients.

Exit codes name families: a class that declares an exit code owns it (no other class declares the
same one; tests/test_errors.py checks), and its subclasses that declare none share it, so a
script that retries on 6 retries on every kind of unavailable backend.

| code | error | exit | HTTP | transient |
|---|---|---|---|---|
| `error` | AssetsmithError | 1 | 500 | no |
| `invalid_input` | InvalidInput, UnknownName | 2 | 422 | no |
| `too_large` | TooLarge | 2 | 413 | no |
| `wallet_invalid` | WalletError | 2 | 422 | no |
| `spec_error` | SpecError | 3 | 422 | no |
| `spec_invalid` | SpecInvalid | 3 | 422 | no |
| `spec_unreadable` | SpecUnreadable | 3 | 422 | no |
| `program_invalid` | ProgramInvalid | 3 | 422 | no |
| `shape_unbuildable` | ShapeUnbuildable | 2 | 422 | no |
| `not_found` | NotFound | 4 | 404 | no |
| `output_error` | OutputError | 5 | 500 | no |
| `backend_unavailable` | BackendUnavailable, PromptTimeout | 6 | 503 | yes |
| `model_output_invalid` | ModelOutputInvalid | 6 | 503 | yes |
| `storage_unavailable` | StorageUnavailable | 6 | 503 | yes |
| `database_unavailable` | DatabaseUnavailable | 6 | 503 | yes |
| `storage_misconfigured` | StorageMisconfigured | 6 | 503 | no |
| `engine_unavailable` | EngineUnavailable | 6 | 503 | no |
| `renderer_unavailable` | RendererUnavailable | 6 | 503 | no |
| `extra_missing` | ExtraMissing | 6 | 503 | no |
| `billing_not_configured` | BillingNotConfigured | 6 | 503 | no |
| `quota_exceeded` | QuotaExceeded | 7 | 402 | no |
| `cancelled` | Cancelled | 8 | 409 | no |
| `engine_failed` | EngineFailed | 9 | 502 | no |
| `stage_failed` | StageFailed | 10 | 500 | no |
| `originality_blocked` | OriginalityBlocked | 11 | 409 | no |
| `verification_failed` | VerificationFailed | 12 | 422 | no |
| `signing_failed` | SigningFailed | 13 | 502 | no |
| `lease_lost` | LeaseLost | 14 | 409 | no |
| `conflict` | JobStateConflict | 15 | 409 | no |
| `unauthorized` | Unauthorized | 16 | 401 | no |
| `forbidden` | Forbidden | 17 | 403 | no |
| `concurrency_limit` | ConcurrencyLimit | 18 | 429 | yes |
| `rate_limited` | RateLimited | 19 | 429 | yes |
| `server_busy` | ServerBusy | 19 | 503 | yes |
| `billing_conflict` | BillingConflict | 20 | 409 | no |
| `webhook_rejected` | WebhookRejected | 21 | 400 | no |
| `timeout` | JobTimeout | 22 | 504 | yes |
| `no_fitting_shape` | NoFittingShape | 23 | 422 | no |

Exit code 23 (no recipe fits a prompt, with `--strict` / `"strict": true`) came with the shape
language (issue 15). Exit codes 13 to 22 were given in issue 14, where they had collided: signing failures and
originality blocks were both 11, a lost lease and a failed engine both 9, and API-side errors reused
2, 7 and 1.

A missing optional dependency is always reported one way: `import_extra(module, extra, what)`
raises ExtraMissing, whose message names the extra to install. An unknown name (a backend, a
store, a layout, a job kind...) is always UnknownName, raised by `assetsmith.registry.Registry`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
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


@dataclass(frozen=True)
class Problem:
    """One validation problem, located by a JSON path such as `$.material_slots[2].role`."""

    path: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# --- the request or its input is wrong (exit 2, 3, 11, 13; HTTP 422 or 409) ---------------------
class InvalidInput(AssetsmithError):
    """The request itself is wrong: an empty prompt, an unknown engine, an absurd resolution."""

    code = "invalid_input"
    exit_code = 2
    http_status = 422


class TooLarge(InvalidInput):
    """An input over a size limit the server states (an image's declared pixels, a spec's lists):
    the limit and its setting are named in the message. Same exit code as InvalidInput."""

    code = "too_large"
    http_status = 413


class UnknownName(InvalidInput):
    """A name that picks something pluggable (a backend, a store, a layout, a job kind...) that
    is not there. Raised by every Registry, always with this message shape."""

    def __init__(self, kind: str, name: str, known: Iterable[str]) -> None:
        names = sorted(known)
        super().__init__(f"Unknown {kind} '{name}'.", f"Use one of: {', '.join(names)}.")
        self.kind, self.name, self.known = kind, name, names


class SpecError(InvalidInput):
    """A spec that cannot be used (the family of SpecInvalid and SpecUnreadable; exit 3)."""

    code = "spec_error"
    exit_code = 3


class SpecInvalid(SpecError):
    """A spec failed the schema or the rules; `problems` lists every one of them."""

    code = "spec_invalid"

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


class SpecUnreadable(SpecError):
    """A spec file that is not JSON at all (truncated, binary, empty)."""

    code = "spec_unreadable"


MAX_REPORTED_PROBLEMS = (
    100  # problems listed in one error's details (a hostile input can have thousands)
)


class ProgramInvalid(SpecError):
    """A part program (assetsmith.shapes) failed validation; `problems` lists every problem with
    its JSON path (the first MAX_REPORTED_PROBLEMS of them in `details`)."""

    code = "program_invalid"

    def __init__(self, problems: list[Problem], hint: str = "") -> None:
        n = len(problems)
        first = str(problems[0]) if problems else "unknown problem"
        super().__init__(
            f"The part program has {n} problem{'s' if n != 1 else ''} (first: {first}).",
            hint or "Fix the listed values; docs/shapes.md describes every primitive and operator.",
            details=[p.to_dict() for p in problems[:MAX_REPORTED_PROBLEMS]],
        )
        self.problems = problems


class ShapeUnbuildable(InvalidInput):
    """A part program that validates but cannot be built (e.g. a boolean on a shape that is not
    closed, or an operation that leaves nothing)."""

    code = "shape_unbuildable"


class NoFittingShape(InvalidInput):
    """Strict mode: no recipe of the library fits the prompt's object. The message says why in plain
    words; `details` lists the nearest recipes. Without strict the job builds a stand-in and says so."""

    code = "no_fitting_shape"
    exit_code = 23
    http_status = 422

    def __init__(self, reason: str, suggestions: tuple[str, ...] | list[str] = ()) -> None:
        sugg = list(suggestions)
        hint = (
            "Name one of the library's objects (`assetsmith recipes` lists them)"
            + (f", e.g. {', '.join(sugg)}" if sugg else "")
            + ", write a spec with a part program, "
            "or drop --strict to build the nearest stand-in."
        )
        super().__init__(reason, hint, details={"suggestions": sugg})
        self.suggestions = sugg


class OriginalityBlocked(InvalidInput):
    """The asset is too close to a known one and the originality policy blocks it. Permanent: the
    same request meets the same corpus again, so a retry cannot help. `details` lists the matches."""

    code = "originality_blocked"
    exit_code = 11
    http_status = 409


class WalletError(InvalidInput):
    """A wallet address or authorisation was refused (bad checksum, wrong signer, expired)."""

    code = "wallet_invalid"


class NotFound(AssetsmithError):
    code = "not_found"
    exit_code = 4
    http_status = 404


class OutputError(AssetsmithError):
    """The output location cannot be written (permissions, a file in the way, disk full)."""

    code = "output_error"
    exit_code = 5
    http_status = 500


# --- something this install or this server depends on is missing or down (exit 6, HTTP 503) ---
class BackendUnavailable(AssetsmithError):
    """A model service or tool could not be reached or failed; retrying later may work."""

    code = "backend_unavailable"
    exit_code = 6
    http_status = 503
    transient = True


class PromptTimeout(BackendUnavailable):
    """A queued ComfyUI prompt did not finish before the deadline (it is interrupted)."""


class ModelOutputInvalid(BackendUnavailable):
    """The model answered, but not with a usable result even after the repair rounds.

    A BackendUnavailable so the pipeline can fall back to the offline generators.
    """

    code = "model_output_invalid"


class StorageUnavailable(BackendUnavailable):
    """The artifact store could not be reached or failed; retrying later may work."""

    code = "storage_unavailable"


class StorageMisconfigured(StorageUnavailable):
    """The artifact store's settings are wrong (no bucket, bad credentials): a retry cannot help."""

    code = "storage_misconfigured"
    transient = False


class DatabaseUnavailable(BackendUnavailable):
    """The job database could not be reached or refused the connection."""

    code = "database_unavailable"


class EngineUnavailable(BackendUnavailable):
    """A batch engine is not installed or cannot be started here (no Unity binary, no Blender)."""

    code = "engine_unavailable"
    transient = False


class RendererUnavailable(BackendUnavailable):
    """The headless renderer cannot run here: no EGL driver (or, as ExtraMissing, no render extra)."""

    code = "renderer_unavailable"
    transient = False


class ExtraMissing(BackendUnavailable):
    """An optional dependency is not installed; the message names the extra that provides it."""

    code = "extra_missing"
    transient = False

    def __init__(self, extra: str, what: str, module: str) -> None:
        super().__init__(
            f"{what} needs the '{extra}' extra, which is not installed (no module '{module}').",
            f"Install it: pip install 'assetsmith[{extra}]'.",
        )
        self.extra, self.module = extra, module


class BillingNotConfigured(BackendUnavailable):
    """A billing action needs a setting this server does not have (503: the server, not the client,
    must change)."""

    code = "billing_not_configured"
    transient = False

    def __init__(self, what: str, setting: str) -> None:
        super().__init__(
            f"Stripe billing is not configured on this server: {what} needs {setting}.",
            f"Ask the operator to set {setting} (see docs/billing.md).",
        )
        self.setting = setting


# --- limits and plans -----------------------------------------------------------------------------
class QuotaExceeded(AssetsmithError):
    code = "quota_exceeded"
    exit_code = 7
    http_status = 402


class ConcurrencyLimit(AssetsmithError):
    """The tenant already has as many jobs in flight as its plan allows."""

    code = "concurrency_limit"
    exit_code = 18
    http_status = 429
    transient = True


class RateLimited(AssetsmithError):
    """Too many requests with one key in the current minute."""

    code = "rate_limited"
    exit_code = 19
    http_status = 429
    transient = True

    def __init__(self, message: str, hint: str = "", *, retry_after: int = 60) -> None:
        super().__init__(message, hint)
        self.retry_after = retry_after


class ServerBusy(RateLimited):
    """Every slot for a heavy request (an image audit, an upload to index) is taken in this
    process: retry after `retry_after` seconds. Same exit code as RateLimited."""

    code = "server_busy"
    http_status = 503

    def __init__(self, message: str, hint: str = "", *, retry_after: int = 5) -> None:
        super().__init__(message, hint, retry_after=retry_after)


class Unauthorized(AssetsmithError):
    """No API key, or one that is unknown or revoked."""

    code = "unauthorized"
    exit_code = 16
    http_status = 401


class Forbidden(AssetsmithError):
    """The tenant's plan does not include this (model textures on the free tier)."""

    code = "forbidden"
    exit_code = 17
    http_status = 403


# --- jobs and the queue ---------------------------------------------------------------------------
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


class LeaseLost(AssetsmithError):
    """This worker's lease on a job moved on; whatever it was about to write was discarded."""

    code = "lease_lost"
    exit_code = 14
    http_status = 409


class JobStateConflict(AssetsmithError):
    """The job is not in a state that allows this (cancel a finished job, requeue a running one)."""

    code = "conflict"
    exit_code = 15
    http_status = 409


class JobTimeout(AssetsmithError):
    """A synchronous run outlived its wait; the job itself carries on."""

    code = "timeout"
    exit_code = 22
    http_status = 504
    transient = True


class EngineFailed(AssetsmithError):
    """A batch engine ran and failed (Unity's exit code and log, Blender's error); a retry will not help."""

    code = "engine_failed"
    exit_code = 9
    http_status = 502


# --- provenance -----------------------------------------------------------------------------------
class SigningFailed(AssetsmithError):
    """The signer could not sign (key missing, HSM/KMS/remote signer refused or unreachable).
    A job whose signing fails fails: a pack is never silently left unsigned."""

    code = "signing_failed"
    exit_code = 13
    http_status = 502


class VerificationFailed(AssetsmithError):
    """A pack, file or statement did not verify; `details` lists every failed check."""

    code = "verification_failed"
    exit_code = 12
    http_status = 422


# --- billing --------------------------------------------------------------------------------------
class BillingConflict(AssetsmithError):
    """The request does not fit the tenant's billing state: no Stripe customer linked yet, already
    subscribed, or billing asked for without tenants."""

    code = "billing_conflict"
    exit_code = 20
    http_status = 409


class WebhookRejected(AssetsmithError):
    """A webhook delivery that is not provably from Stripe (missing, invalid or stale signature) or
    is not a Stripe event. One message for every reason: the reason is logged, not answered."""

    code = "webhook_rejected"
    exit_code = 21
    http_status = 400

    def __init__(self, reason: str) -> None:
        super().__init__(
            "The webhook was refused: its signature is missing, invalid or too old, or it is not a "
            "Stripe event.",
            "Check that the endpoint's signing secret is the server's "
            "ASSETSMITH_STRIPE_WEBHOOK_SECRET.",
        )
        self.reason = reason


def import_extra(module: str, extra: str, what: str) -> ModuleType:
    """Import an optional dependency, or raise ExtraMissing naming the extra that provides it.

    `what` is the feature that needs it, as the start of a sentence ("The s3 artifact store")."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ExtraMissing(extra, what, module.split(".")[0]) from None
