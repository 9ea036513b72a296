"""Procedural, tileable PBR materials synthesised with numpy (see `synthesize_material`)."""

from assetsmith.materials.maps import MaterialMaps
from assetsmith.materials.synth import FAMILY_TILE_SIZE_M, synthesize_material

__all__ = ["FAMILY_TILE_SIZE_M", "MaterialMaps", "synthesize_material"]
