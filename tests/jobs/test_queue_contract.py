"""The queue's contract, run against SQLite and PostgreSQL alike: submit, claim order, routing,
idempotency, leases and fencing, reclaiming, cancellation, requeue, parents, stats."""

from __future__ import annotations

import threading
import time

import pytest

from assetsmith.errors import InvalidInput, NotFound
from assetsmith.jobs.leases import LeaseLost
from assetsmith.jobs.queue import (
    JobSpec,
    JobStateConflict,
    cancel_job,
    claim_next_job,
    next_due_in,
    queue_stats,
    requeue_job,
    submit_jobs,
    sweep_expired,
)
from assetsmith.jobs.records import claimable_keys


def noop(**kw) -> JobSpec:
    req = kw.pop("request", {})
    return JobSpec(kind="noop", request=req, **kw)


def status_events(store, job_id):
    return [e["data"]["status"] for e in store.events(job_id) if e["kind"] == "status"]


def test_priority_then_fifo_order(store):
    low = submit_jobs(store, [noop(request={"payload": i}) for i in range(3)])
    time.sleep(0.01)
    high = submit_jobs(store, [noop(priority=5)])[0]
    order = [claim_next_job(store, "w").job_id for _ in range(4)]
    assert order == [high.job_id] + [s.job_id for s in low]
    assert claim_next_job(store, "w") is None


def test_claim_returns_a_leased_running_job(store):
    [sub] = submit_jobs(store, [noop(request={"payload": "x"}, max_attempts=4)])
    lease = claim_next_job(store, "w1", lease_s=30)
    rec = store.get(sub.job_id)
    assert (lease.job_id, lease.attempt, lease.max_attempts) == (sub.job_id, 1, 4)
    assert rec.status == "running" and rec.lease_owner == "w1" and rec.attempts == 1
    assert rec.lease_expires_at - rec.started_at == pytest.approx(30, abs=0.5)
    assert status_events(store, sub.job_id) == ["queued", "running"]


def test_capability_routing(store):
    gpu = submit_jobs(store, [noop(capabilities=["gpu"])])[0]
    both = submit_jobs(store, [noop(capabilities=["comfyui", "GPU"])])[0]
    plain = submit_jobs(store, [noop()])[0]
    assert claim_next_job(store, "cpu").job_id == plain.job_id
    assert claim_next_job(store, "cpu") is None
    assert claim_next_job(store, "g", capabilities=["gpu"]).job_id == gpu.job_id
    assert claim_next_job(store, "g", capabilities=["gpu"]) is None
    assert (
        claim_next_job(store, "gc", capabilities=["gpu", "comfyui", "blender"]).job_id
        == both.job_id
    )
    assert store.get(both.job_id).capabilities == ["comfyui", "gpu"]
    assert len(claimable_keys(["a", "b", "c"])) == 8


def test_idempotency_keys_are_per_tenant(store):
    a = submit_jobs(store, [noop(idempotency_key="k1")])[0]
    again = submit_jobs(store, [noop(idempotency_key="k1")])[0]
    other = submit_jobs(store, [noop(idempotency_key="k1")], tenant="acme")[0]
    assert not a.deduplicated and again.deduplicated and again.job_id == a.job_id
    assert not other.deduplicated and other.job_id != a.job_id
    with pytest.raises(InvalidInput, match="different request"):
        submit_jobs(store, [noop(idempotency_key="k1", request={"ms": 5})])
    assert sum(store.counts().values()) == 2


def test_concurrent_submits_with_one_key_make_one_job(store):
    results, errors = [], []

    def go():
        try:
            results.append(submit_jobs(store, [noop(idempotency_key="race")])[0])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({r.job_id for r in results}) == 1
    assert sum(not r.deduplicated for r in results) == 1
    assert store.counts() == {"queued": 1}


@pytest.mark.parametrize(
    "spec, needle",
    [
        (JobSpec(kind="run_job", request={"prompt": ""}), "prompt"),
        (JobSpec(kind="run_job", request={"prompt": "barrel", "engine": "cryengine"}), "engine"),
        (JobSpec(kind="run_job", request={"prompt": "barrel", "bogus": 1}), "bogus"),
        (JobSpec(kind="noop", request={"ms": -1}), "ms"),
        (JobSpec(kind="teleport", request={}), "Unknown job kind"),
        (JobSpec(kind="noop", priority=10**6), "Priority"),
        (JobSpec(kind="noop", max_attempts=0), "max_attempts"),
        (JobSpec(kind="noop", capabilities=["GPU; drop table"]), "capabilities"),
        (JobSpec(kind="group"), "needs children"),
        (JobSpec(kind="noop", children=[JobSpec(kind="noop")]), "cannot have children"),
    ],
)
def test_malformed_requests_are_refused_at_submit(store, spec, needle):
    with pytest.raises(InvalidInput, match=needle) as info:
        submit_jobs(store, [spec])
    assert "Traceback" not in str(info.value)
    assert store.counts() == {}


