"""Rebuild the sample scene the sample job configs render: a generated barrel (128-pixel maps) as
GLB (at most 2500 triangles, to keep the repository small), with a camera named CineCamera (the reference config's camera name).

    python samples/make_scenes.py
"""

from __future__ import annotations

from pathlib import Path

from assetsmith.batch.export import add_glb_camera, scene_glb
from assetsmith.render.camera import orbit_camera
from assetsmith.render.demo import context_scene, demo_context

HERE = Path(__file__).parent


def main() -> None:
    scene = context_scene(demo_context("barrel", texture_size=128, poly_budget=2500))
    lo, hi = scene.bounds()
    cine = orbit_camera(lo, hi, azimuth_deg=-30, elevation_deg=12, aspect=16 / 9, yfov_deg=30, margin=0.15,
                        name="CineCamera")
    glb = add_glb_camera(scene_glb(scene, root="barrel"), "CineCamera", cine, aspect=16 / 9)
    out = HERE / "scenes" / "barrel.glb"
    out.write_bytes(glb)
    print(f"wrote {out} ({len(glb)} bytes)")


if __name__ == "__main__":
    main()
