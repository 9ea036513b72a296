"""Load a glTF 2.0 scene (.glb or .gltf) into a RenderScene: meshes placed by their node's world
matrix, metallic-roughness materials with decoded textures, and perspective cameras by name.

Only triangle primitives are drawn; skins, morph targets, animations and extensions are ignored.
External buffers and images must sit beside the .gltf (no absolute paths, no `..`).
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path, PurePosixPath

import numpy as np

from ..errors import InvalidInput
from ..formats.glb import node_matrix, read_glb
from ..geometry.mesh import Mesh
from ..render.camera import Camera
from ..render.scene import RenderItem, RenderMaterial, RenderScene

_DTYPES = {
    5120: np.int8,
    5121: np.uint8,
    5122: np.int16,
    5123: np.uint16,
    5125: np.uint32,
    5126: np.float32,
}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}


def _bad(name: str, why: str) -> InvalidInput:
    return InvalidInput(
        f"The scene '{name}' cannot be read: {why}.",
        "Pass a valid glTF 2.0 file.",
        details=[{"path": "$.scene", "message": why}],
    )


class _Gltf:
    def __init__(self, gltf: dict, buffers: list[bytes], name: str, base: Path | None) -> None:
        self.g, self.buffers, self.name, self.base = gltf, buffers, name, base
        self._images: dict[int, np.ndarray] = {}

    def view_bytes(self, index: int) -> tuple[bytes, int, int]:
        v = self.g["bufferViews"][index]
        buf = self.buffers[v["buffer"]]
        start = v.get("byteOffset", 0)
        return buf[start : start + v["byteLength"]], v.get("byteStride", 0), start

    def accessor(self, index: int) -> np.ndarray:
        try:
            a = self.g["accessors"][index]
            if "sparse" in a:
                raise _bad(self.name, f"accessor {index} is sparse (not supported)")
            dtype = np.dtype(_DTYPES[a["componentType"]]).newbyteorder("<")
            width, count = _WIDTH[a["type"]], a["count"]
            data, stride, _ = self.view_bytes(a["bufferView"])
            off = a.get("byteOffset", 0)
            item = dtype.itemsize * width
            stride = stride or item
            raw = np.frombuffer(data, np.uint8, count=(count - 1) * stride + item, offset=off)
            rows = np.lib.stride_tricks.as_strided(raw, (count, item), (stride, 1))
            out = np.ascontiguousarray(rows).view(dtype).reshape(count, width)
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            raise _bad(
                self.name, f"accessor {index} cannot be read ({type(exc).__name__})"
            ) from None
        if a.get("normalized") and out.dtype.kind in "iu":
            out = out.astype(np.float32) / float(np.iinfo(out.dtype).max)
        return out

    def image(self, index: int) -> np.ndarray:
        if index not in self._images:
            from PIL import Image

            img = self.g["images"][index]
            if "bufferView" in img:
                data = self.view_bytes(img["bufferView"])[0]
            else:
                data = _uri_bytes(img.get("uri", ""), self.base, self.name)
            try:
                pic = Image.open(io.BytesIO(data))
                alpha = "A" in pic.getbands() or (pic.mode == "P" and "transparency" in pic.info)
                self._images[index] = np.asarray(pic.convert("RGBA" if alpha else "RGB"))
            except OSError as exc:
                raise _bad(
                    self.name, f"image {index} cannot be decoded ({type(exc).__name__})"
                ) from None
        return self._images[index]

    def texture(self, info: dict | None) -> np.ndarray | None:
        if not info:
            return None
        tex = self.g["textures"][info["index"]]
        return self.image(tex["source"]) if "source" in tex else None


def _uri_bytes(uri: str, base: Path | None, name: str) -> bytes:
    if uri.startswith("data:"):
        return base64.b64decode(uri.split(",", 1)[1])
    rel = PurePosixPath(uri)
    if base is None or rel.is_absolute() or ".." in rel.parts or ":" in uri:
        raise _bad(name, f"the resource '{uri}' is outside the scene's folder")
    path = base / Path(*rel.parts)
    if not path.is_file():
        raise _bad(name, f"the resource '{uri}' is missing")
    return path.read_bytes()


def vertex_normals(p: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Area-weighted smooth normals (for meshes that carry none)."""
    face = np.cross(p[idx[:, 1]] - p[idx[:, 0]], p[idx[:, 2]] - p[idx[:, 0]])
    n = np.zeros_like(p, dtype=np.float64)
    for k in range(3):
        np.add.at(n, idx[:, k], face)
    ln = np.linalg.norm(n, axis=1, keepdims=True)
    return (n / np.where(ln > 0, ln, 1)).astype(np.float32)


