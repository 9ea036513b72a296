"""Binary glTF 2.0 (GLB) writer and reader.

The writer lays out one bufferView per accessor (tightly packed, 4-byte aligned) followed by one
bufferView per distinct embedded PNG, and builds the whole file with a single join. A texture can
also be an `ImageRef`: a relative URI to a PNG beside the file (glTF 2.0 allows `images[].uri` in a
GLB too), which is how the LODs and colliders of a pack share one copy of each map. JSON keys are
sorted so the bytes are deterministic.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import numpy as np

from assetsmith.errors import InvalidInput
from assetsmith.formats._mesh import check_mesh
from assetsmith.formats.png import PNG_SIGNATURE
from assetsmith.geometry.mesh import Mesh, Part

_MAGIC, _VERSION = 0x46546C67, 2  # b"glTF"
_JSON, _BIN = 0x4E4F534A, 0x004E4942
_FLOAT, _USHORT, _UINT = 5126, 5123, 5125
_ARRAY_BUFFER, _ELEMENT_ARRAY_BUFFER = 34962, 34963
_REPEAT, _LINEAR, _LINEAR_MIPMAP_LINEAR = 10497, 9729, 9987
_TYPE_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}
_DTYPE = {_FLOAT: "<f4", _USHORT: "<u2", _UINT: "<u4", 5121: "u1", 5122: "<i2", 5120: "i1"}


@dataclass(frozen=True)
class ImageRef:
    """A PNG stored outside the GLB, named by a relative URI (forward slashes, percent-encoded by
    the writer). The importer resolves it against the GLB's own folder."""

    uri: str

    def __post_init__(self) -> None:
        bad = (
            not self.uri
            or self.uri.startswith(("/", "\\"))
            or ":" in self.uri
            or "\\" in self.uri
            or not self.uri.lower().endswith(".png")
        )
        if bad:
            raise InvalidInput(f"Image URI '{self.uri}' is not a relative path to a .png file.")


Texture = bytes | ImageRef


@dataclass
class GlbMaterial:
    """One glTF material: PNG bytes for its maps plus the factors glTF multiplies them by.

    `orm_png` packs R occlusion, G roughness, B metallic and serves as both the occlusion and the
    metallicRoughness texture (glTF reads only the channels it needs from each). Each map is PNG
    bytes (embedded) or an ImageRef (a relative URI to a PNG beside the GLB).
    """

    name: str
    albedo_png: Texture
    normal_png: Texture | None = None
    orm_png: Texture | None = None
    base_color_factor: tuple[float, float, float, float] = (1, 1, 1, 1)
    metallic_factor: float = 1.0
    roughness_factor: float = 1.0
    alpha_mode: str = "OPAQUE"
    double_sided: bool = False
    # Glow: emissive = emissive_png (sRGB) x emissive_factor x emissive_strength. A strength
    # above 1 is written with KHR_materials_emissive_strength (glTF clamps factors to 1).
    emissive_png: Texture | None = None
    emissive_factor: tuple[float, float, float] = (1.0, 1.0, 1.0)
    emissive_strength: float = 1.0


EMISSIVE_STRENGTH_EXT = "KHR_materials_emissive_strength"


