"""Packs opened in a real DCC: Blender's own glTF importer (Debian's `blender`; scripts/test.sh
installs it) imports the GLBs of a Unity, a Godot and an Unreal pack, LOD0 to LOD2 and the
collider. Checked as a developer would: meshes, material slots and their names, which pack image
feeds which Principled BSDF input (through a Normal Map or Separate Color node) in which colour
space, that no image is missing, LOD counts and falling triangle counts, metre scale and the pivot
at the bottom centre; for Unreal, UCX_ collision meshes that are convex and carry no material."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from tests.helpers.availability import missing

from assetsmith.batch.engines.blender import blender_env
from assetsmith.formats.glb import read_accessor, read_glb

pytestmark = pytest.mark.slow  # whole jobs, then Blender (an engine) imports their packs

SCRIPT = Path(__file__).with_name("blender_import.py")


@pytest.fixture(scope="module")
def blender() -> str:
    exe = shutil.which("blender")
    if exe is None:
        missing(
            "Blender is not installed (apt-get install blender python3-numpy)",
            "the Blender import tests",
        )
    return exe


@pytest.fixture(scope="module")
def imported(blender, packs, tmp_path_factory):
    """Blender's report for every GLB of every pack: {engine: {file name: report}}."""
    glbs = {e: sorted(r.pack_dir.rglob("*.glb")) for e, r in packs.items()}
    out = tmp_path_factory.mktemp("blender") / "report.json"
    files = [str(p) for ps in glbs.values() for p in ps]
    done = subprocess.run(
        [blender, "-b", "--factory-startup", "--python", str(SCRIPT), "--", str(out), *files],
        capture_output=True,
        text=True,
        timeout=300,
        env=blender_env(),
    )
    assert out.is_file(), done.stdout[-3000:] + done.stderr[-3000:]
    reports = {r["file"]: r for r in json.loads(out.read_text())}
    return {e: {p.name: reports[str(p)] for p in ps} for e, ps in glbs.items()}


def _layout_names(result):
    manifest = json.loads((result.pack_dir / "manifest.json").read_text())
    lod0 = Path(manifest["models"]["glb"]).name
    lods = [Path(p).name for p in manifest["models"]["lods"]]
    return manifest, lod0, lods


@pytest.mark.parametrize("engine", ["unity", "godot", "unreal"])
def test_lods_import_with_falling_triangle_counts_and_no_missing_image(imported, packs, engine):
    manifest, lod0, lods = _layout_names(packs[engine])
    reports = imported[engine]
    assert len(lods) == len(packs[engine].spec["lods"]) == 2
    tris = []
    for name in [lod0, *lods]:
        rep = reports[name]
        assert rep["images_missing"] == [], (name, rep["images_missing"])
        render = [m for m in rep["meshes"] if not m["name"].startswith(("UCX_", "UBX_"))]
        parts = [p["id"] for p in packs[engine].spec["parts"]]
        assert all(
            any(m["name"].endswith(f"_{p}") or m["name"] == p for p in parts) for m in render
        ), ([m["name"] for m in render], parts)
        tris.append(sum(m["triangles"] for m in render))
    assert tris[0] > tris[1] > tris[2] > 0
    assert tris[0] == manifest["stats"]["triangles"][0]


@pytest.mark.parametrize("engine", ["unity", "godot", "unreal"])
def test_materials_are_wired_to_the_pack_textures_in_the_right_colour_spaces(
    imported, packs, engine
):
    result = packs[engine]
    manifest, lod0, lods = _layout_names(result)
    by_name = {m["name"]: m["textures"] for m in manifest["materials"]}
    if engine == "unreal":
        assert all(re.fullmatch(r"MI_[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*", n) for n in by_name)
        assert all(Path(p).name.startswith("T_") for t in by_name.values() for p in t.values())
    for name in [lod0, *lods]:
        slots = [s for m in imported[engine][name]["meshes"] for s in m["slots"]]
        assert slots and {s["material"] for s in slots} <= set(by_name)
        for slot in slots:
            tex, w = by_name[slot["material"]], slot["wiring"]
            expect = {
                "Base Color": ("albedo", "sRGB", []),
                "Normal": ("normal", "Non-Color", ["NORMAL_MAP"]),
                "Metallic": ("orm", "Non-Color", ["SEPARATE_COLOR"]),
                "Roughness": ("orm", "Non-Color", ["SEPARATE_COLOR"]),
            }
            for socket, (role, space, through) in expect.items():
                got = w[socket]
                assert got is not None, (name, slot["material"], socket)
                # the very file in the pack's texture folder, not a copy inside the GLB
                assert Path(got["filepath"]).resolve() == (result.pack_dir / tex[role]).resolve(), (
                    socket,
                    got,
                )
                assert got["colorspace"] == space and (got.get("through") or []) == through, (
                    socket,
                    got,
                )
                assert got["size"] == [512, 512]


