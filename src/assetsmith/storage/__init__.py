"""Artifact stores: where job outputs are written (a local folder by default, or S3)."""

from ..errors import StorageMisconfigured, StorageUnavailable
from .base import ArtifactInfo, ArtifactStore, StoreFactory, check_key, download_prefix
from .local import LocalFolderStore
from .s3 import S3Store
from .stores import STORES, get_artifact_store

__all__ = [
    "STORES",
    "ArtifactInfo",
    "ArtifactStore",
    "LocalFolderStore",
    "S3Store",
    "StorageMisconfigured",
    "StorageUnavailable",
    "StoreFactory",
    "check_key",
    "download_prefix",
    "get_artifact_store",
]
