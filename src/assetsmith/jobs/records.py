"""Job rows as Python values: statuses, the record type, ids and capability keys."""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

# queued: waiting for a worker; waiting: a parent whose children have not all finished;
# running: leased by a worker (or run in-process by `run-job`); the rest are final.
STATUSES = ("queued", "waiting", "running", "succeeded", "failed", "dead", "cancelled")
FINISHED = ("succeeded", "failed", "dead", "cancelled")
MAX_WORKER_CAPABILITIES = 8  # a worker matches 2**n capability keys; keep the IN list small


_id_lock = threading.Lock()
_id_last = [0, 0]  # last millisecond used, sequence within it


def new_job_id() -> str:
    """Time-ordered id: 12 hex digits of milliseconds, a 5-digit sequence that starts at random in
    each millisecond and counts up (ids made by one process sort in creation order, so a batch
    submitted together runs first-in first-out), then 3 random hex digits."""
    with _id_lock:
        ms = max(int(time.time() * 1000), _id_last[0])
        if ms == _id_last[0] and _id_last[1] < 0xFFFFF:
            seq = _id_last[1] + 1
        else:
            ms, seq = max(ms, _id_last[0] + (ms == _id_last[0])), secrets.randbelow(0x80000)
        _id_last[:] = [ms, seq]
    return f"job_{ms:012x}{seq:05x}{secrets.token_hex(2)[:3]}"


def capability_key(capabilities: list[str] | tuple[str, ...] | None) -> str:
    """The canonical form of a job's required capabilities: sorted, unique, comma-joined."""
    return ",".join(sorted({c.strip().lower() for c in capabilities or () if c.strip()}))


def claimable_keys(capabilities: list[str] | tuple[str, ...] | None) -> list[str]:
    """Every capability key a worker with these capabilities may claim: all subsets of its set
    (a job needing nothing is claimable by every worker)."""
    caps = sorted({c.strip().lower() for c in capabilities or () if c.strip()})
    if len(caps) > MAX_WORKER_CAPABILITIES:
        raise ValueError(f"a worker may declare at most {MAX_WORKER_CAPABILITIES} capabilities")
    return [",".join(combo) for n in range(len(caps) + 1) for combo in combinations(caps, n)]


@dataclass
class JobRecord:
    """One job row. `request` is None when the stored request is not valid JSON."""

    id: str
    tenant: str
    kind: str
    status: str
    request: dict | None
    progress: float
    stage: str | None
    result: dict | None
    error: dict | None
    folder: str | None
    bytes: int
    summary: str | None
    attempts: int
    created_at: float
    started_at: float | None
    finished_at: float | None
    priority: int = 0
    max_attempts: int = 1
    run_after: float = 0.0
    lease_owner: str | None = None
    lease_expires_at: float | None = None
    heartbeat_at: float | None = None
    idempotency_key: str | None = None
    capabilities: list[str] = field(default_factory=list)
    parent_id: str | None = None
    cancel_requested: bool = False
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra")
        return d


def row_to_record(row) -> JobRecord:
    m = row._mapping
    try:
        req = json.loads(m["request"])
        req = req if isinstance(req, dict) else None
    except (TypeError, ValueError):
        req = None
    return JobRecord(
        id=m["id"],
        tenant=m["tenant"],
        kind=m["kind"],
        status=m["status"],
        request=req,
        progress=m["progress"],
        stage=m["stage"],
        result=m["result"],
        error=m["error"],
        folder=m["folder"],
        bytes=m["bytes"] or 0,
        summary=m["summary"],
        attempts=m["attempts"],
        created_at=m["created_at"],
        started_at=m["started_at"],
        finished_at=m["finished_at"],
        priority=m["priority"],
        max_attempts=m["max_attempts"],
        run_after=m["run_after"],
        lease_owner=m["lease_owner"],
        lease_expires_at=m["lease_expires_at"],
        heartbeat_at=m["heartbeat_at"],
        idempotency_key=m["idempotency_key"],
        capabilities=list(m["capabilities"] or []),
        parent_id=m["parent_id"],
        cancel_requested=m["cancel_requested_at"] is not None,
    )
