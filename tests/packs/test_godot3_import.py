"""A Godot pack opened in a real Godot: Debian's `godot3` (3.2, the only Godot the registries this
project uses ship; scripts/test.sh installs it with Xvfb, since Debian's build has no headless
editor) imports the pack as a project, then a GDScript (godot3_check.gd) loads each GLB as the
scene Godot made of it. Checked: every LOD and the collider import; each part's surface carries
the pack's material by name, with its albedo, normal and ORM (roughness, metallic) textures read
from the pack's own PNG files at the pack's resolution; LOD vertex counts fall.

What it cannot check: the layout's `.tres` materials are Godot 4 resources (text format 3,
StandardMaterial3D), which Godot 3 refuses ("Saved with newer format version"); the test records
that boundary, and docs say which Godot versions the layout supports (README, "Godot")."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers.availability import missing

pytestmark = pytest.mark.slow  # a whole job, then a Godot editor import under Xvfb

SCRIPT = Path(__file__).with_name("godot3_check.gd")
GODOT3_PROJECT = 'config_version=4\n\n[application]\n\nconfig/name="assetsmith pack"\n'


@pytest.fixture(scope="module")
def godot3() -> tuple[str, str]:
    exe, xvfb = shutil.which("godot3"), shutil.which("xvfb-run")
    if exe is None or xvfb is None:
        missing(
            "Godot 3 or Xvfb is not installed (apt-get install godot3 xvfb xauth)",
            "the Godot 3 import test",
        )
    return exe, xvfb


@pytest.fixture(scope="module")
def imported(godot3, packs, tmp_path_factory):
    """(the Godot pack's manifest, Godot's report on its GLBs and one .tres)."""
    exe, xvfb = godot3
    result = packs["godot"]
    project = tmp_path_factory.mktemp("godot3") / "project"
    shutil.copytree(result.pack_dir, project)
    (project / "project.godot").write_text(GODOT3_PROJECT)
    # Previews are not game assets (and Godot 3.2 cannot decode the animated turntable WebP).
    (project / "Previews" / ".gdignore").touch(exist_ok=True)
    # The editor imports everything, then quits; Debian's 3.2.3 can crash on its way out after the
    # import is written, so success is judged by what it imported, not by the exit status.
    subprocess.run(
        [xvfb, "-a", exe, "--path", str(project), "--editor", "--quit"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    manifest = json.loads((project / "manifest.json").read_text())
    models = manifest["models"]
    lods = [models["glb"], *models["lods"]]
    colliders = sorted(str(p.relative_to(project)) for p in project.rglob("*_collider.glb"))
    tres = sorted(str(p.relative_to(project)) for p in project.rglob("*.tres"))[:1]
    out = project.parent / "report.json"
    # --quit: should the script stop on an error, Godot still leaves after one frame
    done = subprocess.run(
        [
            xvfb,
            "-a",
            exe,
            "--path",
            str(project),
            "--quit",
            "--script",
            str(SCRIPT),
            "--",
            str(out),
            *(f"res://{p}" for p in lods + colliders + tres),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.is_file(), done.stdout[-3000:] + done.stderr[-3000:]
    return manifest, lods, colliders, json.loads(out.read_text())


def test_every_lod_and_the_collider_import(imported):
    _, lods, colliders, report = imported
    assert len(lods) == 3
    assert [report["scenes"][f"res://{p}"]["loaded"] for p in lods + colliders] == [True] * len(
        lods + colliders
    )
    surfaces = [report["scenes"][f"res://{p}"]["surfaces"] for p in lods]
    assert all(surfaces) and len({len(s) for s in surfaces}) == 1  # the same parts at every LOD
    totals = [sum(s["vertices"] for s in lod) for lod in surfaces]
    assert totals == sorted(totals, reverse=True) and totals[0] > totals[-1], totals
    for path in colliders:  # a collision mesh: geometry, no material
        collider = report["scenes"][f"res://{path}"]["surfaces"]
        assert collider and all(s["material"] == "" for s in collider), path


def test_surfaces_carry_the_pack_materials_and_their_textures(imported, packs):
    manifest, lods, _, report = imported
    by_name = {m["name"]: m["textures"] for m in manifest["materials"]}
    size = packs["godot"].spec["materials"][0].get("resolution") or 512
    for path in lods:
        for s in report["scenes"][f"res://{path}"]["surfaces"]:
            assert s["material"] in by_name, (path, s)
            tex = by_name[s["material"]]
            assert s["albedo"] == f"res://{tex['albedo']}" and s["albedo_size"] == size, (path, s)
            assert s["normal_enabled"] and s["normal"] == f"res://{tex['normal']}", (path, s)
            assert s["roughness"] == s["metallic"] == f"res://{tex['orm']}", (path, s)


def test_the_godot4_materials_are_beyond_godot3(imported):
    # The boundary the docs state: Godot 3 cannot read the layout's Godot 4 .tres files.
    *_, report = imported
    assert report["tres"] and not any(report["tres"].values())
