"""What this installation built (for its signer) and the signer's audit log (issue 13).

The signer endpoint and `/sign` sign only statements over files the installation recorded here
when it built them; every use of them is a `signer_audit` row.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_records",
        sa.Column("subjects_sha256", sa.String(64), primary_key=True),
        sa.Column("predicate_type", sa.String(120), nullable=False),
        sa.Column("build", sa.String(80)),
        sa.Column("files", sa.Integer, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "signing_record_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("subjects_sha256", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
    )
    op.create_table(
        "signer_audit",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("caller", sa.String(40), nullable=False),
        sa.Column("client", sa.String(64)),
        sa.Column("predicate_type", sa.String(120)),
        sa.Column("subjects_sha256", sa.String(64)),
        sa.Column("files", sa.Integer),
        sa.Column("allowed", sa.Boolean, nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
    )
    op.create_index("ix_signer_audit_at", "signer_audit", ["at"])


def downgrade() -> None:
    op.drop_table("signer_audit")
    op.drop_table("signing_record_files")
    op.drop_table("signing_records")
