"""pack, run-job and the jobs group."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from .. import sdk
from ..errors import InvalidInput
from .common import JSON_OPT, STATE, emit_json, interactive, progress_bar
from .spec_cmds import CATEGORY_HELP, STYLE_HELP

ENGINE_HELP = "Engine layout: unity | godot | unreal."


def pack(
    spec: Path = typer.Option(..., "--spec", "-s", help="The spec file (v0.1 or v0.2)."),
    output: Path = typer.Option(
        ..., "--output", "-o", help="The pack folder to write (new or empty)."
    ),
    engine: str = typer.Option("unity", "--engine", "-e", help=ENGINE_HELP),
    zip_path: Path = typer.Option(
        None, "--zip", help="Also write the reproducible zip of the pack here."
    ),
    no_usd: bool = typer.Option(False, "--no-usd", help="Skip the .usda/.usdz export."),
    force: bool = typer.Option(
        False, "--force", help="Replace the contents of a non-empty output folder."
    ),
    no_sign: bool = typer.Option(
        False, "--no-sign", help="Do not sign the pack (it is signed by default)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Build an engine pack from a spec into a folder."""
    t0 = time.perf_counter()
    with progress_bar(interactive(), "pack") as prog:
        out = sdk.build_pack(
            spec,
            output,
            engine=engine,
            zip_path=zip_path,
            export_usd=not no_usd,
            settings=STATE.settings(),
            progress=prog,
            force=force,
            sign=not no_sign,
        )
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    if as_json:
        emit_json(
            {
                "output": str(out),
                "zip": str(zip_path) if zip_path else None,
                "files": files,
                "seconds": round(time.perf_counter() - t0, 3),
            }
        )
    else:
        typer.echo(f"Pack written to {out} ({len(files)} files)")
        if zip_path:
            typer.echo(f"Zip: {zip_path}")


