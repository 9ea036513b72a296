"""A worker that lost its lease while building (paused, partitioned, presumed dead) must not
publish its files over the new owner's: the run_job kind checks the lease, fenced, right before the
commit, and a refused check discards the whole build."""

from __future__ import annotations

import json
import time

import pytest

from assetsmith.jobs.kinds import Task, get_kind
from assetsmith.jobs.leases import LeaseLost
from assetsmith.jobs.queue import JobSpec, claim_next_job, submit_jobs, sweep_expired
from assetsmith.jobs.store import JobStore
from assetsmith.settings import Settings
from assetsmith.storage import get_artifact_store

pytestmark = pytest.mark.slow  # a whole job under a lost lease


def test_a_stale_worker_publishes_nothing(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", previews=False)
    store = JobStore.from_settings(settings)
    try:
        [sub] = submit_jobs(
            store, [JobSpec(kind="run_job", request={"prompt": "pine crate", "resolution": 512})]
        )
        stale = claim_next_job(store, "w1", lease_s=0.2)
        kind = get_kind("run_job")
        request = kind.parse(json.loads(stale.request_text))

        def steal(stage: str, fraction: float, message: str) -> None:
            # Mid-build, w1 stalls past its lease; w2 takes the job over.
            if stage == "package" and not stolen:
                time.sleep(0.3)
                assert sweep_expired(store) == 1
                stolen.append(claim_next_job(store, "w2", lease_s=30))

        stolen: list = []
        task = Task(
            job_id=stale.job_id,
            attempt=stale.attempt,
            worker_id="w1",
            token=stale.token,
            settings=settings,
            request=request,
            progress=steal,
            is_cancelled=lambda: False,
            confirm_lease=stale.heartbeat,
        )
        with pytest.raises(LeaseLost, match="w1"):
            kind.run(task)
        assert stolen and stolen[0].job_id == sub.job_id
        artifacts = get_artifact_store(settings)
        assert artifacts.list(sub.job_id) == []  # nothing published under the job
        assert not any(artifacts.staging_root.glob(".staging-*"))  # and the build was thrown away

        # The same check passes for the worker that holds the lease.
        fresh = stolen[0]
        task = Task(
            job_id=fresh.job_id,
            attempt=fresh.attempt,
            worker_id="w2",
            token=fresh.token,
            settings=settings,
            request=request,
            progress=lambda *a: None,
            is_cancelled=lambda: False,
            confirm_lease=fresh.heartbeat,
        )
        kind.run(task)
        assert any(a.key.endswith("pack.zip") for a in artifacts.list(sub.job_id))
    finally:
        store.close()
