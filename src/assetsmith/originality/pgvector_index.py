"""The PostgreSQL index: pgvector, one table per index with an HNSW (cosine) index.

For deployments that already run PostgreSQL: the vectors live beside the job database (or at
`originality_pgvector_url`), every worker host sees the same corpus, and writes are transactions.
Vectors travel as pgvector's text form with an explicit cast, so no driver adapter is needed.
"""

from __future__ import annotations

import re

import numpy as np

from ..errors import AssetsmithError, InvalidInput, import_extra
from ..settings import Settings
from .vindex import Hits, IndexFactory, check_vectors


def _text(v: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in v) + "]"


class PgvectorIndex:
    """pgvector table `originality_vec_<name>` (key bigint primary key, embedding vector(dim))."""

    def __init__(self, url: str, name: str, dim: int, *, ef_search: int = 64) -> None:
        psycopg = import_extra("psycopg", "postgres", "The pgvector index")
        from ..jobs.db import libpq_conninfo

        self.name, self.dim, self.ef_search = name, int(dim), int(ef_search)
        self.table = "originality_vec_" + re.sub(r"[^a-z0-9_]", "_", name.lower())[:40]
        try:
            self._conn = psycopg.connect(libpq_conninfo(url), autocommit=True, connect_timeout=5)
        except psycopg.OperationalError:
            raise AssetsmithError(
                "The pgvector database is unreachable.",
                "Check ASSETSMITH_ORIGINALITY_PGVECTOR_URL (or DATABASE_URL).",
            ) from None
        self._ensure_table()

    def _ensure_table(self) -> None:
        import psycopg

        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (self.table,))
                self._conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
                self._conn.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.table} "
                    f"(key bigint PRIMARY KEY, embedding vector({self.dim}) NOT NULL)"
                )
                self._conn.execute(
                    f"CREATE INDEX IF NOT EXISTS {self.table}_hnsw ON {self.table} "
                    "USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)"
                )
        except psycopg.errors.FeatureNotSupported as exc:
            raise AssetsmithError(
                "pgvector is not installed in that PostgreSQL server.",
                "Install the pgvector extension (CREATE EXTENSION vector).",
            ) from exc
        except psycopg.errors.UndefinedFile as exc:
            raise AssetsmithError(
                "pgvector is not installed in that PostgreSQL server.",
                "Install the pgvector extension (CREATE EXTENSION vector).",
            ) from exc
        row = self._conn.execute(
            "SELECT atttypmod FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attname = 'embedding'",
            (self.table,),
        ).fetchone()
        if row and row[0] != self.dim:
            raise InvalidInput(
                f"The pgvector table {self.table} holds {row[0]}-d vectors, not {self.dim}.",
                "Drop it and rebuild the corpus.",
            )

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Insert or replace vectors (one transaction)."""
        keys, vectors = check_vectors(keys, vectors, self.dim)
        with self._conn.transaction(), self._conn.cursor() as cur:
            cur.executemany(
                f"INSERT INTO {self.table} (key, embedding) VALUES (%s, %s::vector) "
                "ON CONFLICT (key) DO UPDATE SET embedding = EXCLUDED.embedding",
                [(int(k), _text(v)) for k, v in zip(keys, vectors, strict=True)],
            )

    def remove(self, keys: np.ndarray) -> int:
        """Delete keys; returns how many were present."""
        wanted = [int(k) for k in np.asarray(keys, np.int64).reshape(-1)]
        if not wanted:
            return 0
        cur = self._conn.execute(f"DELETE FROM {self.table} WHERE key = ANY(%s)", (wanted,))
        return cur.rowcount

    def search(self, vectors: np.ndarray, k: int) -> Hits:
        """Per query row: up to k (key, cosine similarity), best first (HNSW, ef_search)."""
        q = np.asarray(vectors, np.float32).reshape(-1, self.dim)
        out: Hits = []
        with self._conn.transaction():
            self._conn.execute(f"SET LOCAL hnsw.ef_search = {max(self.ef_search, k)}")
            for row in q:
                res = self._conn.execute(
                    f"SELECT key, 1 - (embedding <=> %s::vector) FROM {self.table} "
                    "ORDER BY embedding <=> %s::vector LIMIT %s",
                    (_text(row), _text(row), int(k)),
                ).fetchall()
                out.append([(int(key), float(sim)) for key, sim in res])
        return out

    def __len__(self) -> int:
        return int(self._conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0])

    def drop(self) -> None:
        """Drop the table (tests and `corpus` rebuilds)."""
        self._conn.execute(f"DROP TABLE IF EXISTS {self.table}")

    def close(self) -> None:
        self._conn.close()


def open_pgvector_index(settings: Settings, name: str, dim: int) -> PgvectorIndex:
    url = settings.originality_pgvector_url or settings.database_url
    if not url or not url.startswith(("postgres://", "postgresql")):
        raise InvalidInput(
            "The pgvector index needs a PostgreSQL URL.",
            "Set ASSETSMITH_ORIGINALITY_PGVECTOR_URL or DATABASE_URL to postgresql://...",
        )
    return PgvectorIndex(url, name, dim)


INDEXES: dict[str, IndexFactory] = {"pgvector": open_pgvector_index}  # collected by indexes.py
