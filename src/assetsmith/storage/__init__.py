"""Artifact stores: where job outputs are written (a local folder by default)."""

from .base import STORES, ArtifactInfo, ArtifactStore, check_key, get_artifact_store, register_store
from .local import LocalFolderStore

__all__ = ["STORES", "ArtifactInfo", "ArtifactStore", "LocalFolderStore", "check_key", "get_artifact_store",
           "register_store"]
