"""Shared fixtures of the renderer tests (`gl_ok`, which needs an EGL context, is in tests/conftest.py)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

from assetsmith.geometry.mesh import Mesh
from assetsmith.render import Camera, Light, Lighting, RenderItem, RenderMaterial, RenderScene
from assetsmith.render.camera import look_at

# `tests.*` imports need the repository root on sys.path (plain `pytest` does not add it).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def quad(*, tangents: bool = True, normals: bool = True) -> Mesh:
    """A 2x2 quad in the XY plane facing +Z, UVs glTF-style: (0, 0) at its top-left corner."""
    p = np.array([[-1, 1, 0], [1, 1, 0], [-1, -1, 0], [1, -1, 0]], np.float32)  # tl, tr, bl, br
    uv = np.array([[0, 0], [1, 0], [0, 1], [1, 1]], np.float32)
    n = np.tile(np.array([[0, 0, 1]], np.float32), (4, 1))
    t = np.tile(np.array([[1, 0, 0, 1]], np.float32), (4, 1)) if tangents else None
    idx = np.array([[2, 3, 1], [2, 1, 0]], np.uint32)
    return Mesh(
        positions=p, normals=n if normals else np.zeros_like(n), uvs=uv, indices=idx, tangents=t
    )


def quad_scene(
    material: RenderMaterial, *, tangents: bool = True, spin_deg: float = 0.0
) -> RenderScene:
    m = np.identity(4)
    c, s = math.cos(math.radians(spin_deg)), math.sin(math.radians(spin_deg))
    m[:2, :2] = [[c, -s], [s, c]]
    return RenderScene(
        items=[RenderItem("quad", quad(tangents=tangents), "m", m)], materials={"m": material}
    )


def front_camera(distance: float = 3.0, yfov_deg: float = 60.0) -> Camera:
    return Camera(
        view=look_at((0, 0, distance), (0, 0, 0)), yfov=math.radians(yfov_deg), near=0.1, far=20.0
    )


def one_light(
    azimuth: float, elevation: float, intensity: float = math.pi, ambient: float = 0.0
) -> Lighting:
    """A single world-fixed light (and optional uniform ambient), no shadows: for exact checks."""
    off = Light(0.0, 0.0, (0.0, 0.0, 0.0))
    a = (ambient,) * 3
    return Lighting(
        key=Light(azimuth, elevation, (intensity,) * 3),
        fill=off,
        rim=off,
        sky=a,
        horizon=a,
        ground=a,
        camera_relative=False,
        shadows=False,
    )
