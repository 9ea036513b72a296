"""The Unity package under unity/: no Unity editor runs here, so its C# is checked by Mono's
compiler in parse-only mode (syntax, for the C# versions Unity 2021.3+ accepts), and its package
and assembly definitions are checked as the JSON Unity reads."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers.availability import missing

UNITY = Path(__file__).resolve().parents[2] / "unity"


@pytest.fixture(scope="module")
def mcs() -> str:
    exe = shutil.which("mcs")
    if exe is None:
        missing(
            "Mono's C# compiler (mcs) is not installed (apt-get install mono-mcs)",
            "the Unity C# syntax check",
        )
    return exe


def parse(mcs: str, files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [mcs, "--parse", "-langversion:experimental", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_csharp_file_parses(mcs):
    sources = sorted(UNITY.rglob("*.cs"))
    assert len(sources) >= 10
    out = parse(mcs, sources)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_check_catches_a_syntax_error(mcs, tmp_path):
    broken = tmp_path / "Broken.cs"
    source = (UNITY / "Editor" / "Batch" / "JobRunner.cs").read_text()
    broken.write_text(source.replace(";", "", 1))  # drop one semicolon
    out = parse(mcs, [broken])
    assert out.returncode != 0 and "error CS" in out.stdout + out.stderr


def test_package_and_assembly_definitions():
    package = json.loads((UNITY / "package.json").read_text())
    assert package["name"].startswith("com.") and package["name"] == package["name"].lower()
    assert package["version"].count(".") == 2 and package["unity"].count(".") == 1
    asmdefs = sorted(UNITY.rglob("*.asmdef"))
    assert asmdefs
    names = set()
    for path in asmdefs:
        data = json.loads(path.read_text())
        names.add(data["name"])
        assert data.get("includePlatforms") == ["Editor"], f"{path.name} must be editor-only"
    for path in asmdefs:  # references name assemblies that exist here or are Unity's own packages
        for ref in json.loads(path.read_text()).get("references", []):
            assert ref in names or ref.startswith(
                ("Unity.", "USD.", "UnityEngine.", "UnityEditor.")
            ), ref
