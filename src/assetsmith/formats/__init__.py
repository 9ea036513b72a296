"""File formats the pipeline writes, with numpy and the standard library only.

PNG (`png`), binary glTF (`glb`), USDA/USDZ (`usd`), reproducible zips (`reproducible_zip`) and
atomic writes (`atomic`). Every writer is deterministic: the same input gives the same bytes.
"""

from assetsmith.formats.atomic import atomic_write_bytes, atomic_write_text, write_json
from assetsmith.formats.glb import (
    GlbMaterial,
    ImageRef,
    read_accessor,
    read_glb,
    write_glb,
    write_glb_geometry_only,
)
from assetsmith.formats.png import decode_png_size, encode_png, encode_pngs_parallel
from assetsmith.formats.reproducible_zip import write_reproducible_zip
from assetsmith.formats.usd import UsdMaterial, prim_name, write_usda, write_usdz

__all__ = [
    "GlbMaterial",
    "ImageRef",
    "UsdMaterial",
    "atomic_write_bytes",
    "atomic_write_text",
    "decode_png_size",
    "encode_png",
    "encode_pngs_parallel",
    "prim_name",
    "read_accessor",
    "read_glb",
    "write_glb",
    "write_glb_geometry_only",
    "write_json",
    "write_reproducible_zip",
    "write_usda",
    "write_usdz",
]
