"""The `geometry` stage: the spec's shape built into meshes, UVs, tangents, LODs and a collider.

The shape is a recipe of the library with parameter values, or a part program (v0.3 `shape`).
Each output part gets the spec's material for it: the program is retargeted so its parts name the
spec's material ids before it is built (assetsmith.shapes.choose.retarget_program)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..context import JobContext, produced
from ..stage import create_stage


@dataclass(frozen=True)
class GeometryOptions:
    """The geometry stage has no settings of its own: the spec says what to build."""


DEFAULTS = GeometryOptions()


def part_material_map(spec: dict[str, Any], made: dict[str, str]) -> dict[str, str]:
    """Output part -> spec material id for every part the program makes: the spec's `parts`
    entry; else a material whose id is the part's role; else the material of a listed part with
    the same role; else the first material (a part a seed adds that the spec did not list)."""
    mat_ids = [m["id"] for m in spec["materials"]]
    listed = {p["id"]: p["material"] for p in spec["parts"]}
    by_role: dict[str, str] = {}
    for name, role in made.items():
        if name in listed:
            by_role.setdefault(role, listed[name])
    out = {}
    for name, role in made.items():
        out[name] = listed.get(name) or (role if role in mat_ids else by_role.get(role, mat_ids[0]))
    return out


def spec_program(
    spec: dict[str, Any], seed: int
) -> tuple[dict[str, Any], tuple[float, float, float]]:
    """The spec's part program with the spec's materials on its parts, and the object scale."""
    from ...shapes.choose import output_parts, retarget_program
    from ...shapes.recipes import RECIPES

    shape = spec["shape"]
    if "recipe" in shape:
        recipe = RECIPES[shape["recipe"]]
        params = recipe.resolve(shape.get("params") or {}, seed)
        program = recipe.program(shape.get("params") or {}, seed)
        scale = recipe.object_scale(params)
    else:
        program, scale = shape["program"], (1.0, 1.0, 1.0)
    mats = {m["id"]: m for m in spec["materials"]}
    return retarget_program(program, part_material_map(spec, output_parts(program)), mats), scale


def geometry_stage(ctx: JobContext, options: GeometryOptions) -> None:
    """Build meshes, UVs, tangents, LODs and the collider."""
    from ...materials import FAMILY_TILE_SIZE_M
    from ...shapes.build import build_program

    spec = produced(ctx.spec, "spec")
    seed = ctx.variant_seed(0)
    program, scale = spec_program(spec, seed)
    families = {m["id"]: m["family"] for m in spec["materials"]}
    height = spec.get("target_height_m")
    group = spec["shape"].get("arrangement")  # several copies: each gets its share of the budget
    copies = int(group["count"]) if group else 1
    geometry = build_program(
        program,
        seed=seed,
        poly_budget=max(1, int(spec["poly_budget_tris"]) // copies),
        lod_ratios=tuple(spec.get("lods") or (0.5, 0.25)),
        target_height_m=float(height) if height else None,
        scale=scale,
        tile_size_m={mid: FAMILY_TILE_SIZE_M.get(f, 1.0) for mid, f in families.items()},
        collider=spec["unity"]["collider"],
    )
    if group:
        from ...shapes.arrange import arrange

        geometry = arrange(
            geometry, group["kind"], copies, seed=seed, collider=spec["unity"]["collider"]
        )
        ctx.log(f"geometry: {copies} copies as a {group['kind']}")
    ctx.geometry = geometry
    ctx.log(f"geometry: {geometry.triangle_count} triangles at LOD0")


GEOMETRY = create_stage(
    "geometry",
    geometry_stage,
    DEFAULTS,
    weight=1,
    description="build meshes, UVs, tangents, LODs and the collider",
)
