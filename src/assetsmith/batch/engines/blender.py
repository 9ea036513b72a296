"""The blender engine (optional): runs `blender_job.py` inside Blender, either a `blender` binary
(`blender -b --factory-startup --python blender_job.py -- --config <resolved config>`) or, when the
`bpy` module is importable (Blender as a Python module, its own venv), in a child Python.

The script imports the scene (glTF or USD), sets up the camera, renders EXR (RGBA + Z) or PNG frames
with Eevee/Cycles, or exports USD/GLB, writing into our staging folder like the Unity runner.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..config import JobConfig
from ..paths import ExportArea
from . import BatchContext, EngineFailed, EngineUnavailable
from .unity import _check_outputs, _clean

SCRIPT = Path(__file__).with_name("blender_job.py")


class BlenderEngine:
    name = "blender"

    def __init__(self, ctx: BatchContext) -> None:
        self.ctx = ctx

    def _launcher(self) -> list[str]:
        binary = shutil.which(self.ctx.settings.blender_bin)
        if binary:
            return [binary, "-b", "--factory-startup", "--python", str(SCRIPT), "--"]
        if importlib.util.find_spec("bpy") is not None:
            return [sys.executable, str(SCRIPT), "--"]
        raise EngineUnavailable("The blender engine needs Blender: neither a `blender` binary nor the bpy module "
                                "was found.",
                                "Install Blender and put it on PATH (or set ASSETSMITH_BLENDER_BIN), or pip install "
                                "bpy in a Python 3.11 environment; or use engine \"native\".")

    def prepare(self, config: JobConfig) -> None:
        self._launcher()
        if not config.scene_path.is_file():
            from ..scenes import _scene_error

            raise _scene_error(f"'{config.scene}' does not exist", "Check the path (relative to the config).")

    def run(self, config: JobConfig, area: ExportArea, *, done: int, total: int) -> None:
        data = config.to_json()
        data["scene"] = str(config.scene_path.resolve())
        staging = area.staging.resolve()
        if config.is_sequence:
            for f in config.frames.frames():
                area.stage(config.frame_file(f))
            data["resolved"] = {"frame_pattern": str(staging / config.output), "frames": config.frames.frames()}
        else:
            data["resolved"] = {"output": str(area.stage(config.output))}
        with tempfile.TemporaryDirectory(prefix="assetsmith-blender-") as tmp:
            cfg = Path(tmp) / "job.json"
            cfg.write_text(json.dumps(data))
            timeout = config.timeout_s or self.ctx.settings.unity_timeout_s
            try:
                out = subprocess.run([*self._launcher(), "--config", str(cfg)], capture_output=True, text=True,
                                     timeout=timeout)
            except subprocess.TimeoutExpired:
                raise EngineFailed(f"Blender did not finish within {timeout:g} s.", "Raise timeout_s.") from None
        if out.returncode != 0:
            last = next((line for line in reversed((out.stderr + out.stdout).splitlines()) if line.strip()), "")
            raise EngineFailed(f"Blender exited with code {out.returncode}: {_clean(last)}",
                               "Run the job with engine \"native\", or check the scene in Blender.")
        _check_outputs(config, area)
        self.ctx.progress("blender", (done + len(config.frames)) / max(total, 1), "Blender finished")

    def close(self) -> None:
        return None
