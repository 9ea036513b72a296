"""Make docs/images/materials.png: every material family's maps in one picture for the README.

    python scripts/contact_sheet.py [--size 256] [--style realistic_hd_pbr] [--out docs/images/materials.png]

Rows: one per family; columns: albedo | normal | roughness | metallic | occlusion.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assetsmith.formats.png import encode_png
from assetsmith.materials import synthesize_material
from assetsmith.materials.packing import contact_sheet
from assetsmith.spec.catalog import MATERIAL_FAMILIES, STYLE_PRESETS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=256, help="synthesis size per material (power of two)")
    ap.add_argument("--tile", type=int, default=96, help="cell size in the sheet")
    ap.add_argument("--style", default="realistic_hd_pbr", choices=STYLE_PRESETS)
    ap.add_argument("--out", type=Path, default=Path("docs/images/materials.png"))
    args = ap.parse_args()
    maps = {
        fam: synthesize_material(fam, base_color=info["base_color"], wear=0.4, style=args.style,
                                 size=args.size, seed=7)
        for fam, info in MATERIAL_FAMILIES.items()
    }
    sheet = contact_sheet(maps, tile=args.tile)
    # two columns of families side by side keeps the picture README-sized
    half = (len(maps) + 1) // 2 * args.tile
    left, right = sheet[:half], sheet[half:]
    if right.shape[0] < left.shape[0]:
        import numpy as np

        pad = np.full((left.shape[0] - right.shape[0], right.shape[1], 3), 255, dtype=np.uint8)
        right = np.concatenate([right, pad], axis=0)
    import numpy as np

    gap = np.full((left.shape[0], args.tile // 4, 3), 255, dtype=np.uint8)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(encode_png(np.concatenate([left, gap, right], axis=1), srgb=True, level=9))
    print(f"wrote {args.out} ({len(maps)} families, {args.style})")


if __name__ == "__main__":
    main()
