"""The /studio page: static HTML, CSS and JavaScript served by the API, no build step."""

from __future__ import annotations

from pathlib import Path


def static_dir() -> Path:
    """The folder of the page's files."""
    return Path(__file__).parent / "static"
