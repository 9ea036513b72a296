"""The native engine: our renderer and exporters, in this process.

USD and GLB export the scene (with the job's camera, animated over the frame range, in the USD);
EXR renders float RGBA + depth per frame, PNG tone-mapped sRGB frames. The lights are fixed in the
world (the shadow map is made once per job) and frame k+1 renders while frame k is written.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..._version import __version__
from ...errors import Cancelled
from ...formats.png import encode_png
from ...render.exr import write_exr
from ...render.lighting import STUDIO_FIXED
from ...render.scene import RenderScene
from ...render.session import RenderSession
from ..config import JobConfig
from ..export import scene_glb, write_scene_usd
from ..paths import ExportArea
from ..scenes import frame_cameras, load_scene
from . import BatchContext


class NativeEngine:
    name = "native"

    def __init__(self, ctx: BatchContext) -> None:
        self.ctx = ctx
        self._scene: RenderScene | None = None
        self._session: RenderSession | None = None

    def _load(self, config: JobConfig):
        if self._scene is None:
            self._scene = load_scene(config)
        return self._scene

    def prepare(self, config: JobConfig) -> None:
        """Load the scene and resolve the camera: config errors surface before any work."""
        frame_cameras(config, self._load(config))

    def run(self, config: JobConfig, area: ExportArea, *, done: int, total: int) -> None:
        scene = self._load(config)
        cameras = frame_cameras(config, scene)
        if config.format == "USD":
            write_scene_usd(
                scene,
                frame_cameras(config.with_frames(config.all_frames), scene),
                area.stage(config.output),
                root=config.scene_name,
                fps=config.fps,
                aspect=config.width / config.height,
            )
            return
        if config.format == "GLB":
            area.stage(config.output).write_bytes(scene_glb(scene, root=config.scene_name))
            return
        if self._session is None:
            self._session = RenderSession(
                scene, config.width, config.height, samples=config.samples, lighting=STUDIO_FIXED
            )
        with ThreadPoolExecutor(1, thread_name_prefix="assetsmith-write") as writer:
            pending = None
            for i, (frame, cam) in enumerate(cameras):
                if self.ctx.is_cancelled():
                    raise Cancelled(f"The batch job was cancelled at frame {frame}.")
                job = self._render(config, frame, cam, area)
                if pending is not None:
                    pending.result()  # at most one write in flight: memory stays flat
                pending = writer.submit(job)
                self.ctx.progress(
                    "render", (done + i + 1) / total, f"frame {frame} ({done + i + 1}/{total})"
                )
            if pending is not None:
                pending.result()

    def _render(self, config: JobConfig, frame: int, cam, area: ExportArea):
        session = self._session
        assert session is not None  # run() opened it
        path = area.stage(config.frame_file(frame))
        if config.format == "PNG":
            img = session.render_preview(cam)
            return lambda: path.write_bytes(
                encode_png(np.ascontiguousarray(img[..., :3]), srgb=True)
            )
        f = session.render_float(cam)
        color = f.color if "beauty" in config.passes else None
        depth = f.depth if "depth" in config.passes else None
        attrs = {
            "software": f"assetsmith {__version__}",
            "frame": int(frame),
            "worldToCamera": np.ascontiguousarray(cam.view.T, dtype=np.float32),
        }  # Imath: row vectors
        return lambda: write_exr(
            path,
            color,
            depth,
            compression=config.compression,
            half=config.precision == "half",
            attributes=attrs,
        )

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
        self._scene = None
