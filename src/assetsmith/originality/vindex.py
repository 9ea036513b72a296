"""The vector index protocol and the exact (brute-force) reference implementation.

Every index stores unit float32 vectors under int64 keys and answers cosine similarity; the
backends (`usearch_index.py`, the embedded default; `pgvector_index.py`) are picked by the
`originality_index` setting from `indexes.INDEXES` and pass one contract suite
(tests/originality/test_index_contract.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import InvalidInput
from ..settings import Settings

Hits = list[list[tuple[int, float]]]  # per query: (key, cosine similarity), best first


@runtime_checkable
class VectorIndex(Protocol):
    """Nearest neighbours by cosine similarity over unit vectors with int64 keys.

    `add` replaces the vector of a key that is already there; `remove` ignores unknown keys;
    `search` returns, per query row, at most k (key, similarity) pairs, best first, with
    similarity = 1 - cosine distance. Changes are durable when `add`/`remove` return."""

    name: str
    dim: int

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Insert or replace vectors (n, dim) under keys (n,)."""
        ...

    def remove(self, keys: np.ndarray) -> int:
        """Delete keys; returns how many were present."""
        ...

    def search(self, vectors: np.ndarray, k: int) -> Hits:
        """The k nearest stored vectors for each query row."""
        ...

    def __len__(self) -> int: ...

    def close(self) -> None:
        """Release files, maps and connections."""
        ...


def check_vectors(keys: np.ndarray, vectors: np.ndarray, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Validated (int64 keys, float32 C-contiguous vectors) or InvalidInput."""
    keys = np.asarray(keys, dtype=np.int64).reshape(-1)
    vectors = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(len(keys), -1))
    if vectors.shape[1] != dim:
        raise InvalidInput(
            f"Vectors have {vectors.shape[1]} dimensions; this index holds {dim}.",
            "Embed with the same embedder the index was built with.",
        )
    if not np.isfinite(vectors).all():
        raise InvalidInput("Vectors contain NaN or infinity.", "Embed the input again.")
    if len(np.unique(keys)) != len(keys):
        raise InvalidInput("Duplicate keys in one add.", "Give each vector its own key.")
    return keys, vectors


class ExactIndex:
    """Every stored row is compared with every query: exact, O(n) per query. The reference
    service's approach, kept as the baseline the benchmark and recall@k are measured against."""

    def __init__(self, name: str, dim: int) -> None:
        self.name, self.dim = name, dim
        self._keys = np.zeros(0, np.int64)
        self._vecs = np.zeros((0, dim), np.float32)

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        keys, vectors = check_vectors(keys, vectors, self.dim)
        keep = ~np.isin(self._keys, keys)
        self._keys = np.concatenate([self._keys[keep], keys])
        self._vecs = np.concatenate([self._vecs[keep], vectors])

    def remove(self, keys: np.ndarray) -> int:
        gone = np.isin(self._keys, np.asarray(keys, np.int64))
        self._keys, self._vecs = self._keys[~gone], self._vecs[~gone]
        return int(gone.sum())

    def search(self, vectors: np.ndarray, k: int) -> Hits:
        q = np.asarray(vectors, np.float32).reshape(-1, self.dim)
        if not len(self._keys):
            return [[] for _ in q]
        sims = q @ self._vecs.T
        k = min(k, len(self._keys))
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        out = []
        for row, idx in zip(sims, top, strict=True):
            idx = idx[np.argsort(-row[idx], kind="stable")]
            out.append([(int(self._keys[i]), float(row[i])) for i in idx])
        return out

    def __len__(self) -> int:
        return len(self._keys)

    def close(self) -> None:
        return None


IndexFactory = Callable[[Settings, str, int], VectorIndex]
"""What an index module's `INDEXES` table maps a name to: (settings, index name, dim) -> index."""


def index_dir(settings: Settings) -> Path:
    return settings.data_dir / "originality"
