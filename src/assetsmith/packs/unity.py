"""The Unity layout of the reference tool: Models/<id>/, Textures/<id>/{variant}_{slot}_{role}.png,
manifest.json, spec.json, UnityImportNotes.md. Texture base names equal the glTF material names, so
the importer wires albedo, normal and packed maps by name."""

from __future__ import annotations

from ..pipeline.context import JobContext, TextureKey, produced
from .base import ExtraRole


class UnityLayout:
    name = "unity"
    notes_name = "UnityImportNotes.md"

    def extra_roles(self):
        from ..materials import packing

        return (
            ExtraRole("metallic_smoothness", packing.unity_metallic_smoothness),
            ExtraRole("occlusion", packing.unity_occlusion),
        )

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str:
        return f"Textures/{ctx.asset_id}/{key.variant}_{key.material}_{key.role}.png"

    def model_dir(self, ctx: JobContext) -> str:
        return f"Models/{ctx.asset_id}"

    def model_name(self, ctx: JobContext) -> str:
        return ctx.asset_id

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]:
        return {}

    def notes(self, ctx: JobContext) -> str:
        spec = produced(ctx.spec, "spec")
        aid = ctx.asset_id
        sub = spec["unity"]["import_subfolder"]
        rows = "\n".join(
            f"| `{m['id']}` | {m['family']} | `{ctx.variants[0]['variant_id']}_{m['id']}` | "
            f"`{ctx.variants[0]['variant_id']}_{m['id']}_Lit` |"
            for m in spec["materials"]
        )
        return f"""# Unity import notes: {spec['display_name']}

Asset `{aid}` ({spec['archetype']}, {spec['style_preset']}), {spec.get('target_height_m')} m tall,
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
   - `*_metallic_smoothness.png`: sRGB **off**; R = metallic, A = smoothness (URP Lit Metallic Map).
   - `*_occlusion.png`: sRGB **off** (URP Lit Occlusion Map).
   - `*_orm.png`: sRGB off; R occlusion, G roughness, B metallic (glTF / HDRP-style packing, used by the GLB).
4. For each material below create a URP/Lit material `<base>_Lit`: Base Map = `<base>_albedo`,
   Metallic Map = `<base>_metallic_smoothness` (Source: Metallic Alpha), Normal Map = `<base>_normal`,
   Occlusion Map = `<base>_occlusion`, and assign it to renderers whose glTF material is `<base>`.
5. Collider: `{spec['unity']['collider']}` (see `Models/{aid}/{aid}.collider.json`; a convex hull mesh
   is `{aid}_collider.glb` when the collider is `mesh_convex`).
6. LODs: `{aid}.glb` (LOD0), `{aid}_LOD1.glb`, `{aid}_LOD2.glb`; put them in a LODGroup at about 60%, 30%, 10%.

| material | family | glTF material / texture base | URP material |
|---|---|---|---|
{rows}
"""


LAYOUTS = {"unity": UnityLayout}  # collected by packs/__init__.py
