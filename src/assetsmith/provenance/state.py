"""The provenance summary a job carries from stage to stage and into its result."""

from __future__ import annotations

from ..pipeline.context import JobContext


def provenance_state(ctx: JobContext) -> dict:
    """The job's provenance summary (key id, signer, wallet, statement digests), JSON-ready.

    Kept on `ctx.provenance` so the job runner can record it in the job's result."""
    state = getattr(ctx, "provenance", None)
    if state is None:
        state = {}
        ctx.provenance = state
    return state
