"""Engine-specific channel packings of MaterialMaps, and the contact sheet used for README pictures.

All outputs are uint8. Roughness/metallic/occlusion are linear data (import them as non-colour);
only the albedo is sRGB.
"""

from __future__ import annotations

import numpy as np

from assetsmith.materials.maps import MaterialMaps


def unreal_orm(maps: MaterialMaps) -> np.ndarray:
    """(H, W, 3) R occlusion, G roughness, B metallic (the Unreal/glTF ORM packing)."""
    return np.ascontiguousarray(maps.orm)


def hdrp_mask(maps: MaterialMaps) -> np.ndarray:
    """(H, W, 4) Unity HDRP mask map: R metallic, G occlusion, B detail mask (255), A smoothness.
    URP Lit reads the same file as its Metallic Map (R, A) and Occlusion Map (G); the Unity
    package's importer builds exactly this from a pack's ORM map."""
    orm = maps.orm
    out = np.empty((*orm.shape[:2], 4), dtype=np.uint8)
    out[..., 0] = orm[..., 2]
    out[..., 1] = orm[..., 0]
    out[..., 2] = 255
    np.subtract(255, orm[..., 1], out=out[..., 3], dtype=np.uint8)
    return out


def normal_directx(maps: MaterialMaps) -> np.ndarray:
    """(H, W, 3) normal map in the DirectX convention (Unreal): green flipped (+Y down)."""
    out = maps.normal.copy()
    np.subtract(255, maps.normal[..., 1], out=out[..., 1], dtype=np.uint8)
    return out


def resize_box(img: np.ndarray, tile: int) -> np.ndarray:
    """Square image -> tile x tile: box filter when shrinking, pixel repeat when growing."""
    size = img.shape[0]
    if size == tile:
        return img
    if size > tile and size % tile == 0:
        f = size // tile
        rest = img.shape[2:]
        blocks = img.reshape(tile, f, tile, f, *rest).astype(np.float32)
        return (blocks.mean(axis=(1, 3)) + 0.5).astype(np.uint8)
    if tile > size and tile % size == 0:
        f = tile // size
        return np.repeat(np.repeat(img, f, axis=0), f, axis=1)
    idx = (np.arange(tile) * size) // tile
    return img[idx][:, idx]


def _as_rgb(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        return np.repeat(img[..., None], 3, axis=2)
    if img.shape[2] == 4:
        # Translucent albedo: show it over mid grey, as a viewer would see it in front of a wall.
        a = img[..., 3:4].astype(np.float32) / 255.0
        return (img[..., :3] * a + 128.0 * (1.0 - a) + 0.5).astype(np.uint8)
    return img


def contact_sheet(maps_by_name: dict[str, MaterialMaps], tile: int = 256) -> np.ndarray:
    """(rows * tile, 5 * tile, 3) uint8 grid, one row per material in dict order; columns
    albedo | normal | roughness | metallic | occlusion, each box-filtered to tile x tile."""
    if tile <= 0:
        raise ValueError("tile must be positive")
    rows = []
    for maps in maps_by_name.values():
        cells = [maps.albedo, maps.normal, maps.roughness, maps.metallic, maps.occlusion]
        rows.append(np.concatenate([_as_rgb(resize_box(c, tile)) for c in cells], axis=1))
    if not rows:
        return np.zeros((0, 5 * tile, 3), dtype=np.uint8)
    return np.concatenate(rows, axis=0)
