"""Tenancy: tenants, API keys (stored hashed), tiers, the credits ledger, and rate limits."""

from ..errors import ConcurrencyLimit, Forbidden, RateLimited, Unauthorized
from .service import LOCAL, LOCAL_TENANT, Principal, Tenancy
from .tiers import COST_GENERATE_SPEC, COST_JOB, COST_JOB_TEXTURES, TIERS, Tier, job_cost

__all__ = [
    "COST_GENERATE_SPEC",
    "COST_JOB",
    "COST_JOB_TEXTURES",
    "LOCAL",
    "LOCAL_TENANT",
    "TIERS",
    "ConcurrencyLimit",
    "Forbidden",
    "Principal",
    "RateLimited",
    "Tenancy",
    "Tier",
    "Unauthorized",
    "job_cost",
]
