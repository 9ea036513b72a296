"""Runs inside Blender (or with the bpy module): one assetsmith job config, written by BlenderEngine.

    blender -b --factory-startup --python blender_job.py -- --config job.json

Never imported by assetsmith itself (it needs bpy). Exit codes: 0 ok, 2 bad config, 3 scene, 4 camera,
5 export failed.
"""

import json
import math
import sys


def _numpy_compat():
    """Blender 3.x's glTF importer uses `np.bool`, which NumPy 1.24 removed; distributions that pair
    the two (Debian 12: Blender 3.4 + NumPy 1.24) cannot import glTF without this alias."""
    try:
        import numpy as np
    except ImportError:
        return
    if "bool" not in np.__dict__:
        np.bool = bool


def _studio(scene, cfg):
    """Cycles on the CPU (no display or GPU needed), the config's quality, a transparent film (alpha =
    coverage, as the native engine writes), and a key/fill/rim light rig with a grey studio world
    when the scene brings no lights of its own."""
    import bpy
    import mathutils

    scene.render.engine = "CYCLES"
    scene.cycles.device = "CPU"
    scene.cycles.samples = max(1, int(cfg.get("samples", 4))) * 8
    scene.cycles.use_denoising = False
    scene.cycles.seed = 0  # the same config renders the same noise
    scene.render.film_transparent = True
    scene.view_settings.view_transform = "Standard"  # EXR stays linear; PNG gets plain sRGB
    if scene.world is None:
        scene.world = bpy.data.worlds.new("assetsmith_studio")
    scene.world.use_nodes = True
    scene.world.node_tree.nodes["Background"].inputs["Color"].default_value = (0.5, 0.5, 0.52, 1.0)
    if any(o.type == "LIGHT" for o in scene.objects):
        return
    # Directions as the native engine's studio: key from the front right above, fill, rim behind
    # (glTF +Z front is Blender's -Y).
    for name, energy, direction in (
        ("key", 3.0, (0.5, -0.6, 0.62)),
        ("fill", 1.0, (-0.7, -0.4, 0.3)),
        ("rim", 1.5, (0.0, 0.8, 0.6)),
    ):
        light = bpy.data.lights.new(f"assetsmith_{name}", "SUN")
        light.energy = energy
        obj = bpy.data.objects.new(light.name, light)
        obj.rotation_euler = mathutils.Vector(direction).to_track_quat("Z", "Y").to_euler()
        scene.collection.objects.link(obj)


def main(argv):
    import bpy
    import mathutils

    _numpy_compat()

    with open(argv[argv.index("--config") + 1]) as f:
        cfg = json.load(f)
    bpy.ops.wm.read_factory_settings(use_empty=True)
    scene_path = cfg["scene"]
    wants_usd = not scene_path.lower().endswith((".glb", ".gltf")) or cfg["format"] == "USD"
    if wants_usd and not getattr(bpy.app.build_options, "usd", False):
        print(
            "[assetsmith] error engine_unsupported $.format: this Blender was built without USD support"
        )
        return 2
    try:
        if scene_path.lower().endswith((".glb", ".gltf")):
            bpy.ops.import_scene.gltf(filepath=scene_path)
        else:
            bpy.ops.wm.usd_import(filepath=scene_path)
    except Exception as exc:  # noqa: BLE001 - report and exit with the scene code
        print(f"[assetsmith] error scene_not_found $.scene: {exc}")
        return 3
    scene = bpy.context.scene
    _studio(scene, cfg)
    res = cfg["resolution"]
    scene.render.resolution_x, scene.render.resolution_y = res["width"], res["height"]
    scene.render.fps = max(1, round(cfg["fps"]))
    if cfg["camera"] != "orbit":
        cam = bpy.data.objects.get(cfg["camera"])
        if cam is None or cam.type != "CAMERA":
            print(f"[assetsmith] error camera_not_found $.camera: no camera '{cfg['camera']}'")
            return 4
    else:
        meshes = [o for o in scene.objects if o.type == "MESH"]
        pts = [o.matrix_world @ mathutils.Vector(c) for o in meshes for c in o.bound_box]
        lo = mathutils.Vector([min(p[i] for p in pts) for i in range(3)])
        hi = mathutils.Vector([max(p[i] for p in pts) for i in range(3)])
        centre, radius = (lo + hi) / 2, (hi - lo).length / 2
        data = bpy.data.cameras.new("orbit")
        data.angle_y = math.radians(cfg["orbit"]["fov_deg"])
        cam = bpy.data.objects.new("orbit", data)
        scene.collection.objects.link(cam)
        o, frames = cfg["orbit"], cfg["all_frames"]
        n = max(1, (frames["end"] - frames["start"]) // frames["step"] + 1)
        dist = o.get("distance") or radius / math.sin(data.angle_y / 2) * 1.1
        for f in range(frames["start"], frames["end"] + 1, frames["step"]):
            az = math.radians(o["start_deg"] + o["degrees"] * (f - frames["start"]) / n)
            el = math.radians(o["elevation_deg"])
            # Blender is Z-up: glTF's +Z front is Blender's -Y.
            cam.location = (
                centre
                + mathutils.Vector(
                    (math.sin(az) * math.cos(el), -math.cos(az) * math.cos(el), math.sin(el))
                )
                * dist
            )
            cam.rotation_euler = (centre - cam.location).to_track_quat("-Z", "Y").to_euler()
            cam.keyframe_insert("location", frame=f)
            cam.keyframe_insert("rotation_euler", frame=f)
    scene.camera = cam
    resolved = cfg["resolved"]
    try:
        if cfg["format"] == "USD":
            bpy.ops.wm.usd_export(filepath=resolved["output"], export_animation=True)
        elif cfg["format"] == "GLB":
            bpy.ops.export_scene.gltf(filepath=resolved["output"], export_format="GLB")
        else:
            exr = cfg["format"] == "EXR"
            settings = scene.render.image_settings
            settings.file_format = "OPEN_EXR_MULTILAYER" if exr else "PNG"
            if (
                exr
            ):  # full float and no compression: assetsmith rewrites the frames in its own layout
                settings.color_depth = "32"
                settings.exr_codec = "NONE"
            scene.view_layers[0].use_pass_z = "depth" in cfg["passes"]
            for i, f in enumerate(resolved["frames"]):
                scene.frame_set(f)
                pattern = resolved["frame_pattern"]
                scene.render.filepath = pattern.replace(
                    "#" * pattern.count("#"), str(f).zfill(pattern.count("#"))
                )
                bpy.ops.render.render(write_still=True)
                print(f"[assetsmith] progress {i + 1}/{len(resolved['frames'])}", flush=True)
    except Exception as exc:  # noqa: BLE001
        print(f"[assetsmith] error export_failed $.output: {exc}")
        return 5
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else sys.argv[1:]))
