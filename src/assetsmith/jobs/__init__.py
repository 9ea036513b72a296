"""Jobs: the store (SQLite or PostgreSQL, Alembic-migrated), the durable queue and its workers.

store.py     JobStore: job rows and append-only events; also what `run-job` records into
queue.py     submit (idempotency keys, parents), claim, sweep expired leases, cancel, requeue, stats
leases.py    Lease: a worker's fenced writes (heartbeat, progress, complete, fail, retry, release)
sql.py       the hot path (claim, endings) as plain SQL per dialect
kinds.py     job kinds: run_job (the offline pipeline), noop, group
worker.py    Worker: claim, run under heartbeats, retry with backoff, graceful SIGTERM
wakeup.py    how idle workers wake: LISTEN/NOTIFY, PRAGMA data_version, or a fixed poll
pool.py      `queue-worker --concurrency N`: forked workers under a supervisor
db.py        engines, transactions with retry, migrations
local.py     `run-job` in-process: build in a staging folder, commit, retention
"""
