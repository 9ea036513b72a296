import io
import struct
import zipfile

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.formats.usd import UsdMaterial, prim_name, write_usda, write_usdz
from assetsmith.geometry.mesh import Part

from .conftest import make_cube

pxr = pytest.importorskip("pxr")
from pxr import Sdf, Usd, UsdGeom, UsdShade, UsdUtils  # noqa: E402
from tests.helpers.usd_validation import usd_issues, validate_usd  # noqa: E402


@pytest.fixture(scope="module")
def usd_materials():
    mats = {
        m: UsdMaterial(
            name=f"default_{m}",
            albedo=f"textures/{m}_albedo.png",
            normal=f"textures/{m}_normal.png",
            orm=f"textures/{m}_orm.png",
        )
        for m in ("wood", "metal")
    }
    mats["glass"] = UsdMaterial(
        name="default glass!", albedo="textures/glass_albedo.png", opacity=0.35
    )
    return mats


@pytest.fixture(scope="module")
def parts(two_parts):
    return [*two_parts, Part("pane", "glass", make_cube(0.3))]


@pytest.fixture(scope="module")
def texture_files(pngs):
    return {f"textures/{key}.png": data for key, data in pngs.items()}


@pytest.fixture(scope="module")
def usda_text(parts, usd_materials):
    return write_usda(parts, usd_materials, root_name="crate")


@pytest.fixture(scope="module")
def usda_path(tmp_path_factory, usda_text, texture_files):
    folder = tmp_path_factory.mktemp("usda")
    for name, data in texture_files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    path = folder / "crate.usda"
    path.write_text(usda_text)
    return path


@pytest.fixture(scope="module")
def usdz_bytes(usda_text, texture_files):
    return write_usdz(usda_text, texture_files)


@pytest.fixture(scope="module")
def usdz_path(tmp_path_factory, usdz_bytes):
    path = tmp_path_factory.mktemp("usdz") / "crate.usdz"
    path.write_bytes(usdz_bytes)
    return path


@pytest.mark.parametrize("which", ["usda_path", "usdz_path"])
def test_usd_validators_report_nothing(request, which):
    path = request.getfixturevalue(which)
    assert validate_usd(path) == []
    assert usd_issues(path) == []  # no warnings or infos either


def test_validators_catch_a_token_varname(tmp_path, usda_text):
    bad = tmp_path / "bad.usda"
    bad.write_text(usda_text.replace("string inputs:varname", "token inputs:varname"))
    assert any("varname" in e for e in validate_usd(bad))


def test_stage_metadata_and_hierarchy(usda_path):
    stage = Usd.Stage.Open(str(usda_path))
    root = stage.GetDefaultPrim()
    assert root.GetPath() == Sdf.Path("/crate") and root.GetTypeName() == "Xform"
    assert Usd.ModelAPI(root).GetKind() == "component"
    assert UsdGeom.GetStageMetersPerUnit(stage) == 1.0
    assert UsdGeom.GetStageUpAxis(stage) == UsdGeom.Tokens.y
    meshes = [p.GetName() for p in root.GetChildren() if p.IsA(UsdGeom.Mesh)]
    assert meshes == ["body", "handle", "pane"]


def test_mesh_data_round_trips(usda_path, parts):
    stage = Usd.Stage.Open(str(usda_path))
    for part in parts:
        mesh = UsdGeom.Mesh(stage.GetPrimAtPath(f"/crate/{part.name}"))
        m = part.mesh
        assert np.array_equal(np.array(mesh.GetPointsAttr().Get(), np.float32), m.positions)
        assert np.array_equal(np.array(mesh.GetNormalsAttr().Get(), np.float32), m.normals)
        assert mesh.GetNormalsInterpolation() == UsdGeom.Tokens.vertex
        assert np.array_equal(
            np.array(mesh.GetFaceVertexIndicesAttr().Get()), m.indices.reshape(-1)
        )
        assert set(mesh.GetFaceVertexCountsAttr().Get()) == {3}
        st = UsdGeom.PrimvarsAPI(mesh).GetPrimvar("st")
        assert st.GetTypeName() == Sdf.ValueTypeNames.TexCoord2fArray
        assert st.GetInterpolation() == UsdGeom.Tokens.vertex
        expected = np.stack([m.uvs[:, 0], np.float32(1) - m.uvs[:, 1]], axis=1)
        assert np.array_equal(np.array(st.Get(), np.float32), expected)
        assert np.array_equal(
            np.array(mesh.GetExtentAttr().Get(), np.float32), np.stack(m.bounds())
        )
        assert mesh.GetSubdivisionSchemeAttr().Get() == "none"
        assert mesh.GetDoubleSidedAttr().Get() is False


