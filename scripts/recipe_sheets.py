"""Render hero sheets of the recipe library: one PNG per category, each tile labelled with its
recipe name (docs/images/recipes/<category>.png).

    python scripts/recipe_sheets.py [--out-dir docs/images/recipes] [--only well,anvil]
        [--category graveyard] [--param roof=false] [--seeds 1,2,3] [--budget 6000]
        [--size 256] [--columns 6] [--texture 256] [--style realistic_hd_pbr]

`--seeds` renders each recipe once per seed (side by side); `--param` sets a parameter on every
selected recipe (JSON values: 2, true, "square"). Needs the render extra (pip install
'assetsmith[render]') and EGL (Mesa's llvmpipe is enough).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def label(tile: np.ndarray, text: str) -> np.ndarray:
    from hero_grid import label as hero_label

    return hero_label(tile, text)


def render_recipe(
    recipe, params: dict, seed: int, budget: int, options, texture: int, style: str, cache: dict
) -> tuple[np.ndarray, int]:
    """The hero image of one recipe build and its triangle count."""
    from assetsmith.materials import FAMILY_TILE_SIZE_M, synthesize_material
    from assetsmith.render import render_previews, scene_from_geometry
    from assetsmith.shapes import build_shape

    prog = recipe.program(params, seed)
    resolved = recipe.resolve(params, seed)
    tiles = {r: FAMILY_TILE_SIZE_M.get(m["family"], 1.0) for r, m in prog["materials"].items()}
    geom = build_shape(recipe, params=params, seed=seed, poly_budget=budget, tile_size_m=tiles)
    maps = {}
    for role, m in prog["materials"].items():
        # A role that gives light (flames, lamp glass, runes) renders with its glow.
        role_def = recipe.materials.get(role)
        glow = role_def.glow() if role_def is not None else {}
        key = (
            m["family"],
            m["base_color"],
            recipe.wear(resolved),
            texture,
            style,
            tuple(sorted(glow.items())),
        )
        if key not in cache:
            cache[key] = synthesize_material(
                m["family"],
                base_color=m["base_color"],
                wear=key[2],
                style=style,
                size=texture,
                seed=7,
                **glow,
            )
        maps[role] = cache[key]
    scene = scene_from_geometry(geom, maps, name=recipe.name)
    return render_previews(scene, options).hero, geom.triangle_count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", type=Path, default=Path("docs/images/recipes"))
    ap.add_argument("--only", default="", help="comma-separated recipe names")
    ap.add_argument("--category", default="", help="comma-separated categories")
    ap.add_argument(
        "--param", action="append", default=[], help="name=value (JSON) for every recipe"
    )
    ap.add_argument("--seeds", default="1", help="comma-separated seeds (a tile each)")
    ap.add_argument("--budget", type=int, default=6000)
    ap.add_argument("--size", type=int, default=256, help="tile size in pixels")
    ap.add_argument("--columns", type=int, default=6)
    ap.add_argument("--texture", type=int, default=256, help="material texture size")
    ap.add_argument("--style", default="realistic_hd_pbr")
    ap.add_argument(
        "--name", default="", help="write one sheet of everything selected under this name"
    )
    args = ap.parse_args(argv)

    from assetsmith.formats.png import encode_png
    from assetsmith.render import PreviewOptions
    from assetsmith.render.previews import sheet
    from assetsmith.shapes import ALL_RECIPES

    only = {n for n in args.only.split(",") if n}
    cats = {c for c in args.category.split(",") if c}
    params = {}
    for item in args.param:
        k, _, v = item.partition("=")
        params[k] = json.loads(v)
    seeds = [int(s) for s in args.seeds.split(",")]
    chosen = [
        r for r in ALL_RECIPES if (not only or r.name in only) and (not cats or r.category in cats)
    ]
    if not chosen:
        print("no recipe matches", file=sys.stderr)
        return 2
    options = PreviewOptions(hero_size=args.size, views=0, max_texture=args.texture)
    groups: dict[str, list[np.ndarray]] = {}
    cache: dict = {}
    for r in chosen:
        for seed in seeds:
            t0 = time.perf_counter()
            known = r.all_params()
            p = {k: v for k, v in params.items() if k in known}
            img, tris = render_recipe(
                r, p, seed, args.budget, options, args.texture, args.style, cache
            )
            text = r.name if len(seeds) == 1 else f"{r.name} #{seed}"
            groups.setdefault(args.name or r.category, []).append(label(img, text))
            print(
                f"{r.category:14s} {r.name:18s} seed {seed}: {tris:6d} tris  "
                f"{time.perf_counter() - t0:.2f} s",
                file=sys.stderr,
            )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for cat, tiles in groups.items():
        grid = sheet(tiles, columns=min(args.columns, len(tiles)))
        out = args.out_dir / f"{cat}.png"
        out.write_bytes(encode_png(grid, srgb=True, level=9))
        print(f"wrote {out} ({grid.shape[1]}x{grid.shape[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
