"""A worker's hold on one job. Every write it makes is fenced by its lease token.

Each write is `UPDATE jobs ... WHERE id = :id AND lease_token = :token AND status = 'running'`:
once the lease has expired and another worker has claimed the job (a new token), or the job was
requeued or finished by anyone else, the old holder's writes change nothing and raise LeaseLost.
A worker that was presumed dead (paused, partitioned, slow) can therefore never complete or
overwrite a job it no longer owns.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..errors import LeaseLost
from .schema import jobs
from .sql import After, Decrement
from .store import JobStore


@dataclass(frozen=True)
class ClaimArgs:
    """Who is claiming and what it can run: worker id, capability keys, lease length."""

    worker_id: str
    keys: list[str]
    lease_s: float


@dataclass
class Lease:
    """A claimed job: what the worker needs to run it, and the fenced writes it may make."""

    store: JobStore
    job_id: str
    token: str
    worker_id: str
    kind: str
    request_text: str
    attempt: int
    max_attempts: int
    lease_s: float
    parent_id: str | None = None
    expires_at: float = (
        0.0  # time.monotonic() when the lease runs out, as this worker last renewed it
    )

    @classmethod
    def from_row(cls, store: JobStore, row, token: str, claim: ClaimArgs, t0: float) -> Lease:
        """The lease for a row returned by HotSql.claim_row."""
        job_id, kind, request, attempts, max_attempts, parent_id = row
        return cls(
            store=store,
            job_id=job_id,
            token=token,
            worker_id=claim.worker_id,
            kind=kind,
            request_text=request,
            attempt=attempts,
            max_attempts=max_attempts,
            lease_s=claim.lease_s,
            parent_id=parent_id,
            expires_at=t0 + claim.lease_s,
        )

    def _lost(self, doing: str) -> LeaseLost:
        return LeaseLost(
            f"Worker '{self.worker_id}' no longer holds job '{self.job_id}'; its {doing} was "
            "refused.",
            "The lease expired or the job was requeued; another worker owns it now.",
        )

    def _write(self, doing: str, fn, *, async_commit: bool = False, single: bool = False) -> Any:
        applied = self.store.raw_tx(fn, async_commit=async_commit, single=single)
        if not applied:
            raise self._lost(doing)
        return applied

    # -- while running ------------------------------------------------------------------------------
    def heartbeat(self) -> bool:
        """Extend the lease; returns whether a cancellation has been requested."""
        t0 = time.monotonic()
        row = self._write(
            "heartbeat",
            lambda cur: (
                self.store.sql.heartbeat(cur, self.job_id, self.token, self.lease_s) or False
            ),
            async_commit=True,
        )
        self.expires_at = t0 + self.lease_s
        return row[0] is not None

    def progress(self, stage: str, fraction: float, message: str = "") -> None:
        """Record progress (fenced) with a progress event."""
        fraction = round(fraction, 4)
        self._write(
            "progress update",
            lambda cur: self.store.sql.progress(
                cur, self.job_id, self.token, stage, fraction, message
            ),
            async_commit=True,
        )

    def state(self) -> tuple[bool, bool]:
        """(still ours, cancellation requested), read from the database."""
        q = select(jobs.c.lease_token, jobs.c.status, jobs.c.cancel_requested_at).where(
            jobs.c.id == self.job_id
        )
        with self.store.reader.connect() as conn:
            row = conn.execute(q).first()
        if row is None or row.lease_token != self.token or row.status != "running":
            return False, False
        return True, row.cancel_requested_at is not None

    # -- endings --------------------------------------------------------------------------------------
    def _end(
        self,
        status: str,
        doing: str,
        *,
        event: dict | None = None,
        log: Sequence[str] = (),
        claim_next: ClaimArgs | None = None,
        **values: Any,
    ) -> Lease | None:
        event = {"worker": self.worker_id, "attempt": self.attempt, **(event or {})}
        sql = self.store.sql
        token = secrets.token_hex(16) if claim_next else ""

        def write(cur):
            claim = (
                (claim_next.worker_id, token, claim_next.lease_s, claim_next.keys)
                if claim_next
                else None
            )
            ok, claimed = sql.end(cur, self.job_id, self.token, status, values, event, claim)
            if ok and log:
                sql.insert_events(cur, [(self.job_id, "log", {"line": line}) for line in log])
            return ok and (True, claimed)

        # On PostgreSQL the ending (and the next claim) is one statement unless log lines, a
        # requeue notification or a parent to settle follow it in the same transaction.
        single = not log and status != "queued" and not self.parent_id
        t0 = time.monotonic()
        _, row = self._write(doing, write, single=single)
        return (
            Lease.from_row(self.store, row, token, claim_next, t0)
            if row is not None and claim_next is not None
            else None
        )

    def complete(
        self,
        result: dict,
        *,
        log: Sequence[str] = (),
        claim_next: ClaimArgs | None = None,
        **fields: Any,
    ) -> Lease | None:
        """The job succeeded: store its result (and fields such as folder, bytes, summary).

        With claim_next, the worker's next job is claimed in the same transaction: one commit per
        job instead of two, which is most of the cost of a short job. Returns that next lease.
        """
        return self._end(
            "succeeded",
            "completion",
            log=log,
            claim_next=claim_next,
            result=result,
            progress=1.0,
            error=None,
            **fields,
        )

    def fail(self, error: dict, *, log: Sequence[str] = ()) -> None:
        """A permanent error: the job fails now, whatever attempts are left."""
        self._end("failed", "failure", event={"error": error.get("error")}, log=log, error=error)

    def dead(self, error: dict) -> None:
        """The job cannot run at all (undecodable request, unknown kind) or ran out of attempts."""
        self._end("dead", "dead-letter", event={"error": error.get("error")}, error=error)

    def retry(self, error: dict, delay_s: float, *, log: Sequence[str] = ()) -> str:
        """A transient error: queue the job again after `delay_s`, or dead once attempts are used up.
        Returns the new status."""
        if self.attempt >= self.max_attempts:
            self._end(
                "dead",
                "dead-letter",
                event={"error": error.get("error"), "reason": "attempts exhausted"},
                log=log,
                error=error,
            )
            return "dead"
        self._end(
            "queued",
            "retry",
            event={"error": error.get("error"), "retry_in_s": round(delay_s, 3)},
            log=log,
            error=error,
            run_after=After(delay_s),
            lease_owner=None,
        )
        return "queued"

    def cancelled(self) -> None:
        """The job stopped at a stage boundary because a cancellation was requested."""
        self._end("cancelled", "cancellation", event={"reason": "cancel requested"})

    def release(self) -> None:
        """Give the job back unfinished (graceful shutdown): queued again at once, in its old place
        (run_after unchanged), and this attempt does not count against max_attempts."""
        self._end(
            "queued",
            "release",
            event={"reason": "released by worker shutdown"},
            attempts=Decrement(),
            lease_owner=None,
        )
