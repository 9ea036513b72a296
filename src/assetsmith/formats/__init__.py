"""File formats the pipeline writes, with numpy and the standard library only.

PNG (`png`), binary glTF (`glb`), USDA/USDZ (`usd`), reproducible zips (`reproducible_zip`),
deterministic JSON documents (`jsondoc`) and atomic writes (`atomic`). Every writer is
deterministic: the same input gives the same bytes. The names below are imported from their
modules on first use, so importing one small module of this package (`jsondoc`, `atomic`) does not
load NumPy and every writer.
"""

import importlib

_EXPORTS = {
    "atomic_write_bytes": "atomic",
    "atomic_write_text": "atomic",
    "write_json": "atomic",
    "GlbMaterial": "glb",
    "ImageRef": "glb",
    "read_accessor": "glb",
    "read_glb": "glb",
    "write_glb": "glb",
    "write_glb_geometry_only": "glb",
    "decode_png_size": "png",
    "encode_png": "png",
    "encode_pngs_parallel": "png",
    "write_reproducible_zip": "reproducible_zip",
    "UsdMaterial": "usd",
    "prim_name": "usd",
    "write_usda": "usd",
    "write_usdz": "usd",
}

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


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
