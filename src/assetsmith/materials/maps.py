"""The result type of material synthesis: every map of one material, as 8-bit arrays.

Colour spaces: `albedo` is sRGB-encoded; everything else is linear data.
`normal` is tangent space, OpenGL convention (+Y up, green = up), encoded as n * 0.5 + 0.5.
`orm` is R occlusion, G roughness, B metallic (the glTF and Unreal packing).
`emissive` (only for glowing materials) is sRGB-encoded like the albedo.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class MaterialMaps:
    albedo: np.ndarray  # (H, W, 3) uint8, sRGB (RGBA (H, W, 4) when the material is translucent)
    normal: np.ndarray  # (H, W, 3) uint8, OpenGL tangent-space
    orm: np.ndarray  # (H, W, 3) uint8, linear: occlusion, roughness, metallic
    height: np.ndarray  # (H, W) float32 in 0..1, the field the normal map was derived from
    # (H, W, 3) uint8 sRGB: the glow colour times where it glows; None for materials that do not
    # glow. Its strength (a multiplier, 0..100) is separate, as in glTF and the engines.
    emissive: np.ndarray | None = None
    emissive_strength: float = 1.0

    @property
    def size(self) -> int:
        return int(self.albedo.shape[0])

    @property
    def occlusion(self) -> np.ndarray:
        return self.orm[..., 0]

    @property
    def roughness(self) -> np.ndarray:
        return self.orm[..., 1]

    @property
    def metallic(self) -> np.ndarray:
        return self.orm[..., 2]
