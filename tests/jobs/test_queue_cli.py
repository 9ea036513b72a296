"""The queue commands through the real CLI entry point (in-process): submit, list, show, cancel,
requeue, stats, queue-worker, migrate; exit codes and JSON output."""

from __future__ import annotations

import json

import pytest
from tests.helpers.cli import run_cli as run

from assetsmith.jobs.db import HEAD_REVISION
from assetsmith.tenancy.db import HEAD_REVISION as TENANCY_HEAD

pytestmark = pytest.mark.slow  # queue workers in subprocesses


@pytest.fixture
def cli(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    return lambda *a: run(capsys, *data, *a)


def submit(cli, *extra):
    code, out, err = cli("queue", "submit", "--kind", "noop", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_submit_dedup_worker_show_list_stats(cli):
    first = submit(cli, "--request", '{"payload": 7}', "--idempotency-key", "abc")
    again = submit(cli, "--request", '{"payload": 7}', "--idempotency-key", "abc")
    assert first["deduplicated"] is False and again == {**first, "deduplicated": True}
    code, out, err = cli("queue-worker", "--once", "--worker-id", "cli-w", "--json")
    assert code == 0 and json.loads(out)["succeeded"] == 1, err
    code, out, _ = cli("queue", "show", first["queue_id"], "--json")
    info = json.loads(out)
    assert (
        info["status"] == "succeeded"
        and info["result"]["payload"] == 7
        and info["lease_owner"] == "cli-w"
    )
    assert [e["data"]["status"] for e in info["events"]] == ["queued", "running", "succeeded"]
    code, out, _ = cli("queue", "show", first["queue_id"])
    assert code == 0 and "succeeded" in out and "running" in out
    code, out, _ = cli("queue", "list", "--status", "succeeded", "--json")
    assert [j["id"] for j in json.loads(out)] == [first["queue_id"]]
    code, out, _ = cli("queue", "list")
    assert code == 0 and first["queue_id"] in out
    code, out, _ = cli("queue", "stats", "--json")
    assert json.loads(out)["counts"]["succeeded"] == 1
    code, out, _ = cli("queue", "stats")
    assert code == 0 and "succeeded 1" in out


def test_cancel_requeue_and_conflicts(cli):
    job = submit(cli, "--request", "{}")["queue_id"]
    code, out, _ = cli("queue", "cancel", job, "--json")
    assert code == 0 and json.loads(out)["status"] == "cancelled"
    code, _, err = cli(
        "queue", "cancel", job
    )  # JobStateConflict: exit 15 (it shared 2 with bad input)
    assert code == 15 and err.startswith("Error:") and "already cancelled" in err
    code, out, _ = cli("queue", "requeue", job)
    assert code == 0 and out.strip() == f"{job} queued"
    code, _, err = cli("queue", "requeue", job)
    assert code == 15 and "is queued" in err
    code, _, err = cli("queue", "show", "job_missing")
    assert code == 4 and "No job" in err


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--kind", "noop", "--request", '{"ms": "x"}'], "$.ms"),
        (["--kind", "noop", "--request", "{nope"], "not valid JSON"),
        (["--prompt", "barrel", "--engine", "cryengine"], "engine"),
        ([], "--prompt"),
        (["--kind", "teleport", "--request", "{}"], "Unknown job kind"),
    ],
)
def test_malformed_submissions_are_refused_with_the_reason(cli, args, needle):
    code, out, err = cli("queue", "submit", *args)
    assert code == 2 and err.startswith("Error:") and needle in err and "Traceback" not in err
    code, out, _ = cli("queue", "list", "--json")
    assert json.loads(out) == []


def test_run_job_through_the_queue_lands_in_the_jobs_list(cli):
    code, out, err = cli(
        "queue", "submit", "--prompt", "small oak crate", "--resolution", "512", "--json"
    )
    assert code == 0, err
    job = json.loads(out)["queue_id"]
    code, out, err = cli("queue-worker", "--drain", "--json")
    assert code == 0 and json.loads(out)["succeeded"] == 1, err
    code, out, _ = cli("jobs", "show", job, "--json")
    info = json.loads(out)
    assert info["status"] == "succeeded" and info["zip_path"].endswith("pack.zip")


def test_migrate(cli):
    code, out, _ = cli("migrate", "--json")
    assert code == 0 and json.loads(out) == {
        "before": None,
        "after": HEAD_REVISION,
        "tenancy": {"before": None, "after": TENANCY_HEAD},
    }
    code, out, _ = cli("migrate")
    assert code == 0 and f"job store is up to date (revision {HEAD_REVISION})" in out
    assert f"tenancy tables are up to date (revision {TENANCY_HEAD})" in out


def test_database_url_from_the_environment(cli, monkeypatch, pg_url):
    from assetsmith.jobs.store import JobStore

    monkeypatch.setenv("DATABASE_URL", pg_url.replace("postgresql+psycopg://", "postgresql://"))
    job = submit(cli, "--request", '{"payload": "pg"}')["queue_id"]
    store = JobStore(pg_url)
    try:
        assert store.get(job).request == {"payload": "pg"}
    finally:
        store.close()


def test_an_unreachable_database_is_a_clear_error(cli, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://admin:hunter2@127.0.0.1:1/jobs")
    code, out, err = cli("queue", "stats")
    assert code == 6 and err.startswith("Error:") and "127.0.0.1:1" in err
    assert "hunter2" not in err + out and "Traceback" not in err
