"""Who am I, usage and the credits ledger (/api/v1). Tenants and keys are managed with
`assetsmith tenants ...` on the server, not over HTTP."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ...tenancy import Principal
from ..deps import app_state, principal
from ..errors import error_responses
from ..models import Ledger, Me, Usage
from ..state import AppState

router = APIRouter(prefix="/api/v1", tags=["tenants"])


@router.get("/me", response_model=Me, responses=error_responses(401))
def me(who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """The tenant the API key belongs to (the local tenant when auth is off)."""
    return {
        "tenant_id": who.tenant_id,
        "name": who.name,
        "tier": who.tier.id if who.tier else None,
        "key_id": who.key_id,
        "auth_required": state.settings.auth_required,
    }


@router.get("/usage", response_model=Usage, responses=error_responses(401))
def usage(who: Principal = Depends(principal), state: AppState = Depends(app_state)) -> dict:
    """Plan, credits used and left this month, jobs in flight."""
    return state.tenancy.usage(who)


@router.get("/usage/ledger", response_model=Ledger, responses=error_responses(401, 422))
def ledger(
    limit: int = Query(100, ge=1, le=1000),
    who: Principal = Depends(principal),
    state: AppState = Depends(app_state),
) -> dict:
    """Your newest ledger rows: charges, refunds of failed or dead jobs, grants."""
    return {"rows": state.tenancy.ledger(who, limit)}
