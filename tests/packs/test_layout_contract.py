"""The Layout contract (packs/base.py), run against every engine layout in `LAYOUTS` (Unity, Godot,
Unreal) over one real job context made by the spec, materials, geometry and export stages at 512 px
(under a second), and a pack laid out by the real layout stage.

What every layout must do: be found by its name; put every file at a relative, normalised,
portable path, each texture at its own; name materials uniquely; add only extra texture packings of
its own and extra files that collide with nothing; write notes; give named collision meshes; and
lay out the same pack, byte for byte, for the same job, whose manifest lists every file it holds.
"""

from __future__ import annotations

import copy
import hashlib
import re

import pytest

import assetsmith
from assetsmith.errors import UnknownName
from assetsmith.geometry.mesh import Mesh
from assetsmith.packs import LAYOUTS, get_layout
from assetsmith.packs.base import BASE_ROLES, ExtraRole, Layout
from assetsmith.pipeline.context import JobContext, TextureKey
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings

PORTABLE = re.compile(
    r"^[A-Za-z0-9_.\-]+$"
)  # one path segment that every engine and file system takes


def portable_path(path: str) -> bool:
    parts = path.split("/")
    return (
        not path.startswith("/")
        and "\\" not in path
        and all(p not in ("", ".", "..") for p in parts)
        and all(PORTABLE.match(p) for p in parts)
    )


@pytest.fixture(scope="module")
def spec() -> dict:
    spec = assetsmith.generate_spec("wooden table with iron fittings", resolution=512)
    spec["unreal"]["collision"] = "convex"  # one hull per part: the richest collision set
    return spec


@pytest.fixture(scope="module")
def layout_settings(tmp_path_factory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("layout") / "data",
        workers=1,
        previews=False,
        content_credentials="off",
        source_date_epoch=1_700_000_000,
    )


def built(spec: dict, engine: str, settings: Settings) -> JobContext:
    ctx = JobContext(
        request=JobRequest.parse(
            {"spec": copy.deepcopy(spec), "engine": engine, "resolution": 512}
        ),
        job_id="job_contract",
        build_id="b_contract",
    )
    return run_plan(ctx, settings, ["spec", "materials", "geometry", "export", "layout"])


