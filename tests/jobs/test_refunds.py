"""Refunds follow the job's path through the queue (issue 13 item 4).

Every path from queued to a final state is driven through the real queue (submit with the
tenancy admission that charges, claim, the fenced lease endings, the expiry sweep, cancel) on
SQLite and PostgreSQL, and the tenant's balance is read back afterwards. The rule: a job costs
its charge when it succeeded or was stopped while running at the user's request; every other
ending (failed, dead, cancelled while it was not running) is refunded, whatever happened before.
"""

from __future__ import annotations

import time

import pytest

from assetsmith.errors import LeaseLost
from assetsmith.jobs.queue import JobSpec, cancel_job, claim_next_job, submit_jobs, sweep_expired
from assetsmith.settings import Settings
from assetsmith.tenancy import ledger
from assetsmith.tenancy.service import Tenancy


@pytest.fixture
def tenancy(store, qsettings):
    return Tenancy(
        store, Settings(**{**qsettings.model_dump(), "api_key_pepper": "refund-test-pepper"})
    )


@pytest.fixture
def principal(tenancy):
    tid = tenancy.create_tenant("Refund paths", "team")["tenant_id"]
    tenancy.set_tier(tid, "team", credits=1000, concurrency=100)
    return tenancy.authenticate(tenancy.issue_key(tid)["api_key"])


def _submit(store, tenancy, principal, *, max_attempts: int = 3, children: int = 0) -> str:
    kids = [JobSpec(kind="noop") for _ in range(children)]
    spec = JobSpec(kind="group" if children else "noop", max_attempts=max_attempts, children=kids)
    return submit_jobs(
        store, [spec], tenant=principal.tenant_id, before_insert=tenancy.admission(principal)
    )[0].job_id


def _claim(store, job_id: str, lease_s: float = 30.0):
    lease = claim_next_job(store, "w-test", lease_s=lease_s)
    assert lease is not None and lease.job_id == job_id
    return lease


def _expire(store, job_id: str, lease) -> None:
    """The worker holding `lease` vanished: wait until its lease runs out and sweep."""
    deadline = time.monotonic() + 10
    while store.get(job_id).status == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
        sweep_expired(store)


def _charges(store, principal) -> dict[str, int]:
    rows = store.tx(lambda conn: ledger.ledger_rows(conn, principal.tenant_id, limit=1000))
    return {r["job_id"]: -r["amount"] for r in rows if r["kind"] == "charge"}


def _used(tenancy, principal) -> int:
    return tenancy.usage(principal)["credits_used"]


def _path_queued_cancelled(store, t, p):
    jid = _submit(store, t, p)
    assert cancel_job(store, jid) == "cancelled"
    return jid, True


def _path_released_then_cancelled(store, t, p):
    # a worker shuts down mid-job and gives it back; the user cancels it while it waits again
    jid = _submit(store, t, p)
    _claim(store, jid).release()
    assert store.get(jid).status == "queued" and store.get(jid).started_at is not None
    assert cancel_job(store, jid) == "cancelled"
    return jid, True


def _path_failed(store, t, p):
    jid = _submit(store, t, p)
    _claim(store, jid).fail({"error": "invalid_input", "message": "bad"})
    return jid, True


def _path_succeeded(store, t, p):
    jid = _submit(store, t, p)
    _claim(store, jid).complete({"ok": True})
    return jid, False


def _path_retried_then_cancelled(store, t, p):
    # a transient error puts it back in the queue for later; the user cancels it meanwhile
    jid = _submit(store, t, p)
    assert _claim(store, jid).retry({"error": "backend_unavailable"}, 60.0) == "queued"
    assert cancel_job(store, jid) == "cancelled"
    return jid, True


def _path_lease_lost_requeued_cancelled(store, t, p):
    # the worker dies, the sweep requeues the job, the user cancels it while it waits
    jid = _submit(store, t, p)
    stale = _claim(store, jid, lease_s=0.1)
    _expire(store, jid, stale)
    assert store.get(jid).status == "queued"
    with pytest.raises(LeaseLost):
        stale.complete({"late": True})  # the presumed-dead worker's completion is refused
    assert cancel_job(store, jid) == "cancelled"
    return jid, True


def _path_lease_lost_requeued_succeeded(store, t, p):
    jid = _submit(store, t, p)
    _expire(store, jid, _claim(store, jid, lease_s=0.1))
    _claim(store, jid).complete({"ok": True})
    return jid, False


def _path_lease_lost_dead(store, t, p):
    jid = _submit(store, t, p, max_attempts=1)
    _expire(store, jid, _claim(store, jid, lease_s=0.1))
    assert store.get(jid).status == "dead"
    return jid, True


def _path_cancelled_while_running(store, t, p):
    # the user stops a running job: the worker stops at a stage boundary; the work was done
    jid = _submit(store, t, p)
    lease = _claim(store, jid)
    assert cancel_job(store, jid) == "cancelling"
    assert lease.heartbeat() is True
    lease.cancelled()
    return jid, False


def _path_cancel_requested_then_worker_died(store, t, p):
    # the user stops a running job and its worker dies before it sees the request: the sweep
    # ends it as cancelled (it must not run again), charged like any job stopped while running
    jid = _submit(store, t, p)
    lease = _claim(store, jid, lease_s=0.1)
    assert cancel_job(store, jid) == "cancelling"
    _expire(store, jid, lease)
    assert store.get(jid).status == "cancelled"
    assert claim_next_job(store, "w-other") is None
    return jid, False


def _path_released_cancel_requested_then_cancelled(store, t, p):
    # a cancellation requested while running, the worker released the job anyway (shutdown race),
    # then the user cancels it in the queue: it never ran to the end, so it is refunded
    jid = _submit(store, t, p)
    lease = _claim(store, jid)
    assert cancel_job(store, jid) == "cancelling"
    lease.release()
    assert cancel_job(store, jid) == "cancelled"
    return jid, True


PATHS = [
    _path_queued_cancelled,
    _path_released_then_cancelled,
    _path_failed,
    _path_succeeded,
    _path_retried_then_cancelled,
    _path_lease_lost_requeued_cancelled,
    _path_lease_lost_requeued_succeeded,
    _path_lease_lost_dead,
    _path_cancelled_while_running,
    _path_cancel_requested_then_worker_died,
    _path_released_cancel_requested_then_cancelled,
]


@pytest.mark.parametrize("path", PATHS, ids=[p.__name__[6:] for p in PATHS])
def test_every_path_to_a_final_state_leaves_the_right_balance(store, tenancy, principal, path):
    jid, refunded = path(store, tenancy, principal)
    charge = _charges(store, principal)[jid]
    assert charge > 0
    assert _used(tenancy, principal) == (0 if refunded else charge)
    # reconciling again (every read, every submit, the sweeper) changes nothing
    store.tx(ledger.reconcile_refunds)
    assert _used(tenancy, principal) == (0 if refunded else charge)
    kinds = sorted(
        r["kind"] for r in store.tx(lambda c: ledger.ledger_rows(c, principal.tenant_id))
    )
    assert kinds == (["charge", "refund"] if refunded else ["charge"])


def test_a_cancelled_group_refunds_every_job_that_did_not_run(store, tenancy, principal):
    parent = _submit(store, tenancy, principal, children=3)
    kids = [r.id for r in store.list(parent_id=parent)]
    first = claim_next_job(store, "w-test")
    first.release()  # one child ran for a while and was given back
    assert cancel_job(store, parent) == "cancelled"
    assert {store.get(k).status for k in kids} == {"cancelled"}
    assert _used(tenancy, principal) == 0
    assert len(_charges(store, principal)) == 4
