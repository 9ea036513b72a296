"""Native scenes (by suffix: glTF, USD, or one of our pack folders) and the job's cameras."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..errors import InvalidInput, Problem
from ..render.camera import Camera, bounds_corners, fit_distance, orbit_camera, orbit_direction
from ..render.scene import RenderScene
from .config import JobConfig


def _scene_error(message: str, hint: str, where: str = "$.scene") -> InvalidInput:
    return InvalidInput(
        f"Invalid job config: {where}: {message}.",
        hint,
        details=[Problem(where, message).to_dict()],
    )


def _load_gltf(path: Path) -> RenderScene:
    from .scene_gltf import load_gltf

    return load_gltf(path)


def _load_usd(path: Path) -> RenderScene:
    from .scene_usd import load_usd

    return load_usd(path)


LOADERS: dict[str, Callable[[Path], RenderScene]] = {
    ".glb": _load_gltf,
    ".gltf": _load_gltf,
    ".usd": _load_usd,
    ".usda": _load_usd,
    ".usdc": _load_usd,
    ".usdz": _load_usd,
}


def _pack_model(folder: Path) -> Path:
    """The LOD0 GLB of a pack folder (from its manifest, else the one .glb without _LOD/_collider)."""
    manifest = folder / "manifest.json"
    if manifest.is_file():
        try:
            rel = json.loads(manifest.read_text())["models"]["glb"]
            if rel and (folder / rel).is_file() and ".." not in Path(rel).parts:
                return folder / rel
        except (ValueError, KeyError, TypeError):
            pass
    found = sorted(
        p for p in folder.rglob("*.glb") if "_LOD" not in p.stem and "_collider" not in p.stem
    )
    if not found:
        raise _scene_error(
            f"the folder '{folder.name}' is not a pack (no manifest.json, no .glb model)",
            "Pass a pack folder written by `assetsmith pack`, or a scene file.",
        )
    return found[0]


def load_scene_path(path: Path, *, shown: str | None = None) -> RenderScene:
    """A scene file or pack folder as a RenderScene; errors name $.scene and show `shown`."""
    shown = shown or path.name
    if not path.exists():
        raise _scene_error(
            f"'{shown}' does not exist", "Check the path (relative to the config's folder)."
        )
    if path.is_dir():
        path = _pack_model(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise _scene_error(
            f"'{path.suffix or path.name}' is not a scene type the native engine reads",
            f"Use one of {', '.join(sorted(LOADERS))} or a pack folder.",
        )
    scene = loader(path)
    if not scene.items:
        raise _scene_error(f"'{shown}' has no triangle meshes to render", "Check the scene file.")
    return scene


def load_scene(config: JobConfig) -> RenderScene:
    """The config's native scene as a RenderScene, with $.scene in every error."""
    scene = load_scene_path(config.scene_path, shown=config.scene)
    scene.name = config.scene_name
    return scene


def frame_cameras(config: JobConfig, scene: RenderScene) -> list[tuple[int, Camera]]:
    """(frame, camera) for every frame of this config: a named scene camera, or the orbit."""
    aspect = config.width / config.height
    if config.camera != "orbit":
        cam = scene.cameras.get(config.camera)
        if cam is None:
            names = sorted(scene.cameras)
            known = f"its cameras: {', '.join(names)}" if names else "it has no cameras"
            raise _scene_error(
                f"no camera '{config.camera}' in the scene ({known})",
                'Name a camera the scene has, or use "orbit".',
                where="$.camera",
            )
        return [(f, cam) for f in config.frames.frames()]
    o = config.orbit
    lo, hi = scene.bounds()
    n = max(len(config.all_frames), 1)

    def azimuth(frame: int) -> float:
        return o.start_deg + o.degrees * (frame - config.all_frames.start) / n

    distance = o.distance
    if (
        distance is None
    ):  # one distance for the whole orbit (so the object keeps its size), from 64 samples
        centre = np.asarray(o.target, dtype=np.float64) if o.target else (lo + hi) / 2
        sweep = np.linspace(0, o.degrees * (n - 1) / n, min(n, 64))
        distance = max(
            fit_distance(
                bounds_corners(lo, hi),
                centre,
                orbit_direction(o.start_deg + a, o.elevation_deg),
                math.radians(o.fov_deg),
                aspect,
                o.margin,
            )
            for a in sweep
        )
    return [
        (
            f,
            orbit_camera(
                lo,
                hi,
                azimuth_deg=azimuth(f),
                elevation_deg=o.elevation_deg,
                aspect=aspect,
                yfov_deg=o.fov_deg,
                margin=o.margin,
                distance=distance,
                target=o.target,
                name="orbit",
            ),
        )
        for f in config.frames.frames()
    ]
