"""A RenderScene on the GPU: one interleaved vertex buffer per item, mipmapped textures per map.

Runs on the GL thread only (see gl.run_gl). Albedo goes up as an sRGB texture, so sampling returns
linear values and mipmaps are averaged in linear light; normal and ORM maps stay linear. Textures
larger than `max_texture` are box-filtered down first: a 256-pixel preview gains nothing from a
4096-pixel map and the upload and mipmap build are paid on the CPU under llvmpipe.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from .gl import GL
from .scene import RenderItem, RenderMaterial, RenderScene
from .shaders import (
    BACKDROP_FS,
    DEPTH_FS,
    DEPTH_VS,
    FULLSCREEN_VS,
    FXAA_FS,
    GROUND_FS,
    MESH_VS,
    PBR_FS,
    RESOLVE_FLOAT_FS,
    variant,
)

_GL_SRGB8, _GL_SRGB8_ALPHA8 = 0x8C41, 0x8C43
_LINEAR, _LINEAR_MIPMAP_NEAREST, _LINEAR_MIPMAP_LINEAR = 0x2601, 0x2701, 0x2703
VERTEX_FORMAT = "3f 3f 4f 2f"
VERTEX_ATTRS = ("in_pos", "in_nrm", "in_tan", "in_uv")
_serials = itertools.count(1)


# name: (vertex shader, fragment shader). The mesh programs come in four variants: `pbr` or `pbr_orm`
# (an ORM map: no separate occlusion lookup), each for float frames or, with `_preview`, for previews.
PROGRAMS = {
    "pbr": (MESH_VS, variant(PBR_FS)),
    "pbr_orm": (MESH_VS, variant(PBR_FS, "OCCLUSION_IN_MR")),
    "pbr_preview": (MESH_VS, variant(PBR_FS, "PREVIEW")),
    "pbr_orm_preview": (MESH_VS, variant(PBR_FS, "OCCLUSION_IN_MR", "PREVIEW")),
    "pbr_packed": (MESH_VS, variant(PBR_FS, "PACKED", "OCCLUSION_IN_MR")),
    "pbr_packed_preview": (MESH_VS, variant(PBR_FS, "PACKED", "OCCLUSION_IN_MR", "PREVIEW")),
    "ground": (MESH_VS, variant(GROUND_FS)),
    "backdrop": (variant(FULLSCREEN_VS, "FAR_PLANE"), variant(BACKDROP_FS)),
    "fxaa": (FULLSCREEN_VS, FXAA_FS),
    # Without MSAA the same resolve reads plain textures (texelFetch's last argument is then the mip level).
    "resolve_float_ms": (FULLSCREEN_VS, RESOLVE_FLOAT_FS),
    "resolve_float_1x": (FULLSCREEN_VS, RESOLVE_FLOAT_FS.replace("sampler2DMS", "sampler2D")),
    "depth": (DEPTH_VS, DEPTH_FS),
    "prepass": (MESH_VS, DEPTH_FS),
}

# Glowing materials get an `_emissive` variant of each mesh program (one more texture lookup, which
# materials that do not glow never pay for); compiled on first use.
PROGRAMS.update(
    {
        f"{name}_emissive": (
            vs,
            fs.replace("#version 330\n", "#version 330\n#define EMISSIVE\n", 1),
        )
        for name, (vs, fs) in list(PROGRAMS.items())
        if name.startswith("pbr")
    }
)

# What pack previews use (compiled ahead by the render stage's prepare hook).
PREVIEW_PROGRAMS = ("depth", "prepass", "pbr_packed_preview", "ground", "backdrop")


class Programs(dict):
    """The programs of one context by name, each compiled on first use (a preview never pays for the
    float variants, nor a batch job for the preview ones)."""

    def __init__(self, gl: GL) -> None:
        super().__init__()
        self.gl = gl

    def __missing__(self, name: str):
        vs, fs = PROGRAMS[name]
        prog = self[name] = self.gl.ctx.program(vertex_shader=vs, fragment_shader=fs)
        return prog


def programs(gl: GL, *warm: str) -> Programs:
    """The context's programs; those named in `warm` are compiled now."""
    if "programs" not in gl.cache:
        gl.cache["programs"] = Programs(gl)
    progs = gl.cache["programs"]
    for name in warm:
        progs[name]  # noqa: B018  (compiles it)
    return progs


def fullscreen(gl: GL, name: str):
    """Program `name` (a full-screen pass) and its attribute-less vertex array, made once per context;
    render it with `vao.render(mode=ctx.TRIANGLES, vertices=3)`."""
    vaos = gl.cache.setdefault("fullscreen_vaos", {})
    prog = programs(gl)[name]
    if name not in vaos:
        vaos[name] = gl.ctx.vertex_array(prog, [])
    return prog, vaos[name]


