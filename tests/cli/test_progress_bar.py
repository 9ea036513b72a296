"""The CLI's progress bar shows what the SSE events and /studio show: the stage, the percentage to a
tenth (so a 4096-px material's slow climb is visible) and the step message without its stage."""

from __future__ import annotations

import io
import time

from rich.console import Console

from assetsmith.cli.common import progress_bar


def test_the_bar_shows_the_step_and_tenths_of_a_percent():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=160, color_system=None)
    with progress_bar(True, "run-job", console=console) as update:
        update("materials", 0.1234, "materials: default_iron orm map encoded")
        time.sleep(0.3)  # rich redraws ten times a second
        update("materials", 0.1261, "materials: synthesising default_end_grain [bold]")
        time.sleep(0.3)
    text = out.getvalue()
    assert "run-job: materials" in text
    assert "12.3%" in text and "12.6%" in text
    assert "default_iron orm map encoded" in text and "materials: default_iron" not in text
    assert "synthesising default_end_grain [bold]" in text  # shown as text, not read as markup


def test_no_bar_off_a_terminal():
    with progress_bar(False, "run-job") as update:
        update("materials", 0.5, "materials: anything")  # accepted, draws nothing
