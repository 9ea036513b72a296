"""The code is formatted by `ruff format` and clean under `ruff check` (issue 14), checked the way
CI runs them; the ruff version is pinned in pyproject.toml because formatting changes between
releases."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TREES = ["src", "tests", "benchmarks", "scripts"]


def _ruff() -> list[str]:
    exe = shutil.which("ruff")
    if exe is None:
        pytest.fail("ruff is not installed: pip install -e '.[test]' installs the pinned version")
    return [exe]


def test_ruff_format_is_applied():
    done = subprocess.run(
        [*_ruff(), "format", "--check", *TREES], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, (
        "run `ruff format " + " ".join(TREES) + "`:\n" + done.stdout[-3000:]
    )


def test_ruff_check_is_clean():
    done = subprocess.run(
        [*_ruff(), "check", "--quiet", *TREES], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]


def test_the_pinned_ruff_is_the_one_running():
    pinned = next(
        line for line in (ROOT / "pyproject.toml").read_text().splitlines() if '"ruff==' in line
    )
    version = pinned.split("==")[1].split('"')[0]
    out = subprocess.run([*_ruff(), "--version"], capture_output=True, text=True).stdout
    assert out.split()[-1] == version, (out, version, sys.executable)