def test_materials_and_bindings(usda_path):
    stage = Usd.Stage.Open(str(usda_path))
    expected = {"body": "default_wood", "handle": "default_metal", "pane": "default_glass_"}
    for mesh_name, mat_name in expected.items():
        prim = stage.GetPrimAtPath(f"/crate/{mesh_name}")
        assert prim.HasAPI(UsdShade.MaterialBindingAPI)
        material, _ = UsdShade.MaterialBindingAPI(prim).ComputeBoundMaterial()
        assert material.GetPath() == Sdf.Path(f"/crate/Materials/{mat_name}")
    wood = UsdShade.Material(stage.GetPrimAtPath("/crate/Materials/default_wood"))
    surface = wood.ComputeSurfaceSource()[0]
    assert surface.GetIdAttr().Get() == "UsdPreviewSurface"
    assert surface.GetInput("useSpecularWorkflow").Get() == 0

    def source(input_name):
        (conn,) = surface.GetInput(input_name).GetConnectedSources()[0]
        return UsdShade.Shader(conn.source.GetPrim()), conn.sourceName

    albedo, out = source("diffuseColor")
    assert out == "rgb" and albedo.GetInput("sourceColorSpace").Get() == "sRGB"
    assert albedo.GetInput("file").Get().path == "textures/wood_albedo.png"
    assert albedo.GetInput("wrapS").Get() == "repeat" and albedo.GetInput("wrapT").Get() == "repeat"
    normal, _ = source("normal")
    assert normal.GetInput("sourceColorSpace").Get() == "raw"
    assert tuple(normal.GetInput("scale").Get()) == (2, 2, 2, 1)
    assert tuple(normal.GetInput("bias").Get()) == (-1, -1, -1, 0)
    for input_name, channel in (("occlusion", "r"), ("roughness", "g"), ("metallic", "b")):
        orm, out = source(input_name)
        assert out == channel and orm.GetInput("file").Get().path == "textures/wood_orm.png"
        assert orm.GetInput("sourceColorSpace").Get() == "raw"
    reader = UsdShade.Shader(stage.GetPrimAtPath("/crate/Materials/default_wood/StReader"))
    varname = reader.GetInput("varname")
    assert varname.GetTypeName() == Sdf.ValueTypeNames.String and varname.Get() == "st"
    glass = UsdShade.Material(stage.GetPrimAtPath("/crate/Materials/default_glass_"))
    assert glass.ComputeSurfaceSource()[0].GetInput("opacity").Get() == pytest.approx(0.35)


def test_usdz_layout(usdz_bytes, texture_files):
    with zipfile.ZipFile(io.BytesIO(usdz_bytes)) as zf:
        infos = zf.infolist()
        assert infos[0].filename == "asset.usda"
        assert [i.filename for i in infos[1:]] == sorted(texture_files)
        for info in infos:
            assert info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 1
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            name_len, extra_len = struct.unpack_from("<HH", usdz_bytes, info.header_offset + 26)
            data_start = info.header_offset + 30 + name_len + extra_len
            assert data_start % 64 == 0, info.filename
            assert zf.read(info) == (texture_files.get(info.filename) or zf.read("asset.usda"))
        assert zf.testzip() is None


def test_usdz_dependencies_resolve_inside_package(usdz_path, texture_files):
    layers, assets, unresolved = UsdUtils.ComputeAllDependencies(str(usdz_path))
    assert list(unresolved) == []
    inside = {a.split("[", 1)[1].rstrip("]") for a in assets}
    assert inside == set(texture_files)
    stage = Usd.Stage.Open(str(usdz_path))
    shader = UsdShade.Shader(stage.GetPrimAtPath("/crate/Materials/default_wood/AlbedoTexture"))
    resolved = shader.GetInput("file").Get().resolvedPath
    assert resolved.endswith("crate.usdz[textures/wood_albedo.png]")


def test_deterministic(parts, usd_materials, usda_text, texture_files, usdz_bytes):
    assert write_usda(parts, usd_materials, root_name="crate") == usda_text
    assert write_usdz(usda_text, dict(reversed(texture_files.items()))) == usdz_bytes


def test_names_are_sanitised_and_unique(usd_materials):
    assert prim_name("3 wood-planks") == "_3_wood_planks" and prim_name("") == "_"
    parts = [
        Part("a b", "wood", make_cube()),
        Part("a-b", "wood", make_cube()),
        Part("Materials", "metal", make_cube()),
    ]
    stage = Usd.Stage.CreateInMemory()
    stage.GetRootLayer().ImportFromString(write_usda(parts, usd_materials, root_name="9 crate"))
    names = [p.GetName() for p in stage.GetPrimAtPath("/_9_crate").GetChildren()]
    assert names == ["a_b", "a_b_2", "Materials_2", "Materials"]


def test_missing_material_bad_mesh_and_bad_package_paths(usd_materials, usda_text):
    with pytest.raises(InvalidInput):
        write_usda([Part("body", "stone", make_cube())], usd_materials, root_name="crate")
    broken = make_cube()
    broken.uvs = broken.uvs.copy()
    broken.uvs[0, 0] = np.inf
    with pytest.raises(InvalidInput):
        write_usda([Part("body", "wood", broken)], usd_materials, root_name="crate")
    for bad in ("notes.txt", "/abs/a.png", "../up.png", "a//b.png"):
        with pytest.raises(InvalidInput):
            write_usdz(usda_text, {bad: b"x"})
