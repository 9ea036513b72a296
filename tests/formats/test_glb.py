import json
import struct

import numpy as np
import pytest

from assetsmith.errors import InvalidInput
from assetsmith.formats.glb import (
    GlbMaterial,
    read_accessor,
    read_glb,
    write_glb,
    write_glb_geometry_only,
)
from assetsmith.geometry.mesh import Mesh, Part

from .conftest import make_cube, make_cylinder


@pytest.fixture(scope="module")
def materials(pngs):
    return {
        m: GlbMaterial(
            name=f"default_{m}",
            albedo_png=pngs[f"{m}_albedo"],
            normal_png=pngs[f"{m}_normal"],
            orm_png=pngs[f"{m}_orm"],
            roughness_factor=0.8,
        )
        for m in ("wood", "metal")
    }


@pytest.fixture(scope="module")
def crate_glb(two_parts, materials):
    return write_glb(two_parts, materials, root_name="crate", extras={"seed": 7})


@pytest.fixture(scope="module")
def glass_glb(pngs):
    glass = GlbMaterial(
        name="default_glass",
        albedo_png=pngs["glass_albedo"],
        base_color_factor=(0.9, 0.95, 1.0, 0.4),
        metallic_factor=0.0,
        roughness_factor=0.05,
        alpha_mode="BLEND",
        double_sided=True,
    )
    return write_glb(
        [Part("pane", "glass", make_cube(0.5, tangents=False))],
        {"glass": glass},
        root_name="window",
    )


@pytest.fixture(scope="module")
def hull_glb():
    return write_glb_geometry_only(make_cylinder(segments=12), name="crate_collider")


@pytest.fixture(scope="module")
def reports(gltf_validator, tmp_path_factory, crate_glb, glass_glb, hull_glb):
    folder = tmp_path_factory.mktemp("glb")
    paths = []
    for name, data in (("crate", crate_glb), ("glass", glass_glb), ("hull", hull_glb)):
        paths.append(folder / f"{name}.glb")
        paths[-1].write_bytes(data)
    return dict(zip(("crate", "glass", "hull"), gltf_validator.validate_glbs(paths), strict=True))


@pytest.mark.parametrize("name", ["crate", "glass", "hull"])
def test_khronos_validator_no_errors_no_warnings(reports, gltf_validator, name):
    report = reports[name]
    infos = gltf_validator.messages(report, 2, 3)
    print(f"{name}: infos/hints: {infos or 'none'}")
    assert gltf_validator.problems(report) == []
    assert report["issues"]["numErrors"] == 0 and report["issues"]["numWarnings"] == 0
    assert report["info"]["version"] == "2.0"


def test_structure(crate_glb):
    gltf, binary = read_glb(crate_glb)
    assert gltf["asset"] == {"version": "2.0", "generator": "assetsmith", "extras": {"seed": 7}}
    assert [n["name"] for n in gltf["nodes"]] == ["crate", "crate_body", "crate_handle"]
    assert gltf["nodes"][0]["children"] == [1, 2] and gltf["scenes"][0]["nodes"] == [0]
    assert [m["name"] for m in gltf["materials"]] == ["default_wood", "default_metal"]
    for mat in gltf["materials"]:
        pbr = mat["pbrMetallicRoughness"]
        assert pbr["metallicRoughnessTexture"]["index"] == mat["occlusionTexture"]["index"]
        assert "alphaMode" not in mat and "doubleSided" not in mat
    assert gltf["samplers"] == [
        {"magFilter": 9729, "minFilter": 9987, "wrapS": 10497, "wrapT": 10497}
    ]
    assert len(gltf["images"]) == 6 and len(gltf["textures"]) == 6
    assert all(img["mimeType"] == "image/png" for img in gltf["images"])
    prim = gltf["meshes"][0]["primitives"][0]
    assert set(prim["attributes"]) == {"POSITION", "NORMAL", "TANGENT", "TEXCOORD_0"}
    assert gltf["accessors"][prim["indices"]]["componentType"] == 5123  # UNSIGNED_SHORT
    assert all(v["byteOffset"] % 4 == 0 for v in gltf["bufferViews"])
    magic, version, length = struct.unpack_from("<III", crate_glb)
    json_len = struct.unpack_from("<I", crate_glb, 12)[0]
    assert (magic, version, length) == (0x46546C67, 2, len(crate_glb)) and json_len % 4 == 0
    assert gltf["buffers"] == [{"byteLength": len(binary)}]


