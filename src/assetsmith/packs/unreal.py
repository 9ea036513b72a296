"""The Unreal Engine 5 layout: Content/<import_subfolder>/{Meshes,Textures}, Epic's naming
conventions (SM_, T_ with _BC, _N, _ORM suffixes), DirectX normal maps (green flipped)."""

from __future__ import annotations

from ..pipeline.context import JobContext, TextureKey, produced
from .base import ExtraRole

_SUFFIX = {"albedo": "BC", "normal": "N_GL", "orm": "ORM", "normal_dx": "N"}


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

    def extra_files(self, ctx: JobContext) -> dict[str, bytes]:
        return {}

    def notes(self, ctx: JobContext) -> str:
        spec = produced(ctx.spec, "spec")
        return f"""# Unreal import notes: {spec['display_name']}

Target: Unreal Engine 5.3+ (Interchange glTF importer). Copy `Content/` into your project's `Content/`.

- `{self.model_dir(ctx)}/{self.model_name(ctx)}.glb`: import it (drag into the Content Browser); materials
  are created from the glTF metallic-roughness materials. LODs: `_LOD1.glb`, `_LOD2.glb` (import as LODs
  in the Static Mesh editor, LOD Settings > Import LOD Level).
- Textures follow Epic's naming: `_BC` base colour (sRGB), `_N` normal map in the **DirectX** convention
  (green flipped, as Unreal expects; `_N_GL` is the OpenGL original used by the GLB), `_ORM` packed
  occlusion (R), roughness (G), metallic (B): set Compression to Masks and sRGB off.
- Collision: `{spec.get('unreal', {}).get('collision', 'simple_box')}` (shape data in `{self.model_name(ctx)}.collider.json`).
- USD: `{self.model_name(ctx)}.usdz` opens with the USD Importer plugin.
"""


LAYOUTS = {"unreal": UnrealLayout}  # collected by packs/__init__.py