def run_job(
    prompt: str = typer.Option(
        None, "--prompt", "-p", help='What to make, e.g. "wooden barrel with iron bands".'
    ),
    spec: Path = typer.Option(
        None, "--spec", "-s", help="Build from this spec file instead of a prompt."
    ),
    category: str = typer.Option(None, "--category", help=CATEGORY_HELP),
    style_preset: str = typer.Option(None, "--style-preset", help=STYLE_HELP),
    engine: str = typer.Option("unity", "--engine", "-e", help=ENGINE_HELP),
    seed: int = typer.Option(None, "--seed", help="Seed (default: derived from the prompt)."),
    resolution: int = typer.Option(
        None, "--resolution", help="Texture size: 512, 1024, 2048 or 4096."
    ),
    poly_budget: int = typer.Option(None, "--poly-budget", help="Triangle budget for LOD0."),
    no_usd: bool = typer.Option(False, "--no-usd", help="Skip the .usda/.usdz export."),
    mock: bool = typer.Option(
        False, "--mock", help="Accepted for compatibility: offline generation is the default."
    ),
    textures: bool = typer.Option(
        True,
        "--textures/--no-textures",
        hidden=True,
        help="Accepted for compatibility: procedural textures are always made.",
    ),
    no_sign: bool = typer.Option(
        False, "--no-sign", help="Do not sign the pack (it is signed by default)."
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Fail with exit code 23 when no recipe fits the prompt "
        "(default: build a stand-in and say so).",
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Run a whole job (spec, textures, meshes, exports, pack, zip) and record it under the data dir."""
    if (prompt is None) == (spec is None):
        raise InvalidInput(
            "Give exactly one of --prompt or --spec.",
            'Example: assetsmith run-job --prompt "wooden barrel with iron bands".',
        )
    with progress_bar(interactive(), "run-job") as prog:
        result = sdk.run_job(
            prompt,
            spec=spec,
            engine=engine,
            category=category,
            style_preset=style_preset,
            seed=seed,
            resolution=resolution,
            poly_budget=poly_budget,
            export_usd=not no_usd,
            settings=STATE.settings(),
            progress=prog,
            sign=not no_sign,
            strict=strict,
        )
    if as_json:
        emit_json(result.to_dict())
        return
    total = sum(result.timings.values())
    typer.echo(f"Job {result.job_id} succeeded in {total:.2f} s: {result.summary}")
    shape = result.shape
    if shape["fallback"]:
        typer.echo(f"Shape: {shape['fallback']}", err=True)
    if result.pack_dir is None:
        typer.echo(_remote_files(result.job_id))
        return
    typer.echo(f"Pack: {result.pack_dir}")
    typer.echo(f"Zip:  {result.zip_path}")


def _remote_files(folder: str) -> str:
    """Where a job's files are when the artifact store is not a folder on this machine."""
    store = STATE.settings().artifact_store
    return (
        f"Files: under '{folder}/' in the {store} artifact store (not on this machine); "
        f"copy them here with `assetsmith jobs download {folder} -o DIR`, or through the HTTP API: "
        f"GET /api/v1/jobs/{folder}/files"
    )


jobs_app = typer.Typer(help="List, show and remove recorded jobs.", no_args_is_help=True)


@jobs_app.command("list")
def jobs_list(
    status: str = typer.Option(
        None, "--status", help="Only jobs with this status (succeeded, failed, ...)."
    ),
    limit: int = typer.Option(
        50, "--limit", min=1, max=10_000, help="At most this many, newest first."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List jobs, newest first."""
    recs = sdk.list_jobs(status=status, limit=limit, settings=STATE.settings())
    if as_json:
        emit_json([r.to_dict() for r in recs])
        return
    if not recs:
        typer.echo('No jobs yet. Run one: assetsmith run-job --prompt "wooden barrel"')
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("job", "status", "created", "size", "summary", box=None)
    for r in recs:
        created = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.created_at))
        size = f"{r.bytes / 1e6:.1f} MB" if r.bytes else "-"
        summary = r.summary or (r.error or {}).get("message", "")
        table.add_row(r.id, r.status, created, size, summary)
    Console().print(table)


@jobs_app.command("show")
def jobs_show(
    job_id: str = typer.Argument(..., help="The job id."), as_json: bool = JSON_OPT
) -> None:
    """Show one job: status, timings, where its pack is, its log."""
    info = sdk.show_job(job_id, settings=STATE.settings())
    if as_json:
        emit_json(info)
        return
    typer.echo(f"{info['id']}  {info['status']}  {info.get('summary') or ''}")
    if info.get("error"):
        typer.echo(f"error: {info['error'].get('message')} {info['error'].get('hint', '')}")
    if info.get("pack_dir"):
        typer.echo(f"pack: {info['pack_dir']}\nzip:  {info['zip_path']}")
    elif info.get("folder") and info["status"] == "succeeded":
        typer.echo(_remote_files(info["folder"]))
    timings = (info.get("result") or {}).get("timings") or {}
    if timings:
        typer.echo("stages: " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()))
    for line in info.get("log") or []:
        typer.echo(f"  {line}")


@jobs_app.command("download")
def jobs_download(
    job_id: str = typer.Argument(..., help="The job id."),
    output: Path = typer.Option(..., "--output", "-o", help="A new or empty folder to copy into."),
    zip_only: bool = typer.Option(False, "--zip-only", help="Only pack.zip, not the pack folder."),
    as_json: bool = JSON_OPT,
) -> None:
    """Copy a finished job's pack (and pack.zip) from the artifact store, local or S3, to a folder."""
    info = sdk.download_job(job_id, output, zip_only=zip_only, settings=STATE.settings())
    if as_json:
        emit_json(info)
    else:
        typer.echo(
            f"Copied {info['files']} file(s), {info['bytes'] / 1e6:.1f} MB, to {info['output']}"
        )


@jobs_app.command("rm")
def jobs_rm(
    job_ids: list[str] = typer.Argument(..., help="One or more job ids."), as_json: bool = JSON_OPT
) -> None:
    """Remove jobs: their folders and their records."""
    for j in job_ids:
        sdk.remove_job(j, settings=STATE.settings())
    if as_json:
        emit_json({"removed": job_ids})
    else:
        typer.echo(f"Removed {len(job_ids)} job(s).")


@jobs_app.command("prune")
def jobs_prune(as_json: bool = JSON_OPT) -> None:
    """Apply the retention limits now (ASSETSMITH_JOBS_MAX_COUNT, ASSETSMITH_JOBS_MAX_BYTES) and sweep
    what interrupted runs left: their jobs marked failed, their staging folders removed."""
    report = sdk.prune(settings=STATE.settings())
    if as_json:
        emit_json(report)
    else:
        typer.echo(
            f"Removed {len(report['removed'])} job(s) and {report['staging_removed']} staging folder(s) "
            f"of interrupted runs; {len(report['interrupted'])} interrupted job(s) marked failed, "
            f"{report['leases_expired']} expired lease(s) swept."
        )
