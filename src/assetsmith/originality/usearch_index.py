"""The embedded default index: usearch HNSW in one file per index under <data_dir>/originality.

Readers memory-map the file (`view`), so a job's audit opens a million-vector index in
milliseconds and many worker processes share the pages. Writers take an exclusive lock file,
load the index, change it and replace the file atomically (temp file + rename), so a reader
never sees a half-written index and two writers never lose each other's vectors. A reader notices
a replaced file by its (inode, mtime, size) and maps the new one.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..errors import AssetsmithError, import_extra
from ..settings import Settings
from .vindex import Hits, IndexFactory, check_vectors, index_dir


def _usearch():
    return import_extra("usearch.index", "originality", "The usearch index").Index


class UsearchIndex:
    """HNSW (cosine) in a single file. `dtype` "f16" halves memory at ~1e-3 cosine error."""

    def __init__(
        self,
        path: Path,
        dim: int,
        *,
        name: str | None = None,
        dtype: str = "f16",
        connectivity: int = 16,
        expansion_add: int = 128,
        expansion_search: int = 64,
    ) -> None:
        self.path, self.dim, self.name = Path(path), int(dim), name or Path(path).stem
        self._opts = {
            "ndim": self.dim,
            "metric": "cos",
            "dtype": dtype,
            "connectivity": connectivity,
            "expansion_add": expansion_add,
        }
        self.expansion_search = expansion_search
        self._view = None
        self._stamp: tuple | None = None

    def _new(self):
        return _usearch()(**self._opts, expansion_search=self.expansion_search)

    def _file_stamp(self) -> tuple | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _reader(self):
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._view = None
            if stamp is not None:
                view = self._new()
                view.view(str(self.path))
                self._check_dim(view)
                view.expansion_search = self.expansion_search
                self._view = view
            self._stamp = stamp
        return self._view

    def _check_dim(self, index) -> None:
        if index.ndim != self.dim:
            raise AssetsmithError(
                f"The index file '{self.path.name}' holds {index.ndim}-d vectors, not {self.dim}.",
                "Remove it and rebuild the corpus (`assetsmith corpus add`).",
            )

    @contextmanager
    def _writing(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # held until the new file is in place
            index = self._new()
            if self.path.exists():
                index.load(str(self.path))
                self._check_dim(index)
            yield index
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
            os.close(fd)
            try:
                index.save(tmp)
                with open(tmp, "rb") as f:
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Insert or replace vectors under keys (durable on return)."""
        keys, vectors = check_vectors(keys, vectors, self.dim)
        if not len(keys):
            return
        with self._writing() as index:
            present = np.asarray(index.contains(keys)).reshape(-1)
            for key in keys[present]:
                index.remove(int(key))
            index.add(keys, vectors)

    def remove(self, keys: np.ndarray) -> int:
        """Delete keys; unknown keys are ignored. Returns how many were present."""
        keys = np.asarray(keys, np.int64).reshape(-1)
        if not len(keys) or not self.path.exists():
            return 0
        with self._writing() as index:
            present = keys[np.asarray(index.contains(keys)).reshape(-1)]
            for key in present:
                index.remove(int(key))
            return int(len(present))

    def search(self, vectors: np.ndarray, k: int) -> Hits:
        """Per query row: up to k (key, cosine similarity), best first."""
        q = np.ascontiguousarray(np.asarray(vectors, np.float32).reshape(-1, self.dim))
        view = self._reader()
        if view is None or len(view) == 0 or not len(q):
            return [[] for _ in q]
        m = view.search(q, min(k, len(view)))
        if hasattr(m, "counts"):  # BatchMatches: padded rows, valid counts
            keys, dist, counts = (
                np.atleast_2d(m.keys),
                np.atleast_2d(m.distances),
                np.atleast_1d(m.counts),
            )
        else:  # one query row gives a plain Matches holding only the valid hits
            keys, dist, counts = m.keys[None], m.distances[None], np.array([len(m.keys)])
        return [
            [(int(keys[i, j]), 1.0 - float(dist[i, j])) for j in range(int(counts[i]))]
            for i in range(len(q))
        ]

    def __len__(self) -> int:
        view = self._reader()
        return 0 if view is None else len(view)

    def close(self) -> None:
        self._view, self._stamp = None, None


def open_usearch_index(settings: Settings, name: str, dim: int) -> UsearchIndex:
    return UsearchIndex(index_dir(settings) / f"{name}.usearch", dim, name=name)


INDEXES: dict[str, IndexFactory] = {"usearch": open_usearch_index}  # collected by indexes.py