class _Builder:
    """Collects bufferViews, accessors and images; every chunk starts 4-byte aligned."""

    def __init__(self) -> None:
        self.pieces: list[bytes | memoryview] = []
        self.length = 0
        self.views: list[dict] = []
        self.accessors: list[dict] = []
        self.images: list[dict] = []
        self._image_index: dict[bytes | ImageRef, int] = {}

    def _view(self, data: bytes | memoryview, target: int | None) -> int:
        view: dict[str, Any] = {"buffer": 0, "byteOffset": self.length, "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self.pieces.append(data)
        self.length += len(data)
        if pad := -self.length % 4:
            self.pieces.append(bytes(pad))
            self.length += pad
        self.views.append(view)
        return len(self.views) - 1

    def accessor(self, array: np.ndarray, kind: str, *, indices: bool = False) -> int:
        if indices:
            # 65535 is the primitive-restart value glTF forbids in UNSIGNED_SHORT indices.
            small = array.size == 0 or int(array.max()) < 0xFFFF
            component, dtype = (_USHORT, "<u2") if small else (_UINT, "<u4")
        else:
            component, dtype = _FLOAT, "<f4"
        data = np.ascontiguousarray(array, dtype=dtype)
        width = _TYPE_WIDTH[kind]
        acc: dict[str, Any] = {
            "bufferView": self._view(
                data.data.cast("B"), _ELEMENT_ARRAY_BUFFER if indices else _ARRAY_BUFFER
            ),
            "componentType": component,
            "count": data.size // width,
            "type": kind,
        }
        if kind == "VEC3" and not indices and array.ndim == 2:
            # Exact float32 bounds: the float32 -> float64 conversion is exact, so JSON round-trips.
            acc["min"] = [float(v) for v in data.min(axis=0)]
            acc["max"] = [float(v) for v in data.max(axis=0)]
        self.accessors.append(acc)
        return len(self.accessors) - 1

    def image(self, png: Texture) -> int:
        if png not in self._image_index:
            if isinstance(png, ImageRef):
                self.images.append({"uri": quote(png.uri, safe="/-_.~"), "mimeType": "image/png"})
            elif png[:8] != PNG_SIGNATURE:
                raise InvalidInput("A material texture is not PNG data.")
            else:
                self.images.append({"bufferView": self._view(png, None), "mimeType": "image/png"})
            self._image_index[png] = len(self.images) - 1
        return self._image_index[png]


def _primitive(b: _Builder, mesh: Mesh, *, uvs: bool, tangents: bool) -> dict:
    attrs = {"POSITION": b.accessor(mesh.positions, "VEC3")}
    if mesh.normals is not None:
        attrs["NORMAL"] = b.accessor(mesh.normals, "VEC3")
    if tangents and mesh.tangents is not None:
        attrs["TANGENT"] = b.accessor(mesh.tangents, "VEC4")
    if uvs:
        attrs["TEXCOORD_0"] = b.accessor(mesh.uvs, "VEC2")
    return {
        "attributes": attrs,
        "indices": b.accessor(mesh.indices.reshape(-1), "SCALAR", indices=True),
    }


def _material_json(m: GlbMaterial, texture: Callable[[Texture], int]) -> dict:
    pbr: dict[str, Any] = {
        "baseColorTexture": {"index": texture(m.albedo_png)},
        "metallicFactor": float(m.metallic_factor),
        "roughnessFactor": float(m.roughness_factor),
    }
    if tuple(m.base_color_factor) != (1, 1, 1, 1):
        pbr["baseColorFactor"] = [float(c) for c in m.base_color_factor]
    out: dict[str, Any] = {"name": m.name, "pbrMetallicRoughness": pbr}
    if m.orm_png is not None:
        orm = texture(m.orm_png)
        pbr["metallicRoughnessTexture"] = {"index": orm}
        out["occlusionTexture"] = {"index": orm}
    if m.normal_png is not None:
        out["normalTexture"] = {"index": texture(m.normal_png)}
    if m.alpha_mode not in ("OPAQUE", "BLEND", "MASK"):
        raise InvalidInput(f"Material '{m.name}' has an unknown alpha mode '{m.alpha_mode}'.")
    if m.alpha_mode != "OPAQUE":
        out["alphaMode"] = m.alpha_mode
    if m.double_sided:
        out["doubleSided"] = True
    if m.emissive_png is not None:
        _emissive_json(m, m.emissive_png, texture, out)
    return out


def _emissive_json(
    m: GlbMaterial, png: Texture, texture: Callable[[Texture], int], out: dict
) -> None:
    strength = float(m.emissive_strength)
    factor = [float(c) for c in m.emissive_factor]
    if not (np.isfinite(strength) and strength >= 0 and all(0 <= c <= 1 for c in factor)):
        raise InvalidInput(
            f"Material '{m.name}' has an invalid emission (factor {factor}, strength {strength})."
        )
    out["emissiveTexture"] = {"index": texture(png)}
    if strength <= 1.0:
        out["emissiveFactor"] = [c * strength for c in factor]
    else:
        out["emissiveFactor"] = factor
        out.setdefault("extensions", {})[EMISSIVE_STRENGTH_EXT] = {"emissiveStrength": strength}


def _assemble(gltf: dict, b: _Builder) -> bytes:
    if b.length:
        gltf["buffers"] = [{"byteLength": b.length}]
        gltf["bufferViews"] = b.views
        gltf["accessors"] = b.accessors
    text = json.dumps(
        gltf, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    js = text.encode("utf-8")
    js += b" " * (-len(js) % 4)  # the JSON chunk is padded with spaces
    total = 12 + 8 + len(js) + (8 + b.length if b.length else 0)
    head = [struct.pack("<III", _MAGIC, _VERSION, total), struct.pack("<II", len(js), _JSON), js]
    if b.length:
        head.append(struct.pack("<II", b.length, _BIN))
    return b"".join([*head, *b.pieces])


def write_glb(
    parts: list[Part],
    materials: dict[str, GlbMaterial],
    *,
    root_name: str,
    generator: str = "assetsmith",
    extras: dict | None = None,
    collision: list[tuple[str, Mesh]] | None = None,
) -> bytes:
    """Write parts as one GLB: a root node `root_name` with one child node and mesh per part.

    `collision` adds (name, mesh) children without material, UVs or tangents: collision meshes an
    engine picks up by name (Unreal's `UCX_<mesh>_<NN>` convex hulls).

    `materials` maps material ids (`Part.material`) to GlbMaterial; each id used becomes one glTF
    material, each distinct PNG is stored once. Parts with no triangles are skipped. `extras` is
    stored as `asset.extras`. Raises InvalidInput for a missing material or a malformed mesh.
    """
    b = _Builder()
    mat_index: dict[str, int] = {}
    mat_json: list[dict] = []
    nodes: list[dict] = [{"name": root_name, "children": []}]
    meshes: list[dict] = []
    for part in parts:
        if part.mesh.triangle_count == 0:
            continue
        check_mesh(part.mesh, part.name)
        if part.material not in mat_index:
            if part.material not in materials:
                raise InvalidInput(
                    f"Part '{part.name}' uses material '{part.material}' with no GlbMaterial."
                )
            mat_index[part.material] = len(mat_json)
            mat_json.append(_material_json(materials[part.material], b.image))
        prim = _primitive(b, part.mesh, uvs=True, tangents=True)
        prim["material"] = mat_index[part.material]
        nodes[0]["children"].append(len(nodes))
        nodes.append({"name": f"{root_name}_{part.name}", "mesh": len(meshes)})
        meshes.append({"name": part.name, "primitives": [prim]})
    for name, mesh in collision or ():
        check_mesh(mesh, name, normals=mesh.normals is not None, uvs=False)
        nodes[0]["children"].append(len(nodes))
        nodes.append({"name": name, "mesh": len(meshes)})
        meshes.append(
            {"name": name, "primitives": [_primitive(b, mesh, uvs=False, tangents=False)]}
        )
    if not nodes[0]["children"]:
        del nodes[0]["children"]
    asset: dict[str, Any] = {"version": "2.0", "generator": generator}
    if extras:
        asset["extras"] = extras
    gltf: dict[str, Any] = {
        "asset": asset,
        "scene": 0,
        "scenes": [{"name": root_name, "nodes": [0]}],
        "nodes": nodes,
    }
    if meshes:
        gltf["meshes"] = meshes
    if mat_json:
        gltf["materials"] = mat_json
        used = sorted({ext for m in mat_json for ext in m.get("extensions", {})})
        if used:
            gltf["extensionsUsed"] = used
        gltf["images"] = b.images
        gltf["samplers"] = [
            {
                "magFilter": _LINEAR,
                "minFilter": _LINEAR_MIPMAP_LINEAR,
                "wrapS": _REPEAT,
                "wrapT": _REPEAT,
            }
        ]
        # One texture per distinct image, so texture i samples image i.
        gltf["textures"] = [{"sampler": 0, "source": i} for i in range(len(b.images))]
    return _assemble(gltf, b)


def write_glb_geometry_only(mesh: Mesh, *, name: str) -> bytes:
    """Write a single untextured mesh (positions, indices, normals when present): a collider hull."""
    check_mesh(mesh, name, normals=mesh.normals is not None, uvs=False)
    if mesh.triangle_count == 0:
        raise InvalidInput(f"Mesh '{name}' has no triangles.")
    b = _Builder()
    gltf: dict[str, Any] = {
        "asset": {"version": "2.0", "generator": "assetsmith"},
        "scene": 0,
        "scenes": [{"name": name, "nodes": [0]}],
        "nodes": [{"name": name, "mesh": 0}],
        "meshes": [{"name": name, "primitives": [_primitive(b, mesh, uvs=False, tangents=False)]}],
    }
    return _assemble(gltf, b)


def _bad(message: str) -> InvalidInput:
    return InvalidInput(f"Malformed GLB: {message}", "Pass a binary glTF 2.0 (.glb) file.")


def read_glb(data: bytes) -> tuple[dict, bytes]:
    """Split GLB bytes into (glTF JSON, BIN chunk bytes; b"" when absent). InvalidInput if malformed."""
    data = bytes(data)
    if len(data) < 20:
        raise _bad("too short for a header")
    magic, version, length = struct.unpack_from("<III", data, 0)
    if magic != _MAGIC:
        raise _bad("wrong magic (not a GLB)")
    if version != _VERSION:
        raise _bad(f"unsupported version {version}")
    if length != len(data):
        raise _bad(f"header says {length} bytes, got {len(data)}")
    chunks: list[tuple[int, bytes]] = []
    pos = 12
    while pos < length:
        if pos + 8 > length:
            raise _bad("truncated chunk header")
        size, kind = struct.unpack_from("<II", data, pos)
        if pos + 8 + size > length:
            raise _bad("chunk runs past the end of the file")
        chunks.append((kind, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (-size % 4)
    if not chunks or chunks[0][0] != _JSON:
        raise _bad("the first chunk is not JSON")
    try:
        gltf = json.loads(chunks[0][1].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(f"JSON chunk does not parse ({exc.__class__.__name__})") from exc
    if not isinstance(gltf, dict):
        raise _bad("JSON chunk is not an object")
    binary = chunks[1][1] if len(chunks) > 1 and chunks[1][0] == _BIN else b""
    return gltf, binary


def read_accessor(gltf: dict, binary: bytes, index: int) -> np.ndarray:
    """Decode accessor `index` (tightly packed, from the BIN chunk) to a numpy array (count, width)."""
    try:
        acc = gltf["accessors"][index]
        view = gltf["bufferViews"][acc["bufferView"]]
        dtype = np.dtype(_DTYPE[acc["componentType"]])
        width = _TYPE_WIDTH[acc["type"]]
        start = view.get("byteOffset", 0) + acc.get("byteOffset", 0)
        out = np.frombuffer(binary, dtype=dtype, count=acc["count"] * width, offset=start)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise _bad(f"accessor {index} cannot be read") from exc
    return out.reshape(acc["count"], width) if width > 1 else out


def node_matrix(node: dict) -> np.ndarray:
    """A glTF node's local transform as a 4x4 float64 matrix: its `matrix` (stored column-major), or
    translation x rotation (unit quaternion x, y, z, w) x scale."""
    if "matrix" in node:
        return np.array(node["matrix"], dtype=np.float64).reshape(4, 4).T
    x, y, z, w = node.get("rotation", (0, 0, 0, 1))
    r = np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )
    m = np.identity(4)
    m[:3, :3] = r * np.array(node.get("scale", (1, 1, 1)), dtype=np.float64)
    m[:3, 3] = np.array(node.get("translation", (0, 0, 0)), dtype=np.float64)
    return m
