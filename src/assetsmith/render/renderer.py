"""The forward renderer: shadow pass, depth pre-pass, shading pass, and the resolves.

`Renderer` owns the render targets for one size and sample count and runs on the GL thread; it is
cached per process (see `renderer_for`). `render_float` renders a GpuScene from a camera into the
multisampled float targets and resolves them to linear premultiplied RGBA plus depth (EXR);
`render_preview` renders tone-mapped sRGB straight into an 8-bit target, over a gradient backdrop
with a ground shadow (PNG and WebP previews). Each kind's targets are made on first use. Images come
back with the top row first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .camera import Camera, gl_bytes
from .gl import GL
from .gpu import GpuScene, fullscreen, programs
from .lighting import Lighting, light_view_proj

BACKGROUND_Z = 1e10  # depth of pixels that see no surface (Blender's convention)
_FLIP_Y = np.diag([1.0, -1.0, 1.0, 1.0])
_ALPHA_MODES = {"OPAQUE": 0, "MASK": 1, "BLEND": 2}


@dataclass
class Frame:
    """A float render: `color` (H, W, 4) linear premultiplied RGBA, `depth` (H, W) view distance
    along the camera axis (BACKGROUND_Z where nothing was hit). Top row first."""

    color: np.ndarray
    depth: np.ndarray


def _set(prog, name: str, value) -> None:
    member = prog.get(name, None)  # `name in prog` would walk every member (~80 calls a frame)
    if member is not None:
        if isinstance(value, bytes):
            member.write(value)
        else:
            member.value = value


def _variant(gs: GpuScene, gi, preview: bool) -> str:
    """`pbr_packed` for materials packed into two textures, else `pbr_orm` (no separate occlusion
    lookup) unless the material has its own occlusion map; `_preview` for tone-mapped 8-bit output."""
    tex = gs.textures.get(gi.item.material, {})
    occlusion = tex.get("occlusion")
    if tex.get("packed"):
        name = "pbr_packed"
    else:
        name = (
            "pbr"
            if occlusion is not None and occlusion is not tex.get("metal_rough")
            else "pbr_orm"
        )
    name = name + "_preview" if preview else name
    return name + "_emissive" if gi.material.glows else name


@dataclass(frozen=True)
class Backdrop:
    """What a preview is composited over: a vertical gradient between two linear colours (tone-mapped
    like the object), the ground shadow, and the exposure applied to the object."""

    top: tuple = (0.30, 0.31, 0.33)
    bottom: tuple = (0.13, 0.13, 0.14)
    exposure: float = 1.0
    ground: bool = True
    fxaa: bool = False


class Renderer:
    """Render targets and passes for one (width, height, samples). GL thread only."""

    def __init__(
        self, gl: GL, width: int, height: int, *, samples: int = 4, shadow_size: int = 1024
    ) -> None:
        ctx = gl.ctx
        self.gl, self.size, self.samples = (
            gl,
            (width, height),
            max(1, min(samples, ctx.max_samples)),
        )
        self._ms = (
            self.samples if self.samples > 1 else 0
        )  # one sample: plain textures (MSAA costs ~2x)
        # Depth and the shadow map serve both kinds of frame; the colour targets are made on first use.
        self.depth_ms = ctx.depth_renderbuffer(self.size, samples=self._ms)
        self.depth_fbo = ctx.framebuffer(depth_attachment=self.depth_ms)
        self.shadow = ctx.depth_texture((shadow_size, shadow_size))
        self.shadow.compare_func = "<="
        self.shadow.repeat_x = self.shadow.repeat_y = False
        self.shadow_fbo = ctx.framebuffer(depth_attachment=self.shadow)
        self.shadow_texel = 1.0 / shadow_size
        self._float: dict | None = None
        self._preview: dict | None = None
        self._shadow_key: tuple | str | None = None  # what the shadow map holds ("clear": nothing)

    def _float_targets(self) -> dict:
        """Multisampled RGBA16F colour + R32F aux (coverage / view depth) and their float32 resolve
        targets."""
        if self._float is None:
            ctx, ms = self.gl.ctx, self._ms
            color, aux = (
                ctx.texture(self.size, 4, dtype="f2", samples=ms),
                ctx.texture(self.size, 1, dtype="f4", samples=ms),
            )
            out_color, out_depth = (
                ctx.texture(self.size, 4, dtype="f4"),
                ctx.texture(self.size, 1, dtype="f4"),
            )
            self._float = {
                "fbo": ctx.framebuffer([color, aux], self.depth_ms),
                "color": color,
                "aux": aux,
                "out": ctx.framebuffer([out_color, out_depth]),
                "out_color": out_color,
                "out_depth": out_depth,
            }
        return self._float

    def preview_targets(self, *, fxaa: bool = False) -> dict:
        """One multisampled RGBA8 target (sRGB-encoded values), with MSAA its blit target, and with
        `fxaa` the FXAA target and program."""
        ctx = self.gl.ctx
        if self._preview is None:
            color = ctx.texture(self.size, 4, dtype="f1", samples=self._ms)
            self._preview = {"fbo": ctx.framebuffer([color], self.depth_ms), "color": color}
            if self._ms:
                out = ctx.texture(self.size, 4, dtype="f1")
                self._preview.update(out=ctx.framebuffer([out]), out_color=out)
            # The FXAA pass samples the single-sample image between texels.
            single = self._preview.get("out_color", color)
            single.repeat_x = single.repeat_y = False
            single.filter = (ctx.LINEAR, ctx.LINEAR)
        if fxaa and "fxaa" not in self._preview:
            self._preview["fxaa_color"] = ctx.texture(self.size, 4, dtype="f1")
            self._preview["fxaa"] = ctx.framebuffer([self._preview["fxaa_color"]])
            fullscreen(self.gl, "fxaa")  # compiled with the targets (the render stage warms both)
        return self._preview

    def _fxaa(self, src) -> object:
        """Anti-alias `src` (an RGBA8 texture of this size) into the FXAA target; returns its fbo."""
        ctx = self.gl.ctx
        t = self.preview_targets(fxaa=True)
        prog, vao = fullscreen(self.gl, "fxaa")
        t["fxaa"].use()
        ctx.disable(ctx.DEPTH_TEST | ctx.BLEND | ctx.CULL_FACE)
        src.use(location=0)
        _set(prog, "u_image", 0)
        _set(prog, "u_texel", (1.0 / self.size[0], 1.0 / self.size[1]))
        vao.render(mode=ctx.TRIANGLES, vertices=3)
        return t["fxaa"]

    # -- passes -----------------------------------------------------------------------------------
    def _shadow_pass(self, gs: GpuScene, light_vp: np.ndarray) -> None:
        ctx = self.gl.ctx
        key = (gs.serial, light_vp.tobytes())
        if key == self._shadow_key:
            return
        prog = programs(self.gl)["depth"]
        self.shadow_fbo.use()
        self.shadow_fbo.clear(depth=1.0)
        ctx.enable(ctx.DEPTH_TEST)
        ctx.disable(ctx.CULL_FACE | ctx.BLEND)
        _set(prog, "u_light_vp", gl_bytes(light_vp))
        for gi in gs.items:
            if gi.material.alpha_mode == "BLEND":
                continue  # glass casts no hard shadow
            _set(prog, "u_model", gl_bytes(gi.item.matrix))
            gi.vao(self.gl, "depth").render()
        self._shadow_key = key

    def _clear_shadow(self) -> None:
        """No shadows: an all-far shadow map (the shader samples it anyway, branch-free)."""
        if self._shadow_key != "clear":
            self.shadow_fbo.use()
            self.shadow_fbo.clear(depth=1.0)
            self._shadow_key = "clear"

    def _material_uniforms(self, prog, gs: GpuScene, key: str) -> None:
        mat = gs.scene.material(key)
        tex = gs.textures.get(key, {})
        neutral = gs.neutral_textures()
        for unit, name in enumerate(("albedo", "normal", "metal_rough", "occlusion")):
            (tex.get(name) or neutral[name]).use(location=unit)
        orm = tex.get("occlusion") is not None and tex.get("occlusion") is tex.get("metal_rough")
        _set(prog, "u_occ_in_mr", 1 if orm else 0)  # an ORM map: one lookup serves both
        _set(prog, "u_base_color", tuple(float(c) for c in mat.base_color_factor))
        _set(prog, "u_metallic", float(mat.metallic_factor))
        _set(prog, "u_roughness", float(mat.roughness_factor))
        _set(prog, "u_normal_scale", float(mat.normal_scale))
        _set(
            prog,
            "u_occlusion_strength",
            float(mat.occlusion_strength) if tex.get("occlusion") else 0.0,
        )
        _set(prog, "u_alpha_mode", _ALPHA_MODES.get(mat.alpha_mode, 0))
        _set(prog, "u_alpha_cutoff", float(mat.alpha_cutoff))
        if mat.glows:  # only the `_emissive` programs have these
            (tex.get("emissive") or neutral["emissive"]).use(location=5)
            _set(prog, "u_emissive", 5)
            _set(
                prog,
                "u_emissive_factor",
                tuple(float(c) * float(mat.emissive_strength) for c in mat.emissive_factor),
            )

    def _draw(
        self, gs: GpuScene, camera: Camera, lighting: Lighting, fbo, backdrop: Backdrop | None
    ) -> None:
        """Render the scene into `fbo`: shadow map, depth pre-pass, opaque items, then (previews) the
        ground and the backdrop where nothing covers them, then blended items far to near."""
        ctx = self.gl.ctx
        lo, hi = gs.bounds
        dirs = lighting.directions(camera)
        light_vp = light_view_proj(dirs[0], lo, hi)
        if lighting.shadows:
            self._shadow_pass(gs, light_vp)
        else:
            self._clear_shadow()
        # Render upside down (y flipped in clip space, so front faces wind clockwise): GL's first row
        # is then the image's top row, and read-backs need no flip and no copy.
        proj = _FLIP_Y @ camera.projection(self.size[0] / self.size[1])
        fbo.use()
        fbo.depth_mask = True
        fbo.clear(0.0, 0.0, 0.0, 0.0, depth=1.0)
        ctx.enable(ctx.DEPTH_TEST)
        ctx.disable(ctx.BLEND)
        ctx.depth_func = "<="
        ctx.front_face = "cw"
        progs = programs(self.gl)
        radius = float(np.linalg.norm(hi - lo)) / 2
        common = {
            "u_view": gl_bytes(camera.view),
            "u_proj": gl_bytes(proj),
            "u_light_vp": gl_bytes(light_vp),
            "u_shadow": 4,
            "u_shadow_texel": self.shadow_texel,
        }
        if backdrop is not None:
            common.update(
                u_bg_top=tuple(backdrop.top),
                u_bg_bottom=tuple(backdrop.bottom),
                u_size=(float(self.size[0]), float(self.size[1])),
                u_exposure=float(backdrop.exposure),
            )
        opaque = [gi for gi in gs.items if gi.material.alpha_mode != "BLEND"]
        eye = camera.eye
        blended = sorted(
            (gi for gi in gs.items if gi.material.alpha_mode == "BLEND"),
            key=lambda gi: -float(np.linalg.norm(gi.centre - eye)),
        )
        self._depth_prepass(progs["prepass"], common, opaque)
        fbo.use()
        self.shadow.use(location=4)
        variants = {id(gi): _variant(gs, gi, backdrop is not None) for gi in gs.items}
        for name in sorted(set(variants.values())):
            self._frame_uniforms(progs[name], common, camera, lighting, dirs, radius)
        for gi in opaque:
            # Pre-passed items already own the depth buffer; MASK items write their own.
            fbo.depth_mask = gi.material.alpha_mode == "MASK"
            self._draw_item(gs, gi, variants[id(gi)])
        if backdrop is not None:
            # Drawn after the opaque items: the depth test leaves only what they do not cover.
            fbo.depth_mask = True
            if backdrop.ground:
                self._draw_ground(gs, progs["ground"], common, lo, hi, radius)
            self._draw_backdrop(common)
        fbo.depth_mask = False
        if blended:
            ctx.enable(ctx.BLEND)
            ctx.blend_func = ctx.ONE, ctx.ONE_MINUS_SRC_ALPHA
            for gi in blended:
                self._draw_item(gs, gi, variants[id(gi)])
            ctx.disable(ctx.BLEND)
        fbo.depth_mask = True
        ctx.depth_func = "<"
        ctx.front_face = "ccw"

    def _frame_uniforms(
        self, prog, common: dict, camera: Camera, lighting: Lighting, dirs, radius: float
    ) -> None:
        for name, value in common.items():
            _set(prog, name, value)
        for unit, name in enumerate(("u_albedo", "u_normal", "u_metal_rough", "u_occlusion")):
            _set(prog, name, unit)
        _set(prog, "u_eye", tuple(float(v) for v in camera.eye))
        _set(prog, "u_light_dir", np.array(dirs, dtype=np.float32).tobytes())
        _set(
            prog,
            "u_light_col",
            np.array([lt.color for lt in lighting.lights], dtype=np.float32).tobytes(),
        )
        for name in ("sky", "horizon", "ground"):
            _set(prog, f"u_{name}", tuple(getattr(lighting, name)))
        _set(prog, "u_shadows", 1 if lighting.shadows else 0)
        _set(prog, "u_shadow_offset", radius * 0.004)

    def _cull(self, gi) -> None:
        ctx = self.gl.ctx
        if gi.material.double_sided:
            ctx.disable(ctx.CULL_FACE)
        else:
            ctx.enable(ctx.CULL_FACE)

    def _depth_prepass(self, prog, common: dict, opaque: list) -> None:
        """Lay down the nearest depth first, so the costly shading runs once per pixel (a barrel
        shows its inner walls: without this llvmpipe shaded each covered pixel about 4 times)."""
        self.depth_fbo.use()
        _set(prog, "u_view", common["u_view"])
        _set(prog, "u_proj", common["u_proj"])
        for gi in opaque:
            if gi.material.alpha_mode == "MASK":
                continue  # its cut-outs are only known to the shading pass
            self._cull(gi)
            _set(prog, "u_model", gl_bytes(gi.item.matrix))
            gi.vao(self.gl, "prepass").render()

    def _draw_item(self, gs: GpuScene, gi, variant: str) -> None:
        prog = programs(self.gl)[variant]
        self._cull(gi)
        self._material_uniforms(prog, gs, gi.item.material)
        _set(prog, "u_model", gl_bytes(gi.item.matrix))
        _set(
            prog,
            "u_normal_matrix",
            np.ascontiguousarray(gi.normal_matrix.T, dtype=np.float32).tobytes(),
        )
        gi.vao(self.gl, variant).render()

    def _draw_ground(self, gs: GpuScene, prog, common: dict, lo, hi, radius: float) -> None:
        ctx = self.gl.ctx
        if "ground" not in gs.extra:
            gs.extra["ground"] = gs.ground(lo, hi, radius * 2.2)
        vao = gs.extra["ground"][0]
        for name, value in common.items():
            _set(prog, name, value)
        _set(prog, "u_model", gl_bytes(np.identity(4)))
        _set(prog, "u_normal_matrix", np.identity(3, dtype=np.float32).tobytes())
        _set(prog, "u_centre", tuple(float(v) for v in (lo + hi) / 2))
        _set(
            prog, "u_footprint", (float(hi[0] - lo[0]) / 2 + 1e-3, float(hi[2] - lo[2]) / 2 + 1e-3)
        )
        _set(prog, "u_fade", radius * 2.2)
        ctx.disable(ctx.CULL_FACE)
        vao.render()

    def _draw_backdrop(self, common: dict) -> None:
        prog, vao = fullscreen(self.gl, "backdrop")
        for name in ("u_bg_top", "u_bg_bottom", "u_size"):
            _set(prog, name, common[name])
        self.gl.ctx.disable(self.gl.ctx.CULL_FACE)
        vao.render(mode=self.gl.ctx.TRIANGLES, vertices=3)

    # -- frames -----------------------------------------------------------------------------------
    def render_float(self, gs: GpuScene, camera: Camera, lighting: Lighting) -> Frame:
        """Linear premultiplied RGBA (float32) and depth (float32), top row first (read-only arrays
        over fresh buffers)."""
        t = self._float_targets()
        self._draw(gs, camera, lighting, t["fbo"], None)
        ctx = self.gl.ctx
        prog, vao = fullscreen(self.gl, "resolve_float_ms" if self._ms else "resolve_float_1x")
        t["out"].use()
        ctx.disable(ctx.DEPTH_TEST | ctx.BLEND | ctx.CULL_FACE)
        t["color"].use(location=0)
        t["aux"].use(location=1)
        _set(prog, "u_color", 0)
        _set(prog, "u_aux", 1)
        _set(prog, "u_samples", self.samples)
        _set(prog, "u_background_z", BACKGROUND_Z)
        vao.render(mode=ctx.TRIANGLES, vertices=3)
        w, h = self.size
        color = np.frombuffer(t["out"].read(components=4, dtype="f4", attachment=0), np.float32)
        depth = np.frombuffer(t["out"].read(components=1, dtype="f4", attachment=1), np.float32)
        return Frame(color.reshape(h, w, 4), depth.reshape(h, w))

    def render_preview(
        self, gs: GpuScene, camera: Camera, lighting: Lighting, backdrop: Backdrop = Backdrop()
    ) -> np.ndarray:
        """sRGB uint8 (H, W, 4): tone-mapped RGB over the gradient backdrop and the ground shadow,
        A = the object's coverage. Top row first."""
        t = self.preview_targets()
        self._draw(gs, camera, lighting, t["fbo"], backdrop)
        src, tex = t["fbo"], t["color"]
        if "out" in t:  # resolve MSAA: the driver averages the samples
            self.gl.ctx.copy_framebuffer(t["out"], t["fbo"])
            src, tex = t["out"], t["out_color"]
        if backdrop.fxaa:
            src = self._fxaa(tex)
        w, h = self.size
        return np.frombuffer(src.read(components=4, dtype="f1"), np.uint8).reshape(h, w, 4)

    def release(self) -> None:
        for targets in (self._float, self._preview):
            for obj in (targets or {}).values():
                obj.release()
        for obj in (self.shadow_fbo, self.depth_fbo, self.depth_ms, self.shadow):
            obj.release()


def renderer_for(
    gl: GL, width: int, height: int, *, samples: int = 4, shadow_size: int = 1024
) -> Renderer:
    """The cached Renderer for this size (targets are kept for the next job; at most 4 sizes)."""
    cache = gl.cache.setdefault("renderers", {})
    key = (width, height, samples, shadow_size)
    if key not in cache:
        if len(cache) >= 4:
            cache.pop(next(iter(cache))).release()
        cache[key] = Renderer(gl, width, height, samples=samples, shadow_size=shadow_size)
    return cache[key]
