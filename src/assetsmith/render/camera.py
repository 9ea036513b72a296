"""Cameras: a view matrix plus a vertical field of view, and the orbit camera that frames bounds.

Conventions are glTF's (+Y up, right-handed, a camera looks down its local -Z). Azimuth 0 puts the
camera on the +Z side of the target (an asset's front); positive azimuth turns counter-clockwise
seen from above. Matrices are numpy float64 row-major; `gl_bytes` gives what OpenGL wants.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def gl_bytes(m: np.ndarray) -> bytes:
    """A matrix as column-major float32 bytes (OpenGL's uniform layout)."""
    return np.ascontiguousarray(np.asarray(m, dtype=np.float32).T).tobytes()


def look_at(eye, target, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    """The view matrix (world -> camera) of a camera at `eye` looking at `target`."""
    eye, target, up = (np.asarray(v, dtype=np.float64) for v in (eye, target, up))
    f = target - eye
    f /= np.linalg.norm(f)
    if abs(float(np.dot(f, up))) > 0.999:  # looking straight up or down: any other up will do
        up = np.array([0.0, 0.0, -1.0]) if f[1] < 0 else np.array([0.0, 0.0, 1.0])
    s = np.cross(f, up)
    s /= np.linalg.norm(s)
    u = np.cross(s, f)
    m = np.identity(4)
    m[0, :3], m[1, :3], m[2, :3] = s, u, -f
    m[:3, 3] = -m[:3, :3] @ eye
    return m


def perspective(yfov: float, aspect: float, near: float, far: float) -> np.ndarray:
    """OpenGL perspective projection (clip z in -1..1)."""
    f = 1.0 / math.tan(yfov / 2.0)
    m = np.zeros((4, 4))
    m[0, 0], m[1, 1] = f / aspect, f
    m[2, 2] = (far + near) / (near - far)
    m[2, 3] = 2.0 * far * near / (near - far)
    m[3, 2] = -1.0
    return m


def orthographic(half_w: float, half_h: float, near: float, far: float) -> np.ndarray:
    """OpenGL orthographic projection centred on the view axis."""
    m = np.identity(4)
    m[0, 0], m[1, 1] = 1.0 / half_w, 1.0 / half_h
    m[2, 2] = -2.0 / (far - near)
    m[2, 3] = -(far + near) / (far - near)
    return m


@dataclass(frozen=True)
class Camera:
    """A perspective camera: `view` (world -> camera, 4x4), vertical fov in radians, clip planes."""

    view: np.ndarray
    yfov: float
    near: float
    far: float
    name: str = "orbit"

    @property
    def eye(self) -> np.ndarray:
        return np.linalg.inv(self.view)[:3, 3]

    def projection(self, aspect: float) -> np.ndarray:
        return perspective(self.yfov, aspect, self.near, self.far)

    @classmethod
    def from_world_matrix(
        cls, world: np.ndarray, yfov: float, near: float, far: float, name: str
    ) -> Camera:
        """A camera whose node has this world matrix (camera -> world), as in glTF and USD."""
        return cls(
            view=np.linalg.inv(np.asarray(world, dtype=np.float64)),
            yfov=yfov,
            near=near,
            far=far,
            name=name,
        )


def bounds_corners(lo, hi) -> np.ndarray:
    """The 8 corners of an axis-aligned box."""
    lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
    return np.array([[(lo, hi)[i >> k & 1][k] for k in range(3)] for i in range(8)])


def orbit_direction(azimuth_deg: float, elevation_deg: float) -> np.ndarray:
    """Unit vector from the target towards the camera."""
    az, el = math.radians(azimuth_deg), math.radians(elevation_deg)
    return np.array([math.sin(az) * math.cos(el), math.sin(el), math.cos(az) * math.cos(el)])


def fit_distance(
    points: np.ndarray,
    target: np.ndarray,
    direction: np.ndarray,
    yfov: float,
    aspect: float,
    margin: float,
) -> float:
    """The smallest camera distance at which every point lies inside the frame, less `margin` (a
    fraction of the half-size) on each side."""
    d = direction / np.linalg.norm(direction)
    world_up = np.array([0.0, 1.0, 0.0]) if abs(d[1]) < 0.999 else np.array([0.0, 0.0, -1.0])
    right = np.cross(world_up, d)
    right /= np.linalg.norm(right)
    up = np.cross(d, right)
    q = points - target
    x, y, z = np.abs(q @ right), np.abs(q @ up), q @ d
    ty = math.tan(yfov / 2) * (1.0 - margin)
    tx = math.tan(yfov / 2) * aspect * (1.0 - margin)
    return float(max(np.max(z + x / tx), np.max(z + y / ty), 1e-6))


def orbit_camera(
    lo,
    hi,
    *,
    azimuth_deg: float,
    elevation_deg: float,
    aspect: float = 1.0,
    yfov_deg: float = 35.0,
    margin: float = 0.1,
    distance: float | None = None,
    target=None,
    name: str = "orbit",
) -> Camera:
    """A camera on a sphere around the centre of the bounds, far enough that they fit the frame
    (or at `distance` when given)."""
    lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
    centre = (lo + hi) / 2 if target is None else np.asarray(target, dtype=np.float64)
    direction = orbit_direction(azimuth_deg, elevation_deg)
    yfov = math.radians(yfov_deg)
    if distance is None:
        distance = fit_distance(bounds_corners(lo, hi), centre, direction, yfov, aspect, margin)
    radius = max(float(np.linalg.norm(hi - lo)) / 2, 1e-4)
    near = max(distance - radius * 1.5, distance * 0.02, 1e-4)
    far = distance + radius * 6.0
    return Camera(
        view=look_at(centre + direction * distance, centre),
        yfov=yfov,
        near=near,
        far=far,
        name=name,
    )


def turntable_distance(
    lo, hi, *, views: int, elevation_deg: float, aspect: float, yfov_deg: float, margin: float
) -> float:
    """One distance for every view of a turntable, so the object keeps its size as it turns."""
    lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
    corners, centre = bounds_corners(lo, hi), (lo + hi) / 2
    return max(
        fit_distance(
            corners,
            centre,
            orbit_direction(360.0 * i / views, elevation_deg),
            math.radians(yfov_deg),
            aspect,
            margin,
        )
        for i in range(views)
    )
