"""End to end: prompt -> spec -> maps -> meshes -> GLB/USD -> engine pack -> zip -> job record."""

import hashlib
import json
import zipfile

import numpy as np
import pytest
from PIL import Image
from tests.helpers.gltf_validator import problems, validate_glbs
from tests.helpers.usd_validation import validate_usd

import assetsmith
from assetsmith.errors import InvalidInput, OutputError, SpecInvalid
from assetsmith.formats.glb import read_glb
from assetsmith.jobs.store import JobStore

pytestmark = pytest.mark.slow  # whole jobs, Khronos and USD validators

PROMPT = "wooden barrel with iron bands"


@pytest.fixture(scope="module")
def barrel(tmp_path_factory):
    settings = assetsmith.Settings(data_dir=tmp_path_factory.mktemp("data"))
    return settings, assetsmith.run_job(PROMPT, resolution=512, settings=settings)


def test_barrel_pack_has_the_unity_layout(barrel):
    _, result = barrel
    pack = result.pack_dir
    aid = result.spec["asset_id"]
    for rel in [
        "manifest.json",
        "spec.json",
        "UnityImportNotes.md",
        f"Models/{aid}/{aid}.glb",
        f"Models/{aid}/{aid}_LOD1.glb",
        f"Models/{aid}/{aid}_LOD2.glb",
        f"Models/{aid}/{aid}.usda",
        f"Models/{aid}/{aid}.usdz",
        f"Models/{aid}/{aid}.collider.json",
        f"Previews/{aid}_materials.png",
    ]:
        assert (pack / rel).is_file(), rel
    # every material has albedo, normal and ORM under one base name, and nothing else: the Unity
    # mask map is derived from the ORM on import
    for m in result.spec["materials"]:
        base = f"default_{m['id']}"
        for role in ("albedo", "normal", "orm"):
            assert (pack / "Textures" / aid / f"{base}_{role}.png").is_file(), (base, role)
    assert len(list((pack / "Textures" / aid).glob("*.png"))) == 3 * len(result.spec["materials"])


def test_barrel_glb_is_valid_textured_and_names_match_textures(barrel):
    _, result = barrel
    aid = result.spec["asset_id"]
    glb = result.pack_dir / "Models" / aid / f"{aid}.glb"
    report = validate_glbs([glb])[0]
    assert problems(report) == []
    doc, _bin = read_glb(glb.read_bytes())
    names = {m["name"] for m in doc["materials"]}
    assert names == {f"default_{m['id']}" for m in result.spec["materials"]}
    tex_bases = {
        p.name.rsplit("_", 1)[0] for p in (result.pack_dir / "Textures" / aid).glob("*_albedo.png")
    }
    assert names == tex_bases
    for m in doc["materials"]:
        assert "baseColorTexture" in m["pbrMetallicRoughness"]
        assert "metallicRoughnessTexture" in m["pbrMetallicRoughness"]
        assert "normalTexture" in m and "occlusionTexture" in m
    assert len(doc["images"]) == 3 * len(result.spec["materials"])


def test_barrel_usd_files_pass_usd_validators(barrel):
    _, result = barrel
    aid = result.spec["asset_id"]
    for ext in ("usda", "usdz"):
        assert validate_usd(result.pack_dir / "Models" / aid / f"{aid}.{ext}") == []


def test_manifest_lists_every_file_with_its_digest(barrel):
    _, result = barrel
    manifest = json.loads((result.pack_dir / "manifest.json").read_text())
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {
        p.relative_to(result.pack_dir).as_posix() for p in result.pack_dir.rglob("*") if p.is_file()
    }
    assert set(listed) == on_disk - {"manifest.json", "provenance.intoto.jsonl"}
    for rel, f in listed.items():
        data = (result.pack_dir / rel).read_bytes()
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"]
    assert (
        manifest["engine_target"] == "unity"
        and manifest["assets"][0]["asset_id"] == result.spec["asset_id"]
    )
    assert manifest["stats"]["triangles"][1] < manifest["stats"]["triangles"][0]