def downsample(img: np.ndarray, max_size: int | None) -> np.ndarray:
    """Box-filter an image down by powers of two until both sides are at most `max_size`
    (Pillow's reduce when installed: about 5x faster than numpy here)."""
    factor = 1
    while (
        max_size and max(img.shape[:2]) // factor > max_size and min(img.shape[:2]) // factor >= 2
    ):
        factor *= 2
    if factor == 1:
        return img
    try:
        from PIL import Image

        return np.asarray(Image.fromarray(np.ascontiguousarray(img)).reduce(factor))
    except ImportError:
        pass
    while factor > 1:
        h, w = img.shape[0] // 2 * 2, img.shape[1] // 2 * 2
        a = img[:h, :w].astype(np.uint16)
        img = ((a[0::2, 0::2] + a[1::2, 0::2] + a[0::2, 1::2] + a[1::2, 1::2] + 2) >> 2).astype(
            np.uint8
        )
        factor //= 2
    return img


def interleave(item: RenderItem) -> bytes:
    """Positions, normals, tangents (zeros when absent) and UVs as one float32 buffer."""
    m = item.mesh
    n = m.vertex_count
    tangents = m.tangents if m.tangents is not None else np.zeros((n, 4), np.float32)
    normals = m.normals if m.normals is not None else np.zeros((n, 3), np.float32)
    uvs = m.uvs if m.uvs is not None else np.zeros((n, 2), np.float32)
    data = np.empty((n, 12), dtype=np.float32)
    data[:, 0:3], data[:, 3:6], data[:, 6:10], data[:, 10:12] = m.positions, normals, tangents, uvs
    return data.tobytes()


def _vao(gl: GL, prog, vbo, ibo):
    # skip_errors: a program may not use every attribute (the ground ignores normals and UVs).
    return gl.ctx.vertex_array(
        prog, [(vbo, VERTEX_FORMAT, *VERTEX_ATTRS)], ibo, 4, skip_errors=True
    )


@dataclass
class GpuItem:
    item: RenderItem
    material: RenderMaterial
    vaos: dict
    buffers: tuple
    normal_matrix: np.ndarray
    centre: np.ndarray  # world-space centre of its bounds (blended items are sorted by it)

    def vao(self, gl: GL, name: str):
        """The item's vertex array for program `name` (made on first use)."""
        vao = self.vaos.get(name)
        if vao is None:
            prog = programs(gl)[name]
            vbo, ibo = self.buffers
            if name == "depth":  # positions only: the shadow pass reads 12 of every 48 bytes
                vao = gl.ctx.vertex_array(prog, [(vbo, "3f 36x", "in_pos")], ibo, 4)
            else:
                vao = _vao(gl, prog, vbo, ibo)
            self.vaos[name] = vao
        return vao


