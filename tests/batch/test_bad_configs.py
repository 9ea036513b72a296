"""Bad configs get a clear error naming the field, a non-zero exit, and leave no partial outputs."""

from __future__ import annotations

import json
import os

import pytest
from tests.batch.conftest import tree

GOOD = {
    "scene": "scenes/barrel.glb",
    "format": "EXR",
    "frames": {"start": 1, "end": 2},
    "resolution": {"width": 32, "height": 32},
}

CASES = {
    "missing scene": ({**GOOD, "scene": "scenes/nope.glb"}, "$.scene", "does not exist"),
    "unknown camera": ({**GOOD, "camera": "DollyCam"}, "$.camera", "its cameras: CineCamera"),
    "unknown format": ({**GOOD, "format": "MOV"}, "$.format", "'MOV' is not one of"),
    "negative frames": (
        {**GOOD, "frames": {"start": -10, "end": 2}},
        "$.frames.start",
        "minimum of 0",
    ),
    "backwards frames": (
        {**GOOD, "frames": {"start": 5, "end": 2}},
        "$.frames.end",
        "before frames.start",
    ),
    "dot-dot escape": (
        {**GOOD, "output": "Exports/../../out/f_####.exr"},
        "$.output",
        "leaves the export folder",
    ),
    "absolute escape": ({**GOOD, "output": "/tmp/f_####.exr"}, "$.output", "relative path"),
    "link escape": ({**GOOD, "output": "linked/f_####.exr"}, "$.output", "link that leads out"),
    "scene type": ({**GOOD, "scene": "job.json"}, "$.scene", "not a scene type"),
    "unknown field": ({**GOOD, "cammera": "x"}, "$.cammera", "not a known field"),
    "clip_embed, audit off": ({**GOOD, "clip_embed": True}, "$.clip_embed", "turned off"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_config_is_refused_before_anything_is_written(
    case, workdir, cli, tmp_path, monkeypatch
):
    data, path, words = CASES[case]
    if case.startswith("clip_embed"):
        monkeypatch.setenv("ASSETSMITH_ORIGINALITY", "off")
    outside = tmp_path.parent / f"{tmp_path.name}-outside"  # not under the export folder (workdir)
    outside.mkdir()
    os.symlink(outside, workdir / "linked")
    (workdir / "job.json").write_text(json.dumps(data))
    before = tree(workdir)
    code, out, err = cli("job", "run", str(workdir / "job.json"))
    assert code == 2, (code, err)
    assert f"Error: Invalid job config: {path}: " in err and words in err, err
    assert "Traceback" not in err
    assert tree(workdir) == before and tree(outside) == []


def test_truncated_json(workdir, cli):
    (workdir / "job.json").write_text(json.dumps(GOOD)[:-9])
    before = tree(workdir)
    code, out, err = cli("job", "run", str(workdir / "job.json"))
    assert code == 2 and "is not valid JSON" in err and "line 1, column" in err
    assert tree(workdir) == before


def test_json_errors_are_machine_readable(workdir, cli):
    (workdir / "job.json").write_text(json.dumps({**GOOD, "format": "MOV", "fps": 0}))
    code, out, err = cli("job", "run", str(workdir / "job.json"), "--json")
    body = json.loads(out)
    assert code == 2 and body["error"] == "invalid_input"
    assert [d["path"] for d in body["details"]] == ["$.format", "$.fps"]


def test_failure_mid_job_leaves_nothing(workdir, cli, monkeypatch):
    """A writer failing at frame 2 of 2: frame 1 was rendered, yet nothing appears."""
    import assetsmith.batch.engines.native as native

    real = native.write_exr
    calls = []

    def flaky(path, *a, **k):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(path, *a, **k)

    monkeypatch.setattr(native, "write_exr", flaky)
    (workdir / "job.json").write_text(json.dumps(GOOD))
    before = tree(workdir)
    code, out, err = cli("job", "run", str(workdir / "job.json"))
    assert code != 0 and len(calls) == 2
    assert tree(workdir) == before


def _snapshot(folder) -> dict[str, object]:
    """Every path under `folder` with what it is: a link's target, a file's bytes, or a folder."""
    out: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if rel == "data" or rel.startswith(
            "data/"
        ):  # the CLI's data folder (signing key) is not an output
            continue
        out[rel] = (
            ("link", os.readlink(p))
            if p.is_symlink()
            else ("file", p.read_bytes())
            if p.is_file()
            else "dir"
        )
    return out


@pytest.mark.parametrize("link_to", ["a file", "outside"])
def test_a_link_refused_at_commit_leaves_the_folder_exactly_as_before(
    link_to, workdir, cli, tmp_path
):
    """issue 13.6: `side.usd` writes `side.meta.json`, `side.usd` and `side_textures/...`; the last
    is refused (a link), and the two before it in commit order must not have been moved into place."""
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    if link_to == "a file":
        (workdir / "note.txt").write_text("keep me")
        os.symlink(workdir / "note.txt", workdir / "side_textures")
    else:
        os.symlink(outside, workdir / "side_textures")
    (workdir / "side.usd").write_text("an older export, kept on failure")
    data = {
        "scene": "scenes/barrel.glb",
        "format": "USD",
        "output": "side.usd",
        "sign": True,
        "frames": {"start": 1, "end": 2},
    }
    (workdir / "job.json").write_text(json.dumps(data))
    before = _snapshot(workdir)
    code, out, err = cli("job", "run", str(workdir / "job.json"))
    assert code == 2, (code, out, err)
    assert "side_textures" in err and "Traceback" not in err
    assert _snapshot(workdir) == before
    assert tree(outside) == []
