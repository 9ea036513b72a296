"""What this installation built, so that its key signs nothing else; and the signer's audit log.

Before any statement over a pack, a run or an export is signed with this installation's key, the
code that built those files records the statement's subjects here (`RecordingSigner`): one row per
statement, keyed by the sha256 of its canonical subject list, and one row per subject digest. The
signer endpoint (`/api/v1/provenance/signer`, what remote workers' PROVENANCE_SIGNER_URL points at)
signs a statement only when exactly its subject list was recorded, and the reference `/sign` only a
digest that a recorded statement names: a pack with a replaced texture or an added file has
another subject list, so no credential gets it signed. Workers on other hosts record through the
job database they share with the signing server.

Every use of those two routes, allowed or refused, is a `signer_audit` row (when, route, caller
kind, client address, statement subjects digest, outcome and reason) and a line on the
`assetsmith.audit` logger; `assetsmith keys audit` lists the newest.

The tables are in the job database, created by migration 0005.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Boolean, Column, Float, Index, Integer, String, Table, select

from ..jobs.schema import metadata
from .dsse import canonical_json, parse_pae, sha256_hex

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger("assetsmith.audit")

MAX_SUBJECTS = 100_000  # a statement with more subjects is refused, not recorded or looked up

signing_records = Table(
    "signing_records",
    metadata,
    Column("subjects_sha256", String(64), primary_key=True),  # sha256 of the canonical subject list
    Column("predicate_type", String(120), nullable=False),
    Column("build", String(80)),  # the job or build id the statement names
    Column("files", Integer, nullable=False),
    Column("created_at", Float, nullable=False),
)

signing_record_files = Table(
    "signing_record_files",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("subjects_sha256", String(64), primary_key=True),
    Column("name", String(500), nullable=False),
)

signer_audit = Table(
    "signer_audit",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("at", Float, nullable=False),
    Column("route", String(40), nullable=False),  # signer | sign
    Column("caller", String(40), nullable=False),  # signer-token | no-token | wrong-token | ...
    Column("client", String(64)),  # the client address
    Column("predicate_type", String(120)),
    Column(
        "subjects_sha256", String(64)
    ),  # what was asked for (statement subjects, or the digest for /sign)
    Column("files", Integer),
    Column("allowed", Boolean, nullable=False),
    Column("reason", String(300), nullable=False),
    Index("ix_signer_audit_at", "at"),
)

SIGNING_TABLES = (signing_records, signing_record_files, signer_audit)


def subject_list(stmt: dict) -> list[dict] | None:
    """The statement's subjects as [{name, digest: {sha256}}], or None when they are not that."""
    subjects = stmt.get("subject")
    if not isinstance(subjects, list) or not subjects or len(subjects) > MAX_SUBJECTS:
        return None
    for s in subjects:
        if (
            not isinstance(s, dict)
            or not isinstance(s.get("name"), str)
            or not isinstance(s.get("digest"), dict)
            or not isinstance(s["digest"].get("sha256"), str)
        ):
            return None
    return subjects


def subjects_digest(subjects: list[dict]) -> str:
    """The key of a statement's record: sha256 of its canonical subject list."""
    return sha256_hex(canonical_json(subjects))


def _build_of(stmt: dict) -> str | None:
    pred = stmt.get("predicate")
    if not isinstance(pred, dict):
        pred = {}
    build = pred.get("jobId") or pred.get("buildId") or pred.get("scene")
    return str(build)[:80] if build else None


def record_statement(store, stmt: dict) -> str:
    """Record that this installation built the files a statement is about to be signed over;
    returns the record key. Recording the same subjects again is a no-op."""
    subjects = subject_list(stmt)
    if subjects is None:
        raise ValueError("the statement has no usable subject list")
    key = subjects_digest(subjects)
    ptype = str(stmt.get("predicateType") or "")[:120]
    mod = _dialect(store)
    head = mod.insert(signing_records).values(
        subjects_sha256=key,
        predicate_type=ptype,
        build=_build_of(stmt),
        files=len(subjects),
        created_at=time.time(),
    )
    rows = [
        {
            "sha256": s["digest"]["sha256"].lower()[:64],
            "subjects_sha256": key,
            "name": s["name"][:500],
        }
        for s in subjects
    ]
    # one row per (digest, statement): a statement naming the same bytes twice records them once
    rows = list({r["sha256"]: r for r in rows}.values())

    def write(conn) -> None:
        conn.execute(head.on_conflict_do_nothing(index_elements=["subjects_sha256"]))
        conn.execute(
            mod.insert(signing_record_files).on_conflict_do_nothing(
                index_elements=["sha256", "subjects_sha256"]
            ),
            rows,
        )

    store.tx(write)
    return key


