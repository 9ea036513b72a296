"""A queue worker: claim a job, run it under a heartbeat-renewed lease, write the outcome fenced.

Shutdown: the first SIGTERM (or SIGINT) stops claiming; the running job may finish within
`queue_shutdown_grace_s`, after which it is asked to stop at its next stage boundary and is
released back to the queue (its attempt not counted). A second signal releases at once.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AssetsmithError, Cancelled, LeaseLost, StageFailed
from .kinds import Task, decode_request, get_kind
from .leases import ClaimArgs, Lease
from .queue import claim_next_job, has_due_job, has_queued_job, next_due_in, sweep_expired
from .records import claimable_keys
from .store import JobStore
from .wakeup import make_waiter

log = logging.getLogger("assetsmith.worker")


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def retry_delay(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with jitter: base * 2**(attempt-1), capped, then scaled by 0.5..1 so
    jobs that failed together do not come back together."""
    return min(cap, base * 2 ** max(0, attempt - 1)) * random.uniform(0.5, 1.0)


@dataclass
class WorkerOptions:
    """How one worker process behaves (the CLI's queue-worker options)."""

    worker_id: str = field(default_factory=default_worker_id)
    capabilities: tuple[str, ...] = ()
    once: bool = False  # run at most one job, then exit
    drain: bool = False  # exit once no job it could run is queued (delayed retries included)
    poll_interval: float | None = (
        None  # poll at this fixed interval instead of waiting for wake-ups
    )
    completion_log: Path | None = None  # append "done <job> <token>" after each accepted completion
    ready: Callable[[], None] | None = None  # called once the worker is listening


@dataclass
class WorkerStats:
    """What a worker did, for its exit report."""

    succeeded: int = 0
    failed: int = 0
    retried: int = 0
    dead: int = 0
    cancelled: int = 0
    released: int = 0
    lease_lost: int = 0

    @property
    def processed(self) -> int:
        return (
            self.succeeded + self.failed + self.retried + self.dead + self.cancelled + self.released
        )


class _Control:
    """Why the current job should stop, as learned from heartbeats, the database and signals."""

    def __init__(self, lease: Lease, worker: Worker) -> None:
        self.lease, self.worker = lease, worker
        self.lost = self.cancel_requested = self.releasing = False

    def should_stop(self) -> bool:
        """Called by the job at stage boundaries: one read of its row."""
        if self.worker.release_now():
            self.releasing = True
        if not (self.lost or self.cancel_requested or self.releasing):
            ours, cancel = self.lease.state()
            self.lost, self.cancel_requested = not ours, cancel
        return self.lost or self.cancel_requested or self.releasing


class _Heartbeat(threading.Thread):
    """Renews the current lease every `interval` seconds from a thread of its own."""

    def __init__(self, interval: float) -> None:
        super().__init__(name="assetsmith-heartbeat", daemon=True)
        self.interval = interval
        self.control: _Control | None = None
        self.lock = threading.Lock()
        self.stop_event = threading.Event()

    def watch(self, control: _Control | None) -> None:
        with self.lock:
            self.control = control

    def run(self) -> None:
        while not self.stop_event.wait(self.interval):
            with self.lock:
                control = self.control
            if control is None or control.lost:
                continue
            try:
                if control.lease.heartbeat():
                    control.cancel_requested = True
            except LeaseLost:
                control.lost = True
            except Exception as exc:  # database unreachable: keep trying until the lease runs out
                log.warning("heartbeat for %s failed: %s", control.lease.job_id, type(exc).__name__)
                if time.monotonic() > control.lease.expires_at:
                    control.lost = True


