"""Tenants, API keys, usage and admission (credits + concurrency) over the job database."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from ..errors import ConcurrencyLimit, Forbidden, InvalidInput, NotFound, QuotaExceeded, UnknownName
from ..jobs.store import JobStore
from . import ledger
from .db import migrate_tenancy
from .keys import PREFIX_SHOWN, hash_api_key, load_pepper, looks_like_key, new_api_key
from .pricing import check_job_size, job_size
from .schema import api_keys, tenants
from .tiers import (
    COST_GENERATE_SPEC,
    COST_JOB,
    COST_JOB_TEXTURES,
    TIER_IDS,
    Tier,
    get_tier,
    job_cost,
)

LOCAL_TENANT = "local"


@dataclass(frozen=True)
class Principal:
    """Who a request acts for. With auth off: the `local` tenant, limits not enforced."""

    tenant_id: str
    name: str
    tier: Tier | None = None
    key_id: str | None = None
    credits_cap: int | None = None
    max_concurrent: int | None = None

    @property
    def limits_enforced(self) -> bool:
        return self.tier is not None

    @property
    def textures_allowed(self) -> bool:
        return self.tier is None or self.tier.textures

    def limits(self) -> tuple[Tier, int, int]:
        """(tier, monthly credits, concurrent jobs) of a principal whose limits are enforced."""
        if self.tier is None or self.credits_cap is None or self.max_concurrent is None:
            raise RuntimeError(f"tenant '{self.tenant_id}' has no limits to enforce")
        return self.tier, self.credits_cap, self.max_concurrent


LOCAL = Principal(LOCAL_TENANT, "Local")


def principal_from_row(row: tuple) -> Principal:
    """A principal from (key id, tenant id, name, tier, credits override, concurrency override)."""
    key_id, tenant_id, name, tier_id, credits, concurrency = row
    tier = get_tier(tier_id)
    return Principal(
        tenant_id,
        name,
        tier,
        key_id,
        tier.credits_per_month if credits is None else credits,
        tier.max_concurrent_jobs if concurrency is None else concurrency,
    )


def _tenant_dict(row) -> dict:
    m = row._mapping
    tier = get_tier(m["tier"])
    return {
        "tenant_id": m["id"],
        "name": m["name"],
        "tier": m["tier"],
        "credits_per_month": m["credits_override"]
        if m["credits_override"] is not None
        else tier.credits_per_month,
        "max_concurrent_jobs": (
            m["concurrency_override"]
            if m["concurrency_override"] is not None
            else tier.max_concurrent_jobs
        ),
        "textures": tier.textures,
        "created_at": m["created_at"],
    }


class Tenancy:
    """The tenancy service. One per process (it shares the job store's engine)."""

    def __init__(self, store: JobStore, settings) -> None:
        self.store = store
        self.engine = store.engine
        migrate_tenancy(self.engine)
        self._pepper = load_pepper(settings)
        self._settings = settings

    # -- tenants ------------------------------------------------------------------------------------
    def create_tenant(self, name: str, tier: str = "free") -> dict:
        """A new tenant on `tier`."""
        name = " ".join((name or "").split())
        if not 1 <= len(name) <= 200:
            raise InvalidInput("A tenant name must be 1 to 200 characters.")
        self._tier(tier)
        now = time.time()
        tid = "tn_" + secrets.token_hex(8)
        self.store.tx(
            lambda c: c.execute(
                tenants.insert().values(
                    id=tid, name=name, tier=tier, created_at=now, updated_at=now
                )
            )
        )
        return self.get_tenant(tid)

    def get_tenant(self, tenant_id: str) -> dict:
        """One tenant with its effective limits, or NotFound."""
        with self.store.reader.connect() as conn:
            row = conn.execute(select(tenants).where(tenants.c.id == tenant_id)).first()
        if row is None:
            raise NotFound(
                f"No tenant '{tenant_id}'.", "List tenants with `assetsmith tenants list`."
            )
        return _tenant_dict(row)

    def list_tenants(self) -> list[dict]:
        """Every tenant, oldest first."""
        with self.store.reader.connect() as conn:
            return [
                _tenant_dict(r)
                for r in conn.execute(select(tenants).order_by(tenants.c.created_at))
            ]

    def set_tier(
        self,
        tenant_id: str,
        tier: str,
        *,
        credits: int | None = None,
        concurrency: int | None = None,
    ) -> dict:
        """Move a tenant to a tier; `credits`/`concurrency` set a custom plan's numbers (None: the
        tier's own)."""
        self.store.tx(
            lambda c: self.set_tier_in(c, tenant_id, tier, credits=credits, concurrency=concurrency)
        )
        return self.get_tenant(tenant_id)

    def set_tier_in(
        self,
        conn: Connection,
        tenant_id: str,
        tier: str,
        *,
        credits: int | None = None,
        concurrency: int | None = None,
    ) -> None:
        """set_tier inside the caller's transaction (billing changes a tier in the same transaction
        that records the Stripe event which asked for it)."""
        self._tier(tier)
        for what, v in (("credits", credits), ("concurrency", concurrency)):
            if v is not None and not 0 <= v <= 10_000_000:
                raise InvalidInput(f"{what} {v} is out of range.")
        res = conn.execute(
            update(tenants)
            .where(tenants.c.id == tenant_id)
            .values(
                tier=tier,
                credits_override=credits,
                concurrency_override=concurrency,
                updated_at=time.time(),
            )
        )
        if res.rowcount != 1:
            raise NotFound(
                f"No tenant '{tenant_id}'.", "List tenants with `assetsmith tenants list`."
            )

    @staticmethod
    def _tier(tier: str) -> Tier:
        if tier not in TIER_IDS:
            raise UnknownName("tier", tier, TIER_IDS)
        return get_tier(tier)

    # -- keys ---------------------------------------------------------------------------------------
    def issue_key(self, tenant_id: str, label: str = "") -> dict:
        """A new key for the tenant. The key itself is in this answer only; it is stored hashed."""
        self.get_tenant(tenant_id)
        label = " ".join((label or "").split())[:200] or "unnamed"
        key = new_api_key()
        row = {
            "id": "key_" + secrets.token_hex(6),
            "tenant_id": tenant_id,
            "label": label,
            "prefix": key[:PREFIX_SHOWN],
            "hash": hash_api_key(key, self._pepper),
            "created_at": time.time(),
        }
        self.store.tx(lambda c: c.execute(api_keys.insert().values(**row)))
        return {
            "key_id": row["id"],
            "tenant_id": tenant_id,
            "label": label,
            "prefix": row["prefix"],
            "api_key": key,
        }

    def revoke_key(self, key_id: str) -> dict:
        """Revoke a key at once (its next request is refused)."""
        res = self.store.tx(
            lambda c: c.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
            )
        )
        if res.rowcount != 1:
            raise NotFound(
                f"No active key '{key_id}'.", "List keys with `assetsmith tenants list --keys`."
            )
        return {"key_id": key_id, "revoked": True}

    def list_keys(self, tenant_id: str | None = None) -> list[dict]:
        """Keys (never their secret), optionally of one tenant."""
        q = select(
            api_keys.c.id,
            api_keys.c.tenant_id,
            api_keys.c.label,
            api_keys.c.prefix,
            api_keys.c.created_at,
            api_keys.c.revoked_at,
        ).order_by(api_keys.c.created_at)
        if tenant_id is not None:
            q = q.where(api_keys.c.tenant_id == tenant_id)
        with self.store.reader.connect() as conn:
            return [
                {
                    "key_id": r.id,
                    "tenant_id": r.tenant_id,
                    "label": r.label,
                    "prefix": r.prefix,
                    "created_at": r.created_at,
                    "revoked": r.revoked_at is not None,
                }
                for r in conn.execute(q)
            ]

    def key_hash(self, key: str) -> str | None:
        """The stored form of a presented key (None for anything that cannot be a key)."""
        return hash_api_key(key, self._pepper) if looks_like_key(key) else None

    def authenticate(self, key: str) -> Principal | None:
        """The principal for a presented key, or None (unknown, revoked, malformed)."""
        digest = self.key_hash(key)
        if digest is None:
            return None
        q = (
            select(
                api_keys.c.id,
                tenants.c.id,
                tenants.c.name,
                tenants.c.tier,
                tenants.c.credits_override,
                tenants.c.concurrency_override,
            )
            .join(tenants, tenants.c.id == api_keys.c.tenant_id)
            .where(api_keys.c.hash == digest, api_keys.c.revoked_at.is_(None))
        )
        with self.store.reader.connect() as conn:
            row = conn.execute(q).first()
        return principal_from_row(tuple(row)) if row is not None else None

    # -- admission ----------------------------------------------------------------------------------
    def admission(self, principal: Principal) -> Callable[[Connection, list[dict]], None] | None:
        """The check the queue runs inside its insert transaction (None when limits are off): the
        plan must include what is asked, the tenant's jobs in flight stay within its plan, and the
        balance covers every new job; the charges are written in the same transaction, so parallel
        submissions cannot overspend."""
        if not principal.limits_enforced:
            return None

        tier, _cap, max_concurrent = principal.limits()

        def check(conn: Connection, rows: list[dict]) -> None:
            costs = []
            for r in rows:
                request = json.loads(r["request"])
                textures = bool(request.get("textures"))
                if textures and not principal.textures_allowed:
                    raise Forbidden(
                        f"Model-generated textures are not included in the {tier.name} plan.",
                        "Send textures=false (the procedural PBR maps are always made) or upgrade.",
                    )
                if (
                    r["kind"] == "run_job"
                ):  # priced by its texture units, within the server's and plan's limits
                    size = job_size(request, self._settings.default_resolution)
                    check_job_size(size, self._settings, principal.tier)
                    costs.append((r["id"], size.cost(textures)))
                else:
                    costs.append((r["id"], job_cost(textures)))
            self.lock_tenant(conn, principal.tenant_id)
            active = ledger.active_jobs(conn, principal.tenant_id)
            if active + len(rows) > max_concurrent:
                raise ConcurrencyLimit(
                    f"Your plan runs {max_concurrent} job(s) at a time and {active} are queued or running.",
                    "Wait for a job to finish, cancel one, or upgrade.",
                )
            self._spend(conn, principal, sum(c for _, c in costs))
            ledger.add_rows(
                conn,
                [
                    {
                        "tenant_id": principal.tenant_id,
                        "kind": "charge",
                        "amount": -cost,
                        "job_id": job_id,
                        "reason": "job",
                    }
                    for job_id, cost in costs
                ],
            )

        return check

    def charge(self, principal: Principal, cost: int, reason: str) -> None:
        """Charge credits for work that is not a job (generate-spec), in its own transaction."""
        if not principal.limits_enforced:
            return

        def write(conn: Connection) -> None:
            self.lock_tenant(conn, principal.tenant_id)
            self._spend(conn, principal, cost)
            ledger.add_rows(
                conn,
                [
                    {
                        "tenant_id": principal.tenant_id,
                        "kind": "charge",
                        "amount": -cost,
                        "reason": reason,
                    }
                ],
            )

        self.store.tx(write)

    def lock_tenant(self, conn: Connection, tenant_id: str) -> None:
        """Make this transaction the only one changing the tenant's credits or plan until it ends."""
        # PostgreSQL: one admission per tenant at a time (READ COMMITTED would let two read the
        # same balance). SQLite: BEGIN IMMEDIATE already made this transaction the only writer.
        if conn.dialect.name != "sqlite":
            conn.execute(select(tenants.c.id).where(tenants.c.id == tenant_id).with_for_update())

    def _spend(self, conn: Connection, principal: Principal, cost: int) -> None:
        ledger.reconcile_refunds(conn, principal.tenant_id)
        used, granted = ledger.used_and_granted(conn, principal.tenant_id, ledger.current_period())
        left = principal.limits()[1] + granted - used
        if cost > left:
            raise QuotaExceeded(
                f"This needs {cost} credits and {max(left, 0)} are left this month.",
                "Wait for next month's credits or upgrade your plan.",
            )

    # -- usage --------------------------------------------------------------------------------------
    def usage(self, principal: Principal) -> dict:
        """The reference tool's usage fields, plus what is left and what is in flight."""
        period = ledger.current_period()
        base = {
            "credits_generate_spec": COST_GENERATE_SPEC,
            "credits_run_job": COST_JOB,
            "credits_run_job_textures": COST_JOB_TEXTURES,
            "period": period,
        }
        if not principal.limits_enforced:
            with self.store.reader.connect() as conn:
                active = ledger.active_jobs(conn, principal.tenant_id)
            return {
                **base,
                "limits_enforced": False,
                "tier_id": "dev",
                "tier_name": "Local (no limits)",
                "credits_used": 0,
                "credits_cap": None,
                "credits_remaining": None,
                "textures_allowed": True,
                "max_concurrent_jobs": None,
                "active_jobs": active,
            }

        def read(conn: Connection) -> dict:
            ledger.reconcile_refunds(conn, principal.tenant_id)
            used, granted = ledger.used_and_granted(conn, principal.tenant_id, period)
            return {
                "used": used,
                "granted": granted,
                "active": ledger.active_jobs(conn, principal.tenant_id),
            }

        tier, credits, max_concurrent = principal.limits()
        r = self.store.tx(read)
        cap = credits + r["granted"]
        return {
            **base,
            "limits_enforced": True,
            "tier_id": tier.id,
            "tier_name": tier.name,
            "credits_used": r["used"],
            "credits_cap": cap,
            "credits_remaining": max(0, cap - r["used"]),
            "textures_allowed": tier.textures,
            "max_concurrent_jobs": max_concurrent,
            "active_jobs": r["active"],
        }

    def usage_of(self, tenant_id: str) -> dict:
        """Usage of a tenant by id (the admin CLI)."""
        t = self.get_tenant(tenant_id)
        p = Principal(
            t["tenant_id"],
            t["name"],
            get_tier(t["tier"]),
            None,
            t["credits_per_month"],
            t["max_concurrent_jobs"],
        )
        return {"tenant_id": tenant_id, "name": t["name"], **self.usage(p)}

    def grant(self, tenant_id: str, credits: int, reason: str = "grant") -> dict:
        """Add (or with a negative number, take back) credits for the current month."""
        self.get_tenant(tenant_id)
        if not -10_000_000 <= credits <= 10_000_000 or credits == 0:
            raise InvalidInput(f"A grant of {credits} credits is out of range.")
        self.store.tx(
            lambda c: ledger.add_rows(
                c,
                [
                    {
                        "tenant_id": tenant_id,
                        "kind": "grant",
                        "amount": credits,
                        "reason": reason[:64] or "grant",
                    }
                ],
            )
        )
        return self.usage_of(tenant_id)

    def ledger(self, principal: Principal, limit: int = 100) -> list[dict]:
        """The tenant's newest ledger rows."""
        with self.store.reader.connect() as conn:
            return ledger.ledger_rows(conn, principal.tenant_id, limit)
