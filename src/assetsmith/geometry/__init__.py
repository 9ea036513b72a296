"""Procedural archetype geometry: parts, UVs, tangents, LODs and colliders (numpy only).

    geom = build_geometry("barrel", height_m=1.0, poly_budget=12_000, seed=1,
                          part_materials={"body": "wood", "hoops": "metal", "lids": "endgrain"},
                          collider="mesh_convex", tile_size_m={"wood": 1.0})

Conventions (glTF's, see mesh.py): metres, +Y up, front +Z, pivot at the bottom centre, counter-
clockwise outward faces. UV = world metres / tile_size_m[material] (uniform texel density; a piece's
long axis, its grain, runs along V with image-up pointing up the piece). Tangent w = +1 on every
unmirrored island: bitangent = cross(normal, tangent.xyz) * w points towards decreasing V, the +Y of
an OpenGL-convention normal map.

Layout: primitives/grid/revolve/blob make pieces, archetypes/ assembles them per detail level,
lod.py picks the levels, build.py finishes (pivot, tiles, float32, tangents) and collider.py/hull.py
add the collider. After changing a builder, regenerate ladders.py: `python -m assetsmith.geometry.lod`.
"""

from .build import build_geometry
from .mesh import AssetGeometry, Collider, Mesh, Part

__all__ = ["AssetGeometry", "Collider", "Mesh", "Part", "build_geometry"]
