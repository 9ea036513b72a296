"""What the renderer draws: meshes with world matrices, glTF metallic-roughness materials, cameras.

Texture arrays follow MaterialMaps: albedo is sRGB uint8 (RGB, or RGBA when translucent), normal is
an OpenGL-convention tangent-space map, metal_rough carries roughness in G and metallic in B and
occlusion carries AO in R (our ORM map serves as both, as in glTF). Rows run top to bottom, and UVs
are glTF's (origin at the image's top-left), so images are uploaded as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..geometry.mesh import Mesh
from .camera import Camera


@dataclass
class RenderMaterial:
    """A glTF metallic-roughness material with its textures as uint8 arrays (any may be None)."""

    name: str
    albedo: np.ndarray | None = None
    normal: np.ndarray | None = None
    metal_rough: np.ndarray | None = None
    occlusion: np.ndarray | None = None
    base_color_factor: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)
    metallic_factor: float = 1.0
    roughness_factor: float = 1.0
    normal_scale: float = 1.0
    occlusion_strength: float = 1.0
    alpha_mode: str = "OPAQUE"  # OPAQUE | MASK | BLEND
    alpha_cutoff: float = 0.5
    double_sided: bool = False
    # Glow added to the lit colour: emissive (sRGB uint8 RGB) x emissive_factor x strength. With
    # no map, a non-zero factor glows evenly.
    emissive: np.ndarray | None = None
    emissive_factor: tuple[float, float, float] = (0.0, 0.0, 0.0)
    emissive_strength: float = 1.0

    @property
    def glows(self) -> bool:
        return any(c > 0 for c in self.emissive_factor) and self.emissive_strength > 0


DEFAULT_MATERIAL = RenderMaterial(
    "default", base_color_factor=(0.8, 0.8, 0.8, 1.0), metallic_factor=0.0, roughness_factor=0.6
)


@dataclass
class RenderItem:
    """One mesh placed in the world by `matrix` (4x4, local -> world), drawn with `material`."""

    name: str
    mesh: Mesh
    material: str
    matrix: np.ndarray = field(default_factory=lambda: np.identity(4))

    def world_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        p = self.mesh.positions.astype(np.float64) @ self.matrix[:3, :3].T + self.matrix[:3, 3]
        return p.min(axis=0), p.max(axis=0)


@dataclass
class RenderScene:
    """Items, the materials they name, and the cameras the scene defines (by name)."""

    items: list[RenderItem]
    materials: dict[str, RenderMaterial]
    cameras: dict[str, Camera] = field(default_factory=dict)
    name: str = "scene"

    def material(self, key: str) -> RenderMaterial:
        return self.materials.get(key, DEFAULT_MATERIAL)

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """World-space axis-aligned bounds of everything drawn ((0,0,0)-(1,1,1) when empty)."""
        boxes = [it.world_bounds() for it in self.items if it.mesh.triangle_count]
        if not boxes:
            return np.zeros(3), np.ones(3)
        return np.min([b[0] for b in boxes], axis=0), np.max([b[1] for b in boxes], axis=0)

    @property
    def triangle_count(self) -> int:
        return sum(it.mesh.triangle_count for it in self.items)


def scene_from_geometry(geometry, maps: dict, *, name: str = "asset") -> RenderScene:
    """A scene of an `AssetGeometry`'s LOD0 parts, textured with `maps` (material id -> MaterialMaps).

    A translucent albedo (RGBA) makes the material alpha-blended, as the GLB export does; an
    emissive map makes it glow at the maps' strength.
    """
    materials: dict[str, RenderMaterial] = {}
    for mid, m in maps.items():
        glow = getattr(m, "emissive", None)
        materials[mid] = RenderMaterial(
            name=mid,
            albedo=m.albedo,
            normal=m.normal,
            metal_rough=m.orm,
            occlusion=m.orm,
            alpha_mode="BLEND" if m.albedo.shape[-1] == 4 else "OPAQUE",
            emissive=glow,
            emissive_factor=(1.0, 1.0, 1.0) if glow is not None else (0.0, 0.0, 0.0),
            emissive_strength=float(getattr(m, "emissive_strength", 1.0)),
        )
    items = [
        RenderItem(p.name, p.mesh, p.material) for p in geometry.parts if p.mesh.triangle_count
    ]
    return RenderScene(items=items, materials=materials, name=name)