def test_accessors_round_trip(crate_glb, two_parts):
    gltf, binary = read_glb(crate_glb)
    for part, mesh_json in zip(two_parts, gltf["meshes"], strict=True):
        prim = mesh_json["primitives"][0]
        attrs = prim["attributes"]
        got_pos = read_accessor(gltf, binary, attrs["POSITION"])
        assert np.array_equal(got_pos, part.mesh.positions)
        assert np.array_equal(read_accessor(gltf, binary, attrs["NORMAL"]), part.mesh.normals)
        assert np.array_equal(read_accessor(gltf, binary, attrs["TANGENT"]), part.mesh.tangents)
        assert np.array_equal(read_accessor(gltf, binary, attrs["TEXCOORD_0"]), part.mesh.uvs)
        got_idx = read_accessor(gltf, binary, prim["indices"]).reshape(-1, 3)
        assert np.array_equal(got_idx, part.mesh.indices)
        acc = gltf["accessors"][attrs["POSITION"]]
        assert np.array_equal(np.float32(acc["min"]), part.mesh.positions.min(axis=0))
        assert np.array_equal(np.float32(acc["max"]), part.mesh.positions.max(axis=0))


def test_blend_material(glass_glb):
    gltf, _ = read_glb(glass_glb)
    (mat,) = gltf["materials"]
    assert mat["alphaMode"] == "BLEND" and mat["doubleSided"] is True
    assert mat["pbrMetallicRoughness"]["baseColorFactor"] == [0.9, 0.95, 1.0, 0.4]
    assert "TANGENT" not in gltf["meshes"][0]["primitives"][0]["attributes"]


def test_geometry_only(hull_glb):
    gltf, binary = read_glb(hull_glb)
    assert "materials" not in gltf and "images" not in gltf
    prim = gltf["meshes"][0]["primitives"][0]
    assert set(prim["attributes"]) == {"POSITION", "NORMAL"} and "material" not in prim
    hull = make_cylinder(segments=12)
    assert np.array_equal(
        read_accessor(gltf, binary, prim["attributes"]["POSITION"]), hull.positions
    )


def test_identical_pngs_stored_once_and_deterministic(two_parts, pngs):
    same = {
        m: GlbMaterial(name=m, albedo_png=pngs["wood_albedo"], normal_png=pngs["wood_normal"])
        for m in ("wood", "metal")
    }
    data = write_glb(two_parts, same, root_name="crate")
    gltf, _ = read_glb(data)
    assert len(gltf["images"]) == 2 and len(gltf["textures"]) == 2
    assert len(gltf["materials"]) == 2
    assert write_glb(two_parts, same, root_name="crate") == data


def test_large_mesh_uses_uint_indices():
    big = make_cylinder(segments=300, rings=220, tangents=False)
    assert big.vertex_count > 65535
    gltf, binary = read_glb(write_glb_geometry_only(big, name="big"))
    idx = gltf["meshes"][0]["primitives"][0]["indices"]
    assert gltf["accessors"][idx]["componentType"] == 5125
    assert np.array_equal(read_accessor(gltf, binary, idx).reshape(-1, 3), big.indices)


def test_empty_parts_skipped_and_missing_material_refused(two_parts, materials):
    empty = Mesh(
        positions=np.zeros((0, 3), np.float32),
        normals=np.zeros((0, 3), np.float32),
        uvs=np.zeros((0, 2), np.float32),
        indices=np.zeros((0, 3), np.uint32),
    )
    gltf, _ = read_glb(
        write_glb([*two_parts, Part("nothing", "ghost", empty)], materials, root_name="crate")
    )
    assert len(gltf["meshes"]) == 2
    with pytest.raises(InvalidInput):
        write_glb([Part("body", "stone", make_cube())], materials, root_name="crate")


def _glb(json_bytes: bytes, *, version: int = 2, kind: int = 0x4E4F534A) -> bytes:
    body = struct.pack("<II", len(json_bytes), kind) + json_bytes
    return struct.pack("<III", 0x46546C67, version, 12 + len(body)) + body


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"glTF",
        b"GIF89a" + bytes(30),
        _glb(b'{"asset":{"version":"2.0"}}  ', version=1),
        _glb(b'{"asset":{"version":"2.0"}}  ') + b"tail",
        _glb(b'{"asset":{"version":"2.0"}}  ', kind=0x004E4942),
        _glb(b"{not json}  "),
        _glb(b"[1, 2, 3]   "),
        _glb(b"\xff\xfe\x00\x00"),
        struct.pack("<III", 0x46546C67, 2, 28) + struct.pack("<II", 100, 0x4E4F534A) + bytes(8),
    ],
)
def test_read_glb_rejects_malformed(data):
    with pytest.raises(InvalidInput):
        read_glb(data)


