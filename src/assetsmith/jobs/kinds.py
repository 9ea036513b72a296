"""Job kinds: what a queued job does. Each kind validates its request at submit time and runs it
in a worker. `run_job` builds a pack with the offline pipeline; `noop` exists for benchmarks and
chaos tests; `group` is the parent of child jobs and never runs itself."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import BackendUnavailable, InvalidInput, Problem
from ..registry import Lazy, Registry


@dataclass
class Task:
    """What a kind's `run` gets: the validated request, its job, and the worker's controls."""

    job_id: str
    attempt: int
    worker_id: str
    token: str
    settings: Any
    request: Any
    progress: Callable[[str, float, str], None]
    is_cancelled: Callable[[], bool]  # checks the database: call it at natural stopping points
    fields: dict[str, Any] = field(
        default_factory=dict
    )  # job columns to set on success (folder, bytes, summary)
    log: list[str] = field(default_factory=list)
    # Raises LeaseLost when the job is no longer this worker's (a fenced lease renewal). Called right
    # before outputs are published, so a worker presumed dead cannot replace the new owner's files.
    confirm_lease: Callable[[], object] = lambda: None


class JobKind(Protocol):
    """A kind of job. `parse` turns untrusted request data into a request object or raises
    InvalidInput with the reason; `run` does the work and returns the result to store, raising an
    AssetsmithError (transient or not) on failure and Cancelled when `task.is_cancelled()`."""

    name: str
    runnable: bool

    def parse(self, data: dict[str, Any]) -> Any: ...

    def dump(self, request: Any) -> dict[str, Any]: ...

    def run(self, task: Task) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=BaseModel)


def _pydantic_problem(model: type[ModelT], data: Any, what: str) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(
                "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e["loc"]),
                e["msg"].removeprefix("Value error, "),
            )
            for e in exc.errors()
        ]
        raise InvalidInput(
            f"Invalid {what} request: {problems[0]}.",
            "Fix the request fields listed in details.",
            details=[p.to_dict() for p in problems],
        ) from None


class RunJobKind:
    """Build a pack from a prompt or spec (the same pipeline as `assetsmith run-job`)."""

    name = "run_job"
    runnable = True

    def parse(self, data: dict[str, Any]) -> Any:
        from ..pipeline.request import JobRequest

        return JobRequest.parse(data)

    def dump(self, request: Any) -> dict[str, Any]:
        dumped: dict[str, Any] = request.model_dump(mode="json")
        return dumped

    def run(self, task: Task) -> dict[str, Any]:
        from ..storage import get_artifact_store
        from .folders import ensure_writable_dir
        from .local import build_job

        artifacts = get_artifact_store(task.settings)
        ensure_writable_dir(artifacts.staging_root, "jobs")
        ctx, result, size = build_job(
            task.request,
            task.settings,
            task.job_id,
            progress=task.progress,
            is_cancelled=task.is_cancelled,
            artifacts=artifacts,
            before_commit=task.confirm_lease,
        )
        task.fields.update(folder=task.job_id, bytes=size, summary=ctx.summary, stage="done")
        task.log.extend(ctx.log_lines)
        return result


class NoopRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ms: int = Field(
        default=0, ge=0, le=600_000, description="Sleep this long (checking for cancellation)."
    )
    payload: Any = Field(default=None, description="Echoed back in the result, with its digest.")
    fail: Literal["transient", "permanent"] | None = Field(
        default=None, description="Fail this way..."
    )
    fail_attempts: int = Field(
        default=1_000_000, ge=0, description="...on attempts up to this number."
    )


class NoopKind:
    """Do nothing (or sleep), then return the payload. For benchmarks, chaos tests and retries."""

    name = "noop"
    runnable = True

    def parse(self, data: dict[str, Any]) -> NoopRequest:
        return _pydantic_problem(NoopRequest, data, "noop")

    def dump(self, request: NoopRequest) -> dict[str, Any]:
        return request.model_dump(mode="json", exclude_defaults=True)

    def run(self, task: Task) -> dict[str, Any]:
        from ..errors import Cancelled

        req: NoopRequest = task.request
        started = time.time()
        end = time.monotonic() + req.ms / 1000
        while (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.05))
            if task.is_cancelled():
                raise Cancelled("The noop job was cancelled.")
        if req.fail and task.attempt <= req.fail_attempts:
            if req.fail == "transient":
                raise BackendUnavailable(
                    f"Simulated outage on attempt {task.attempt}.", "It will be retried."
                )
            raise InvalidInput("Simulated permanent failure.", "Nothing to retry.")
        blob = json.dumps(req.payload, sort_keys=True).encode()
        log = task.settings.queue_noop_log
        if log:
            # One write(2) with O_APPEND: lines from concurrent workers never interleave.
            fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, f"run {task.job_id} {task.token} {task.worker_id}\n".encode())
            finally:
                os.close(fd)
        return {
            "payload": req.payload,
            "digest": hashlib.sha256(blob).hexdigest(),
            "attempt": task.attempt,
            "worker": task.worker_id,
            "token": task.token,
            "started": started,
        }


class GroupRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str | None = Field(default=None, max_length=200)


class GroupKind:
    """The parent of child jobs: it waits, and finishes when its children have (see settle_parent)."""

    name = "group"
    runnable = False

    def parse(self, data: dict[str, Any]) -> GroupRequest:
        return _pydantic_problem(GroupRequest, data, "group")

    def dump(self, request: GroupRequest) -> dict[str, Any]:
        return request.model_dump(mode="json", exclude_none=True)

    def run(
        self, task: Task
    ) -> dict[str, Any]:  # never claimed: parents are 'waiting', not 'queued'
        raise InvalidInput("A group job has no work of its own.")


# Every job kind a worker can run. batch_chunk lives with the batch engines and is imported when a
# job of that kind first comes up (the batch package is heavy and imports the queue).
KINDS: Registry[JobKind] = Registry(
    "job kind",
    {
        "run_job": RunJobKind(),
        "noop": NoopKind(),
        "group": GroupKind(),
        "batch_chunk": Lazy("assetsmith.batch.queue:BATCH_CHUNK_KIND"),
    },
)


def get_kind(name: str) -> JobKind:
    """The kind called `name`, or UnknownName listing the known kinds."""
    return KINDS.get(name)


def decode_request(kind: str, text: str) -> Any:
    """A stored request, decoded and validated again (a worker trusts nothing in the row)."""
    k = get_kind(kind)
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"The stored request is not valid JSON ({exc}).") from None
    if not isinstance(data, dict):
        raise InvalidInput("The stored request is not a JSON object.")
    return k.parse(data)
