"""Job event ids as 64-bit integers on PostgreSQL.

Every status change, progress update and log line is a job_events row; SERIAL's 32-bit ids and
sequence would run out after about two billion events. The column and its sequence become bigint.
SQLite needs nothing: an INTEGER PRIMARY KEY is already its 64-bit rowid.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _sequence(bind) -> str | None:
    return bind.execute(sa.text("SELECT pg_get_serial_sequence('job_events', 'id')")).scalar()


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.alter_column(
        "job_events",
        "id",
        type_=sa.BigInteger(),
        existing_type=sa.Integer(),
        existing_nullable=False,
    )
    seq = _sequence(bind)
    if seq:
        op.execute(f"ALTER SEQUENCE {seq} AS bigint")  # its max follows the type


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    seq = _sequence(bind)
    if seq:
        op.execute(
            f"ALTER SEQUENCE {seq} AS integer"
        )  # refused by PostgreSQL if ids already passed 2^31
    op.alter_column(
        "job_events",
        "id",
        type_=sa.Integer(),
        existing_type=sa.BigInteger(),
        existing_nullable=False,
    )
