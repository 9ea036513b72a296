"""The one mesh type every geometry builder, exporter and renderer shares.

Conventions (they are the glTF ones, so exporters copy arrays without conversion):
metres, +Y up, right-handed, counter-clockwise front faces, UV origin at the top-left of the image
(glTF / OpenGL-with-flipped-V as glTF defines it), tangents as (x, y, z, w) with w = +1 or -1 the
bitangent sign, so that bitangent = cross(normal, tangent.xyz) * w.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Mesh:
    """An indexed triangle mesh with per-vertex attributes (all float32, indices uint32)."""

    positions: np.ndarray  # (N, 3) float32
    normals: np.ndarray  # (N, 3) float32, unit length
    uvs: (
        np.ndarray
    )  # (N, 2) float32, in texture repeats (tileable maps: values outside 0..1 are fine)
    indices: np.ndarray  # (M, 3) uint32
    tangents: np.ndarray | None = None  # (N, 4) float32

    @property
    def triangle_count(self) -> int:
        return int(self.indices.shape[0])

    @property
    def vertex_count(self) -> int:
        return int(self.positions.shape[0])

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        return self.positions.min(axis=0), self.positions.max(axis=0)


@dataclass
class Part:
    """A named piece of an asset (a barrel's staves, its hoops) with the material it is made of.

    `material` is the id of one entry of the spec's `materials` list.
    """

    name: str
    material: str
    mesh: Mesh


@dataclass
class Collider:
    """The physics shape a spec asks for, in the asset's space (metres, pivot at bottom centre).

    kind: "box" (center, size), "capsule" (center, radius, height, axis "y"),
    "mesh_convex" (hull: a Mesh without UVs that matter), or "none".
    """

    kind: str
    center: tuple[float, float, float] = (0.0, 0.0, 0.0)
    size: tuple[float, float, float] | None = None
    radius: float | None = None
    height: float | None = None
    hull: Mesh | None = None

    def to_json(self) -> dict:
        out: dict = {"kind": self.kind, "center": [round(float(c), 6) for c in self.center]}
        if self.size is not None:
            out["size"] = [round(float(s), 6) for s in self.size]
        if self.radius is not None:
            out["radius"] = round(float(self.radius), 6)
        if self.height is not None:
            out["height"] = round(float(self.height), 6)
            out["axis"] = "y"
        if self.hull is not None:
            out["hull_vertices"] = int(self.hull.vertex_count)
            out["hull_triangles"] = int(self.hull.triangle_count)
        return out


@dataclass
class AssetGeometry:
    """Everything geometry produces for one asset: LOD0 parts, lower LODs, and the collider."""

    parts: list[Part]
    lods: list[list[Part]] = field(default_factory=list)  # [LOD1 parts, LOD2 parts]
    collider: Collider | None = None

    @property
    def triangle_count(self) -> int:
        return sum(p.mesh.triangle_count for p in self.parts)
