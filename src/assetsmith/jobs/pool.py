"""`queue-worker --concurrency N`: N worker processes under one supervisor.

Each worker is a forked process with its own database connections (nothing is shared across the
fork: the supervisor opens no store). A worker that dies unexpectedly is started again; SIGTERM
is passed on to every worker, which then stops claiming and finishes or releases its job.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing as mp
import os
import signal
import time
from multiprocessing.process import BaseProcess

from .worker import Worker, WorkerOptions, WorkerStats

log = logging.getLogger("assetsmith.worker")


def _child(settings, options: WorkerOptions) -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    worker = Worker(settings, options)
    worker.install_signal_handlers()
    stats = worker.run()
    log.info("worker %s done: %s", options.worker_id, stats)


def start_worker_process(settings, options: WorkerOptions) -> BaseProcess:
    """Fork one worker process running `Worker(settings, options).run()`."""
    proc = mp.get_context("fork").Process(target=_child, args=(settings, options), name=options.worker_id,
                                          daemon=False)
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
