"""generate-spec and validate-spec."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import sdk
from ..formats.atomic import write_json
from .common import JSON_OPT, emit_json

STYLE_HELP = "realistic_hd_pbr | anime_stylized | toon_bold (default: from the prompt, else realistic_hd_pbr)"
CATEGORY_HELP = (
    "prop | environment_piece | character_base | material_library (default: from the archetype)"
)


def generate_spec(
    prompt: str = typer.Option(
        ..., "--prompt", "-p", help='What to make, e.g. "wooden barrel with iron bands".'
    ),
    category: str = typer.Option(None, "--category", help=CATEGORY_HELP),
    style_preset: str = typer.Option(None, "--style-preset", help=STYLE_HELP),
    seed: int = typer.Option(
        None, "--seed", help="Seed (default: derived from the prompt, so runs repeat)."
    ),
    resolution: int = typer.Option(
        None, "--resolution", help="Texture size: 512, 1024, 2048 or 4096."
    ),
    poly_budget: int = typer.Option(None, "--poly-budget", help="Triangle budget for LOD0."),
    mock: bool = typer.Option(
        False, "--mock", help="Accepted for compatibility: the offline generator is the default."
    ),
    output: Path = typer.Option(
        None, "--output", "-o", help="Write the spec to this file instead of stdout."
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Fail with exit code 23 when no recipe fits the prompt."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Write an asset spec (v0.3) for a prompt, with the offline generator."""
    spec = sdk.generate_spec(
        prompt,
        category=category,
        style_preset=style_preset,
        seed=seed,
        resolution=resolution,
        poly_budget=poly_budget,
        strict=strict,
    )
    from ..spec import shape_report, shape_summary

    if output:
        from ..jobs.folders import ensure_writable_dir

        ensure_writable_dir(output.resolve().parent, "output")
        write_json(output, spec)
        if as_json:
            emit_json(
                {"written": str(output), "asset_id": spec["asset_id"], "shape": shape_report(spec)}
            )
        else:
            rep = shape_report(spec)
            typer.echo(f"Wrote {output} ({shape_summary(spec)}, {spec['style_preset']})")
            if rep["fallback"]:
                typer.echo(f"Note: {rep['fallback']}", err=True)
        return
    emit_json(spec)


def validate_spec(
    file: Path = typer.Option(..., "--file", "-f", help="The spec file (v0.1 or v0.2 JSON)."),
    normalise: bool = typer.Option(
        False, "--normalise", help="Repair sloppy input first and list the repairs."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Check a spec against the schema and rules; list every problem with its JSON path."""
    report = sdk.validate_spec(file, normalise=normalise)
    if as_json:
        emit_json(report.to_dict())
    else:
        for c in report.changes:
            typer.echo(f"normalised: {c}")
        if report.valid:
            typer.echo(f"OK: {file.name} is a valid v{report.version} spec.")
        else:
            typer.echo(f"{file.name}: {len(report.problems)} problem(s):", err=True)
            for p in report.problems:
                typer.echo(f"  {p.path}: {p.message}", err=True)
    if not report.valid:
        raise typer.Exit(3)
