"""The queue's hot path as plain SQL on the driver's own cursor: claim, fenced endings,
heartbeats, progress, events, settling a parent.

These run once or twice per job, thousands of times a second. Building and cache-keying a
SQLAlchemy expression (and its result machinery) costs several times what SQLite takes to run the
statement, so they are written once per dialect as text and run through a DBAPI cursor, inside a
transaction from db.run_raw_tx (or the cursor of a SQLAlchemy connection's transaction).
Everything else uses SQLAlchemy Core. tests/jobs runs all of it on both databases.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .records import FINISHED

PG_NOW = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS DOUBLE PRECISION)"
_PG_CLAIM_EVENT = (
    "nev AS (INSERT INTO job_events (job_id, at, kind, data) SELECT id, {now}, 'status', "
    "json_build_object('attempt', attempts, 'status', 'running', 'worker', CAST(:worker AS text)) "
    "FROM nxt)"
)
JSON_COLUMNS = {"result", "error", "capabilities"}
NOTIFY_CHANNEL = "assetsmith_jobs"


@dataclass(frozen=True)
class After:
    """A column value of `now + seconds`, on the database's clock."""

    seconds: float


@dataclass(frozen=True)
class Decrement:
    """A column value of `column - 1` (release gives the attempt back)."""


class HotSql:
    """SQL text for one dialect (`:name` parameters in the driver's style) and the few multi-step
    operations built from it. One instance per store."""

    def __init__(self, sqlite: bool) -> None:
        self.sqlite = sqlite
        self.now = ":now" if sqlite else PG_NOW

    def _driver(self, sql: str) -> str:
        sql = sql.replace("{now}", self.now)
        return sql if self.sqlite else re.sub(r":(\w+)", r"%(\1)s", sql)

    def params(self, **params) -> dict:
        """Parameters, with the client clock added where the dialect uses it (SQLite)."""
        if self.sqlite:
            params["now"] = time.time()
        return params

    # -- statements ---------------------------------------------------------------------------------
    def _claim_update(self, n_keys: int, extra_where: str = "") -> str:
        keys = ", ".join(f":k{i}" for i in range(n_keys))
        lock = "" if self.sqlite else " FOR UPDATE SKIP LOCKED"
        return (
            "UPDATE jobs SET status = 'running', lease_owner = :worker, lease_token = :ctoken, "
            "lease_expires_at = {now} + :lease_s, heartbeat_at = {now}, attempts = attempts + 1, "
            "cancel_requested_at = NULL, started_at = COALESCE(started_at, {now}), updated_at = {now} "
            "WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_after <= {now} "
            f"AND capability_key IN ({keys}) ORDER BY priority DESC, run_after, id LIMIT 1{lock}) "
            f"AND status = 'queued'{extra_where} RETURNING id, kind, request, attempts, max_attempts, parent_id"
        )

    @lru_cache(maxsize=64)  # noqa: B019  (one HotSql per store; few distinct shapes)
    def claim(self, n_keys: int) -> str:
        """SQLite: the claim UPDATE (its event follows). PostgreSQL: UPDATE and event in one
        statement, a writable CTE: one round trip and one statement for the server to run."""
        if self.sqlite:
            return self._driver(self._claim_update(n_keys))
        # set_config(..., true) is SET LOCAL inside the statement: the claim's commit need not wait
        # for the WAL flush (see JobStore.tx), without a round trip of its own.
        return self._driver(
            f"WITH nxt AS ({self._claim_update(n_keys)}), {_PG_CLAIM_EVENT}, "
            "cfg AS (SELECT set_config('synchronous_commit', 'off', true) AS v) "
            "SELECT id, kind, request, attempts, max_attempts, parent_id FROM nxt, cfg"
        )

    @lru_cache(maxsize=8)  # noqa: B019
    def _text(self, name: str) -> str:
        return self._driver(
            {
                "event": "INSERT INTO job_events (job_id, at, kind, data) VALUES (:job_id, {now}, :kind, :data)",
                "heartbeat": "UPDATE jobs SET heartbeat_at = {now}, lease_expires_at = {now} + :lease_s "
                "WHERE id = :id AND lease_token = :token AND status = 'running' "
                "RETURNING cancel_requested_at",
                "progress": "UPDATE jobs SET progress = :progress, stage = :stage, updated_at = {now} "
                "WHERE id = :id AND lease_token = :token AND status = 'running' RETURNING id",
                "parent": "SELECT status FROM jobs WHERE id = :id"
                + ("" if self.sqlite else " FOR UPDATE"),
                "children": "SELECT status, COUNT(*) FROM jobs WHERE parent_id = :id GROUP BY status",
                "settle": "UPDATE jobs SET status = :status, result = :result, error = :error, progress = :progress, "
                "finished_at = {now}, updated_at = {now} WHERE id = :id AND status = 'waiting' RETURNING id",
            }[name]
        )

    @lru_cache(maxsize=128)  # noqa: B019
    def _end(self, shape: tuple[tuple[str, str], ...], final: bool, claim_keys: int | None) -> str:
        sets = [
            "status = :status",
            "updated_at = {now}",
            "lease_token = NULL",
            "lease_expires_at = NULL",
        ]
        if final:
            sets.append("finished_at = {now}")
        for col, how in shape:
            sets.append(
                {"after": f"{col} = {{now}} + :v_{col}", "decrement": f"{col} = {col} - 1"}.get(
                    how, f"{col} = :v_{col}"
                )
            )
        update = (
            f"UPDATE jobs SET {', '.join(sets)} WHERE id = :id AND lease_token = :token "
            "AND status = 'running' RETURNING id, parent_id"
        )
        if self.sqlite:
            return self._driver(update)
        # PostgreSQL: the fenced ending, its event and (optionally) the next claim and its event in
        # one statement. Every part sees the same snapshot, so the claim cannot pick the job just
        # finished, and `EXISTS (done)` keeps a refused (stale) ending from claiming anything.
        sql = (
            f"WITH done AS ({update}), ev AS (INSERT INTO job_events (job_id, at, kind, data) "
            "SELECT id, {now}, 'status', CAST(:event AS json) FROM done)"
        )
        tail = "SELECT 0, id, NULL, NULL, NULL, NULL, parent_id FROM done"
        if claim_keys is not None:
            claim = self._claim_update(claim_keys, " AND EXISTS (SELECT 1 FROM done)")
            sql += f", nxt AS ({claim}), {_PG_CLAIM_EVENT}"
            tail += (
                " UNION ALL SELECT 1, id, kind, request, attempts, max_attempts, parent_id FROM nxt"
            )
        return self._driver(f"{sql} {tail}")

    # -- operations on a cursor inside the caller's transaction ---------------------------------------
    def insert_events(self, cur, events: Iterable[tuple[str, str, dict]]) -> None:
        rows = [
            self.params(job_id=j, kind=k, data=json.dumps(d, sort_keys=True)) for j, k, d in events
        ]
        if len(rows) == 1:
            cur.execute(self._text("event"), rows[0])
        elif rows:
            cur.executemany(self._text("event"), rows)

    def notify(self, cur) -> None:
        """Wake idle PostgreSQL workers when the transaction commits (SQLite workers see the commit
        itself through PRAGMA data_version)."""
        if not self.sqlite:
            cur.execute(f"NOTIFY {NOTIFY_CHANNEL}")

    def claim_row(self, cur, worker: str, token: str, lease_s: float, keys: list[str]):
        """(id, kind, request, attempts, max_attempts, parent_id) of the job just leased, or None."""
        cur.execute(self.claim(len(keys)), self._claim_params(worker, token, lease_s, keys))
        row = cur.fetchone()
        if row is not None and self.sqlite:
            self.insert_events(
                cur,
                [(row[0], "status", {"status": "running", "worker": worker, "attempt": row[3]})],
            )
        return row

    def _claim_params(self, worker: str, token: str, lease_s: float, keys: list[str]) -> dict:
        return self.params(
            worker=worker, ctoken=token, lease_s=lease_s, **{f"k{i}": k for i, k in enumerate(keys)}
        )

    def heartbeat(self, cur, job_id: str, token: str, lease_s: float):
        """(cancel_requested_at,) if the lease was extended, else None."""
        cur.execute(self._text("heartbeat"), self.params(id=job_id, token=token, lease_s=lease_s))
        return cur.fetchone()

    def progress(
        self, cur, job_id: str, token: str, stage: str, fraction: float, message: str
    ) -> bool:
        # RETURNING rather than rowcount: under psycopg's pipeline mode rowcount is not known yet.
        cur.execute(
            self._text("progress"),
            self.params(id=job_id, token=token, progress=fraction, stage=stage),
        )
        if cur.fetchone() is None:
            return False
        self.insert_events(
            cur, [(job_id, "progress", {"stage": stage, "fraction": fraction, "message": message})]
        )
        return True

    def end(
        self,
        cur,
        job_id: str,
        token: str,
        status: str,
        values: dict,
        event: dict,
        claim: tuple[str, str, float, list[str]] | None = None,
    ) -> tuple[bool, tuple | None]:
        """Fenced ending: set `status` and `values` (plain, After, Decrement) if `token` still holds
        the lease; record the event, wake workers for a requeue, settle the parent when final.
        With `claim` (worker, new token, lease_s, capability keys), also lease the next job.
        Returns (applied, the claimed row or None)."""
        final = status in FINISHED
        shape, params = [], self.params(id=job_id, token=token, status=status)
        for col, v in sorted(values.items()):
            if isinstance(v, After):
                shape.append((col, "after"))
                params[f"v_{col}"] = v.seconds
            elif isinstance(v, Decrement):
                shape.append((col, "decrement"))
            else:
                shape.append((col, "value"))
                params[f"v_{col}"] = json.dumps(v) if col in JSON_COLUMNS and v is not None else v
        sql = self._end(tuple(shape), final, len(claim[3]) if claim and not self.sqlite else None)
        ev = {"status": status, **event}
        if self.sqlite:
            cur.execute(sql, params)
            done = cur.fetchone()
            if done is None:
                return False, None
            self.insert_events(cur, [(job_id, "status", ev)])
            parent_id = done[1]
            claimed = self.claim_row(cur, *claim) if claim else None
        else:
            if claim:
                params.update(self._claim_params(*claim))
            cur.execute(sql, {**params, "event": json.dumps(ev, sort_keys=True)})
            rows = cur.fetchall()
            if not rows or rows[0][0] != 0:
                return False, None
            parent_id = rows[0][6]
            claimed = tuple(rows[1][1:]) if len(rows) > 1 else None
        if status == "queued":
            self.notify(cur)
        if final and parent_id:
            self.settle_parent(cur, parent_id)
        return True, claimed

    def settle_parent(self, cur, parent_id: str) -> None:
        """Finish a waiting parent once all its children have finished.

        The parent row is locked before the children are counted: concurrent sibling completions on
        PostgreSQL queue up here, and the last one sees every other sibling committed (READ
        COMMITTED takes a new snapshot per statement). SQLite's write lock already serialises them.
        """
        cur.execute(self._text("parent"), self.params(id=parent_id))
        row = cur.fetchone()
        if row is None or row[0] != "waiting":
            return
        cur.execute(self._text("children"), self.params(id=parent_id))
        counts = {s: n for s, n in cur.fetchall()}
        if any(s not in FINISHED for s in counts):
            return
        total, ok = sum(counts.values()), counts.get("succeeded", 0)
        if ok == total:
            status, result, error = "succeeded", {"children": total, "succeeded": ok}, None
        else:
            status, result = "failed", None
            error = {
                "error": "children_failed",
                "message": f"{total - ok} of {total} child jobs did not succeed.",
                "details": counts,
            }
        cur.execute(
            self._text("settle"),
            self.params(
                id=parent_id,
                status=status,
                progress=1.0 if ok == total else 0.0,
                result=json.dumps(result) if result else None,
                error=json.dumps(error) if error else None,
            ),
        )
        if cur.fetchone() is not None:  # (children cannot have children: submit refuses them)
            self.insert_events(cur, [(parent_id, "status", {"status": status})])
