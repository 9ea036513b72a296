"""The Godot 4 layout: the pack root is a project root; files live under the spec's
`godot.import_subfolder` (default `assets/assetsmith/<id>`), with one StandardMaterial3D `.tres`
per material wired to the albedo, normal and ORM maps (ORM channels picked per property)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pipeline.context import JobContext, TextureKey, produced
from .base import material_names

if TYPE_CHECKING:
    from ..geometry.mesh import Mesh


def _root(ctx: JobContext) -> str:
    block = produced(ctx.spec, "spec").get("godot") or {}
    return block.get("import_subfolder") or f"assets/assetsmith/{ctx.asset_id}"


def _emission(ctx: JobContext, variant: str, mid: str, texture_path) -> tuple[str, str] | None:
    """(ext_resource line, property lines) wiring a glowing material's emissive map, or None."""
    key = TextureKey(variant, mid, "emissive")
    if key not in ctx.textures:
        return None
    strength = ctx.maps[(variant, mid)].emissive_strength
    resource = (
        f'[ext_resource type="Texture2D" path="res://{texture_path(ctx, key)}" id="4_emissive"]\n'
    )
    props = (
        f"emission_enabled = true\nemission = Color(1, 1, 1, 1)\n"
        f'emission_energy_multiplier = {strength:g}\nemission_texture = ExtResource("4_emissive")\n'
    )
    return resource, props


class GodotLayout:
    name = "godot"
    notes_name = "GodotImportNotes.md"

    def extra_roles(self):
        return ()

    def texture_path(self, ctx: JobContext, key: TextureKey) -> str:
        return f"{_root(ctx)}/textures/{key.variant}_{key.material}_{key.role}.png"

    def model_dir(self, ctx: JobContext) -> str:
        return _root(ctx)

    def model_name(self, ctx: JobContext) -> str:
        return ctx.asset_id

    def material_name(self, ctx: JobContext, variant: str, material: str) -> str:
        return f"{variant}_{material}"

    def collision_meshes(self, ctx: JobContext) -> list[tuple[str, Mesh]]:
        return []  # Godot builds the shape the import dock names (see the notes)

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]:
        out = {}
        families = {m["id"]: m for m in produced(ctx.spec, "spec")["materials"]}
        for variant, mid in material_names(ctx):
            paths = {
                r: self.texture_path(ctx, TextureKey(variant, mid, r))
                for r in ("albedo", "normal", "orm")
            }
            translucent = families[mid]["family"] == "crystal"
            glow = _emission(ctx, variant, mid, self.texture_path)
            text = f"""[gd_resource type="StandardMaterial3D" load_steps={5 if glow else 4} format=3]

[ext_resource type="Texture2D" path="res://{paths["albedo"]}" id="1_albedo"]
[ext_resource type="Texture2D" path="res://{paths["normal"]}" id="2_normal"]
[ext_resource type="Texture2D" path="res://{paths["orm"]}" id="3_orm"]
{glow[0] if glow else ""}
[resource]
resource_name = "{self.material_name(ctx, variant, mid)}"
{"transparency = 1" + chr(10) if translucent else ""}albedo_texture = ExtResource("1_albedo")
metallic = 1.0
metallic_texture = ExtResource("3_orm")
metallic_texture_channel = 2
roughness_texture = ExtResource("3_orm")
roughness_texture_channel = 1
normal_enabled = true
normal_texture = ExtResource("2_normal")
ao_enabled = true
ao_texture = ExtResource("3_orm")
ao_texture_channel = 0
{glow[1] if glow else ""}"""
            out[f"{_root(ctx)}/materials/{variant}_{mid}.tres"] = text.encode()
        return out

    def notes(self, ctx: JobContext) -> str:
        spec = produced(ctx.spec, "spec")
        root = _root(ctx)
        return f"""# Godot import notes: {spec["display_name"]}

Target: Godot 4.2+. This pack's root is a project root: copy `{root.split("/")[0]}/` into your project.

- `{root}/{ctx.asset_id}.glb` imports as a scene with its materials embedded (glTF metallic-roughness).
- `{root}/materials/*.tres` are StandardMaterial3D resources wired to the same maps, for overriding
  the embedded ones (Import dock > Materials > Use External).
- Normal maps use the OpenGL convention (+Y), which Godot expects; ORM is R occlusion, G roughness, B metallic.
- Glowing materials have an `*_emissive.png` map (sRGB): the `.tres` enables Emission with it and sets
  `emission_energy_multiplier` to the material's strength (the GLB carries the same glow).
- LODs: Godot generates mesh LODs on import; `{ctx.asset_id}_LOD1.glb` and `_LOD2.glb` are also provided.
- Collider: `{spec.get("godot", {}).get("collider", "box")}` (shape data in `{ctx.asset_id}.collider.json`;
  in the import dock set Physics > Shape Type accordingly).
"""


LAYOUTS = {"godot": GodotLayout}  # collected by packs/__init__.py