def _material(g: _Gltf, index: int) -> RenderMaterial:
    m = g.g["materials"][index]
    pbr = m.get("pbrMetallicRoughness", {})
    normal = m.get("normalTexture")
    occ = m.get("occlusionTexture")
    return RenderMaterial(
        name=m.get("name", f"material_{index}"),
        albedo=g.texture(pbr.get("baseColorTexture")),
        normal=g.texture(normal),
        metal_rough=g.texture(pbr.get("metallicRoughnessTexture")),
        occlusion=g.texture(occ),
        base_color_factor=tuple(pbr.get("baseColorFactor", (1, 1, 1, 1))),
        metallic_factor=float(pbr.get("metallicFactor", 1.0)),
        roughness_factor=float(pbr.get("roughnessFactor", 1.0)),
        normal_scale=float((normal or {}).get("scale", 1.0)),
        occlusion_strength=float((occ or {}).get("strength", 1.0)),
        alpha_mode=m.get("alphaMode", "OPAQUE"),
        alpha_cutoff=float(m.get("alphaCutoff", 0.5)),
        double_sided=bool(m.get("doubleSided", False)),
        **_emission(g, m),
    )


def _emission(g: _Gltf, m: dict) -> dict:
    """RenderMaterial emission fields of a glTF material (emissiveTexture, emissiveFactor and
    KHR_materials_emissive_strength)."""
    strength = (
        m.get("extensions", {})
        .get("KHR_materials_emissive_strength", {})
        .get("emissiveStrength", 1.0)
    )
    factor = tuple(float(c) for c in m.get("emissiveFactor", (0.0, 0.0, 0.0)))
    return {
        "emissive": g.texture(m.get("emissiveTexture")),
        "emissive_factor": factor,
        "emissive_strength": float(strength),
    }


def _primitive_mesh(g: _Gltf, prim: dict) -> Mesh | None:
    if prim.get("mode", 4) != 4 or "POSITION" not in prim.get("attributes", {}):
        return None
    attrs = prim["attributes"]
    p = g.accessor(attrs["POSITION"]).astype(np.float32)
    idx: np.ndarray = (
        g.accessor(prim["indices"]).reshape(-1) if "indices" in prim else np.arange(len(p))
    )
    idx = idx.astype(np.uint32)[: len(idx) // 3 * 3].reshape(-1, 3)
    if len(idx) and int(idx.max()) >= len(p):
        raise _bad(g.name, "an index points past the vertices")
    n = (
        g.accessor(attrs["NORMAL"]).astype(np.float32)
        if "NORMAL" in attrs
        else vertex_normals(p, idx)
    )
    uv = (
        g.accessor(attrs["TEXCOORD_0"]).astype(np.float32)
        if "TEXCOORD_0" in attrs
        else np.zeros((len(p), 2), np.float32)
    )
    t = g.accessor(attrs["TANGENT"]).astype(np.float32) if "TANGENT" in attrs else None
    return Mesh(positions=p, normals=n, uvs=uv, indices=idx, tangents=t)


def _walk(
    g: _Gltf, scene: RenderScene, node_index: int, parent: np.ndarray, depth: int = 0
) -> None:
    if depth > 64:
        raise _bad(g.name, "the node hierarchy is too deep (a cycle?)")
    node = g.g["nodes"][node_index]
    world = parent @ node_matrix(node)
    name = node.get("name", f"node_{node_index}")
    if "mesh" in node:
        mesh = g.g["meshes"][node["mesh"]]
        for k, prim in enumerate(mesh.get("primitives", [])):
            m = _primitive_mesh(g, prim)
            if m is None:
                continue
            key = f"m{prim['material']}" if "material" in prim else "default"
            if "material" in prim and key not in scene.materials:
                scene.materials[key] = _material(g, prim["material"])
            scene.items.append(RenderItem(f"{name}_{k}" if k else name, m, key, world))
    if "camera" in node:
        cam = g.g["cameras"][node["camera"]]
        if cam.get("type") == "perspective":
            p = cam["perspective"]
            c = Camera.from_world_matrix(
                world,
                float(p["yfov"]),
                float(p.get("znear", 0.01)),
                float(p.get("zfar", 1000.0)),
                name,
            )
            scene.cameras.setdefault(name, c)
            scene.cameras.setdefault(cam.get("name", name), c)
    for child in node.get("children", []):
        _walk(g, scene, child, world, depth + 1)


def load_gltf(path: Path) -> RenderScene:
    """A .glb or .gltf file as a RenderScene (InvalidInput naming $.scene when it is malformed)."""
    data = path.read_bytes()
    if path.suffix.lower() == ".glb":
        gltf, binary = read_glb(data)
        buffers = [binary]
        base = path.parent
    else:
        try:
            gltf = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _bad(path.name, f"not JSON ({type(exc).__name__})") from None
        base = path.parent
        buffers = [_uri_bytes(b.get("uri", ""), base, path.name) for b in gltf.get("buffers", [])]
    g = _Gltf(gltf, buffers, path.name, base)
    scene = RenderScene(items=[], materials={}, name=path.stem)
    try:
        if gltf.get("scenes"):
            roots = gltf["scenes"][gltf.get("scene", 0)].get("nodes", [])
        else:  # no scene: every node that is no other node's child
            children = {c for n in gltf.get("nodes", []) for c in n.get("children", [])}
            roots = [i for i in range(len(gltf.get("nodes", []))) if i not in children]
        for n in roots:
            _walk(g, scene, n, np.identity(4))
    except (KeyError, IndexError, TypeError) as exc:
        raise _bad(path.name, f"a reference does not resolve ({type(exc).__name__})") from None
    return scene
