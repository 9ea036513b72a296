"""Alembic environment for the tenancy tables (version table `tenancy_alembic_version`).

Run by tenancy.db.migrate_tenancy with an open connection in `config.attributes["connection"]`,
inside a transaction that already holds the migration lock.
"""

from __future__ import annotations

from alembic import context

from assetsmith.tenancy.tables import metadata  # the tenancy and billing tables

VERSION_TABLE = "tenancy_alembic_version"

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
