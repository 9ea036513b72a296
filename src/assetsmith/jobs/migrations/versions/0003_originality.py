"""Originality corpus: known assets and their fingerprinted items (the vectors live in the index).

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "originality_assets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("info", sa.JSON),
    )
    op.create_index(
        "ux_originality_assets_source", "originality_assets", ["source_sha256"], unique=True
    )
    op.create_table(
        "originality_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "asset_id",
            sa.Integer,
            sa.ForeignKey("originality_assets.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("geo_hash", sa.String(64)),
        sa.Column("phash", sa.String(16)),
        sa.Column("dhash", sa.String(16)),
    )
    op.create_index("ix_originality_items_asset", "originality_items", ["asset_id"])
    op.create_index("ix_originality_items_sha256", "originality_items", ["sha256"])
    op.create_index("ix_originality_items_geo_hash", "originality_items", ["geo_hash"])


def downgrade() -> None:
    op.drop_table("originality_items")
    op.drop_table("originality_assets")
