"""The headless renderer: moderngl over EGL (Mesa's llvmpipe on a CPU, a GPU driver's EGL on a GPU).

glTF metallic-roughness shading with tangent-space normal maps (OpenGL convention), three-point
lighting plus an analytic studio environment, a shadow-mapped key light, MSAA and float targets.
Previews (hero shot, turntable) for packs; float RGBA + depth frames for EXR sequences.

Importing this package does not import moderngl: that happens on first use, and a missing
`render` extra raises ExtraMissing and a missing EGL library RendererUnavailable, each naming what
to install (catch both with `NO_RENDERER`).
"""

from ..errors import RendererUnavailable
from .camera import Camera, orbit_camera, turntable_distance
from .exr import read_exr, write_exr
from .gl import NO_RENDERER, renderer_available, renderer_info
from .lighting import STUDIO, STUDIO_FIXED, Light, Lighting
from .previews import PreviewImages, PreviewOptions, preview_files, render_previews
from .renderer import BACKGROUND_Z, Frame
from .scene import RenderItem, RenderMaterial, RenderScene, scene_from_geometry
from .session import RenderSession

__all__ = [
    "BACKGROUND_Z",
    "Camera",
    "Frame",
    "NO_RENDERER",
    "Light",
    "Lighting",
    "PreviewImages",
    "PreviewOptions",
    "RenderItem",
    "RenderMaterial",
    "RenderScene",
    "RenderSession",
    "RendererUnavailable",
    "STUDIO",
    "STUDIO_FIXED",
    "orbit_camera",
    "preview_files",
    "read_exr",
    "render_previews",
    "renderer_available",
    "renderer_info",
    "scene_from_geometry",
    "turntable_distance",
    "write_exr",
]
