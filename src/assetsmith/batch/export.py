"""Scene exports of the native engine: USD (.usd/.usda text, .usdz package, .usdc via pxr) with the
job's camera animated over the frame range, and GLB. Transforms are baked into the meshes and
material factors into small or full-size textures, so the formats' writers need nothing else.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from ..errors import InvalidInput, import_extra
from ..formats.glb import GlbMaterial, write_glb
from ..formats.png import encode_png
from ..formats.usd import UsdMaterial, prim_name, write_usda, write_usdz
from ..geometry.mesh import Mesh, Part
from ..render.camera import Camera
from ..render.scene import RenderMaterial, RenderScene


def bake_parts(scene: RenderScene) -> list[Part]:
    """Every item as a Part in world space (positions, normals and tangents transformed)."""
    parts = []
    for it in scene.items:
        m = it.matrix
        lin = m[:3, :3]
        nrm_m = np.linalg.inv(lin).T
        p = (it.mesh.positions.astype(np.float64) @ lin.T + m[:3, 3]).astype(np.float32)
        n = it.mesh.normals.astype(np.float64) @ nrm_m.T
        n = (n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)).astype(np.float32)
        idx = it.mesh.indices if np.linalg.det(lin) > 0 else it.mesh.indices[:, ::-1].copy()
        t = None
        if it.mesh.tangents is not None:
            txyz = it.mesh.tangents[:, :3].astype(np.float64) @ lin.T
            txyz /= np.maximum(np.linalg.norm(txyz, axis=1, keepdims=True), 1e-12)
            t = np.concatenate([txyz, it.mesh.tangents[:, 3:]], axis=1).astype(np.float32)
        parts.append(
            Part(
                it.name,
                it.material,
                Mesh(p, n, it.mesh.uvs.astype(np.float32), idx.astype(np.uint32), t),
            )
        )
    return parts


def _srgb_encode(linear: np.ndarray) -> np.ndarray:
    c = np.clip(linear, 0, 1)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)


def material_maps(mat: RenderMaterial) -> dict[str, np.ndarray]:
    """albedo (sRGB, RGB or RGBA), normal (when present) and orm as uint8 arrays, factors baked in."""
    factor = np.asarray(mat.base_color_factor, dtype=np.float64)
    if mat.albedo is None:
        rgb = np.round(_srgb_encode(factor[:3]) * 255)
        albedo = np.tile(
            np.append(rgb, round(factor[3] * 255)) if factor[3] < 1 else rgb, (4, 4, 1)
        )
    elif np.allclose(factor, 1.0):
        albedo = mat.albedo
    else:
        lin = (mat.albedo[..., :3].astype(np.float64) / 255) ** 2.2 * factor[:3]
        albedo = np.round(_srgb_encode(lin) * 255)
        if mat.albedo.shape[-1] == 4 or factor[3] < 1:
            a = (
                mat.albedo[..., 3] / 255
                if mat.albedo.shape[-1] == 4
                else np.ones(mat.albedo.shape[:2])
            )
            albedo = np.dstack([albedo, np.round(a * factor[3] * 255)])
    mr = mat.metal_rough
    occ = mat.occlusion
    size = (mr if mr is not None else occ if occ is not None else np.zeros((4, 4, 3))).shape[:2]
    orm = np.empty((*size, 3), np.float64)
    orm[..., 0] = occ[..., 0] if occ is not None and occ.shape[:2] == size else 255
    orm[..., 1] = (mr[..., 1] if mr is not None else 255) * mat.roughness_factor
    orm[..., 2] = (mr[..., 2] if mr is not None else 255) * mat.metallic_factor
    out = {
        "albedo": np.clip(albedo, 0, 255).astype(np.uint8),
        "orm": np.clip(np.round(orm), 0, 255).astype(np.uint8),
    }
    if mat.normal is not None:
        out["normal"] = np.ascontiguousarray(mat.normal[..., :3])
    return out


def texture_files(
    scene: RenderScene, used: set[str], prefix: str
) -> tuple[dict[str, dict[str, str]], dict[str, bytes]]:
    """(material key -> role -> relative path, relative path -> PNG bytes) for the used materials."""
    paths: dict[str, dict[str, str]] = {}
    files: dict[str, bytes] = {}
    for key in sorted(used):
        name = prim_name(scene.material(key).name)
        paths[key] = {}
        for role, arr in material_maps(scene.material(key)).items():
            rel = f"{prefix}{name}_{role}.png"
            files[rel] = encode_png(np.ascontiguousarray(arr), srgb=role == "albedo")
            paths[key][role] = rel
    return paths, files


def _matrix_text(world: np.ndarray) -> str:
    rows = np.asarray(world, dtype=np.float64).T  # USD matrices are row-vector: the transpose
    return "(" + ", ".join("(" + ", ".join(f"{v:.9g}" for v in r) + ")" for r in rows) + ")"


def camera_prim(
    cameras: list[tuple[int, Camera]], aspect: float, indent: str = "    "
) -> list[str]:
    """A USD Camera prim; its transform is time-sampled when the camera moves."""
    cam = cameras[0][1]
    h_ap = 20.955
    v_ap = h_ap / aspect
    focal = v_ap / (2 * math.tan(cam.yfov / 2))
    i2 = indent + "    "
    lines = [
        f'{indent}def Camera "{prim_name(cam.name)}"',
        f"{indent}{{",
        f"{i2}float2 clippingRange = ({cam.near:.9g}, {cam.far:.9g})",
        f"{i2}float focalLength = {focal:.9g}",
        f"{i2}float horizontalAperture = {h_ap:.9g}",
        f"{i2}float verticalAperture = {v_ap:.9g}",
    ]
    worlds = [(f, np.linalg.inv(c.view)) for f, c in cameras]
    if len({w.tobytes() for _, w in worlds}) == 1:
        lines.append(f"{i2}matrix4d xformOp:transform = {_matrix_text(worlds[0][1])}")
    else:
        lines.append(f"{i2}matrix4d xformOp:transform.timeSamples = {{")
        lines += [f"{i2}    {f}: {_matrix_text(w)}," for f, w in worlds]
        lines.append(f"{i2}}}")
    lines += [f'{i2}uniform token[] xformOpOrder = ["xformOp:transform"]', f"{indent}}}"]
    return lines


def scene_usda(
    scene: RenderScene,
    cameras: list[tuple[int, Camera]],
    *,
    root: str,
    fps: float,
    aspect: float,
    texture_paths,
) -> str:
    """The scene as USDA text: meshes and materials (formats.usd) plus the animated camera and the
    stage's time metadata."""
    parts = bake_parts(scene)
    mats = {
        k: UsdMaterial(
            name=scene.material(k).name,
            albedo=p["albedo"],
            normal=p.get("normal"),
            orm=p["orm"],
            opacity=float(scene.material(k).base_color_factor[3]),
        )
        for k, p in texture_paths.items()
    }
    lines = write_usda(parts, mats, root_name=root).rstrip("\n").split("\n")
    if lines[-1] != "}" or "(" not in lines:
        raise InvalidInput(
            "The USD writer's output has an unexpected layout."
        )  # guards the splice below
    head = lines.index("(") + 1
    frames = [f for f, _ in cameras]
    meta = [
        f"    startTimeCode = {min(frames)}",
        f"    endTimeCode = {max(frames)}",
        f"    timeCodesPerSecond = {fps:.9g}",
        f"    framesPerSecond = {fps:.9g}",
    ]
    lines = lines[:head] + meta + lines[head:-1] + camera_prim(cameras, aspect) + ["}"]
    return "\n".join(lines) + "\n"


