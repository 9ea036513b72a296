"""verify, link-wallet and the keys group."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .. import sdk
from .common import JSON_OPT, STATE, emit_json

_MARK = {"ok": "ok", "fail": "FAIL", "untrusted": "untrusted", "unchecked": "unchecked"}


def verify(
    target: Path = typer.Argument(
        ..., help="A pack folder, a pack.zip, a job folder, or a single file."
    ),
    keyring: Path = typer.Option(
        None,
        "--keyring",
        help="Trusted keys file (default: <data dir>/keyring.json "
        "plus this installation's own key).",
    ),
    signature_only: bool = typer.Option(
        False,
        "--signature-only",
        help="Accept a valid signature by a key you do not trust (who signed is not checked).",
    ),
    require_trusted: bool = typer.Option(
        False, "--require-trusted", hidden=True, help="The default; kept for older scripts."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Check signatures, every file's digest, added or missing files, key trust and wallet identity.
    A signature by a key that is not trusted fails (exit 12) unless --signature-only."""
    if signature_only and require_trusted:
        from ..errors import InvalidInput

        raise InvalidInput(
            "--signature-only and --require-trusted contradict each other.", "Give one of them."
        )
    report = sdk.verify(
        target, keyring=keyring, signature_only=signature_only, settings=STATE.settings()
    )
    if as_json:
        emit_json(report.to_dict())
    else:
        typer.echo(f"Verifying {report.target} ({report.kind})")
        for c in report.checks:
            where = f"{c.file}: " if c.file else ""
            typer.echo(f"  {_MARK.get(c.status, c.status):<9} {c.name:<11} {where}{c.detail}")
        wallet = f", wallet {report.wallet}" if report.wallet else ""
        if report.ok and report.trusted:
            typer.echo(f"VERIFIED (trusted key{wallet})")
        elif report.ok:
            typer.echo(
                f"SIGNATURE VALID, SIGNER NOT TRUSTED (--signature-only: who signed was not checked{wallet})"
            )
        else:
            typer.echo(f"FAILED: {len(report.failures)} check(s) failed", err=True)
    if not report.ok:
        raise typer.Exit(12)


def link_wallet(
    address: str = typer.Argument(
        ..., help="The creator's Ethereum address, EIP-55 checksummed (0x...)."
    ),
    signature: str = typer.Option(
        None, "--signature", help="The wallet's EIP-712 signature of the pending request."
    ),
    browser: bool = typer.Option(
        False, "--browser", help="Serve a page on 127.0.0.1 that asks a browser wallet to sign."
    ),
    days: int = typer.Option(
        365, "--days", min=1, max=3650, help="How long the key authorisation lasts."
    ),
    timeout: int = typer.Option(
        300, "--timeout", min=10, help="Seconds to wait for the browser wallet."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Link the creator's wallet: it authorises this installation's signing key (EIP-712); its
    private key never leaves the wallet."""
    settings = STATE.settings()
    if signature:
        auth = sdk.link_wallet(address, signature=signature, settings=settings)["authorization"]
        _linked(auth, as_json)
        return
    typed = sdk.link_wallet(address, days=days, settings=settings)["pending"]
    if browser:
        from ..provenance.link import LinkPage

        page = LinkPage(settings, typed["message"]["wallet"], typed)
        typer.echo(f"Open {page.url} in the browser that has your wallet, and sign.", err=True)
        auth = page.wait(timeout)
        if auth is None:
            typer.echo(
                "No signature arrived in time; the request stays pending (use --signature).",
                err=True,
            )
            raise typer.Exit(1)
        _linked(auth, as_json)
        return
    if as_json:
        emit_json({"pending": typed})
        return
    typer.echo("Sign this EIP-712 typed data with the wallet (eth_signTypedData_v4), then run")
    typer.echo(f"  assetsmith link-wallet {typed['message']['wallet']} --signature 0x...")
    typer.echo("(or use --browser to sign in a browser wallet on this machine):")
    typer.echo(json.dumps(typed, indent=2))


def _linked(auth: dict, as_json: bool) -> None:
    msg = auth["typedData"]["message"]
    if as_json:
        emit_json(
            {
                "linked": msg["wallet"],
                "keyid": msg["keyId"],
                "expires": msg["expires"],
                "authorization": auth,
            }
        )
    else:
        typer.echo(f"Linked wallet {msg['wallet']}: {msg['statement']}")


keys_app = typer.Typer(
    help="The signing key, the Content Credentials certificates and trusted keys.",
    no_args_is_help=True,
)


def _show(info: dict, as_json: bool) -> None:
    if as_json:
        emit_json(info)
        return
    typer.echo(
        f"signing key: {info['kind']} {info['algorithm']} {info['keyid']}"
        f" ({'trusted' if info['trusted'] else 'not in keyring'})"
    )
    typer.echo(f"key URI:     {info['uri']}")
    w = info.get("wallet")
    typer.echo(
        f"wallet:      {w['address']} ({w['authorizations']} authorisation(s))"
        if w
        else "wallet:      none linked"
    )
    c = info["c2pa"]
    typer.echo(
        f"C2PA signer: {c['signer']['subject']} until {c['signer']['not_after']}"
        if c["present"]
        else "C2PA signer: none (run `assetsmith keys init`)"
    )
    typer.echo(f"keyring:     {info['keyring']['keys']} key(s)")
    sys.stdout.write(info["public_key"])


@keys_app.command("init")
def keys_init(
    force_c2pa: bool = typer.Option(
        False, "--force-c2pa", help="Replace the C2PA CA and signing certificate."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Create the signing key (file keys) and the C2PA CA and leaf; trust this installation's key."""
    _show(sdk.init_keys(settings=STATE.settings(), force_c2pa=force_c2pa), as_json)


@keys_app.command("show")
def keys_show(as_json: bool = JSON_OPT) -> None:
    """Show the signing key (and its public key PEM), the C2PA chain, the wallet and the keyring."""
    _show(sdk.show_keys(settings=STATE.settings()), as_json)


@keys_app.command("trust")
def keys_trust(
    pem_file: Path = typer.Argument(
        ..., help="A public key PEM (as `assetsmith keys show` prints it)."
    ),
    name: str = typer.Option(..., "--name", help="Who this key belongs to."),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a public key to the keyring: packs it signs then verify as trusted."""
    from ..provenance.manage import trust_key_file

    entry = trust_key_file(STATE.settings(), pem_file, name)
    if as_json:
        emit_json(entry)
    else:
        typer.echo(f"Trusted {entry['keyid']} as '{entry['name']}'.")


@keys_app.command("audit")
def keys_audit(
    limit: int = typer.Option(
        50, "--limit", min=1, max=10_000, help="How many entries, newest first."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """The signer's audit log: every use of this server's signer endpoint and `/sign`, allowed or
    refused (when, route, caller, client address, what was asked for, why)."""
    import time

    from ..jobs.store import JobStore
    from ..provenance.records import audit_entries

    with JobStore.from_settings(STATE.settings()) as store:
        rows = audit_entries(store, limit)
    if as_json:
        emit_json({"entries": rows})
        return
    if not rows:
        typer.echo("No use of the signer recorded.")
    for r in rows:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r["at"]))
        what = r["subjects_sha256"] or "-"
        typer.echo(
            f"{when}  {'signed ' if r['allowed'] else 'REFUSED'}  {r['route']:<6} {r['caller']:<16} "
            f"{r['client'] or '-':<15} {what}  {r['reason']}"
        )
