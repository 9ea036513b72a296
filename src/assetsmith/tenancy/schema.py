"""The tenancy tables, in the job database (so a credit charge and its job row share one
transaction): tenants, their API keys, the append-only credits ledger, and rate-limit windows.

Created and changed only by the migrations in `migrations/versions/` (own Alembic version table,
`tenancy_alembic_version`, beside the job store's); this module is what the code queries through.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData()

tenants = Table(
    "tenants",
    metadata,
    Column("id", String(40), primary_key=True),  # tn_<hex>: also the `tenant` of its jobs
    Column("name", String(200), nullable=False),
    Column("tier", String(16), nullable=False),
    # A custom plan: NULL means the tier's number.
    Column("credits_override", Integer),
    Column("concurrency_override", Integer),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(40), primary_key=True),  # key_<hex>: how a key is named when revoked
    Column("tenant_id", String(40), nullable=False, index=True),
    Column("label", String(200), nullable=False),
    Column("prefix", String(16), nullable=False),  # the key's first characters, to recognise it
    Column("hash", String(64), nullable=False),  # HMAC-SHA256(pepper, key), hex
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float),
)

# One row per charge, refund or grant; never updated or deleted. The balance is a sum.
credit_ledger = Table(
    "credit_ledger",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", String(40), nullable=False),
    Column("period", String(7), nullable=False),  # YYYY-MM (UTC) the row counts against
    Column("kind", String(8), nullable=False),  # charge | refund | grant
    Column("amount", Integer, nullable=False),  # credits: negative for a charge
    Column("job_id", String(40)),  # the job charged or refunded (none for generate-spec, grants)
    Column("reason", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    # A job is charged once and refunded at most once, however many processes reconcile it.
    UniqueConstraint("job_id", "kind", name="ux_ledger_job_kind"),
)
Index("ux_api_keys_hash", api_keys.c.hash, unique=True)
Index("ix_ledger_tenant_period", credit_ledger.c.tenant_id, credit_ledger.c.period)

# Fixed one-minute windows per API key, counted in the database so every server process shares them.
rate_windows = Table(
    "rate_windows",
    metadata,
    Column("bucket", String(80), primary_key=True),
    Column("minute", BigInteger, primary_key=True),  # UNIX time // 60
    Column("count", Integer, nullable=False),
)

TENANCY_TABLES = (tenants, api_keys, credit_ledger, rate_windows)
