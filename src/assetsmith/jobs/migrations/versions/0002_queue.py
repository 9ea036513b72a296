"""Queue: capability routing key, cancellation requests, partial claim and sweep indexes, fewer indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "jobs", sa.Column("capability_key", sa.String(200), nullable=False, server_default="")
    )
    op.add_column("jobs", sa.Column("cancel_requested_at", sa.Float))
    # Every index is written on every status change (a new row version), so keep only those the
    # queue reads, and make them partial where most rows do not need them. The claim index holds
    # only queued rows, highest priority first (the first index could not do that without a sort).
    op.drop_index("ix_jobs_claim", table_name="jobs")
    op.drop_index("ix_jobs_status", table_name="jobs")  # the claim index starts with status
    op.drop_index("ux_jobs_idempotency", table_name="jobs")
    queued, running = sa.text("status = 'queued'"), sa.text("status = 'running'")
    op.create_index(
        "ix_jobs_queued",
        "jobs",
        [sa.text("priority DESC"), "run_after", "id"],
        postgresql_where=queued,
        sqlite_where=queued,
    )
    op.create_index(
        "ix_jobs_running",
        "jobs",
        ["lease_expires_at"],
        postgresql_where=running,
        sqlite_where=running,
    )
    op.create_index(
        "ix_jobs_parent",
        "jobs",
        ["parent_id"],
        postgresql_where=sa.text("parent_id IS NOT NULL"),
        sqlite_where=sa.text("parent_id IS NOT NULL"),
    )
    op.create_index(
        "ux_jobs_idempotency",
        "jobs",
        ["tenant", "idempotency_key"],
        unique=True,
        postgresql_where=sa.text("idempotency_key IS NOT NULL"),
        sqlite_where=sa.text("idempotency_key IS NOT NULL"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Vacuum a table whose rows churn long before the default 20% of them are dead, so the
        # claim index does not fill with dead 'queued' entries. (A lower fillfactor, to keep
        # heartbeat updates on their page, was measured: it tripled server CPU per no-op job.)
        op.execute(
            "ALTER TABLE jobs SET (autovacuum_vacuum_scale_factor = 0.02, "
            "autovacuum_analyze_scale_factor = 0.05)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE jobs RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor)"
        )
    op.drop_index("ux_jobs_idempotency", table_name="jobs")
    op.drop_index("ix_jobs_parent", table_name="jobs")
    op.drop_index("ix_jobs_running", table_name="jobs")
    op.drop_index("ix_jobs_queued", table_name="jobs")
    op.create_index("ux_jobs_idempotency", "jobs", ["tenant", "idempotency_key"], unique=True)
    op.create_index("ix_jobs_status", "jobs", ["status"])
    op.create_index("ix_jobs_claim", "jobs", ["status", "priority", "run_after"])
    with op.batch_alter_table("jobs") as batch:  # SQLite cannot drop columns in place before 3.35
        batch.drop_column("cancel_requested_at")
        batch.drop_column("capability_key")