class Worker:
    """One worker loop over one store. Use `run()`; `request_stop()` is what SIGTERM calls."""

    def __init__(self, settings, options: WorkerOptions | None = None) -> None:
        self.settings = settings
        self.options = options or WorkerOptions()
        self.stats = WorkerStats()
        self.stopping = False
        self.stop_deadline: float | None = None
        self.lease_s = settings.queue_lease_s
        self.heartbeat_s = settings.queue_heartbeat_s or self.lease_s / 3
        self._last_sweep = 0.0

    # -- stopping ---------------------------------------------------------------------------------
    def request_stop(self, *, immediate: bool = False) -> None:
        """Stop claiming; the current job gets the grace period (none if immediate) to finish."""
        now = time.monotonic()
        grace = 0.0 if immediate or self.stopping else self.settings.queue_shutdown_grace_s
        self.stopping = True
        self.stop_deadline = min(self.stop_deadline or now + grace, now + grace)

    def release_now(self) -> bool:
        return self.stop_deadline is not None and time.monotonic() >= self.stop_deadline

    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.request_stop())

    # -- the loop ---------------------------------------------------------------------------------
    def run(self, store: JobStore | None = None) -> WorkerStats:
        """Claim and run jobs until stopped (or once / drained)."""
        own = store is None
        store = store or JobStore.from_settings(self.settings)
        waiter = make_waiter(
            store,
            poll_interval=self.options.poll_interval,
            sqlite_poll_s=self.settings.queue_sqlite_poll_s,
        )
        hb = _Heartbeat(self.heartbeat_s)
        hb.start()
        caps = self.options.capabilities
        try:
            if self.options.ready:
                self.options.ready()
            busy, pending = True, None
            while not self.stopping:
                if busy:  # a busy pool must still reclaim jobs whose worker died
                    self._maybe_sweep(store)
                lease, pending = pending, None
                # An idle SQLite worker looks (a read, no lock) before it claims (the write lock):
                # most commits that wake it are other workers' heartbeats and completions.
                if lease is None and (
                    busy or not store.sqlite or self._safe(lambda: has_due_job(store, caps))
                ):
                    lease = self._claim(store)
                if lease is not None:
                    pending = self._process(lease, hb)
                    if self.options.once:
                        break
                    busy = True
                    continue
                busy = False
                # Woken from idle, the claim comes first and the sweep after it, so the sweep adds
                # nothing to pickup latency. Anything swept back is claimable at once.
                if self._maybe_sweep(store):
                    continue
                if self.options.once:
                    break
                if self.options.drain and not self._safe(lambda: has_queued_job(store, caps)):
                    break  # (a delayed retry still counts: drain waits for it)
                timeout = self.settings.queue_idle_check_s
                due = self._safe(lambda: next_due_in(store, caps))
                if due is not None:
                    timeout = min(timeout, max(due, 0.005))
                waiter.wait(timeout, lambda: self.stopping)
            if pending is not None:  # claimed with the last completion, then told to stop
                self._give_back(pending)
        finally:
            hb.stop_event.set()
            waiter.close()
            if own:
                store.close()
        return self.stats

    def _safe(self, fn):
        try:
            return fn()
        except AssetsmithError as exc:
            if not exc.transient:
                raise
            log.warning("queue database unavailable: %s", exc.message)
        except Exception as exc:  # the database blinked: back off, keep the worker alive
            log.warning("queue database error: %s", type(exc).__name__)
        time.sleep(0.5)
        return None

    def _claim(self, store: JobStore) -> Lease | None:
        return self._safe(
            lambda: claim_next_job(
                store,
                self.options.worker_id,
                capabilities=self.options.capabilities,
                lease_s=self.lease_s,
            )
        )

    def _maybe_sweep(self, store: JobStore) -> int:
        now = time.monotonic()
        if now - self._last_sweep < min(1.0, self.lease_s / 4):
            return 0
        self._last_sweep = now
        return self._safe(lambda: sweep_expired(store)) or 0

    # -- one job ------------------------------------------------------------------------------------
    def _give_back(self, lease: Lease) -> None:
        try:
            lease.release()
            self.stats.released += 1
        except Exception as exc:  # it will be reclaimed when its lease expires
            log.warning("could not release %s: %s", lease.job_id, type(exc).__name__)

    def _process(self, lease: Lease, hb: _Heartbeat) -> Lease | None:
        """Run one job; returns the next job's lease when it was claimed with this completion."""
        control = _Control(lease, self)
        hb.watch(control)
        try:
            return self._run_job(lease, control)
        except LeaseLost as exc:
            self.stats.lease_lost += 1
            log.warning("%s", exc)
            return None
        except Exception as exc:  # the database failed under us: the lease will expire and the
            # job will be retried by whoever is up; this worker carries on once the database is back
            log.error("job %s: could not record its outcome (%s)", lease.job_id, type(exc).__name__)
            time.sleep(0.5)
            return None
        finally:
            hb.watch(None)

    def _run_job(self, lease: Lease, control: _Control) -> Lease | None:
        try:
            kind = get_kind(lease.kind)
            request = decode_request(lease.kind, lease.request_text)
        except AssetsmithError as exc:
            err = exc.to_dict()
            err["message"] = f"The stored request cannot be used: {exc.message}"
            lease.dead(err)
            self.stats.dead += 1
            return None
        task = Task(
            job_id=lease.job_id,
            attempt=lease.attempt,
            worker_id=self.options.worker_id,
            token=lease.token,
            settings=self.settings,
            request=request,
            progress=lease.progress,
            is_cancelled=control.should_stop,
            confirm_lease=lease.heartbeat,
        )
        try:
            result = kind.run(task)
        except LeaseLost:
            raise
        except Cancelled:
            self._stopped(lease, control)
        except AssetsmithError as exc:
            if control.lost:
                raise lease._lost("failure") from None
            if exc.transient:
                delay = retry_delay(
                    lease.attempt, self.settings.queue_retry_base_s, self.settings.queue_retry_max_s
                )
                status = lease.retry(exc.to_dict(), delay, log=task.log)
                self.stats.retried += status == "queued"
                self.stats.dead += status == "dead"
            else:
                lease.fail(exc.to_dict(), log=task.log)
                self.stats.failed += 1
        except Exception as exc:  # a bug in a kind: keep the trace in the job log, not the error
            task.log.append(traceback.format_exc())
            lease.fail(StageFailed(lease.kind, type(exc).__name__).to_dict(), log=task.log)
            self.stats.failed += 1
        else:
            again = not (self.stopping or self.options.once)
            claim = ClaimArgs(
                self.options.worker_id, claimable_keys(self.options.capabilities), self.lease_s
            )
            nxt = lease.complete(
                result, log=task.log, claim_next=claim if again else None, **task.fields
            )
            self.stats.succeeded += 1
            self._after_completion(lease)
            return nxt
        return None

    def _stopped(self, lease: Lease, control: _Control) -> None:
        if control.lost:
            raise lease._lost("cancellation")
        if control.cancel_requested:
            lease.cancelled()
            self.stats.cancelled += 1
        else:
            lease.release()
            self.stats.released += 1

    def _after_completion(self, lease: Lease) -> None:
        if self.options.completion_log:
            fd = os.open(self.options.completion_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(
                    fd, f"done {lease.job_id} {lease.token} {self.options.worker_id}\n".encode()
                )
            finally:
                os.close(fd)
        if lease.kind == "run_job":
            from .local import apply_retention

            try:
                apply_retention(lease.store, self.settings, keep={lease.job_id})
            except Exception as exc:  # retention is housekeeping; it never fails a finished job
                log.warning("retention failed: %s", type(exc).__name__)