class GpuScene:
    """The GPU copy of a scene. Call `release()` when done (the context outlives it)."""

    def __init__(
        self, gl: GL, scene: RenderScene, *, max_texture: int | None = None, trilinear: bool = True
    ) -> None:
        self.gl, self.scene = gl, scene
        self.trilinear = trilinear
        self.serial = next(_serials)  # unlike id(), never reused: keys the cached shadow map
        self.max_texture = max_texture
        self._textures: dict[tuple, tuple] = {}
        self.items: list[GpuItem] = []
        self.extra: dict[str, tuple] = {}  # lazily built helpers, e.g. the ground quad
        for item in scene.items:
            if item.mesh.triangle_count == 0:
                continue
            vbo = gl.ctx.buffer(interleave(item))
            ibo = gl.ctx.buffer(np.ascontiguousarray(item.mesh.indices, dtype=np.uint32).tobytes())
            lo, hi = item.world_bounds()
            self.items.append(
                GpuItem(
                    item,
                    scene.material(item.material),
                    {},
                    (vbo, ibo),
                    np.linalg.inv(item.matrix[:3, :3]).T,
                    (lo + hi) / 2,
                )
            )
        self.bounds = scene.bounds()
        self.textures = {key: self._material_textures(mat) for key, mat in scene.materials.items()}

    def texture(self, img: np.ndarray | None, *, srgb: bool):
        """The mipmapped GL texture of `img` (uploaded once per array), or None."""
        if img is None:
            return None
        key = (id(img), srgb)
        if key in self._textures:
            return self._textures[key][1]
        tex = self._upload(downsample(img, self.max_texture), srgb=srgb)
        self._textures[key] = (img, tex)  # keep img alive so its id stays unique
        return tex

    def _upload(self, img: np.ndarray, *, srgb: bool):
        """A mipmapped, repeating GL texture of `img` (already at its final size)."""
        small = np.ascontiguousarray(img)
        comps = 1 if small.ndim == 2 else small.shape[2]
        fmt = {3: _GL_SRGB8, 4: _GL_SRGB8_ALPHA8}.get(comps) if srgb else None
        tex = self.gl.ctx.texture(
            (small.shape[1], small.shape[0]), comps, small.tobytes(), internal_format=fmt
        )
        tex.build_mipmaps()
        tex.repeat_x = tex.repeat_y = True
        # Trilinear for final frames; previews take the nearest mip level (about 25% cheaper).
        # No anisotropic filtering: under llvmpipe it more than doubled the frame time.
        tex.filter = (_LINEAR_MIPMAP_LINEAR if self.trilinear else _LINEAR_MIPMAP_NEAREST, _LINEAR)
        return tex

    def neutral_textures(self) -> dict:
        """1x1 stand-ins for missing maps: white albedo/ORM, a flat normal (per context)."""
        cache = self.gl.cache
        if "neutral" not in cache:

            def one(rgb, fmt=None):
                t = self.gl.ctx.texture((1, 1), 3, bytes(rgb), internal_format=fmt)
                t.repeat_x = t.repeat_y = True
                return t

            white = one((255, 255, 255))
            cache["neutral"] = {
                "albedo": one((255, 255, 255), _GL_SRGB8),
                "normal": one((128, 128, 255)),
                "metal_rough": white,
                "occlusion": white,
                "emissive": one((255, 255, 255), _GL_SRGB8),
            }
        return cache["neutral"]

    def _material_textures(self, mat) -> dict:
        out = self._packed_textures(mat)
        if out is None:
            out = {
                "albedo": self.texture(mat.albedo, srgb=True),
                "normal": self.texture(mat.normal, srgb=False),
                "metal_rough": self.texture(mat.metal_rough, srgb=False),
                "occlusion": self.texture(mat.occlusion, srgb=False),
            }
        out["emissive"] = self.texture(mat.emissive, srgb=True) if mat.glows else None
        return out

    def _packed_textures(self, mat) -> dict | None:
        """Two textures instead of three for an opaque material with albedo, normal and an ORM map
        of one size (every generated material): albedo RGB + occlusion as alpha (an sRGB texture's
        alpha is linear), and normal X, roughness, metalness, normal Y. None when it does not fit."""
        albedo, normal, mr = mat.albedo, mat.normal, mat.metal_rough
        if mat.alpha_mode != "OPAQUE" or albedo is None or normal is None or mr is None:
            return None
        if mat.occlusion is not None and mat.occlusion is not mr:
            return None
        if (
            not all(a.ndim == 3 and a.shape[2] >= 3 for a in (albedo, normal, mr))
            or not albedo.shape[:2] == normal.shape[:2] == mr.shape[:2]
        ):
            return None
        key = ("packed", id(albedo), id(normal), id(mr), mat.occlusion is not None)
        if key not in self._textures:
            a, n, m = (
                downsample(np.ascontiguousarray(x[..., :3]), self.max_texture)
                for x in (albedo, normal, mr)
            )
            colour = np.empty(a.shape[:2] + (4,), np.uint8)
            colour[..., :3] = a
            colour[..., 3] = m[..., 0] if mat.occlusion is not None else 255
            surface = np.stack([n[..., 0], m[..., 1], m[..., 2], n[..., 1]], axis=-1)
            self._textures[key] = (
                (albedo, normal, mr),
                (self._upload(colour, srgb=True), self._upload(surface, srgb=False)),
            )
        colour_tex, surface_tex = self._textures[key][1]
        return {
            "albedo": colour_tex,
            "normal": None,
            "metal_rough": surface_tex,
            "occlusion": surface_tex if mat.occlusion is not None else None,
            "packed": True,
        }

    def ground(self, lo: np.ndarray, hi: np.ndarray, radius: float, sides: int = 24):
        """A VAO of a horizontal polygon under the bounds that encloses the circle of `radius` (for
        the preview's ground shadow, which fades out at that radius; a polygon instead of a square
        leaves a fifth fewer pixels to shade)."""
        c = (lo + hi) / 2
        y = float(lo[1])
        r = radius / np.cos(np.pi / sides)  # circumscribed: the circle lies inside every edge
        angles = np.arange(sides) * (2 * np.pi / sides)
        rim = [(c[0] + r * np.cos(a), c[2] + r * np.sin(a)) for a in angles]
        data = np.array(
            [[x, y, z, 0, 1, 0, 1, 0, 0, 1, 0, 0] for x, z in [(c[0], c[2]), *rim]],
            dtype=np.float32,
        )
        fan = [(0, 1 + (k + 1) % sides, 1 + k) for k in range(sides)]
        vbo = self.gl.ctx.buffer(data.tobytes())
        ibo = self.gl.ctx.buffer(np.array(fan, dtype=np.uint32).tobytes())
        vao = _vao(self.gl, programs(self.gl)["ground"], vbo, ibo)
        return vao, (vbo, ibo)

    def release(self) -> None:
        for gi in self.items:
            for vao in gi.vaos.values():
                vao.release()
            for b in gi.buffers:
                b.release()
        for _img, tex in self._textures.values():
            for t in tex if isinstance(tex, tuple) else (tex,):
                t.release()
        for vao, buffers in self.extra.values():
            vao.release()
            for b in buffers:
                b.release()
        self.items, self._textures, self.extra = [], {}, {}
