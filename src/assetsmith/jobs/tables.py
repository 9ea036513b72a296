"""Every table of the job database, on one MetaData: the job store's (schema.py), the
originality corpus's (originality/records.py, created by migration 0003) and the signer's records
and audit log (provenance/records.py, migration 0005). Alembic's environment
and the schema test compare the database with this; code queries through the defining modules."""

from __future__ import annotations

from ..originality.records import CORPUS_TABLES
from ..provenance.records import SIGNING_TABLES
from .schema import JOB_TABLES, metadata

ALL_TABLES = (*JOB_TABLES, *CORPUS_TABLES, *SIGNING_TABLES)

__all__ = ["ALL_TABLES", "metadata"]
