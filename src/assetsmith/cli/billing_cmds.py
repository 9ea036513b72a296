"""`assetsmith billing ...`: Stripe billing for operators (what is configured, who is linked, and
replaying an event by hand)."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import sdk
from .common import JSON_OPT, STATE, emit_json

billing_app = typer.Typer(
    help="Stripe billing: configuration, linked customers, event replays.", no_args_is_help=True
)


@billing_app.command("status")
def status(
    tenant: str = typer.Option(
        None, "--tenant", help="One tenant (tn_...): its Stripe link and latest events."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Which billing settings are set (never their values) and the linked Stripe customers."""
    r = sdk.billing_status(tenant_id=tenant, settings=STATE.settings())
    if as_json:
        emit_json(r)
        return
    c = r["configured"]
    typer.echo(
        "Checkout: " + (", ".join(r["checkout_tiers"]) if r["checkout_tiers"] else "not available")
    )
    typer.echo(
        "Webhook: "
        + (
            "signing secret set"
            if c["stripe_webhook_secret"]
            else "not configured (set ASSETSMITH_STRIPE_WEBHOOK_SECRET)"
        )
    )
    typer.echo(
        "Unset: "
        + (", ".join(f"ASSETSMITH_{k.upper()}" for k, v in c.items() if not v) or "nothing")
    )
    if tenant is None:
        for row in r["customers"]:
            typer.echo(
                f"{row['tenant_id']}  {row['customer_id']}  {row['subscription_id'] or '-'}  "
                f"{row['status'] or '-'}"
            )
        if not r["customers"]:
            typer.echo("No tenant has a Stripe customer yet.")
        return
    link = r["customer"]
    typer.echo(
        f"{tenant}: tier {r['tier']}; "
        + (
            f"customer {link['customer_id']}, subscription "
            f"{link['subscription_id'] or '-'} ({link['status'] or '-'})"
            if link
            else "no Stripe customer"
        )
    )
    for e in r["events"]:
        typer.echo(f"  {e['event_id']}  {e['type']}: {e['outcome']}")


@billing_app.command("replay")
def replay(
    event_file: Path = typer.Argument(
        ..., help="A Stripe event saved as JSON (dashboard or Stripe CLI)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Apply a Stripe event by hand, as if its webhook had arrived; an event already processed is
    reported as a duplicate and changes nothing."""
    o = sdk.replay_billing_event(event_file, settings=STATE.settings())
    if as_json:
        emit_json(o)
    else:
        typer.echo(
            f"{o['event_id']} ({o['type']}): "
            + (
                "already processed; nothing done"
                if o["duplicate"]
                else f"{o['outcome']} (tenant {o['tenant_id'] or '-'})"
            )
        )
