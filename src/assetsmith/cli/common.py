"""What every command shares: settings from the global options, JSON or human output, error exits,
and the progress bar."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import AssetsmithError

if TYPE_CHECKING:
    from ..settings import Settings


@dataclass
class State:
    data_dir: Path | None = None
    json: bool = False

    def settings(self) -> Settings:
        from ..settings import Settings  # pydantic-settings: only for commands that need settings

        return Settings(data_dir=self.data_dir) if self.data_dir else Settings()


STATE = State()

JSON_OPT = typer.Option(False, "--json", help="Print one JSON document on stdout (for scripts).")


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def fail(err: AssetsmithError) -> None:
    """Print `Error: what happened. What to do.` (or the JSON error) and exit with the error's code."""
    if STATE.json:
        emit_json(err.to_dict())
    else:
        from rich.console import Console

        console = Console(stderr=True, highlight=False, soft_wrap=True)
        console.print(
            f"[bold red]Error:[/] {err.message}" + (f" {err.hint}" if err.hint else ""), markup=True
        )
        details = err.details if isinstance(err.details, list) else []
        for d in details[:50]:
            if isinstance(d, dict) and "path" in d:
                console.print(f"  {d['path']}: {d['message']}", markup=False)
    raise typer.Exit(err.exit_code)


@contextmanager
def progress_bar(enabled: bool, title: str, console=None):
    """A rich progress bar on stderr (or `console`), fed by the pipeline's progress callback: the
    stage, the percentage to a tenth (a 4096-px material moves it by fractions of a percent a
    second) and the step the job is on, the same message the SSE events and /studio show."""
    if not enabled:
        yield lambda *a: None
        return
    from rich.markup import escape
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>5.1f}%"),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[step]}"),
        transient=True,
        console=console or _stderr_console(),
    ) as prog:
        task = prog.add_task(title, total=1.0, step="")

        def update(stage: str, fraction: float, message: str) -> None:
            step = message.split(": ", 1)[1] if message.startswith(f"{stage}: ") else message
            prog.update(
                task, completed=fraction, description=f"{title}: {stage}", step=escape(step[:80])
            )

        yield update


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def interactive() -> bool:
    return sys.stderr.isatty() and not STATE.json
