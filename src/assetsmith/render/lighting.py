"""Three-point lighting plus an analytic studio environment, and the key light's shadow frustum.

Lights are given by azimuth and elevation. With `camera_relative` (previews, turntables) azimuth 0
is the camera's side of the object and the rig turns with the camera, so every view is lit the same
way; otherwise (batch sequences) the rig is fixed in the world, azimuth 0 being +Z, and the shadow
map is computed once per sequence. Intensities are irradiance on a surface facing the light.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .camera import Camera, look_at, orthographic


@dataclass(frozen=True)
class Light:
    azimuth_deg: float
    elevation_deg: float
    color: tuple[float, float, float]


@dataclass(frozen=True)
class Lighting:
    key: Light = Light(40.0, 45.0, (3.0, 2.9, 2.75))
    fill: Light = Light(-65.0, 15.0, (0.75, 0.8, 0.9))
    rim: Light = Light(160.0, 35.0, (1.8, 1.8, 1.9))
    sky: tuple[float, float, float] = (0.32, 0.35, 0.4)
    horizon: tuple[float, float, float] = (0.42, 0.42, 0.42)
    ground: tuple[float, float, float] = (0.18, 0.17, 0.16)
    camera_relative: bool = True
    shadows: bool = True

    @property
    def lights(self) -> tuple[Light, Light, Light]:
        return (self.key, self.fill, self.rim)

    def basis(self, camera: Camera) -> tuple[np.ndarray, np.ndarray]:
        """(back, right): horizontal unit vectors that azimuth 0 and 90 point along."""
        if not self.camera_relative:
            return np.array([0.0, 0.0, 1.0]), np.array([1.0, 0.0, 0.0])
        back = np.linalg.inv(camera.view)[
            :3, 2
        ].copy()  # the camera's +Z: from the target to the eye
        back[1] = 0.0
        if np.linalg.norm(back) < 1e-6:  # looking straight down: use the camera's up instead
            back = -np.linalg.inv(camera.view)[:3, 1].copy()
            back[1] = 0.0
        back /= np.linalg.norm(back)
        return back, np.cross(np.array([0.0, 1.0, 0.0]), back)

    def directions(self, camera: Camera) -> list[np.ndarray]:
        """World-space unit vectors towards each light (key, fill, rim)."""
        back, right = self.basis(camera)
        out = []
        for light in self.lights:
            az, el = math.radians(light.azimuth_deg), math.radians(light.elevation_deg)
            horizontal = math.sin(az) * right + math.cos(az) * back
            out.append(horizontal * math.cos(el) + np.array([0.0, math.sin(el), 0.0]))
        return out


STUDIO = Lighting()
STUDIO_FIXED = Lighting(camera_relative=False)


def light_view_proj(direction: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """An orthographic view-projection from the light that encloses the bounds' sphere."""
    centre = (lo + hi) / 2
    radius = max(float(np.linalg.norm(hi - lo)) / 2, 1e-4)
    eye = centre + direction / np.linalg.norm(direction) * radius * 2.0
    return orthographic(radius, radius, radius * 0.5, radius * 3.5) @ look_at(eye, centre)
