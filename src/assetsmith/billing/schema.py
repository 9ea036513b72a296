"""The billing tables, beside the tenancy tables in the job database (one transaction records a
webhook event and changes the tenant's tier). Created by the tenancy migration t0002; this module
is what the code queries through.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, Index, String, Table

from ..tenancy.schema import metadata

# One row per tenant that has a Stripe customer.
billing_customers = Table(
    "billing_customers",
    metadata,
    Column("tenant_id", String(40), primary_key=True),
    Column("customer_id", String(255), nullable=False),  # cus_...
    Column("subscription_id", String(255)),  # sub_...: the tenant's current subscription
    Column("status", String(32)),  # that subscription's Stripe status
    Column("price_id", String(255)),  # the Price its tier came from
    Column(
        "last_event_at", BigInteger
    ),  # `created` of the newest subscription event applied (UNIX s)
    Column("updated_at", Float, nullable=False),
)
Index("ux_billing_customers_customer", billing_customers.c.customer_id, unique=True)
Index("ix_billing_customers_subscription", billing_customers.c.subscription_id)

# Every verified event, recorded in the transaction that applies it: a redelivery finds its id.
billing_events = Table(
    "billing_events",
    metadata,
    Column("event_id", String(255), primary_key=True),  # evt_...
    Column("type", String(100), nullable=False),
    Column("created", BigInteger, nullable=False),  # Stripe's event time (UNIX s)
    Column("tenant_id", String(40)),  # the tenant it concerned, when one was found
    Column("outcome", String(200), nullable=False),  # what it did, for operators
    Column("received_at", Float, nullable=False),
)
Index("ix_billing_events_tenant", billing_events.c.tenant_id, billing_events.c.received_at)

BILLING_TABLES = (billing_customers, billing_events)  # collected by tenancy/tables.py
