"""`queue-worker --concurrency N`: N worker processes under one supervisor.

Each worker is a forked process with its own database connections (nothing is shared across the
fork: the supervisor opens no store). A worker that dies unexpectedly is started again; SIGTERM
is passed on to every worker, which then stops claiming and finishes or releases its job.

A worker dies with its parent (this supervisor, or `assetsmith serve`): on Linux the kernel sends
it SIGTERM when the parent goes (prctl PR_SET_PDEATHSIG), and everywhere a thread watches
os.getppid() and stops it when it changes. A supervisor killed with SIGKILL therefore leaves no
worker claiming jobs under PID 1: each finishes or releases its job as on SIGTERM and exits.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.process import BaseProcess

from .worker import Worker, WorkerOptions, WorkerStats

log = logging.getLogger("assetsmith.worker")


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_WATCH_S = 0.5


def set_parent_death_signal(sig: int = signal.SIGTERM) -> bool:
    """Ask the Linux kernel to send `sig` to this process when its parent exits (more exactly: when
    the parent thread that forked it exits; pool and serve fork from their main thread). Returns
    whether that is in effect (False on other systems or without libc's prctl)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def watch_parent(
    parent_pid: int, on_orphan: Callable[[], None], interval: float = PARENT_WATCH_S
) -> threading.Thread:
    """Call `on_orphan()` once, from a daemon thread, when this process's parent is no longer
    `parent_pid` (it died: the process was re-parented to init or a subreaper). The fallback where
    PR_SET_PDEATHSIG does not exist, and a second guard where it does."""

    def run() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        log.warning("parent process %s is gone; stopping", parent_pid)
        on_orphan()

    thread = threading.Thread(target=run, name="assetsmith-parent-watch", daemon=True)
    thread.start()
    return thread


def _child(settings, options: WorkerOptions, parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    worker = Worker(settings, options)
    worker.install_signal_handlers()
    set_parent_death_signal(signal.SIGTERM)  # the worker's SIGTERM handler stops it gracefully

    # The thread also covers a parent that died between the fork and the prctl (getppid differs
    # at once). It stops the worker as a first SIGTERM would, unless a signal already did.
    def stop_unless_stopping() -> None:
        if not worker.stopping:
            worker.request_stop()

    watch_parent(parent_pid, stop_unless_stopping)
    stats = worker.run()
    log.info("worker %s done: %s", options.worker_id, stats)


def start_worker_process(settings, options: WorkerOptions) -> BaseProcess:
    """Fork one worker process running `Worker(settings, options).run()`; it stops (finishing or
    releasing its job) when this process dies."""
    proc = mp.get_context("fork").Process(
        target=_child, args=(settings, options, os.getpid()), name=options.worker_id, daemon=False
    )
    proc.start()
    return proc


def run_pool(settings, options: WorkerOptions, concurrency: int) -> WorkerStats | None:
    """Run `concurrency` workers until SIGTERM (or until each is done with --once / --drain).
    With one worker, it runs in this process and its stats are returned."""
    if concurrency <= 1:
        worker = Worker(settings, options)
        worker.install_signal_handlers()
        return worker.run()
    stopping = False

    def on_signal(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        # Ctrl-C already reached every worker through the terminal's process group.
        if signum == signal.SIGTERM:
            for p in procs.values():
                if p.pid and p.is_alive():
                    os.kill(p.pid, signal.SIGTERM)

    def spawn(i: int) -> BaseProcess:
        opts = dataclasses.replace(options, worker_id=f"{options.worker_id}-{i}")
        return start_worker_process(settings, opts)

    procs = {i: spawn(i) for i in range(concurrency)}
    started = {i: time.monotonic() for i in procs}
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    finite = options.once or options.drain
    while procs:
        time.sleep(0.1)
        for i, p in list(procs.items()):
            if p.is_alive():
                continue
            p.join()
            if stopping or finite or p.exitcode == 0:
                del procs[i]
                continue
            # A crashed worker comes back, but not in a tight loop if it crashes on start.
            if time.monotonic() - started[i] < 1.0:
                time.sleep(1.0)
            log.warning("worker %s exited with %s; starting it again", p.name, p.exitcode)
            procs[i], started[i] = spawn(i), time.monotonic()
    return None
