"""The vector index backends by name (the `originality_index` setting), collected from each index
module's `INDEXES` table."""

from __future__ import annotations

from ..registry import Registry
from ..settings import Settings
from . import pgvector_index, usearch_index
from .vindex import IndexFactory, VectorIndex

INDEXES: Registry[IndexFactory] = Registry(
    "originality index", {**usearch_index.INDEXES, **pgvector_index.INDEXES}
)


def open_index(settings: Settings, name: str, dim: int) -> VectorIndex:
    """The index `name` (e.g. "image-descriptor-v1") of the configured backend."""
    return INDEXES.get(settings.originality_index)(settings, name, dim)