def _dialect(store):
    from sqlalchemy.dialects import postgresql, sqlite

    return sqlite if store.sqlite else postgresql


def recorded_statement(store, stmt: dict) -> str | None:
    """None when this installation recorded exactly these subjects for this kind of statement;
    else why it will not sign them (a sentence for the caller)."""
    subjects = subject_list(stmt)
    if subjects is None:
        return "The statement has no usable subject list."
    key = subjects_digest(subjects)
    with store.reader.connect() as conn:
        row = conn.execute(
            select(signing_records.c.predicate_type).where(signing_records.c.subjects_sha256 == key)
        ).first()
    if row is None:
        return (
            "This server signs only statements over files it built itself: no pack, run or export "
            "it recorded has exactly these files and digests."
        )
    if row[0] != stmt.get("predicateType"):
        return "These files were recorded for another kind of statement."
    return None


def digest_recorded(store, sha256: str) -> bool:
    """Whether a statement this installation recorded names a file with this digest."""
    with store.reader.connect() as conn:
        return (
            conn.execute(
                select(signing_record_files.c.sha256)
                .where(signing_record_files.c.sha256 == sha256.lower())
                .limit(1)
            ).first()
            is not None
        )


def audit(
    store,
    *,
    route: str,
    caller: str,
    client: str | None,
    allowed: bool,
    reason: str,
    stmt: dict | None = None,
    subjects_sha256: str | None = None,
) -> None:
    """One audit row and one log line for a use of the signer (never the token or the payload)."""
    files = None
    ptype = None
    if stmt is not None:
        subjects = subject_list(stmt)
        ptype = str(stmt.get("predicateType") or "")[:120] or None
        if subjects is not None:
            files = len(subjects)
            subjects_sha256 = subjects_sha256 or subjects_digest(subjects)
    row: dict[str, Any] = {
        "at": time.time(),
        "route": route[:40],
        "caller": caller[:40],
        "client": (client or "")[:64] or None,
        "predicate_type": ptype,
        "subjects_sha256": subjects_sha256,
        "files": files,
        "allowed": allowed,
        "reason": reason[:300],
    }
    log.info("signer %s", json.dumps({**row, "at": round(row["at"], 3)}, sort_keys=True))

    def write(conn) -> None:
        conn.execute(signer_audit.insert().values(**row))

    store.tx(write)


def audit_entries(store, limit: int = 50) -> list[dict[str, Any]]:
    """The newest audit rows, newest first."""
    q = select(signer_audit).order_by(signer_audit.c.id.desc()).limit(max(1, min(limit, 10_000)))
    with store.reader.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


# --- recording what the pipeline signs -----------------------------------------------------------
_STORES: OrderedDict[str, Any] = OrderedDict()
_STORES_LOCK = threading.Lock()
_MAX_STORES = 4


def _store_for(settings):
    """A job store per database URL, kept open for the process (the pipeline signs every job)."""
    from ..jobs.store import JobStore

    url = settings.effective_database_url
    key = f"{os.getpid()}:{url}"  # never a connection pool inherited across fork
    with _STORES_LOCK:
        store = _STORES.get(key)
        if store is not None:
            _STORES.move_to_end(key)
            return store
        store = JobStore.from_settings(settings)
        _STORES[key] = store
        while len(_STORES) > _MAX_STORES:
            _STORES.popitem(last=False)[1].close()
        return store


class RecordingSigner:
    """A signer that records each statement's subjects in the job database before it signs them,
    so that this installation's signer endpoint will sign them too (for a remote signer: so that
    it will sign at all)."""

    def __init__(self, signer, settings) -> None:
        self._signer = signer
        self._settings = settings
        self.kind = signer.kind
        self.keyid = signer.keyid
        self.algorithm = signer.algorithm
        self.public_key = signer.public_key

    def sign(self, message: bytes) -> bytes:
        """Record the statement inside `message` (a DSSE PAE), then sign it."""
        _ptype, payload = parse_pae(message)
        record_statement(_store_for(self._settings), json.loads(payload))
        return self._signer.sign(message)


def open_recording_signer(settings: Settings) -> RecordingSigner:
    """This installation's signer (`open_signer(settings)`), recording what it signs."""
    from .signers import open_signer

    return RecordingSigner(open_signer(settings), settings)