def write_scene_usd(
    scene: RenderScene,
    cameras: list[tuple[int, Camera]],
    out: Path,
    *,
    root: str,
    fps: float,
    aspect: float,
) -> list[Path]:
    """Write `out` (.usd/.usda: text plus a `<stem>_textures/` folder; .usdz: one package; .usdc:
    binary, needs usd-core). Returns every file written."""
    used = {it.material for it in scene.items}
    suffix = out.suffix.lower()
    prefix = "textures/" if suffix == ".usdz" else f"{out.stem}_textures/"
    paths, files = texture_files(scene, used, prefix)
    text = scene_usda(scene, cameras, root=root, fps=fps, aspect=aspect, texture_paths=paths)
    if suffix == ".usdz":
        out.write_bytes(write_usdz(text, files, root_layer_name=f"{out.stem}.usda"))
        return [out]
    written = []
    for rel, data in files.items():
        (out.parent / rel).parent.mkdir(parents=True, exist_ok=True)
        (out.parent / rel).write_bytes(data)
        written.append(out.parent / rel)
    if suffix == ".usdc":
        Sdf = import_extra("pxr.Sdf", "usd", "Writing .usdc")
        layer = Sdf.Layer.CreateAnonymous(".usda")
        layer.ImportFromString(text)
        layer.Export(str(out))
    else:
        out.write_text(text, encoding="utf-8")
    return [out, *written]


def scene_glb(scene: RenderScene, *, root: str, png_level: int = 6) -> bytes:
    """The scene as one GLB (world-space meshes, embedded textures)."""
    parts = bake_parts(scene)
    mats = {}
    for key in {p.material for p in parts}:
        m = material_maps(scene.material(key))
        mats[key] = GlbMaterial(
            name=scene.material(key).name,
            albedo_png=encode_png(m["albedo"], srgb=True, level=png_level),
            normal_png=encode_png(m["normal"], level=png_level) if "normal" in m else None,
            orm_png=encode_png(m["orm"], level=png_level),
            alpha_mode=scene.material(key).alpha_mode
            if scene.material(key).alpha_mode in ("OPAQUE", "BLEND", "MASK")
            else "OPAQUE",
            double_sided=scene.material(key).double_sided,
        )
    return write_glb(parts, mats, root_name=root)


def add_glb_camera(glb: bytes, name: str, camera: Camera, *, aspect: float | None = None) -> bytes:
    """The GLB with one more root node: a perspective camera called `name` placed like `camera`
    (for sample scenes and tests of cameras-by-name)."""
    import json
    import struct

    from ..formats.glb import read_glb

    gltf, binary = read_glb(glb)
    world = np.linalg.inv(camera.view)
    persp = {"yfov": float(camera.yfov), "znear": float(camera.near), "zfar": float(camera.far)}
    if aspect:
        persp["aspectRatio"] = float(aspect)
    gltf.setdefault("cameras", []).append(
        {"name": name, "type": "perspective", "perspective": persp}
    )
    gltf["nodes"].append(
        {
            "name": name,
            "camera": len(gltf["cameras"]) - 1,
            "matrix": [float(v) for v in world.T.reshape(-1)],
        }
    )
    gltf["scenes"][gltf.get("scene", 0)]["nodes"].append(len(gltf["nodes"]) - 1)
    js = json.dumps(gltf, sort_keys=True, separators=(",", ":")).encode()
    js += b" " * (-len(js) % 4)
    chunks = [struct.pack("<II", len(js), 0x4E4F534A), js]
    if binary:
        chunks += [struct.pack("<II", len(binary), 0x004E4942), binary]
    body = b"".join(chunks)
    return struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body
