"""Batch fixtures: the sample configs and scene copied into a scratch folder, a fake Unity, and an
in-process CLI runner (the real Typer app and exit codes, without a process start per call)."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLES = ROOT / "samples"
UNITY_SCENE = "Assets/Scenes/cinematic/cinematic_main.unity"


@pytest.fixture
def workdir(tmp_path) -> Path:
    """The sample configs and scenes in a scratch folder (outputs land beside them)."""
    for p in SAMPLES.glob("*.json"):
        shutil.copy(p, tmp_path / p.name)
    shutil.copytree(SAMPLES / "scenes", tmp_path / "scenes")
    return tmp_path


def tree(folder: Path) -> list[str]:
    """Every file and folder under `folder` (relative), to prove a failure wrote nothing."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.fixture
def cli(capsys, tmp_path, monkeypatch):
    """Run `assetsmith ...` in-process; returns (exit code, stdout, stderr)."""
    from assetsmith.cli.main import main

    monkeypatch.setenv("ASSETSMITH_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str) -> tuple[int, str, str]:
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def fake_unity(tmp_path) -> tuple[Path, Path]:
    """(the fake Unity executable, a Unity project with the reference scene and its CineCamera)."""
    exe = tmp_path / "Editor" / "Unity"
    exe.parent.mkdir()
    exe.write_text(f"#!{sys.executable}\n" + (Path(__file__).parent / "fake_unity.py").read_text())
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    project = tmp_path / "UnityProject"
    scene = project / UNITY_SCENE
    scene.parent.mkdir(parents=True)
    scene.write_text("%YAML 1.1\n--- !u!1 &1\nGameObject:\n  m_Name: CineCamera\n")
    (project / "ProjectSettings").mkdir()
    return exe, project


@pytest.fixture
def clean_env(monkeypatch):
    for var in ("UNITY_BIN", "ASSETSMITH_UNITY_BIN", "FAKE_UNITY_MODE", "FAKE_UNITY_ARGV"):
        monkeypatch.delenv(var, raising=False)
    return os.environ
