"""Artifact stores: where job outputs are written (a local folder by default, or S3)."""

from ..errors import StorageMisconfigured, StorageUnavailable
from .base import (
    STORES,
    ArtifactInfo,
    ArtifactStore,
    check_key,
    download_prefix,
    get_artifact_store,
    register_store,
)
from .local import LocalFolderStore
from .s3 import S3Store

__all__ = ["STORES", "ArtifactInfo", "ArtifactStore", "LocalFolderStore", "S3Store", "StorageMisconfigured",
           "StorageUnavailable", "check_key", "download_prefix", "get_artifact_store", "register_store"]
