"""Alembic owns the schema: the newest revision matches schema.py on both databases, old stores
are brought forward with their rows, and many processes opening a new store at once is safe."""

from __future__ import annotations

import multiprocessing as mp

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import assetsmith
from assetsmith.errors import AssetsmithError
from assetsmith.jobs.db import HEAD_REVISION, MIGRATIONS_DIR, current_revision, make_engine
from assetsmith.jobs.queue import JobSpec, claim_next_job, submit_jobs
from assetsmith.jobs.store import JobStore
from assetsmith.jobs.tables import metadata
from assetsmith.tenancy.db import HEAD_REVISION as TENANCY_HEAD

pytestmark = pytest.mark.slow  # migrates PostgreSQL and SQLite stores, many processes


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def _reset_to(url: str, revision: str | None) -> None:
    """Take the database back to `revision` (None: empty)."""
    engine = make_engine(url)
    if current_revision(engine) is not None:
        with engine.begin() as conn:
            command.downgrade(_config(conn), revision or "base")
    engine.dispose()


def test_head_revision_constant_matches_the_scripts():
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_schema_py(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []
    assert current_revision(store.engine) == HEAD_REVISION


def test_a_store_from_before_migrations_is_upgraded_with_its_rows(store, db_url):
    store.close()
    _reset_to(db_url, "0001")
    engine = make_engine(db_url)
    with engine.begin() as conn:  # what the first release's create_all left: no alembic_version
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(
            text(
                "INSERT INTO jobs (id, tenant, kind, request, status, priority, attempts, max_attempts, "
                "run_after, progress, bytes, created_at, updated_at) VALUES ('job_old', 'local', 'noop', "
                "'{}', 'queued', 0, 0, 3, 0, 0, 0, 1, 1)"
            )
        )
    engine.dispose()
    assert current_revision(make_engine(db_url)) == "0001-unstamped"
    upgraded = JobStore(db_url)
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        assert upgraded.get("job_old").status == "queued"
        assert claim_next_job(upgraded, "w").job_id == "job_old"  # capability_key defaulted to ""
    finally:
        upgraded.close()


def test_without_auto_migrate_an_old_store_is_refused_until_migrate(db_url, tmp_path):
    JobStore(db_url).close()
    _reset_to(db_url, "0001")
    with pytest.raises(AssetsmithError, match="assetsmith migrate"):
        JobStore(db_url, auto_migrate=False)
    settings = assetsmith.Settings(data_dir=tmp_path / "d", database_url=db_url)
    res = assetsmith.migrate_database(settings=settings)
    assert (res["before"], res["after"]) == ("0001", HEAD_REVISION)
    assert res["tenancy"]["after"] == TENANCY_HEAD
    JobStore(db_url, auto_migrate=False).close()


def test_downgrade_and_upgrade_round_trip(store, db_url):
    store.close()
    _reset_to(db_url, None)
    engine = make_engine(db_url)
    assert current_revision(engine) is None
    engine.dispose()
    JobStore(db_url).close()
    assert current_revision(make_engine(db_url)) == HEAD_REVISION


def _open(url: str, q) -> None:
    try:
        s = JobStore(url)
        q.put(current_revision(s.engine))
        s.close()
    except Exception as exc:  # reported to the parent
        q.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_many_processes_opening_a_new_store_at_once(backend, tmp_path, request):
    if backend == "postgresql":
        request.getfixturevalue("pg_url")  # skips (or fails in CI) without a server
        from assetsmith.jobs.db import create_scratch_database, drop_database

        url = create_scratch_database(request.getfixturevalue("pg_server"), "assetsmith_test")
    else:
        url = f"sqlite:///{tmp_path / 'race.db'}"
    try:
        ctx = mp.get_context("fork")
        q = ctx.Queue()
        procs = [ctx.Process(target=_open, args=(url, q)) for _ in range(6)]
        for p in procs:
            p.start()
        results = [q.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(30)
        assert results == [HEAD_REVISION] * 6
    finally:
        if backend == "postgresql":
            drop_database(url)


def test_urls_are_normalised_for_the_driver_and_for_libpq():
    from assetsmith.jobs.db import libpq_conninfo, normalise_url

    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
    info = libpq_conninfo("postgresql://u:p%40ss@h:5433/db?options=-c%20synchronous_commit%3Doff")
    assert (
        "password=p@ss" in info
        and "port=5433" in info
        and "options='-c synchronous_commit=off'" in info
    )


def test_job_event_ids_go_past_32_bits(store, db_url):
    """Event ids are 64-bit on both databases: an id past 2^31 is accepted and keeps counting."""
    engine = make_engine(db_url)
    [sub] = submit_jobs(store, [JobSpec(kind="noop")])
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            assert (
                conn.execute(
                    text(
                        "SELECT data_type FROM information_schema.columns WHERE table_name = "
                        "'job_events' AND column_name = 'id'"
                    )
                ).scalar()
                == "bigint"
            )
            conn.execute(
                text("SELECT setval(pg_get_serial_sequence('job_events', 'id'), 3000000000)")
            )
        else:
            conn.execute(
                text(
                    "INSERT INTO job_events (id, job_id, at, kind, data) VALUES "
                    "(3000000000, :j, 0, 'log', '{}')"
                ),
                {"j": sub.job_id},
            )
    store.add_event(sub.job_id, "log", {"line": "after 2^31"})
    ids = [e["id"] for e in store.events(sub.job_id)]
    assert max(ids) > 3_000_000_000
    engine.dispose()
