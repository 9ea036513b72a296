"""Load a USD stage (.usd/.usda/.usdc/.usdz) into a RenderScene with usd-core (`pxr`, the `usd`
extra): meshes (polygons fanned into triangles, world transforms, Z-up stages turned Y-up),
UsdPreviewSurface materials with their UsdUVTexture maps (loose files or inside a .usdz), cameras.

Meshes are unwelded to face corners, so every primvar interpolation reads the same way.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np

from ..errors import InvalidInput, import_extra
from ..geometry.mesh import Mesh
from ..render.camera import Camera
from ..render.scene import RenderItem, RenderMaterial, RenderScene
from .scene_gltf import vertex_normals

_Z_UP_TO_Y_UP = np.array(
    [[1, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]], dtype=np.float64
)


def _pxr():
    import_extra("pxr", "usd", "Reading USD scenes")
    from pxr import Gf, Usd, UsdGeom, UsdShade

    return Gf, Usd, UsdGeom, UsdShade


def _matrix(gf_matrix) -> np.ndarray:
    return np.array(gf_matrix, dtype=np.float64).T  # USD matrices are row-vector (transposed)


def _read_asset(asset) -> bytes | None:
    resolved = getattr(asset, "resolvedPath", "") or ""
    if not resolved:
        return None
    if resolved.endswith("]") and "[" in resolved:  # inside a package: archive.usdz[inner/path.png]
        archive, inner = resolved[:-1].split("[", 1)
        with zipfile.ZipFile(archive) as z:
            return z.read(inner)
    path = Path(resolved)
    return path.read_bytes() if path.is_file() else None


def _texture(shader, cache: dict) -> np.ndarray | None:
    from PIL import Image

    key = str(shader.GetPath())
    if key not in cache:
        data = _read_asset(shader.GetInput("file").Get()) if shader.GetInput("file") else None
        img = None
        if data is not None:
            pic = Image.open(io.BytesIO(data))
            img = np.asarray(pic.convert("RGBA" if "A" in pic.getbands() else "RGB"))
        cache[key] = img
    return cache[key]


def _input(surface, name: str, cache: dict):
    """(constant value, texture array, channel) of one UsdPreviewSurface input."""
    inp = surface.GetInput(name)
    if not inp:
        return None, None, None
    sources = inp.GetConnectedSources()[0]
    if sources:
        from pxr import UsdShade

        src = UsdShade.Shader(sources[0].source.GetPrim())
        return None, _texture(src, cache), sources[0].sourceName
    return inp.Get(), None, None


def _channel(img: np.ndarray, name: str) -> np.ndarray:
    return img[..., {"r": 0, "g": 1, "b": 2, "a": 3}.get(name, 0) if img.ndim == 3 else slice(None)]


def _material(mat, cache: dict) -> RenderMaterial:
    surface = mat.ComputeSurfaceSource()[0] if mat else None
    if not surface:
        return RenderMaterial(
            "default",
            base_color_factor=(0.8, 0.8, 0.8, 1),
            metallic_factor=0.0,
            roughness_factor=0.6,
        )
    color, albedo, _ = _input(surface, "diffuseColor", cache)
    _, normal, _ = _input(surface, "normal", cache)
    rough_v, rough_t, rough_c = _input(surface, "roughness", cache)
    metal_v, metal_t, metal_c = _input(surface, "metallic", cache)
    _, occ_t, occ_c = _input(surface, "occlusion", cache)
    opacity, _, _ = _input(surface, "opacity", cache)
    orm = None
    maps = [t for t in (rough_t, metal_t, occ_t) if t is not None]
    if maps and all(t.shape[:2] == maps[0].shape[:2] for t in maps):
        h, w = maps[0].shape[:2]
        orm = np.full((h, w, 3), 255, np.uint8)
        for t, c, k in ((occ_t, occ_c, 0), (rough_t, rough_c, 1), (metal_t, metal_c, 2)):
            if t is not None:
                orm[..., k] = _channel(t, c)
    base = (
        (float(color[0]), float(color[1]), float(color[2]))
        if color is not None
        else (1.0, 1.0, 1.0)
    )
    alpha = float(opacity) if opacity is not None else 1.0
    return RenderMaterial(
        name=mat.GetPrim().GetName(),
        albedo=albedo,
        normal=normal,
        metal_rough=orm,
        occlusion=orm if occ_t is not None else None,
        base_color_factor=(*base, alpha),
        metallic_factor=1.0 if metal_t is not None else float(metal_v or 0.0),
        roughness_factor=1.0 if rough_t is not None else float(0.5 if rough_v is None else rough_v),
        alpha_mode="BLEND" if alpha < 1.0 else "OPAQUE",
    )


def _primvar(values, interp: str, fvi: np.ndarray, face_of_corner: np.ndarray, n_points: int):
    """Per-corner values of a primvar of any interpolation (None when unusable)."""
    if values is None or len(values) == 0:
        return None
    if interp in ("vertex", "varying") and len(values) >= n_points:
        return values[fvi]
    if interp == "faceVarying" and len(values) == len(fvi):
        return values
    if interp == "uniform" and len(values) > face_of_corner.max(initial=0):
        return values[face_of_corner]
    if interp == "constant":
        return np.repeat(values[:1], len(fvi), axis=0)
    return None


def _mesh(UsdGeom, prim, time) -> Mesh | None:
    m = UsdGeom.Mesh(prim)
    pts = np.array(m.GetPointsAttr().Get(time) or [], dtype=np.float32).reshape(-1, 3)
    counts = np.array(m.GetFaceVertexCountsAttr().Get(time) or [], dtype=np.int64)
    fvi = np.array(m.GetFaceVertexIndicesAttr().Get(time) or [], dtype=np.int64)
    if len(pts) == 0 or len(counts) == 0 or counts.sum() != len(fvi) or fvi.max() >= len(pts):
        return None
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    face_of_corner = np.repeat(np.arange(len(counts)), counts)
    tris = [
        np.stack([np.full(c - 2, s), s + np.arange(1, c - 1), s + np.arange(2, c)], axis=1)
        for s, c in zip(starts, counts, strict=True)
        if c >= 3
    ]
    if not tris:
        return None
    idx = np.concatenate(tris).astype(np.uint32)
    if m.GetOrientationAttr().Get() == "leftHanded":
        idx = idx[:, ::-1].copy()
    p = pts[fvi]
    nrm_raw = m.GetNormalsAttr().Get(time)
    nrm = _primvar(
        np.array(nrm_raw, np.float32).reshape(-1, 3) if nrm_raw else None,
        m.GetNormalsInterpolation(),
        fvi,
        face_of_corner,
        len(pts),
    )
    st_pv = UsdGeom.PrimvarsAPI(prim).GetPrimvar("st")
    uv = None
    if st_pv and st_pv.HasValue():
        raw = st_pv.ComputeFlattened(time)
        uv = _primvar(
            np.array(raw, np.float32).reshape(-1, 2) if raw else None,
            st_pv.GetInterpolation(),
            fvi,
            face_of_corner,
            len(pts),
        )
    if uv is None:
        uv = np.zeros((len(p), 2), np.float32)
    else:
        uv = uv.copy()
        uv[:, 1] = 1.0 - uv[:, 1]  # USD's st origin is bottom-left, glTF's (ours) top-left
    if nrm is None:
        nrm = vertex_normals(p, idx)
    return Mesh(positions=p, normals=nrm.astype(np.float32), uvs=uv, indices=idx)


def load_usd(path: Path) -> RenderScene:
    """A USD stage as a RenderScene (InvalidInput naming $.scene when it cannot be opened)."""
    Gf, Usd, UsdGeom, UsdShade = _pxr()
    from pxr import Tf

    try:
        stage = Usd.Stage.Open(str(path))
    except Tf.ErrorException:
        stage = None
    if stage is None:
        raise InvalidInput(
            f"The scene '{path.name}' cannot be opened as USD.",
            "Pass a valid USD file.",
            details=[{"path": "$.scene", "message": "not a USD stage"}],
        )
    up = _Z_UP_TO_Y_UP if UsdGeom.GetStageUpAxis(stage) == UsdGeom.Tokens.z else np.identity(4)
    time = Usd.TimeCode.Default()
    scene = RenderScene(items=[], materials={}, name=path.stem)
    cache: dict = {}
    for prim in stage.Traverse():
        img = UsdGeom.Imageable(prim)
        if img and img.ComputeVisibility(time) == UsdGeom.Tokens.invisible:
            continue
        if not prim.IsA(UsdGeom.Xformable):  # (meshes and cameras always are)
            continue
        world = up @ _matrix(UsdGeom.Xformable(prim).ComputeLocalToWorldTransform(time))
        if prim.IsA(UsdGeom.Mesh):
            mesh = _mesh(UsdGeom, prim, time)
            if mesh is None:
                continue
            mat = UsdShade.MaterialBindingAPI(prim).ComputeBoundMaterial()[0]
            key = str(mat.GetPath()) if mat else "default"
            if key not in scene.materials:
                scene.materials[key] = _material(mat, cache)
            scene.items.append(RenderItem(prim.GetName(), mesh, key, world))
        elif prim.IsA(UsdGeom.Camera):
            gf_cam = UsdGeom.Camera(prim).GetCamera(time)
            near, far = gf_cam.clippingRange.min, gf_cam.clippingRange.max
            yfov = np.radians(gf_cam.GetFieldOfView(Gf.Camera.FOVVertical))
            cam = Camera.from_world_matrix(
                world, float(yfov), float(near), float(far), prim.GetName()
            )
            scene.cameras.setdefault(prim.GetName(), cam)
            scene.cameras.setdefault(str(prim.GetPath()), cam)
    return scene
