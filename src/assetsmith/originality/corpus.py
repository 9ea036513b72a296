"""The known-asset corpus: metadata rows in the job database, vectors in the configured index.

Adding writes the rows first (committed, marked not yet indexed), then the vectors, then marks
the asset indexed: a crash in between leaves an asset the exact layer already finds and that
`add` completes when it is given again. Searching maps index keys back to items through the rows,
so a vector whose row is gone (a removal that crashed half way) is ignored.
"""

from __future__ import annotations

import builtins  # the `list` method shadows the type inside Corpus
import time
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import delete, func, insert, select, update

from ..jobs.db import make_engine, migrate, run_tx
from ..settings import Settings
from .fingerprint import Fingerprint
from .geometry import SHAPE_ID
from .indexes import open_index
from .phash import HASH_BITS, cosine_to_similarity, hash_vector
from .records import AUG_SLOTS, image_key, item_of_key, originality_assets, originality_items
from .vindex import VectorIndex

_ENGINES: dict[str, object] = {}
SEARCH_K = 64  # per query vector: an image's augmented copies share one asset, so ask for plenty


def _engine(url: str):
    """One engine (and one migration check) per database per process: the stage runs per job."""
    if url not in _ENGINES:
        engine = make_engine(url)
        migrate(engine)
        _ENGINES[url] = engine
    return _ENGINES[url]


@dataclass
class Hit:
    """The best evidence one layer found against one known asset."""

    similarity: float
    query: str
    match: str


@dataclass
class AssetMatches:
    asset_id: int
    layers: dict[str, Hit] = field(default_factory=dict)

    def offer(self, layer: str, hit: Hit) -> None:
        if layer not in self.layers or hit.similarity > self.layers[layer].similarity:
            self.layers[layer] = hit


