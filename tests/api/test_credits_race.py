"""20 parallel submissions with credits for exactly 7 jobs, spread over two server processes:
exactly 7 are accepted. The charge is taken in the job insert's transaction (SQLite: one writer;
PostgreSQL: the tenant row locked), so no interleaving can overspend. Runs on SQLite and on a
throwaway PostgreSQL database."""

from __future__ import annotations

import contextlib
import threading

import httpx
import pytest

from assetsmith import sdk
from assetsmith.settings import Settings

from .live import ServerProcess

pytestmark = pytest.mark.slow  # concurrent clients against PostgreSQL


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_twenty_parallel_submissions_with_credits_for_seven(backend, tmp_path, request):
    env = {"ASSETSMITH_AUTH_REQUIRED": "1", "ASSETSMITH_RATE_LIMIT_PER_MINUTE": "0"}
    if backend == "postgresql":
        env["ASSETSMITH_DATABASE_URL"] = request.getfixturevalue("pg_url")
    data_dir = tmp_path / "data"
    settings = Settings(data_dir=data_dir, database_url=env.get("ASSETSMITH_DATABASE_URL"))
    tenant = sdk.create_tenant(f"Race {backend}", tier="team", settings=settings)["tenant_id"]
    plan = sdk.set_tenant_tier(tenant, "team", credits=14, concurrency=50, settings=settings)
    assert (plan["credits_per_month"], plan["max_concurrent_jobs"]) == (14, 50)
    key = sdk.issue_api_key(tenant, label="race", settings=settings)["api_key"]

    with contextlib.ExitStack() as stack:
        servers = []
        for _ in range(2):  # both start at once; each is stopped whatever happens
            servers.append(ServerProcess(data_dir, env, args=("--queue-workers", "0")))
            stack.push(servers[-1])
        one, two = (srv.__enter__() for srv in servers)
        barrier = threading.Barrier(20)
        results: list[tuple[int, dict]] = []
        lock = threading.Lock()

        def submit(i: int) -> None:
            url = (one, two)[i % 2].url
            with httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=60
            ) as c:
                barrier.wait()
                r = c.post("/api/v1/jobs", json={"prompt": f"crate number {i}"})
            with lock:
                results.append((r.status_code, r.json()))

        threads = [threading.Thread(target=submit, args=(i,)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        codes = sorted(code for code, _ in results)
        assert codes == [202] * 7 + [402] * 13, codes
        assert all(body["error"] == "quota_exceeded" for code, body in results if code == 402)
        accepted = {body["job_id"] for code, body in results if code == 202}
        with httpx.Client(base_url=one.url, headers={"Authorization": f"Bearer {key}"}) as c:
            listed = {j["job_id"] for j in c.get("/api/v1/jobs").json()["jobs"]}
            ledger = c.get("/api/v1/usage/ledger").json()["rows"]
            usage = c.get("/api/v1/usage").json()
    assert listed == accepted
    assert (
        sorted(r["job_id"] for r in ledger) == sorted(accepted)
        and sum(r["amount"] for r in ledger) == -14
    )
    assert (usage["credits_used"], usage["credits_remaining"], usage["active_jobs"]) == (14, 0, 7)
    assert sdk.tenant_usage(tenant, settings=settings)["credits_remaining"] == 0
