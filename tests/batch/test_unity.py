"""The unity engine against a fake Unity editor that behaves like one (command line, -logFile,
exit codes, outputs): the exact reference command line, outputs committed, Unity's failures and
the runner's `[assetsmith] error` lines turned into our errors, and nothing left behind."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from tests.batch.conftest import UNITY_SCENE, tree

from assetsmith.batch import EngineFailed, EngineUnavailable, run_batch_job
from assetsmith.errors import BackendUnavailable, InvalidInput
from assetsmith.render import read_exr
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # a fake Unity editor in subprocesses

REFERENCE = {
    "scene": UNITY_SCENE,
    "camera": "CineCamera",
    "output": "Exports/USD/cinematic_main.usd",
    "format": "USD",
    "sign": False,
    "clip_embed": False,
    "engine": "unity",
}


def run(config: dict, fake_unity, tmp_path, **kw):
    exe, project = fake_unity
    settings = Settings(data_dir=tmp_path / "data", unity_bin=exe)
    return run_batch_job(
        config, settings=settings, export_root=tmp_path / "export", project_path=project, **kw
    )


def test_usd_job_starts_unity_exactly_as_the_reference(
    fake_unity, tmp_path, monkeypatch, clean_env
):
    argv_file = tmp_path / "argv.json"
    monkeypatch.setenv("FAKE_UNITY_ARGV", str(argv_file))
    result = run(REFERENCE, fake_unity, tmp_path)
    argv = json.loads(argv_file.read_text())
    exe, project = fake_unity
    assert argv[:9] == [
        "-batchmode",
        "-nographics",
        "-projectPath",
        str(project.resolve()),
        "-executeMethod",
        "Assetsmith.Batch.JobRunner.Run",
        "--config",
        argv[7],
        "-quit",
    ]
    assert argv[9] == "-logFile" and argv[7].endswith("job.json")
    assert result.files == [
        "Exports/USD/cinematic_main.meta.json",
        "Exports/USD/cinematic_main.usd",
    ]
    export = tmp_path / "export" / "Exports" / "USD"
    assert 'def Camera "CineCamera"' in (export / "cinematic_main.usd").read_text()
    assert (
        json.loads((export / "cinematic_main.meta.json").read_text())["scene"] == "cinematic_main"
    )


def test_exr_job_frames_from_unity_read_back(fake_unity, tmp_path, clean_env):
    progress = []
    cfg = {
        **REFERENCE,
        "format": "EXR",
        "output": "Exports/EXR/frame_####.exr",
        "frames": {"start": 1, "end": 3},
        "resolution": {"width": 8, "height": 4},
    }
    result = run(cfg, fake_unity, tmp_path, progress=lambda *a: progress.append(a))
    assert [f for f in result.files if f.endswith(".exr")] == [
        f"Exports/EXR/frame_000{i}.exr" for i in (1, 2, 3)
    ]
    header, ch = read_exr(tmp_path / "export" / "Exports" / "EXR" / "frame_0002.exr")
    assert sorted(ch) == ["A", "B", "G", "R", "Z"] and ch["R"].shape == (4, 8)
    assert ch["Z"][0, 0] == pytest.approx(2.02) and ch["Z"][0, -1] == 1e10
    np.testing.assert_allclose(
        ch["R"][1], np.arange(8) / 8
    )  # rows and channels where Unity put them
    assert any("frame 3/3 (Unity)" in a[2] for a in progress)


@pytest.mark.parametrize(
    "mode,error,words",
    [
        ("license", EngineUnavailable, "no valid license"),
        ("lock", BackendUnavailable, "Another Unity instance"),
        ("compile", EngineFailed, "do not compile"),
        ("crash", EngineFailed, "Unity exited with code 1"),
        ("silent", EngineFailed, "did not write"),
    ],
)
def test_unity_failures_become_our_errors_and_leave_nothing(
    mode, error, words, fake_unity, tmp_path, monkeypatch, clean_env
):
    monkeypatch.setenv("FAKE_UNITY_MODE", mode)
    with pytest.raises(error, match=words) as info:
        run(REFERENCE, fake_unity, tmp_path)
    assert "logs/unity-" in info.value.hint  # the log is kept for the user
    assert tree(tmp_path / "export") == []
    assert len(list((tmp_path / "data" / "logs").glob("unity-*.log"))) == 1


def test_runner_error_lines_name_the_field(fake_unity, tmp_path, clean_env):
    with pytest.raises(InvalidInput, match=r"\$\.camera: no GameObject named 'DollyCam'") as info:
        run({**REFERENCE, "camera": "DollyCam"}, fake_unity, tmp_path)
    assert info.value.details[0]["path"] == "$.camera"
    assert tree(tmp_path / "export") == []


def test_missing_scene_and_unity_are_caught_before_starting(fake_unity, tmp_path, clean_env):
    with pytest.raises(InvalidInput, match=r"\$\.scene: 'Assets/Scenes/nope.unity' does not exist"):
        run({**REFERENCE, "scene": "Assets/Scenes/nope.unity"}, fake_unity, tmp_path)
    settings = Settings(data_dir=tmp_path / "data", unity_bin=tmp_path / "no" / "Unity")
    with pytest.raises(EngineUnavailable, match="Unity editor was not found") as info:
        run_batch_job(
            REFERENCE,
            settings=settings,
            export_root=tmp_path / "export",
            project_path=fake_unity[1],
        )
    assert "UNITY_BIN" in info.value.hint and str(tmp_path) not in info.value.message


def test_wrong_execute_method_means_the_package_is_missing(fake_unity, tmp_path, clean_env):
    with pytest.raises(EngineUnavailable, match="package is not installed"):
        run(
            {**REFERENCE, "unity": {"execute_method": "Soulvan.JobRunner.Run"}},
            fake_unity,
            tmp_path,
        )


def test_timeout(fake_unity, tmp_path, monkeypatch, clean_env):
    monkeypatch.setenv("FAKE_UNITY_MODE", "slow")
    with pytest.raises(BackendUnavailable, match="did not finish within 1 s"):
        run({**REFERENCE, "timeout_s": 1}, fake_unity, tmp_path)
    assert tree(tmp_path / "export") == []


def test_cli_job_colon_run_with_unity_bin_and_project_path(fake_unity, tmp_path, clean_env):
    """The reference spelling, as a real process: `assetsmith job:run <config> -p <project>` with UNITY_BIN."""
    exe, project = fake_unity
    cfg = tmp_path / "job.json"
    cfg.write_text(json.dumps(REFERENCE))
    env = {**clean_env, "UNITY_BIN": str(exe), "ASSETSMITH_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-m", "assetsmith", "job:run", str(cfg), "--project-path", str(project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "Exports" / "USD" / "cinematic_main.usd").is_file()
    env["FAKE_UNITY_MODE"] = "license"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assetsmith",
            "job:run",
            str(cfg),
            "-u",
            str(exe),
            "-p",
            str(project),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 6 and "Error: Unity has no valid license" in out.stderr