def test_zip_holds_exactly_the_pack(barrel):
    _, result = barrel
    with zipfile.ZipFile(result.zip_path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        on_disk = {
            p.relative_to(result.pack_dir).as_posix()
            for p in result.pack_dir.rglob("*")
            if p.is_file()
        }
        assert names == on_disk
        for n in names:
            assert zf.read(n) == (result.pack_dir / n).read_bytes()


def test_texture_maps_are_real_textures(barrel):
    _, result = barrel
    aid = result.spec["asset_id"]
    tex = result.pack_dir / "Textures" / aid
    wood = np.asarray(Image.open(tex / "default_wood_albedo.png").convert("RGB")).astype(float)
    iron_orm = np.asarray(Image.open(tex / "default_iron_orm.png").convert("RGB")).astype(float)
    wood_orm = np.asarray(Image.open(tex / "default_wood_orm.png").convert("RGB")).astype(float)
    assert wood.shape == (512, 512, 3) and wood.std() > 5
    assert wood[..., 0].mean() > wood[..., 2].mean()  # wood is warm
    assert iron_orm[..., 2].mean() > 180 and wood_orm[..., 2].mean() < 40  # metallic channel


def test_job_is_recorded_in_the_store(barrel):
    settings, result = barrel
    store = JobStore.from_settings(settings)
    rec = store.get(result.job_id)
    events = store.events(result.job_id)
    store.close()
    assert rec.status == "succeeded" and rec.folder == result.job_id and rec.bytes > 0
    assert rec.request["prompt"] == PROMPT
    assert [e["data"]["status"] for e in events if e["kind"] == "status"] == [
        "running",
        "succeeded",
    ]
    assert not list(settings.jobs_dir.glob(".staging-*"))


def test_same_request_gives_identical_zip_bytes(settings):
    # Content Credentials off: c2pa salts its manifests at random (tests/provenance checks that
    # with them on two runs differ only in those chunks)
    settings = settings.model_copy(update={"content_credentials": "off"})
    a = assetsmith.run_job("small oak crate", resolution=512, settings=settings)
    b = assetsmith.run_job("small oak crate", resolution=512, settings=settings)
    assert a.job_id != b.job_id
    assert a.zip_path.read_bytes() == b.zip_path.read_bytes()
    c = assetsmith.run_job("small oak crate", resolution=512, seed=99, settings=settings)
    assert c.zip_path.read_bytes() != a.zip_path.read_bytes()


@pytest.mark.parametrize("engine", ["godot", "unreal"])
def test_other_engine_layouts(settings, engine):
    result = assetsmith.run_job("iron lantern", engine=engine, resolution=512, settings=settings)
    files = {
        p.relative_to(result.pack_dir).as_posix() for p in result.pack_dir.rglob("*") if p.is_file()
    }
    manifest = json.loads((result.pack_dir / "manifest.json").read_text())
    assert manifest["engine_target"] == engine
    glbs = [f for f in files if f.endswith(".glb")]
    assert glbs and not any(f.startswith("Models/") for f in files)
    if engine == "godot":
        tres = [f for f in files if f.endswith(".tres")]
        assert len(tres) == len(result.spec["materials"])
        text = (result.pack_dir / tres[0]).read_text()
        for res in [
            line.split('path="res://')[1].split('"')[0]
            for line in text.splitlines()
            if "res://" in line
        ]:
            assert res in files  # every texture a material points at is in the pack
        assert "GodotImportNotes.md" in files
    else:
        assert any(
            f.startswith("Content/") and "/Textures/T_" in f and f.endswith("_N.png") for f in files
        )
        n_dx = next(f for f in files if f.endswith("_N.png"))
        n_gl = n_dx.replace("_N.png", "_N_GL.png")
        dx = np.asarray(Image.open(result.pack_dir / n_dx)).astype(int)
        gl = np.asarray(Image.open(result.pack_dir / n_gl)).astype(int)
        assert np.array_equal(dx[..., 1], 255 - gl[..., 1]) and np.array_equal(
            dx[..., 0], gl[..., 0]
        )
        assert "UnrealImportNotes.md" in files


def test_v01_spec_file_builds(settings, tmp_path):
    v01 = {
        "spec_version": "0.1",
        "asset_id": "guard_sword",
        "display_name": "Guard sword",
        "category": "prop",
        "style_preset": "toon_bold",
        "poly_budget_tris": 2000,
        "tags": ["weapon"],
        "material_slots": [
            {"id": "blade", "role": "albedo", "resolution_hint": 512},
            {"id": "blade", "role": "orm", "resolution_hint": 512},
        ],
        "variants": [
            {"variant_id": "v1", "label": "Steel"},
            {"variant_id": "v2", "label": "Rusty"},
        ],
        "generation": {"source_prompt": "steel sword with leather grip"},
        "unity": {"import_subfolder": "Weapons/Sword", "collider": "box"},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(v01))
    result = assetsmith.run_job(spec=path, settings=settings)
    tex = result.pack_dir / "Textures" / "guard_sword"
    assert (tex / "v1_blade_albedo.png").is_file() and (tex / "v2_blade_albedo.png").is_file()
    assert (tex / "v1_blade_albedo.png").read_bytes() != (tex / "v2_blade_albedo.png").read_bytes()
    assert result.spec["spec_version"] == "0.3"


def test_build_pack_into_folder_and_zip(settings, tmp_path):
    spec = assetsmith.generate_spec("stone pillar", resolution=512)
    out = assetsmith.build_pack(
        spec, tmp_path / "PillarPack", zip_path=tmp_path / "pillar.zip", settings=settings
    )
    assert (out / "manifest.json").is_file() and (tmp_path / "pillar.zip").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".assetsmith-")] == []
    with pytest.raises(OutputError, match="not empty"):
        assetsmith.build_pack(spec, out, settings=settings)


