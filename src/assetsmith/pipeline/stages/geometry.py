"""The `geometry` stage: the spec's archetype built into meshes, UVs, tangents, LODs and a collider."""

from __future__ import annotations

from dataclasses import dataclass

from ..context import JobContext, produced
from ..stage import create_stage


@dataclass(frozen=True)
class GeometryOptions:
    """The geometry stage has no settings of its own: the spec says what to build."""


DEFAULTS = GeometryOptions()


def geometry_stage(ctx: JobContext, options: GeometryOptions) -> None:
    """Build meshes, UVs, tangents, LODs and the collider."""
    from ...geometry import build_geometry
    from ...materials import FAMILY_TILE_SIZE_M

    spec = produced(ctx.spec, "spec")
    families = {m["id"]: m["family"] for m in spec["materials"]}
    geometry = build_geometry(
        spec["archetype"],
        height_m=float(spec.get("target_height_m") or 1.0),
        poly_budget=int(spec["poly_budget_tris"]),
        part_materials={p["id"]: p["material"] for p in spec["parts"]},
        seed=ctx.variant_seed(0),
        collider=spec["unity"]["collider"],
        tile_size_m={mid: FAMILY_TILE_SIZE_M.get(f, 1.0) for mid, f in families.items()},
        lod_ratios=tuple(spec.get("lods") or (0.5, 0.25)),
    )
    ctx.geometry = geometry
    ctx.log(f"geometry: {geometry.triangle_count} triangles at LOD0")


GEOMETRY = create_stage("geometry", geometry_stage, DEFAULTS, weight=1,
                        description="build meshes, UVs, tangents, LODs and the collider")
