"""mypy, strict, over the pipeline, its stages and the protocols backends implement (the files
listed under [tool.mypy] in pyproject.toml): no errors. A module joins the list once it is clean."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_checked_files_include_the_pipeline_stages_and_protocols():
    files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["files"]
    assert "src/assetsmith/pipeline" in files
    for stage in ("render/stage.py", "originality/stage.py", "provenance/stage.py", "provenance/attest.py"):
        assert f"src/assetsmith/{stage}" in files
    protocols = [p.relative_to(ROOT).as_posix() for p in (ROOT / "src").rglob("*.py") if "(Protocol)" in p.read_text()]
    assert protocols and set(protocols) <= set(files), "a module with a Protocol is not type-checked"


@pytest.mark.slow
def test_mypy_is_clean():
    if importlib.util.find_spec("mypy") is None:
        from tests.helpers.availability import missing

        missing("mypy is not installed (it comes with the test extra)", "the mypy check")
    out = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