class LayoutContract:
    """Mixin: a subclass names the layout (`impl`); the class-scoped fixture `ctx` is a job for that
    engine taken through the layout stage."""

    impl: str

    @pytest.fixture(scope="class")
    def ctx(self, spec, layout_settings) -> JobContext:
        return built(spec, self.impl, layout_settings)

    @pytest.fixture
    def layout(self) -> Layout:
        return get_layout(self.impl)

    def test_it_is_registered_under_its_name(self, layout):
        assert self.impl in LAYOUTS.names() and LAYOUTS.get(self.impl)().name == self.impl
        assert (
            layout.name == self.impl and get_layout(self.impl) is not layout
        )  # a fresh one per job
        assert layout.notes_name.endswith(".md") and portable_path(layout.notes_name)

    def test_extra_roles_are_new_packings(self, layout):
        roles = layout.extra_roles()
        assert isinstance(roles, tuple) and all(isinstance(r, ExtraRole) for r in roles)
        names = [r.role for r in roles]
        assert len(set(names)) == len(names) and not set(names) & set(BASE_ROLES)
        assert all(callable(r.make) and isinstance(r.srgb, bool) for r in roles)

    def test_every_texture_has_its_own_portable_path(self, layout, ctx):
        assert ctx.textures
        paths = [layout.texture_path(ctx, key) for key in ctx.textures]
        assert all(portable_path(p) and p.endswith(".png") for p in paths), paths
        assert len(set(paths)) == len(paths)
        assert paths == [
            layout.texture_path(ctx, key) for key in ctx.textures
        ]  # a function of the key
        extra = {r.role for r in layout.extra_roles()}
        assert {
            k.role for k in ctx.textures
        } >= extra  # the materials stage made the layout's packings

    def test_model_dir_and_name(self, layout, ctx):
        mdir, name = layout.model_dir(ctx), layout.model_name(ctx)
        assert portable_path(mdir) and PORTABLE.match(name)
        texture_dirs = {layout.texture_path(ctx, k).rsplit("/", 1)[0] for k in ctx.textures}
        assert all(not p.startswith(f"{mdir}/{name}.") for p in texture_dirs)

    def test_material_names_are_unique(self, layout, ctx):
        pairs = sorted({(k.variant, k.material) for k in ctx.textures})
        names = [layout.material_name(ctx, v, m) for v, m in pairs]
        assert all(isinstance(n, str) and n and PORTABLE.match(n) for n in names)
        assert len(set(names)) == len(names)

    def test_notes_and_extra_files(self, layout, ctx):
        notes = layout.notes(ctx)
        assert isinstance(notes, str) and notes.strip() and notes == layout.notes(ctx)
        extra = layout.extra_files(ctx)
        assert isinstance(extra, dict) and all(isinstance(v, bytes) for v in extra.values())
        assert all(portable_path(p) for p in extra)
        taken = {layout.texture_path(ctx, k) for k in ctx.textures} | {
            layout.notes_name,
            "spec.json",
            "manifest.json",
        }
        assert not set(extra) & taken

    def test_collision_meshes_are_named_meshes(self, layout, ctx):
        meshes = layout.collision_meshes(ctx)
        assert isinstance(meshes, list)
        names = [n for n, _ in meshes]
        assert len(set(names)) == len(names)
        for name, mesh in meshes:
            assert isinstance(name, str) and PORTABLE.match(name) and isinstance(mesh, Mesh)
            assert mesh.positions.shape[0] >= 4 and mesh.triangle_count >= 4

    def test_the_pack_lists_every_file_it_holds(self, layout, ctx):
        manifest = ctx.manifest
        assert manifest["engine_target"] == self.impl
        listed = {f["path"]: f for f in manifest["files"]}
        assert set(listed) == set(ctx.files) and all(portable_path(p) for p in listed)
        for path, data in ctx.files.items():
            assert listed[path]["sha256"] == hashlib.sha256(data).hexdigest() and listed[path][
                "bytes"
            ] == len(data)
        for mat in manifest["materials"]:
            assert set(mat["textures"].values()) <= set(ctx.files)
        models = manifest["models"]
        for key in ("glb", "collider", "usda", "usdz"):
            assert models[key] in ctx.files
        assert all(p in ctx.files for p in models["lods"])
        assert layout.notes_name in ctx.files and "spec.json" in ctx.files

    def test_the_same_job_lays_out_the_same_pack(self, ctx, spec, layout_settings):
        again = built(spec, self.impl, layout_settings)
        assert again.files.keys() == ctx.files.keys()
        assert all(again.files[p] == ctx.files[p] for p in ctx.files)
        assert again.manifest == ctx.manifest


class TestUnity(LayoutContract):
    impl = "unity"


class TestGodot(LayoutContract):
    impl = "godot"


class TestUnreal(LayoutContract):
    impl = "unreal"

    def test_convex_collision_gives_one_ucx_hull_per_part(self, layout, ctx):
        meshes = layout.collision_meshes(ctx)
        assert len(meshes) == len(ctx.geometry.parts) and all(
            n.startswith("UCX_SM_") for n, _ in meshes
        )


def test_an_unknown_engine_is_unknown_name():
    with pytest.raises(UnknownName, match="Unknown engine 'bevy'"):
        get_layout("bevy")


def test_texture_keys_of_another_role_still_get_a_path(spec, layout_settings):
    """A layout places any role the materials stage may add (emissive, packings) without failing."""
    ctx = built(spec, "unity", layout_settings)
    key = next(iter(ctx.textures))
    for name in LAYOUTS.names():
        layout = get_layout(name)
        for role in ("emissive", "height"):
            path = layout.texture_path(ctx, TextureKey(key.variant, key.material, role))
            assert portable_path(path) and path.endswith(".png")