def test_read_glb_truncated_real_file(crate_glb):
    with pytest.raises(InvalidInput):
        read_glb(crate_glb[: len(crate_glb) // 2])
    gltf, binary = read_glb(crate_glb)
    assert json.loads(json.dumps(gltf)) == gltf and binary


def _broken_meshes():
    nan = make_cube()
    nan.positions = nan.positions.copy()
    nan.positions[3, 1] = np.nan
    out_of_range = make_cube()
    out_of_range.indices = out_of_range.indices.copy()
    out_of_range.indices[0, 0] = 24
    short_uvs = make_cube()
    short_uvs.uvs = short_uvs.uvs[:-1]
    return [nan, out_of_range, short_uvs]


@pytest.mark.parametrize("mesh", _broken_meshes())
def test_malformed_meshes_refused(mesh, materials):
    with pytest.raises(InvalidInput):
        write_glb([Part("body", "wood", mesh)], materials, root_name="crate")


def test_non_png_texture_and_empty_hull_refused(two_parts):
    with pytest.raises(InvalidInput):
        write_glb(two_parts[:1], {"wood": GlbMaterial("w", b"GIF89a...")}, root_name="crate")
    empty = make_cube()
    empty.indices = empty.indices[:0]
    with pytest.raises(InvalidInput):
        write_glb_geometry_only(empty, name="hull")


# -- textures by relative URI (a pack's GLBs share one copy of each map) --------------------------
def test_image_refs_are_written_as_uris_and_stored_once(two_parts, pngs):
    from assetsmith.formats.glb import ImageRef

    refs = {
        m: GlbMaterial(
            name=m,
            albedo_png=ImageRef(f"../../Textures/x/{m} albedo.png"),
            normal_png=ImageRef(f"../../Textures/x/{m}_normal.png"),
            orm_png=ImageRef(f"../../Textures/x/{m}_orm.png"),
        )
        for m in ("wood", "metal")
    }
    gltf, binary = read_glb(write_glb(two_parts, refs, root_name="crate"))
    uris = [img["uri"] for img in gltf["images"]]
    assert "../../Textures/x/wood%20albedo.png" in uris  # percent-encoded, as RFC 3986 wants
    assert len(uris) == len(set(uris)) == 6 and all("bufferView" not in i for i in gltf["images"])
    embedded = write_glb(
        two_parts,
        {m: GlbMaterial(m, pngs["wood_albedo"]) for m in ("wood", "metal")},
        root_name="crate",
    )
    assert (
        len(binary) < len(read_glb(embedded)[1]) - len(pngs["wood_albedo"]) + 1
    )  # no image bytes inside


@pytest.mark.parametrize(
    "uri", ["", "/abs/a.png", "C:/a.png", "https://x/a.png", "a\\b.png", "a.jpg"]
)
def test_image_ref_refuses_what_is_not_a_relative_png_path(uri):
    from assetsmith.formats.glb import ImageRef

    with pytest.raises(InvalidInput):
        ImageRef(uri)


def test_khronos_validator_resolves_shared_images(gltf_validator, tmp_path, two_parts, pngs):
    from assetsmith.formats.glb import ImageRef

    (tmp_path / "Textures").mkdir()
    (tmp_path / "Models").mkdir()
    mats = {}
    for m in ("wood", "metal"):
        for role in ("albedo", "normal", "orm"):
            (tmp_path / "Textures" / f"{m}_{role}.png").write_bytes(pngs[f"{m}_{role}"])
        mats[m] = GlbMaterial(
            m,
            ImageRef(f"../Textures/{m}_albedo.png"),
            ImageRef(f"../Textures/{m}_normal.png"),
            ImageRef(f"../Textures/{m}_orm.png"),
        )
    path = tmp_path / "Models" / "crate.glb"
    path.write_bytes(write_glb(two_parts, mats, root_name="crate"))
    report = gltf_validator.validate_glbs([path])[0]
    assert gltf_validator.problems(report) == []
    loaded = [r for r in report["info"]["resources"] if r["pointer"].startswith("/images/")]
    assert len(loaded) == 6 and all(r.get("image", {}).get("width") for r in loaded)
    (
        tmp_path / "Textures" / "wood_orm.png"
    ).unlink()  # a missing map is an error, not a silent pass
    assert gltf_validator.problems(gltf_validator.validate_glbs([path])[0])
