"""The Unity layout of the reference tool: Models/<id>/, Textures/<id>/{variant}_{slot}_{role}.png,
manifest.json, spec.json, UnityImportNotes.md. Texture base names equal the glTF material names, so
the importer wires albedo, normal and packed maps by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pipeline.context import JobContext, TextureKey, produced
from ..spec import shape_label
from .base import ExtraRole, glowing_materials

if TYPE_CHECKING:
    from ..geometry.mesh import Mesh


class UnityLayout:
    name = "unity"
    notes_name = "UnityImportNotes.md"

    def extra_roles(self) -> tuple[ExtraRole, ...]:
        # None: URP Lit's mask (R metallic, G occlusion, A smoothness) is a channel shuffle of the ORM
        # map, so the Unity package derives it on import instead of every pack storing it again
        # (2.7 MB of a 1024-px barrel's zip); glTFast's own materials read the ORM map directly.
        return ()

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str:
        return f"Textures/{ctx.asset_id}/{key.variant}_{key.material}_{key.role}.png"

    def model_dir(self, ctx: JobContext) -> str:
        return f"Models/{ctx.asset_id}"

    def model_name(self, ctx: JobContext) -> str:
        return ctx.asset_id

    def material_name(self, ctx: JobContext, variant: str, material: str) -> str:
        return f"{variant}_{material}"  # the texture base name: the importer wires maps by it

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]:
        return {}

    def collision_meshes(self, ctx: JobContext) -> list[tuple[str, Mesh]]:
        return []  # the importer adds the collider from <asset>.collider.json

    def notes(self, ctx: JobContext) -> str:
        spec = produced(ctx.spec, "spec")
        aid = ctx.asset_id
        sub = spec["unity"]["import_subfolder"]
        rows = "\n".join(
            f"| `{m['id']}` | {m['family']} | `{ctx.variants[0]['variant_id']}_{m['id']}` | "
            f"`{ctx.variants[0]['variant_id']}_{m['id']}_Lit` |"
            for m in spec["materials"]
        )
        return f"""# Unity import notes: {spec["display_name"]}

Asset `{aid}` ({shape_label(spec)}, {spec["style_preset"]}), {_height_m(ctx):.2f} m tall,
pivot at the bottom centre, +Y up, metres. Target: Unity 2022.3 LTS or Unity 6 with URP.

## With the assetsmith Unity package
Menu **Assetsmith > Import Pack...**, pick this folder. It copies `Models/` and `Textures/` into
`Assets/{sub}/`, sets the texture import settings below, builds one URP Lit material per glTF
material, adds the collider and a LODGroup.

## By hand
1. Install glTFast (`com.unity.cloud.gltfast`) to import `.glb` files.
2. Copy `Models/{aid}/` and `Textures/{aid}/` into `Assets/{sub}/`.
3. Texture import settings:
   - `*_albedo.png`: sRGB on (Default texture type).
   - `*_normal.png`: Texture Type **Normal map** (OpenGL convention, +Y, which Unity expects).
   - `*_orm.png`: sRGB off; R occlusion, G roughness, B metallic (the glTF packing the GLBs use;
     glTFast's materials read it as it is).
4. The GLBs name the maps in `Textures/` by relative path: keep `Models/` and `Textures/` side by
   side and glTFast imports each map once for LOD0, the LODs and every material that uses it.
   For URP/Lit materials of your own, make a mask map per material (R metallic = ORM blue,
   G occlusion = ORM red, B white, A smoothness = 1 - ORM green; the package's importer writes it as
   `<base>_mask.png`), then Metallic Map = mask (Source: Metallic Alpha), Occlusion Map = mask,
   Base Map = `<base>_albedo`, Normal Map = `<base>_normal`.
5. Collider: `{spec["unity"]["collider"]}` (see `Models/{aid}/{aid}.collider.json`; a convex hull mesh
   is `{aid}_collider.glb` when the collider is `mesh_convex`).
6. LODs: `{aid}.glb` (LOD0), `{aid}_LOD1.glb`, `{aid}_LOD2.glb`; put them in a LODGroup at about 60%, 30%, 10%.

| material | family | glTF material / texture base | URP material |
|---|---|---|---|
{rows}
{_emission_notes(ctx)}"""


def _emission_notes(ctx: JobContext) -> str:
    glowing = glowing_materials(ctx)
    if not glowing:
        return ""
    rows = "\n".join(
        f"| `{base}` | `{base}_emissive` | {strength:g} |" for base, strength in glowing
    )
    return f"""
## Emission (glowing materials)
`*_emissive.png` is the glow map (sRGB **on**): its colour and pattern. On the URP Lit material tick
**Emission**, set Emission Map = `<base>_emissive` and the HDR Emission Color to white at the
intensity below (the importer does this: `_EmissionMap`, `_EmissionColor` = white x strength,
keyword `_EMISSION`, realtime GI emissive). glTFast reads the same glow from the GLB
(`emissiveTexture`, `KHR_materials_emissive_strength`).

| glTF material / texture base | emission map | strength |
|---|---|---|
{rows}
"""


LAYOUTS = {"unity": UnityLayout}  # collected by packs/__init__.py


def _height_m(ctx: JobContext) -> float:
    """The built model's height (its bounding box), in metres."""
    parts = produced(ctx.geometry, "geometry").parts
    return max(float(p.mesh.positions[:, 1].max()) for p in parts) - min(
        float(p.mesh.positions[:, 1].min()) for p in parts
    )