def test_failed_job_leaves_nothing_half_written(settings):
    bad = assetsmith.generate_spec("wooden barrel")
    bad["parts"][0]["material"] = "nope"
    with pytest.raises(SpecInvalid):
        assetsmith.run_job(spec=bad, settings=settings)
    # refused when the request is parsed (issue 13: specs are validated at submit): no folder, no job
    assert not settings.jobs_dir.exists() or [p.name for p in settings.jobs_dir.iterdir()] == []
    assert assetsmith.list_jobs(settings=settings) == []


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"prompt": ""}, "prompt"),
        ({"prompt": "barrel", "engine": "cryengine"}, "engine"),
        ({"prompt": "barrel", "resolution": 100000}, "resolution"),
        ({"prompt": "barrel", "poly_budget": 10}, "too small"),
        ({"prompt": "barrel", "poly_budget": 10**9}, "poly_budget"),
        ({"prompt": "barrel", "poly_budget": 500_000}, "maximum"),
    ],
)
def test_absurd_requests_are_refused(settings, kwargs, match):
    prompt = kwargs.pop("prompt")
    with pytest.raises(InvalidInput, match=match):
        assetsmith.run_job(prompt, settings=settings, **kwargs)
    assert not settings.jobs_dir.exists() or not any(
        p.is_dir() for p in settings.jobs_dir.iterdir()
    )


def test_unwritable_data_dir():
    # /proc refuses new folders even to root, so this holds for any user
    with pytest.raises(OutputError, match="not writable"):
        assetsmith.run_job(
            "barrel", settings=assetsmith.Settings(data_dir="/proc/assetsmith-test/data")
        )


def test_data_dir_blocked_by_a_file(tmp_path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(OutputError):
        assetsmith.run_job("barrel", settings=assetsmith.Settings(data_dir=tmp_path / "data"))


def test_retention_by_count_and_bytes(tmp_path):
    settings = assetsmith.Settings(data_dir=tmp_path / "d", jobs_max_count=2)
    ids = [
        assetsmith.run_job(p, resolution=512, settings=settings, export_usd=False).job_id
        for p in ("crate", "barrel", "rock")
    ]
    kept = [r.id for r in assetsmith.list_jobs(settings=settings)]
    assert kept == ids[:0:-1]  # the two newest
    assert sorted(p.name for p in settings.jobs_dir.iterdir()) == sorted(ids[1:])
    one = assetsmith.show_job(ids[2], settings=settings)
    tight = assetsmith.Settings(data_dir=tmp_path / "d", jobs_max_bytes=one["bytes"] + 1)
    assert assetsmith.prune_jobs(settings=tight) == [ids[1]]
    assetsmith.remove_job(ids[2], settings=settings)
    assert assetsmith.list_jobs(settings=settings) == [] and list(settings.jobs_dir.iterdir()) == []
