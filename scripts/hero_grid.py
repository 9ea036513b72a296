"""Render the README's grid of hero shots: prompts as users write them, each through the pipeline's
spec and geometry stages (the recipe the reader chose is the tile's label).

    python scripts/hero_grid.py [--out docs/images/hero_grid.png] [--size 256] [--columns 6]

Needs the render extra (pip install 'assetsmith[render]') and EGL (Mesa's llvmpipe is enough).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np


def label(tile: np.ndarray, text: str) -> np.ndarray:
    """The tile with its archetype name written along the bottom (Pillow's default font)."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return tile
    img = Image.fromarray(np.ascontiguousarray(tile))
    ImageDraw.Draw(img).text((8, img.height - 18), text, fill=(235, 235, 235))
    return np.asarray(img)


PROMPTS = [
    "wooden barrel with iron bands",
    "old treasure chest",
    "oak table with iron legs",
    "wooden chair",
    "iron lantern",
    "steel longsword",
    "round shield with a boss",
    "street lamp",
    "stone well",
    "iron anvil",
    "wooden cart",
    "small spaceship",
    "human skull",
    "gravestone",
    "mossy boulder",
    "oak tree",
    "red mushroom",
    "wooden signpost",
    "market stall",
    "bookshelf",
    "campfire",
    "wizard staff",
    "suit of armour",
    "rowing boat",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("docs/images/hero_grid.png"))
    ap.add_argument("--size", type=int, default=256, help="Tile size in pixels.")
    ap.add_argument("--columns", type=int, default=6)
    ap.add_argument("--style", default="realistic_hd_pbr")
    ap.add_argument(
        "--resolution", type=int, default=512, help="Texture size of the generated materials."
    )
    args = ap.parse_args(argv)

    from assetsmith.formats.png import encode_png
    from assetsmith.render import PreviewOptions, render_previews
    from assetsmith.render.demo import context_scene, demo_context
    from assetsmith.render.previews import sheet
    from assetsmith.spec import shape_label

    options = PreviewOptions(hero_size=args.size, views=0, max_texture=512)
    tiles = []
    for prompt in PROMPTS:
        t0 = time.perf_counter()
        ctx = demo_context(prompt, style=args.style, resolution=args.resolution)
        scene = context_scene(ctx)
        name = shape_label(ctx.spec)
        tiles.append(label(render_previews(scene, options).hero, f"{prompt} ({name})"))
        print(
            f"{prompt:32s} {name:14s} {scene.triangle_count:6d} tris  {time.perf_counter() - t0:.2f} s",
            file=sys.stderr,
        )
    grid = sheet(tiles, columns=args.columns)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(encode_png(grid, srgb=True, level=9))
    print(f"wrote {args.out} ({grid.shape[1]}x{grid.shape[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