def test_invalid_request_reports_the_json_path(store):
    with pytest.raises(InvalidInput) as info:
        submit_jobs(store, [JobSpec(kind="run_job", request={"prompt": "barrel", "resolution": 3})])
    assert info.value.details[0]["path"] == "$.resolution"


def test_fencing_refuses_a_stale_worker(store):
    [sub] = submit_jobs(store, [noop()])
    stale = claim_next_job(store, "w1", lease_s=0.2)
    time.sleep(0.3)
    assert sweep_expired(store) == 1
    fresh = claim_next_job(store, "w2", lease_s=30)
    assert fresh.job_id == sub.job_id and fresh.attempt == 2 and fresh.token != stale.token
    for write in (
        lambda: stale.heartbeat(),
        lambda: stale.progress("x", 0.5),
        lambda: stale.complete({"by": "w1"}),
        lambda: stale.fail({"error": "x"}),
        lambda: stale.retry({"error": "x"}, 0),
        lambda: stale.release(),
        lambda: stale.cancelled(),
    ):
        with pytest.raises(LeaseLost, match="w1"):
            write()
    fresh.complete({"by": "w2"})
    rec = store.get(sub.job_id)
    assert rec.status == "succeeded" and rec.result == {"by": "w2"}
    with pytest.raises(LeaseLost):  # the winner cannot complete twice either
        fresh.complete({"by": "w2 again"})
    assert status_events(store, sub.job_id) == [
        "queued",
        "running",
        "queued",
        "running",
        "succeeded",
    ]


def test_an_expired_lease_shows_in_stats_and_is_swept_back(store):
    submit_jobs(store, [noop()])
    claim_next_job(store, "w1", lease_s=0.1)
    assert claim_next_job(store, "w2") is None  # not expired yet... and not claimable while running
    time.sleep(0.2)
    assert queue_stats(store)["expired_leases"] == 1
    sweep_expired(store)
    assert claim_next_job(store, "w2").worker_id == "w2"


def test_heartbeat_keeps_the_lease(store):
    [sub] = submit_jobs(store, [noop()])
    lease = claim_next_job(store, "w1", lease_s=0.3)
    for _ in range(4):
        time.sleep(0.15)
        assert lease.heartbeat() is False
        assert sweep_expired(store) == 0
    assert store.get(sub.job_id).lease_owner == "w1"


def test_a_job_that_keeps_losing_its_worker_goes_dead(store):
    [sub] = submit_jobs(store, [noop(max_attempts=2)])
    for _ in range(2):
        claim_next_job(store, "crashy", lease_s=0.05)
        time.sleep(0.1)
        sweep_expired(store)
    rec = store.get(sub.job_id)
    assert rec.status == "dead" and rec.error["error"] == "lease_expired" and rec.attempts == 2


def test_retry_backoff_and_dead_after_max_attempts(store):
    [sub] = submit_jobs(store, [noop(max_attempts=2)])
    lease = claim_next_job(store, "w")
    assert lease.retry({"error": "backend_unavailable"}, 0.3) == "queued"
    assert claim_next_job(store, "w") is None  # not due yet
    assert 0.1 < next_due_in(store) <= 0.3
    time.sleep(0.32)
    lease = claim_next_job(store, "w")
    assert lease.attempt == 2
    assert lease.retry({"error": "backend_unavailable"}, 0.0) == "dead"
    rec = store.get(sub.job_id)
    assert rec.status == "dead" and rec.error == {"error": "backend_unavailable"}


def test_release_gives_the_attempt_back(store):
    [sub] = submit_jobs(store, [noop(max_attempts=1)])
    claim_next_job(store, "w").release()
    rec = store.get(sub.job_id)
    assert rec.status == "queued" and rec.attempts == 0 and rec.lease_owner is None
    assert claim_next_job(store, "w2").attempt == 1


