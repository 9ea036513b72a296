"""USDA text and USDZ package writers (no pxr needed to write; tests validate with usd-core).

Floats are written with "%.9g", which round-trips every float32 exactly, and formatted with one
`%` call per array: per-value Python formatting would be several times slower on a real mesh.
The output depends only on the inputs, so the same asset always gives the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assetsmith.errors import InvalidInput
from assetsmith.formats._mesh import check_mesh
from assetsmith.formats._zip import ZipWriter
from assetsmith.geometry.mesh import Mesh, Part

USDZ_SUFFIXES = frozenset({"usda", "usdc", "usd", "png", "jpg", "jpeg"})


@dataclass
class UsdMaterial:
    """A UsdPreviewSurface material; texture paths are relative to the layer (or package root)."""

    name: str
    albedo: str
    normal: str | None = None
    orm: str | None = None
    opacity: float = 1.0
    # Glow: an sRGB emissive map into emissiveColor, scaled by the strength (the texture's scale).
    emissive: str | None = None
    emissive_strength: float = 1.0


def prim_name(name: str) -> str:
    """A valid USD prim name: [A-Za-z_][A-Za-z0-9_]* (other characters become '_')."""
    safe = re.sub(r"[^A-Za-z0-9_]", "_", name) or "_"
    return "_" + safe if safe[0].isdigit() else safe


def _floats(a: np.ndarray, group: int) -> str:
    flat = np.asarray(a, dtype=np.float32).reshape(-1) + np.float32(0)  # + 0 turns -0.0 into 0.0
    one = "(" + ", ".join(["%.9g"] * group) + ")"
    values, inverse = np.unique(flat, return_inverse=True)
    if len(values) * 2 <= len(flat):
        # Unwelded meshes repeat each value several times: format each distinct value once.
        text = ("%.9g\n" * len(values) % tuple(values.tolist())).split("\n")
        flat = np.array(text[:-1], dtype=object)[inverse]
        one = one.replace("%.9g", "%s")
    return "[" + ", ".join([one] * (len(flat) // group)) % tuple(flat.tolist()) + "]"


def _ints(a: np.ndarray) -> str:
    flat = np.asarray(a, dtype=np.int64).reshape(-1)
    if flat.size == 0:
        return "[]"
    # Each vertex index recurs about six times: format 0..max once, then pick.
    n = int(flat.max()) + 1
    names = np.array(("%d\n" * n % tuple(range(n))).split("\n")[:-1], dtype=object)
    return "[" + ", ".join(names[flat].tolist()) + "]"


def _asset(path: str) -> str:
    if "@" in path or "\n" in path:
        raise InvalidInput(f"Texture path '{path}' cannot be written as a USD asset path.")
    return f"@{path}@"


def _mesh_prim(name: str, mesh: Mesh, binding: str, ind: str) -> list[str]:
    check_mesh(mesh, name)
    st = mesh.uvs.astype(np.float32).copy()
    st[:, 1] = np.float32(1) - st[:, 1]  # glTF's V points down the image, USD's st points up
    lo, hi = mesh.bounds()
    i2 = ind + "    "
    return [
        f'{ind}def Mesh "{name}" (',
        f'{i2}prepend apiSchemas = ["MaterialBindingAPI"]',
        f"{ind})",
        f"{ind}{{",
        f"{i2}uniform bool doubleSided = 0",
        f"{i2}float3[] extent = {_floats(np.stack([lo, hi]), 3)}",
        f"{i2}int[] faceVertexCounts = [{', '.join(['3'] * mesh.triangle_count)}]",
        f"{i2}int[] faceVertexIndices = {_ints(mesh.indices)}",
        f"{i2}rel material:binding = <{binding}>",
        f"{i2}normal3f[] normals = {_floats(mesh.normals, 3)} (",
        f'{i2}    interpolation = "vertex"',
        f"{i2})",
        f"{i2}point3f[] points = {_floats(mesh.positions, 3)}",
        f"{i2}texCoord2f[] primvars:st = {_floats(st, 2)} (",
        f'{i2}    interpolation = "vertex"',
        f"{i2})",
        f'{i2}uniform token subdivisionScheme = "none"',
        f"{ind}}}",
    ]


def _shader(name: str, shader_id: str, body: list[str], ind: str) -> list[str]:
    i2 = ind + "    "
    head = [f'{ind}def Shader "{name}"', f"{ind}{{", f'{i2}uniform token info:id = "{shader_id}"']
    return head + [i2 + line for line in body] + [f"{ind}}}"]


def _texture(
    name: str,
    path: str,
    reader: str,
    color_space: str,
    outputs: list[str],
    ind: str,
    extra: list[str],
) -> list[str]:
    body = [
        f"asset inputs:file = {_asset(path)}",
        f'token inputs:sourceColorSpace = "{color_space}"',
        f"float2 inputs:st.connect = <{reader}.outputs:result>",
        'token inputs:wrapS = "repeat"',
        'token inputs:wrapT = "repeat"',
        *extra,
        *outputs,
    ]
    return _shader(name, "UsdUVTexture", body, ind)


def _material_prim(mat: UsdMaterial, path: str, ind: str) -> list[str]:
    i2 = ind + "    "
    reader = f"{path}/StReader"
    surface = [
        f"color3f inputs:diffuseColor.connect = <{path}/AlbedoTexture.outputs:rgb>",
    ]
    shaders = _texture("AlbedoTexture", mat.albedo, reader, "sRGB", ["float3 outputs:rgb"], i2, [])
    if mat.normal is not None:
        surface.append(f"normal3f inputs:normal.connect = <{path}/NormalTexture.outputs:rgb>")
        # 8-bit normals decode as n = 2 * texel - 1.
        extra = ["float4 inputs:bias = (-1, -1, -1, 0)", "float4 inputs:scale = (2, 2, 2, 1)"]
        shaders += _texture(
            "NormalTexture", mat.normal, reader, "raw", ["float3 outputs:rgb"], i2, extra
        )
    if mat.orm is not None:
        for channel, input_name in (("r", "occlusion"), ("g", "roughness"), ("b", "metallic")):
            surface.append(
                f"float inputs:{input_name}.connect = <{path}/OrmTexture.outputs:{channel}>"
            )
        outs = ["float outputs:b", "float outputs:g", "float outputs:r"]
        shaders += _texture("OrmTexture", mat.orm, reader, "raw", outs, i2, [])
    if mat.emissive is not None:
        shaders += _emissive(mat, mat.emissive, path, reader, surface, i2)
    if mat.opacity < 1.0:
        surface.append(f"float inputs:opacity = {float(mat.opacity):.9g}")
    surface += ["int inputs:useSpecularWorkflow = 0", "token outputs:surface"]
    reader_body = ['string inputs:varname = "st"', "float2 outputs:result"]
    return [
        f'{ind}def Material "{path.rsplit("/", 1)[1]}"',
        f"{ind}{{",
        f"{i2}token outputs:surface.connect = <{path}/PreviewSurface.outputs:surface>",
        *_shader("PreviewSurface", "UsdPreviewSurface", surface, i2),
        *_shader("StReader", "UsdPrimvarReader_float2", reader_body, i2),
        *shaders,
        f"{ind}}}",
    ]


def _emissive(
    mat: UsdMaterial, texture: str, path: str, reader: str, surface: list[str], ind: str
) -> list[str]:
    """The EmissiveTexture shader, wired to the surface's emissiveColor (appended to `surface`).

    UsdPreviewSurface has no emission intensity: the strength scales the texture's output, which
    gives HDR emission (values above 1) the way UsdUVTexture's scale input is meant to be used.
    """
    s = float(mat.emissive_strength)
    if not (np.isfinite(s) and s >= 0):
        raise InvalidInput(f"Material '{mat.name}' has an invalid emissive strength {s!r}.")
    surface.append(f"color3f inputs:emissiveColor.connect = <{path}/EmissiveTexture.outputs:rgb>")
    extra = [f"float4 inputs:scale = ({s:.9g}, {s:.9g}, {s:.9g}, 1)"] if s != 1.0 else []
    return _texture("EmissiveTexture", texture, reader, "sRGB", ["float3 outputs:rgb"], ind, extra)


def write_usda(parts: list[Part], materials: dict[str, UsdMaterial], *, root_name: str) -> str:
    """Write parts as a USDA layer: /root_name (Xform, kind component) with one Mesh per part and
    one UsdPreviewSurface material per material id used, under /root_name/Materials.

    Y up, metres. Parts with no triangles are skipped; prim names are sanitised and made unique.
    Raises InvalidInput for a part whose material id has no UsdMaterial.
    """
    root = prim_name(root_name)
    used: dict[str, str] = {}  # material id -> material prim path
    taken: set[str] = {"Materials"}  # child names of the root prim
    material_names: set[str] = set()
    meshes: list[str] = []
    for part in parts:
        if part.mesh.triangle_count == 0:
            continue
        if part.material not in materials:
            raise InvalidInput(
                f"Part '{part.name}' uses material '{part.material}' with no UsdMaterial."
            )
        if part.material not in used:
            mname = _unique(prim_name(materials[part.material].name), material_names)
            used[part.material] = f"/{root}/Materials/{mname}"
        name = _unique(prim_name(part.name), taken)
        meshes += _mesh_prim(name, part.mesh, used[part.material], "    ")
    lines = [
        "#usda 1.0",
        "(",
        f'    defaultPrim = "{root}"',
        "    metersPerUnit = 1",
        '    upAxis = "Y"',
        ")",
        "",
        f'def Xform "{root}" (',
        '    kind = "component"',
        ")",
        "{",
        *meshes,
    ]
    if used:
        lines += ['    def Scope "Materials"', "    {"]
        for mat_id, path in used.items():
            lines += _material_prim(materials[mat_id], path, "        ")
        lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... whichever is not taken yet; records the choice."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate)
    return candidate


def write_usdz(
    usda_text: str, files: dict[str, bytes], *, root_layer_name: str = "asset.usda"
) -> bytes:
    """Package a root layer and its files as USDZ: an uncompressed zip, root layer first, every
    file's data 64-byte aligned, fixed timestamps. `files` maps package-relative paths (as the
    layer references them) to bytes; only usda/usdc/usd/png/jpg/jpeg files are accepted.
    """
    names = [root_layer_name, *sorted(files)]
    for name in names:
        parts = name.split("/")
        if name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts):
            raise InvalidInput(f"'{name}' is not a package-relative path.")
        if name.rsplit(".", 1)[-1].lower() not in USDZ_SUFFIXES:
            raise InvalidInput(f"'{name}' has a file type USDZ packages may not contain.")
    if root_layer_name in files:
        raise InvalidInput(f"'{root_layer_name}' is both the root layer and a packaged file.")
    pieces: list[bytes | bytearray] = []
    zw = ZipWriter(pieces.append, align=64)
    zw.add(root_layer_name, usda_text.encode("utf-8"))
    for name in names[1:]:
        zw.add(name, files[name])
    zw.finish()
    return b"".join(pieces)