@pytest.mark.parametrize("engine", ["unity", "godot", "unreal"])
def test_metre_scale_and_pivot_at_the_bottom_centre(imported, packs, engine):
    _, lod0, lods = _layout_names(packs[engine])
    # the height the pack's own LOD0 has (the object at its real size), read from the GLB
    doc, binary = read_glb(next(packs[engine].pack_dir.rglob(lod0)).read_bytes())
    ys = [
        read_accessor(doc, binary, p["attributes"]["POSITION"])[:, 1]
        for m in doc["meshes"]
        if not m["name"].startswith(("UCX_", "UBX_"))
        for p in m["primitives"]
    ]
    height = float(max(y.max() for y in ys) - min(y.min() for y in ys))
    assert height > 0.05
    for name in [lod0, *lods]:
        rep = imported[engine][name]
        lo, hi = np.array(rep["min"]), np.array(rep["max"])  # Blender: Z up
        assert abs((hi[2] - lo[2]) - height) < 0.03 * height, (name, lo, hi)
        assert abs(lo[2]) < 5e-3  # the pivot (origin) at the bottom, within 5 mm
        centre, extent = (lo[:2] + hi[:2]) / 2, hi[:2] - lo[:2]
        assert np.all(np.abs(centre) < 0.05 * extent.max()), (name, centre)


def test_unreal_collision_is_convex_ucx_meshes_one_per_part(imported, packs):
    result = packs["unreal"]
    _, lod0, _ = _layout_names(result)
    sm = Path(lod0).stem
    ucx = [m for m in imported["unreal"][lod0]["meshes"] if m["name"].startswith("UCX_")]
    parts = {p["id"] for p in result.spec["parts"]}
    assert len(ucx) == len(parts) and all(re.fullmatch(rf"UCX_{sm}_\d\d", m["name"]) for m in ucx)
    assert all(m["slots"] == [] and m["triangles"] > 0 for m in ucx)
    doc, binary = read_glb(next(result.pack_dir.rglob(lod0)).read_bytes())
    for mesh in (m for m in doc["meshes"] if m["name"].startswith("UCX_")):
        prim = mesh["primitives"][0]
        assert "material" not in prim
        v = read_accessor(doc, binary, prim["attributes"]["POSITION"]).astype(np.float64)
        f = read_accessor(doc, binary, prim["indices"]).reshape(-1, 3)
        n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
        d = np.einsum("ij,kj->ik", n, v) - np.einsum("ij,ij->i", n, v[f[:, 0]])[:, None]
        assert (d <= 1e-6 * np.abs(n).max()).all(), mesh[
            "name"
        ]  # every vertex behind every face: convex


def test_godot_materials_reference_files_that_exist(packs):
    result = packs["godot"]
    tres = sorted(result.pack_dir.rglob("*.tres"))
    assert len(tres) == len(result.spec["materials"])
    glowing = {m["id"] for m in result.spec["materials"] if "emissive" in m}
    for path in tres:
        refs = re.findall(r'path="res://([^"]+)"', path.read_text())
        want = (
            4 if any(path.stem.endswith(g) for g in glowing) else 3
        )  # albedo, normal, ORM (+ emission)
        assert len(refs) == want and all((result.pack_dir / r).is_file() for r in refs), (
            path.name,
            refs,
        )
