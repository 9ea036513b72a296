"""Make docs/images/materials.png: every material family's maps in one picture for the README.

    python scripts/contact_sheet.py [--size 256] [--style realistic_hd_pbr] [--out docs/images/materials.png]
    python scripts/contact_sheet.py --glow [--out docs/images/emission.png]

Rows: one per family, named on its albedo; columns: albedo | normal | roughness | metallic |
occlusion. --glow instead shows the emission patterns: for each family with one, the albedo,
the glow map in its own pattern and with carved runes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from assetsmith.formats.png import encode_png
from assetsmith.materials import synthesize_material
from assetsmith.materials.packing import contact_sheet, resize_box
from assetsmith.spec.catalog import MATERIAL_FAMILIES, STYLE_PRESETS

GLOW_FAMILIES = (
    "crystal",
    "rough_stone",
    "brick",
    "cobblestone",
    "marble",
    "metal_panels",
    "organic",
    "bone",
    "concrete",
)


def label(tile: np.ndarray, text: str) -> np.ndarray:
    """`tile` with `text` in its top-left corner on a dark band (Pillow's default font); the
    tile unchanged without Pillow."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return tile
    img = Image.fromarray(np.ascontiguousarray(tile))
    draw = ImageDraw.Draw(img)
    box = draw.textbbox((3, 2), text)
    draw.rectangle((0, 0, box[2] + 3, box[3] + 2), fill=(0, 0, 0))
    draw.text((3, 2), text, fill=(240, 240, 240))
    return np.asarray(img)


def two_columns(rows: list[np.ndarray], gap: int) -> np.ndarray:
    """Rows of equal width stacked in two side-by-side columns (README-sized), white padding."""
    half = (len(rows) + 1) // 2
    left, right = np.concatenate(rows[:half]), np.concatenate(rows[half:])
    pad = np.full((left.shape[0] - right.shape[0], right.shape[1], 3), 255, np.uint8)
    right = np.concatenate([right, pad])
    space = np.full((left.shape[0], gap, 3), 255, np.uint8)
    return np.concatenate([left, space, right], axis=1)


def family_rows(size: int, tile: int, style: str) -> list[np.ndarray]:
    rows = []
    for fam, info in MATERIAL_FAMILIES.items():
        maps = synthesize_material(
            fam, base_color=info["base_color"], wear=0.4, style=style, size=size, seed=7
        )
        row = contact_sheet({fam: maps}, tile=tile)
        row[:, :tile] = label(row[:, :tile], fam)
        rows.append(row)
    return rows


def glow_rows(size: int, tile: int, style: str) -> list[np.ndarray]:
    rows = []
    for fam in GLOW_FAMILIES:
        kw = dict(
            base_color=MATERIAL_FAMILIES[fam]["base_color"],
            wear=0.4,
            style=style,
            size=size,
            seed=7,
            emissive="#ff9a3c",
            emissive_strength=4.0,
        )
        own = synthesize_material(fam, emissive_pattern="family", **kw)
        runes = synthesize_material(fam, emissive_pattern="runes", **kw)
        cells = [own.albedo[..., :3], own.emissive, runes.albedo[..., :3], runes.emissive]
        row = np.concatenate([resize_box(c, tile) for c in cells], axis=1)
        row[:, :tile] = label(row[:, :tile], fam)
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--size", type=int, default=256, help="synthesis size per material (power of two)"
    )
    ap.add_argument("--tile", type=int, default=96, help="cell size in the sheet")
    ap.add_argument("--style", default="realistic_hd_pbr", choices=STYLE_PRESETS)
    ap.add_argument("--glow", action="store_true", help="the emission patterns instead")
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="default docs/images/materials.png (emission.png with --glow)",
    )
    args = ap.parse_args()
    out = args.out or Path("docs/images/emission.png" if args.glow else "docs/images/materials.png")
    make = glow_rows if args.glow else family_rows
    rows = make(args.size, args.tile, args.style)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(encode_png(two_columns(rows, args.tile // 4), srgb=True, level=9))
    print(f"wrote {out} ({len(rows)} families, {args.style})")


if __name__ == "__main__":
    main()
