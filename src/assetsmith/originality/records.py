"""The corpus metadata tables, in the job database (created by migration 0003).

They describe what the vector indexes hold: one row per known asset, one per fingerprinted item
(a file digest, an image, a model). Index keys are derived from item ids (`image_key`), so an
index never needs a table of its own, and a key whose item is gone is simply ignored.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, String, Table

from ..jobs.schema import metadata

originality_assets = Table(
    "originality_assets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(16), nullable=False),  # pack | image | model
    Column(
        "source_sha256", String(64), nullable=False
    ),  # what was added: adding it again is a no-op
    Column("created_at", Float, nullable=False),
    Column("info", JSON),
    Index("ux_originality_assets_source", "source_sha256", unique=True),
)

originality_items = Table(
    "originality_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "asset_id", Integer, ForeignKey("originality_assets.id", ondelete="CASCADE"), nullable=False
    ),
    Column("kind", String(16), nullable=False),  # file | image | model
    Column("label", String(300), nullable=False),
    Column("sha256", String(64)),
    Column("geo_hash", String(64)),
    Column("phash", String(16)),
    Column("dhash", String(16)),
    Index("ix_originality_items_asset", "asset_id"),
    Index("ix_originality_items_sha256", "sha256"),
    Index("ix_originality_items_geo_hash", "geo_hash"),
)

CORPUS_TABLES = (originality_assets, originality_items)  # collected by jobs/tables.py

AUG_SLOTS = 16  # image index keys: item id * AUG_SLOTS + augmentation number


def image_key(item_id: int, augmentation: int = 0) -> int:
    return int(item_id) * AUG_SLOTS + int(augmentation)


def item_of_key(key: int) -> int:
    return int(key) // AUG_SLOTS
