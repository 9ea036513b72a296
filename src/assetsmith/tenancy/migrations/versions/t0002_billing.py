"""Billing: Stripe customers linked to tenants, and the processed webhook events.

Revision ID: t0002
Revises: t0001
Create Date: 2025-02-10
"""

import sqlalchemy as sa
from alembic import op

revision = "t0002"
down_revision = "t0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "billing_customers",
        sa.Column("tenant_id", sa.String(40), primary_key=True),
        sa.Column("customer_id", sa.String(255), nullable=False),
        sa.Column("subscription_id", sa.String(255)),
        sa.Column("status", sa.String(32)),
        sa.Column("price_id", sa.String(255)),
        sa.Column("last_event_at", sa.BigInteger),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_index(
        "ux_billing_customers_customer", "billing_customers", ["customer_id"], unique=True
    )
    op.create_index("ix_billing_customers_subscription", "billing_customers", ["subscription_id"])
    op.create_table(
        "billing_events",
        sa.Column("event_id", sa.String(255), primary_key=True),
        sa.Column("type", sa.String(100), nullable=False),
        sa.Column("created", sa.BigInteger, nullable=False),
        sa.Column("tenant_id", sa.String(40)),
        sa.Column("outcome", sa.String(200), nullable=False),
        sa.Column("received_at", sa.Float, nullable=False),
    )
    op.create_index("ix_billing_events_tenant", "billing_events", ["tenant_id", "received_at"])


def downgrade() -> None:
    op.drop_table("billing_events")
    op.drop_table("billing_customers")
