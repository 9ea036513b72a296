"""`corpus add|list|rm|stats` and `audit`."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import sdk
from .common import JSON_OPT, STATE, emit_json, interactive

corpus_app = typer.Typer(
    help="The known-asset corpus the originality audit compares against.", no_args_is_help=True
)
_MARK = {"pass": "PASS", "flag": "FLAG", "block": "BLOCK"}


def _progress_bar(enabled: bool):
    """(context manager, callback) for a rich progress bar over corpus items on stderr."""
    from contextlib import nullcontext

    if not enabled:
        return nullcontext(), None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    prog = Progress(
        TextColumn("[bold]corpus add"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    )
    task = prog.add_task("", total=None)

    def update(done: int, total: int, name: str) -> None:
        prog.update(task, completed=done, total=total, description=name)

    return prog, update


@corpus_app.command("add")
def corpus_add(
    paths: list[Path] = typer.Argument(
        ..., help="Images, .glb models, pack folders, pack.zips, or folders of them."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Fingerprint assets and add them to the corpus (a bad file is reported and skipped)."""
    ctx, update = _progress_bar(interactive())
    with ctx:
        out = sdk.corpus_add(paths, settings=STATE.settings(), progress=update)
    if as_json:
        emit_json(out)
    else:
        for a in out["added"]:
            typer.echo(
                f"added    #{a['id']:<6} {a['name']} ({a['kind']}, {a['images']} images, {a['models']} models)"
            )
        for a in out["existing"]:
            typer.echo(f"known    #{a['id']:<6} {a['name']} (already in the corpus)")
        for f in out["failed"]:
            typer.echo(f"skipped  {f['name']}: {f['error']} {f.get('hint', '')}".rstrip(), err=True)
        typer.echo(
            f"{len(out['added'])} added, {len(out['existing'])} already known, {len(out['failed'])} skipped"
        )
    if out["failed"] and not out["added"] and not out["existing"]:
        raise typer.Exit(2)


@corpus_app.command("list")
def corpus_list(
    limit: int = typer.Option(100, "--limit", min=1, help="How many to show."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many."),
    as_json: bool = JSON_OPT,
) -> None:
    """The known assets, oldest first."""
    assets = sdk.corpus_list(limit=limit, offset=offset, settings=STATE.settings())
    if as_json:
        emit_json(assets)
        return
    if not assets:
        typer.echo("The corpus is empty (add assets with `assetsmith corpus add`).")
    for a in assets:
        typer.echo(
            f"#{a['id']:<6} {a['kind']:<6} {a['images']:>3} img {a['models']:>2} mdl  {a['name']}"
        )


@corpus_app.command("rm")
def corpus_rm(
    ref: str = typer.Argument(..., help="The asset's id (#) or exact name."),
    as_json: bool = JSON_OPT,
) -> None:
    """Remove known assets (rows and vectors) by id or name."""
    removed = sdk.corpus_remove(ref, settings=STATE.settings())
    if as_json:
        emit_json(removed)
    else:
        for a in removed:
            typer.echo(f"removed  #{a['id']} {a['name']}")


@corpus_app.command("stats")
def corpus_stats(as_json: bool = JSON_OPT) -> None:
    """Assets, items and vectors per index."""
    st = sdk.corpus_stats(settings=STATE.settings())
    if as_json:
        emit_json(st)
        return
    typer.echo(
        f"assets   {st['assets']} ({', '.join(f'{k}: {v}' for k, v in sorted(st['by_kind'].items())) or 'none'})"
    )
    typer.echo(
        f"items    {', '.join(f'{k}: {v}' for k, v in sorted(st['items'].items())) or 'none'}"
    )
    typer.echo(f"index    {st['backend']}, embedder {st['embedder']}")
    typer.echo(f"vectors  {', '.join(f'{k}: {v}' for k, v in st['vectors'].items())}")


def audit(
    target: Path = typer.Argument(..., help="An image, a .glb, a pack folder or a pack.zip."),
    as_json: bool = JSON_OPT,
) -> None:
    """Audit an asset against the corpus: verdict, originality score, nearest known assets.
    Exits 0 on pass, 1 on flag, 11 on block."""
    report = sdk.audit(target, settings=STATE.settings())
    if as_json:
        emit_json(report.to_dict())
    else:
        typer.echo(
            f"{_MARK[report.verdict]}  originality {report.originality:.3f} "
            f"({report.corpus_size} known assets, {report.embedder})"
        )
        for m in report.matches:
            layers = ", ".join(f"{k} {v['similarity']:.3f}" for k, v in m["layers"].items())
            typer.echo(
                f"  {_MARK[m['verdict']]:<5} #{m['asset_id']:<6} {m['name']}  score {m['score']:.3f}  [{layers}]"
            )
    if report.verdict != "pass":
        raise typer.Exit(11 if report.verdict == "block" else 1)