class Corpus:
    """The corpus for one Settings. `embedder_id`/`image_dim` select the image index."""

    def __init__(
        self, settings: Settings, *, embedder_id: str | None = None, image_dim: int | None = None
    ) -> None:
        self.settings = settings
        self.engine = _engine(settings.effective_database_url)
        self.embedder_id, self.image_dim = embedder_id, image_dim
        self._indexes: dict[str, VectorIndex] = {}

    # --- indexes -----------------------------------------------------------------------------
    def index(self, layer: str) -> VectorIndex:
        if layer not in self._indexes:
            if layer == "image":
                if self.embedder_id is None or self.image_dim is None:
                    raise ValueError("this corpus was opened without an embedder")
                self._indexes[layer] = open_index(
                    self.settings, f"image-{self.embedder_id}", self.image_dim
                )
            elif layer in ("phash", "dhash"):
                self._indexes[layer] = open_index(self.settings, layer, HASH_BITS)
            else:
                from .geometry import shape_descriptor  # noqa: F401

                self._indexes[layer] = open_index(self.settings, SHAPE_ID, _shape_dim())
        return self._indexes[layer]

    def close(self) -> None:
        for index in self._indexes.values():
            index.close()
        self._indexes.clear()

    # --- reads -------------------------------------------------------------------------------
    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(select(func.count()).select_from(originality_assets)).scalar_one()
            )

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(originality_assets.c.id).limit(1)).first() is None

    def list(self, *, limit: int = 100, offset: int = 0) -> list[dict]:
        q = select(originality_assets).order_by(originality_assets.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_asset_dict(r) for r in conn.execute(q).mappings()]

    def get(self, asset_ids) -> dict[int, dict]:
        ids = sorted({int(i) for i in asset_ids})
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(originality_assets).where(originality_assets.c.id.in_(ids))
            ).mappings()
            return {r["id"]: _asset_dict(r) for r in rows}

    def find(self, ref: str) -> builtins.list[dict]:
        """Assets by id (digits) or by exact name."""
        cond = (
            (originality_assets.c.id == int(ref))
            if ref.isdigit()
            else (originality_assets.c.name == ref)
        )
        with self.engine.connect() as conn:
            return [
                _asset_dict(r)
                for r in conn.execute(select(originality_assets).where(cond)).mappings()
            ]

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            kinds = dict(
                conn.execute(
                    select(originality_assets.c.kind, func.count()).group_by(
                        originality_assets.c.kind
                    )
                ).all()
            )
            items = dict(
                conn.execute(
                    select(originality_items.c.kind, func.count()).group_by(
                        originality_items.c.kind
                    )
                ).all()
            )
        return {
            "assets": sum(kinds.values()),
            "by_kind": kinds,
            "items": items,
            "backend": self.settings.originality_index,
        }

    def index_sizes(self) -> dict[str, int]:
        return {layer: len(self.index(layer)) for layer in ("image", "phash", "dhash", "shape")}

    # --- writes ------------------------------------------------------------------------------
    def add(self, fp: Fingerprint, *, info: dict | None = None) -> tuple[dict, bool]:
        """Add a fingerprint (made with corpus=True); returns (asset, created). Adding the same
        source again returns the existing asset (and finishes its indexing if that was cut short)."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    select(originality_assets).where(
                        originality_assets.c.source_sha256 == fp.source_sha256
                    )
                )
                .mappings()
                .first()
            )
        if row is not None and (row["info"] or {}).get("indexed"):
            return _asset_dict(row), False
        if row is None:
            asset_id = run_tx(self.engine, lambda conn: _insert(conn, fp, info or {}))
        else:
            asset_id = row["id"]
        with self.engine.connect() as conn:
            items = (
                conn.execute(
                    select(originality_items)
                    .where(originality_items.c.asset_id == asset_id)
                    .order_by(originality_items.c.id)
                )
                .mappings()
                .all()
            )
        self._index_vectors(fp, items)
        run_tx(
            self.engine,
            lambda conn: conn.execute(
                update(originality_assets)
                .where(originality_assets.c.id == asset_id)
                .values(
                    info={**(info or {}), **fp.summary(), "embedder": fp.embedder, "indexed": True}
                )
            ),
        )
        return self.get([asset_id])[asset_id], row is None

    def _index_vectors(self, fp: Fingerprint, items) -> None:
        image_rows = [r for r in items if r["kind"] == "image"]
        model_rows = [r for r in items if r["kind"] == "model"]
        if image_rows:
            keys, vecs = [], []
            for row, img in zip(image_rows, fp.images, strict=True):
                n = min(len(img.vectors), AUG_SLOTS)
                keys += [image_key(row["id"], j) for j in range(n)]
                vecs.append(img.vectors[:n])
            self.index("image").add(np.array(keys), np.concatenate(vecs))
            ids = np.array([r["id"] for r in image_rows])
            self.index("phash").add(ids, np.stack([hash_vector(i.phash) for i in fp.images]))
            self.index("dhash").add(ids, np.stack([hash_vector(i.dhash) for i in fp.images]))
        if model_rows:
            self.index("shape").add(
                np.array([r["id"] for r in model_rows]), np.stack([m.shape for m in fp.models])
            )

    def remove(self, asset_id: int) -> bool:
        """Remove an asset, its rows and its vectors; False when there is no such asset."""
        with self.engine.connect() as conn:
            items = conn.execute(
                select(originality_items.c.id, originality_items.c.kind).where(
                    originality_items.c.asset_id == asset_id
                )
            ).all()
        gone = run_tx(
            self.engine,
            lambda conn: (
                conn.execute(
                    delete(originality_assets).where(originality_assets.c.id == asset_id)
                ).rowcount
            ),
        )
        run_tx(
            self.engine,
            lambda conn: conn.execute(
                delete(originality_items).where(originality_items.c.asset_id == asset_id)
            ),
        )  # if FKs are off
        images = np.array([i for i, kind in items if kind == "image"], np.int64)
        models = np.array([i for i, kind in items if kind == "model"], np.int64)
        if len(images):
            self.index("image").remove((images[:, None] * AUG_SLOTS + np.arange(AUG_SLOTS)).ravel())
            self.index("phash").remove(images)
            self.index("dhash").remove(images)
        if len(models):
            self.index("shape").remove(models)
        return bool(gone)

    # --- search ------------------------------------------------------------------------------
    def search(self, fp: Fingerprint) -> dict[int, AssetMatches]:
        """Evidence per known asset, per layer (exact, perceptual, image, geometry)."""
        found: dict[int, AssetMatches] = {}

        def offer(asset_id: int, layer: str, hit: Hit) -> None:
            found.setdefault(asset_id, AssetMatches(asset_id)).offer(layer, hit)

        self._search_exact(fp, offer)
        if fp.images:
            labels = [i.label for i in fp.images]
            self._search_vectors(
                "image",
                np.concatenate([i.vectors[:1] for i in fp.images]),
                labels,
                offer,
                key_to_item=item_of_key,
            )
            for layer, attr in (("phash", "phash"), ("dhash", "dhash")):
                q = np.stack([hash_vector(getattr(i, attr)) for i in fp.images])
                self._search_vectors(
                    layer, q, labels, offer, to_sim=cosine_to_similarity, report_as="perceptual"
                )
        if fp.models:
            self._search_vectors(
                "shape",
                np.stack([m.shape for m in fp.models]),
                [m.label for m in fp.models],
                offer,
                report_as="geometry",
            )
        return found

    def _search_exact(self, fp: Fingerprint, offer) -> None:
        digests = {v: k for k, v in fp.files.items()}
        geo = {m.geo_hash: m.label for m in fp.models}
        with self.engine.connect() as conn:
            if digests:
                for r in conn.execute(
                    select(originality_items).where(originality_items.c.sha256.in_(list(digests)))
                ).mappings():
                    offer(r["asset_id"], "exact", Hit(1.0, digests[r["sha256"]], r["label"]))
            if geo:
                for r in conn.execute(
                    select(originality_items).where(originality_items.c.geo_hash.in_(list(geo)))
                ).mappings():
                    offer(
                        r["asset_id"],
                        "exact",
                        Hit(1.0, geo[r["geo_hash"]], f"{r['label']} (geometry)"),
                    )

    def _search_vectors(
        self,
        layer: str,
        queries: np.ndarray,
        labels: builtins.list[str],
        offer,
        *,
        key_to_item=int,
        to_sim=float,
        report_as: str | None = None,
    ) -> None:
        hits = self.index(layer).search(queries, SEARCH_K)
        item_ids = {key_to_item(k) for row in hits for k, _ in row}
        if not item_ids:
            return
        with self.engine.connect() as conn:
            rows = {
                r["id"]: r
                for r in conn.execute(
                    select(
                        originality_items.c.id,
                        originality_items.c.asset_id,
                        originality_items.c.label,
                    ).where(originality_items.c.id.in_(sorted(item_ids)))
                ).mappings()
            }
        for label, row in zip(labels, hits, strict=True):
            for key, sim in row:
                item = rows.get(key_to_item(key))
                if item is not None:  # a vector whose rows are gone is ignored
                    offer(
                        item["asset_id"],
                        report_as or layer,
                        Hit(round(to_sim(sim), 6), label, item["label"]),
                    )


def _shape_dim() -> int:
    from .geometry import shape_descriptor

    tri = np.array([[0, 1, 2], [0, 2, 3], [0, 3, 1], [1, 3, 2]])
    return len(shape_descriptor(np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1.0]]), tri))


def _insert(conn, fp: Fingerprint, info: dict) -> int:
    asset_id = conn.execute(
        insert(originality_assets).values(
            name=fp.name[:200],
            kind=fp.kind,
            source_sha256=fp.source_sha256,
            created_at=time.time(),
            info={**info, **fp.summary(), "embedder": fp.embedder, "indexed": False},
        )
    ).inserted_primary_key[0]
    rows = [
        {"asset_id": asset_id, "kind": "file", "label": k[:300], "sha256": v}
        for k, v in sorted(fp.files.items())
    ]
    rows += [
        {
            "asset_id": asset_id,
            "kind": "image",
            "label": i.label[:300],
            "sha256": i.sha256,
            "phash": f"{i.phash:016x}",
            "dhash": f"{i.dhash:016x}",
        }
        for i in fp.images
    ]
    rows += [
        {
            "asset_id": asset_id,
            "kind": "model",
            "label": m.label[:300],
            "sha256": m.sha256,
            "geo_hash": m.geo_hash,
        }
        for m in fp.models
    ]
    for row in rows:  # one by one: insertion order gives ids in the order _index_vectors expects
        conn.execute(insert(originality_items).values(**row))
    return int(asset_id)


def _asset_dict(r) -> dict:
    info = dict(r["info"] or {})
    return {
        "id": r["id"],
        "name": r["name"],
        "kind": r["kind"],
        "source_sha256": r["source_sha256"],
        "created_at": r["created_at"],
        "images": info.get("images", 0),
        "models": info.get("models", 0),
        "embedder": info.get("embedder"),
        "indexed": bool(info.get("indexed")),
    }