def test_cancel_queued_never_runs_and_running_is_asked(store):
    a, b = submit_jobs(store, [noop(), noop()])
    assert cancel_job(store, a.job_id) == "cancelled"
    lease = claim_next_job(store, "w")
    assert lease.job_id == b.job_id and claim_next_job(store, "w") is None
    assert cancel_job(store, b.job_id) == "cancelling"
    assert lease.state() == (True, True) and lease.heartbeat() is True
    lease.cancelled()
    assert store.get(b.job_id).status == "cancelled"
    with pytest.raises(JobStateConflict):
        cancel_job(store, b.job_id)
    with pytest.raises(NotFound):
        cancel_job(store, "job_nope")


def test_requeue_revives_dead_and_refuses_live_jobs(store):
    [sub] = submit_jobs(store, [noop(max_attempts=1)])
    with pytest.raises(JobStateConflict):
        requeue_job(store, sub.job_id)
    claim_next_job(store, "w").dead({"error": "invalid_input", "message": "bad"})
    assert store.get(sub.job_id).status == "dead"
    assert requeue_job(store, sub.job_id) == "queued"
    rec = store.get(sub.job_id)
    assert rec.attempts == 0 and rec.error is None
    claim_next_job(store, "w").complete({"ok": True})
    assert store.get(sub.job_id).status == "succeeded"


def test_parent_completes_when_its_children_have(store):
    [parent] = submit_jobs(
        store,
        [
            JobSpec(
                kind="group",
                request={"label": "frames"},
                children=[noop(request={"payload": i}) for i in range(3)],
            )
        ],
    )
    assert store.get(parent.job_id).status == "waiting" and len(parent.children) == 3
    leases = [claim_next_job(store, f"w{i}") for i in range(3)]  # children run in parallel
    assert {x.job_id for x in leases} == set(parent.children) and claim_next_job(store, "w") is None
    for x in leases[:2]:
        x.complete({})
    assert store.get(parent.job_id).status == "waiting"
    leases[2].complete({})
    rec = store.get(parent.job_id)
    assert rec.status == "succeeded" and rec.result == {"children": 3, "succeeded": 3}


def test_parent_fails_with_a_child_and_requeue_retries_it(store):
    [parent] = submit_jobs(store, [JobSpec(kind="group", children=[noop(), noop()])])
    ok, bad = claim_next_job(store, "w"), claim_next_job(store, "w")
    ok.complete({})
    bad.fail({"error": "invalid_input", "message": "no"})
    rec = store.get(parent.job_id)
    assert rec.status == "failed" and rec.error["error"] == "children_failed"
    assert requeue_job(store, parent.job_id) == "waiting"
    assert store.get(bad.job_id).status == "queued" and store.get(ok.job_id).status == "succeeded"
    claim_next_job(store, "w").complete({})
    assert store.get(parent.job_id).status == "succeeded"


def test_cancelling_a_parent_cancels_its_children(store):
    [parent] = submit_jobs(store, [JobSpec(kind="group", children=[noop(), noop()])])
    running = claim_next_job(store, "w")
    assert cancel_job(store, parent.job_id) == "cancelled"
    statuses = {c: store.get(c).status for c in parent.children}
    assert statuses[running.job_id] == "running" and running.state() == (True, True)
    assert [s for c, s in statuses.items() if c != running.job_id] == ["cancelled"]
    running.cancelled()
    assert store.get(parent.job_id).status == "cancelled"


def test_parallel_claimers_never_share_a_job(store):
    subs = submit_jobs(store, [noop(request={"payload": i}) for i in range(120)])
    got: list[str] = []
    lock = threading.Lock()

    def claimer(name):
        while (lease := claim_next_job(store, name)) is not None:
            lease.complete({"by": name})
            with lock:
                got.append(lease.job_id)

    threads = [threading.Thread(target=claimer, args=(f"t{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == sorted(s.job_id for s in subs)
    assert store.counts() == {"succeeded": 120}


def test_stats(store):
    submit_jobs(store, [noop(), noop(), noop(capabilities=["gpu"])])
    claim_next_job(store, "w1").complete({})
    claim_next_job(store, "w2")
    st = queue_stats(store)
    assert (
        st["counts"]["queued"] == 1
        and st["counts"]["running"] == 1
        and st["counts"]["succeeded"] == 1
    )
    assert st["due"] == 1 and st["workers"] == 1 and st["finished_last_minute"] == 1
    assert st["oldest_due_age_s"] >= 0
