"""The Unreal Engine 5 layout: Content/<import_subfolder>/{Meshes,Textures}, Epic's naming
conventions (SM_, T_ with _BC, _N, _ORM suffixes), DirectX normal maps (green flipped)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pipeline.context import JobContext, TextureKey, produced
from .base import ExtraRole

if TYPE_CHECKING:
    from ..geometry.mesh import Mesh

_SUFFIX = {"albedo": "BC", "normal": "N_GL", "orm": "ORM", "normal_dx": "N", "emissive": "E"}


def _pascal(s: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in s.replace("-", "_").split("_") if w)


def _root(ctx: JobContext) -> str:
    block = produced(ctx.spec, "spec").get("unreal") or {}
    return "Content/" + (block.get("import_subfolder") or f"Assetsmith/{ctx.asset_id}")


class UnrealLayout:
    name = "unreal"
    notes_name = "UnrealImportNotes.md"

    def extra_roles(self):
        from ..materials import packing

        return (ExtraRole("normal_dx", packing.normal_directx),)

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str:
        name = f"T_{_pascal(ctx.asset_id)}_{_pascal(key.variant)}{_pascal(key.material)}_{_SUFFIX.get(key.role, _pascal(key.role))}"
        return f"{_root(ctx)}/Textures/{name}.png"

    def model_dir(self, ctx: JobContext) -> str:
        return f"{_root(ctx)}/Meshes"

    def model_name(self, ctx: JobContext) -> str:
        return f"SM_{_pascal(ctx.asset_id)}"

    def material_name(self, ctx: JobContext, variant: str, material: str) -> str:
        # MI_: Interchange turns each glTF material into a Material Instance of its glTF master
        # material, so Epic's prefix for instances is the honest one (M_ names a master).
        return f"MI_{_pascal(ctx.asset_id)}_{_pascal(variant)}{_pascal(material)}"

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]:
        return {}

    def collision_meshes(self, ctx: JobContext) -> list[tuple[str, Mesh]]:
        """Collision meshes for the LOD0 GLB, named as Interchange's generic mesh pipeline wants
        them (Import Collision According to Mesh Name): `UCX_<StaticMesh>_<NN>`, one convex hull
        per part, for `convex`; `UBX_<StaticMesh>_00`, the bounding box, for `simple_box`;
        `UCX_..._00`, one hull around everything, for `simple_capsule` (a UCP_ capsule would need
        a capsule-shaped mesh that fits, which the hull does better). None for the rest."""
        import numpy as np

        from ..geometry.collider_parts import box_mesh, hull_mesh, part_hulls

        kind = (produced(ctx.spec, "spec").get("unreal") or {}).get("collision", "simple_box")
        name = self.model_name(ctx)
        parts = produced(ctx.geometry, "geometry").parts
        if kind == "convex":
            return [(f"UCX_{name}_{i:02d}", h) for i, h in enumerate(part_hulls(parts))]
        points = np.concatenate([p.mesh.positions for p in parts])
        if kind == "simple_box":
            return [(f"UBX_{name}_00", box_mesh(points))]
        if kind == "simple_capsule":
            return [(f"UCX_{name}_00", hull_mesh(points))]
        return []

    def notes(self, ctx: JobContext) -> str:
        spec = produced(ctx.spec, "spec")
        return f"""# Unreal import notes: {spec["display_name"]}

Target: Unreal Engine 5.3+ (Interchange glTF importer). Copy `Content/` into your project's `Content/`.

- `{self.model_dir(ctx)}/{self.model_name(ctx)}.glb`: import it (drag into the Content Browser); materials
  are created from the glTF metallic-roughness materials. LODs: `_LOD1.glb`, `_LOD2.glb` (import as LODs
  in the Static Mesh editor, LOD Settings > Import LOD Level).
- Textures follow Epic's naming: `_BC` base colour (sRGB), `_N` normal map in the **DirectX** convention
  (green flipped, as Unreal expects; `_N_GL` is the OpenGL original used by the GLB), `_ORM` packed
  occlusion (R), roughness (G), metallic (B): set Compression to Masks and sRGB off.
- Glowing materials have a `_E` emissive map (sRGB on): multiply it by the strength listed in
  `manifest.json` (`materials[].emissive_strength`) into the material's Emissive Color; the GLB's
  `KHR_materials_emissive_strength` gives the importer the same value.
- Collision: `{spec.get("unreal", {}).get("collision", "simple_box")}`. The LOD0 GLB carries it as meshes named
  by Epic's convention (`UCX_{self.model_name(ctx)}_00`... convex hulls, one per part, or `UBX_` for a box):
  in the Interchange import dialog keep Static Meshes > Collision > Import Collision According to Mesh
  Name on (with One Convex Hull per UCX) and they become the mesh's simple collision instead of
  render geometry. Shape data also in `{self.model_name(ctx)}.collider.json`.
- Materials are named `MI_<Asset>_<VariantMaterial>`: Interchange creates each as a Material Instance
  of its glTF master material (Epic's `MI_` prefix; `M_` names masters, which the pack does not ship).
- USD: `{self.model_name(ctx)}.usdz` opens with the USD Importer plugin.
"""


LAYOUTS = {"unreal": UnrealLayout}  # collected by packs/__init__.py
