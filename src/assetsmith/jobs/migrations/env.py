"""Alembic environment for the job store.

The store runs migrations with an open connection passed in `config.attributes["connection"]`
(inside a transaction that already holds the migration lock); the `alembic` command line, run from
`src/assetsmith/jobs` with `alembic.ini`, connects to `sqlalchemy.url` or $DATABASE_URL instead.
"""

from __future__ import annotations

import os

from alembic import context

from assetsmith.jobs.tables import metadata  # every table of the job database

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from assetsmith.jobs.db import make_engine

    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError(
            "Set DATABASE_URL (or sqlalchemy.url in alembic.ini) to the job database."
        )
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
