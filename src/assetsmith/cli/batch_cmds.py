"""`assetsmith job run|validate|schema` (and the reference spelling `job:run`): batch exports."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .. import sdk
from .common import JSON_OPT, STATE, emit_json, interactive, progress_bar

job_app = typer.Typer(
    help="Batch export jobs from a job config: USD, EXR, GLB or PNG, rendered natively or by "
    "Unity or Blender.",
    no_args_is_help=True,
)


def _plain_progress():
    """Progress lines on stderr when there is no terminal for a bar: one per 10% (and the end)."""
    last = [-1]

    def report(stage: str, fraction: float, message: str) -> None:
        tenth = int(fraction * 10)
        if tenth != last[0] and not STATE.json:
            last[0] = tenth
            sys.stderr.write(f"[{fraction:4.0%}] {message}\n")

    return report


@job_app.command("run")
def job_run(
    config: Path = typer.Argument(..., help="The job config (JSON); see `assetsmith job schema`."),
    unity_path: Path = typer.Option(
        None,
        "--unity-path",
        "-u",
        help="Unity editor binary (default: UNITY_BIN, else /opt/Unity/Editor/Unity).",
    ),
    project_path: Path = typer.Option(
        None,
        "--project-path",
        "-p",
        help="Unity project (unity engine; default: the config's folder).",
    ),
    export_root: Path = typer.Option(
        None, "--export-root", help="Folder the outputs go under (default: the config's folder)."
    ),
    chunk_size: int = typer.Option(
        None, "--chunk-size", min=1, help="Frames per chunk for long sequences."
    ),
    queue: bool = typer.Option(
        False,
        "--queue",
        help="Queue the chunks for `assetsmith queue-worker`s instead "
        "of rendering here (native EXR/PNG sequences).",
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Run a batch job: render or export the config's scene into Exports/ (nothing is left on failure)."""
    if queue:
        submitted = sdk.submit_batch_job(
            config, export_root=export_root, chunk_size=chunk_size, settings=STATE.settings()
        )
        if as_json:
            emit_json(submitted.to_dict())
        else:
            typer.echo(
                f"Queued {len(submitted.children)} chunk job(s) under {submitted.job_id}; "
                "start `assetsmith queue-worker` to render them."
            )
        return
    with progress_bar(interactive(), "job") as bar:
        prog = bar if interactive() else _plain_progress()
        result = sdk.run_batch_job(
            config,
            export_root=export_root,
            unity_path=unity_path,
            project_path=project_path,
            chunk_size=chunk_size,
            settings=STATE.settings(),
            progress=prog,
        )
    if as_json:
        emit_json(result.to_dict())
        return
    typer.echo(
        f"{result.config.format} export of '{result.config.scene_name}' ({result.config.engine}, "
        f"{result.frames} frame{'s' if result.frames != 1 else ''}) in {result.seconds:.2f} s "
        f"-> {result.export_root}"
    )
    for f in result.files:
        typer.echo(f"  {f}")


@job_app.command("validate")
def job_validate(
    config: Path = typer.Argument(..., help="The job config (JSON)."), as_json: bool = JSON_OPT
) -> None:
    """Check a job config (every problem with its JSON path) without running it."""
    from ..batch import load_job_config

    cfg = load_job_config(config)
    if as_json:
        emit_json({"valid": True, "config": cfg.to_json()})
    else:
        typer.echo(
            f"{config.name}: valid ({cfg.format}, {cfg.engine}, {len(cfg.frames)} frames, output "
            f"{cfg.output})"
        )


@job_app.command("schema")
def job_schema() -> None:
    """Print the job config's JSON Schema."""
    from ..batch import job_config_schema

    emit_json(job_config_schema())


def rewrite_alias(args: list[str]) -> list[str]:
    """`job:run ...` (the reference CLI's spelling) -> `job run ...`."""
    if "job:run" in args:
        i = args.index("job:run")
        return [*args[:i], "job", "run", *args[i + 1 :]]
    return args
