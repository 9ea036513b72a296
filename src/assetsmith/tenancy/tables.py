"""Every table the tenancy migrations own, on one MetaData: tenancy's (schema.py) and billing's
(billing/schema.py, migration t0002). Alembic's environment compares the database with this."""

from __future__ import annotations

from ..billing.schema import BILLING_TABLES
from .schema import TENANCY_TABLES, metadata

ALL_TABLES = (*TENANCY_TABLES, *BILLING_TABLES)

__all__ = ["ALL_TABLES", "metadata"]
