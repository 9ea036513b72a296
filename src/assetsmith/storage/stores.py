"""The artifact stores by name (the `artifact_store` setting), collected from each store module's
`STORES` table."""

from __future__ import annotations

from ..registry import Registry
from ..settings import Settings
from . import local, s3
from .base import ArtifactStore, StoreFactory

STORES: Registry[StoreFactory] = Registry("artifact store", {**local.STORES, **s3.STORES})


def get_artifact_store(settings: Settings) -> ArtifactStore:
    """The store named by `settings.artifact_store` (UnknownName for a name no table lists)."""
    return STORES.get(settings.artifact_store)(settings)
