"""The blender engine (optional): runs `blender_job.py` inside Blender, either a `blender` binary
(`blender -b --factory-startup --python blender_job.py -- --config <resolved config>`) or, when the
`bpy` module is importable (Blender as a Python module, its own venv), in a child Python.

The script imports the scene (glTF or USD), sets up the camera, renders EXR (RGBA + Z) or PNG frames
with Eevee/Cycles, or exports USD/GLB, writing into our staging folder like the Unity runner.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ...errors import EngineFailed, EngineUnavailable
from ..config import JobConfig
from ..paths import ExportArea
from . import BatchContext
from .unity import _check_outputs, _clean

_ERROR = re.compile(r"\[assetsmith\] error (\w+) (\$\.\w+): (.*)$", re.M)


def blender_env() -> dict[str, str]:
    """Our environment minus this Python's: a Blender binary embeds its own Python, which would
    otherwise pick up this interpreter's standard library (PATH, PYTHONHOME, pyenv or a venv)."""
    import os

    ours = {str(Path(p, "bin")) for p in {sys.prefix, sys.base_prefix, sys.exec_prefix}}
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "PYENV", "_PYENV"))
        and k not in ("VIRTUAL_ENV", "CONDA_PREFIX")
    }
    env["PATH"] = os.pathsep.join(
        p
        for p in os.environ.get("PATH", "").split(os.pathsep)
        if p and p not in ours and "/.pyenv/" not in p and "/pyenv/" not in p
    )
    return env


SCRIPT = Path(__file__).with_name("blender_job.py")


class BlenderEngine:
    name = "blender"

    def __init__(self, ctx: BatchContext) -> None:
        self.ctx = ctx

    def _launcher(self) -> list[str]:
        binary = shutil.which(self.ctx.settings.blender_bin)
        if binary:
            # --python-exit-code: an exception in the script fails the run instead of exiting 0.
            return [
                binary,
                "-b",
                "--factory-startup",
                "--python-exit-code",
                "1",
                "--python",
                str(SCRIPT),
                "--",
            ]
        if importlib.util.find_spec("bpy") is not None:
            return [sys.executable, str(SCRIPT), "--"]
        raise EngineUnavailable(
            "The blender engine needs Blender: neither a `blender` binary nor the bpy module "
            "was found.",
            "Install Blender and put it on PATH (or set ASSETSMITH_BLENDER_BIN), or pip install "
            'bpy in a Python 3.11 environment; or use engine "native".',
        )

    def prepare(self, config: JobConfig) -> None:
        self._launcher()
        if not config.scene_path.is_file():
            from ..scenes import _scene_error

            raise _scene_error(
                f"'{config.scene}' does not exist", "Check the path (relative to the config)."
            )

    def run(self, config: JobConfig, area: ExportArea, *, done: int, total: int) -> None:
        data = config.to_json()
        data["scene"] = str(config.scene_path.resolve())
        staging = area.staging.resolve()
        if config.is_sequence:
            for f in config.frames.frames():
                area.stage(config.frame_file(f))
            data["resolved"] = {
                "frame_pattern": str(staging / config.output),
                "frames": config.frames.frames(),
            }
        else:
            data["resolved"] = {"output": str(area.stage(config.output))}
        with tempfile.TemporaryDirectory(prefix="assetsmith-blender-") as tmp:
            cfg = Path(tmp) / "job.json"
            cfg.write_text(json.dumps(data))
            timeout = config.timeout_s or self.ctx.settings.unity_timeout_s
            try:
                launcher = self._launcher()
                env = None if launcher[0] == sys.executable else blender_env()
                out = subprocess.run(
                    [*launcher, "--config", str(cfg)],
                    capture_output=True,
                    text=True,
                    timeout=timeout,
                    env=env,
                )
            except subprocess.TimeoutExpired:
                raise EngineFailed(
                    f"Blender did not finish within {timeout:g} s.", "Raise timeout_s."
                ) from None
        if out.returncode != 0:
            raise _failure(out.returncode, out.stdout + "\n" + out.stderr)
        _check_outputs(config, area, engine="Blender")
        if config.format == "EXR":
            for f in config.frames.frames():
                normalise_exr(area.staging / config.frame_file(f), config)
        self.ctx.progress(
            "blender", (done + len(config.frames)) / max(total, 1), "Blender finished"
        )

    def close(self) -> None:
        return None


def _failure(code: int, log: str) -> Exception:
    """The script's own `[assetsmith] error <code> <field>: <why>` line as our error, else the last
    line Blender printed."""
    from ...errors import InvalidInput

    found = _ERROR.findall(log)
    if found:
        kind, field, why = found[-1]
        if kind in ("camera_not_found", "engine_unsupported", "scene_not_found"):
            return InvalidInput(
                f"Invalid job config: {field}: {_clean(why)}.",
                'Fix the config, or run the job with engine "native".',
            )
        return EngineFailed(
            f"Blender could not write the export ({field}): {_clean(why)}",
            'Run the job with engine "native", or check the scene in Blender.',
        )
    last = next((line for line in reversed(log.splitlines()) if line.strip()), "")
    return EngineFailed(
        f"Blender exited with code {code}: {_clean(last)}",
        'Run the job with engine "native", or check the scene in Blender.',
    )


def normalise_exr(path: Path, config: JobConfig) -> None:
    """Rewrite a Blender multilayer EXR in the layout every engine writes: R, G, B, A (linear,
    premultiplied) and Z (view depth; BACKGROUND_Z where nothing was hit), with the config's
    compression and precision."""
    import numpy as np

    from ...render import BACKGROUND_Z
    from ...render.exr import read_exr, write_exr

    _header, ch = read_exr(path)

    def find(suffix: str):
        names = sorted(n for n in ch if n == suffix or n.endswith("." + suffix))
        combined = [n for n in names if ".Combined." in n or n == suffix]
        pick = combined or names
        return ch[pick[0]].astype(np.float32) if pick else None

    rgba = [find(c) for c in ("R", "G", "B", "A")]
    color = (
        np.stack(rgba, axis=-1)
        if "beauty" in config.passes and all(c is not None for c in rgba)
        else None
    )
    depth = find("Z") if "depth" in config.passes else None
    if depth is not None and rgba[3] is not None:
        bg = np.float32(BACKGROUND_Z)
        depth = np.where(rgba[3] > 0, np.minimum(depth, bg), bg).astype(np.float32)
        # Blender's Z is the pixel centre's hit; an edge pixel the object only partly covers may have
        # none. The native engine keeps the nearest surface of any sample: take the nearest
        # neighbouring hit for those.
        edge = (rgba[3] > 0) & (depth >= bg)
        if edge.any():
            padded = np.pad(depth, 1, constant_values=bg)
            h, w = depth.shape
            nearest = np.min(
                [padded[dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)], axis=0
            )
            depth = np.where(edge, nearest, depth)
    if color is None and depth is None:
        raise EngineFailed(
            f"Blender wrote '{path.name}' without the requested passes.",
            'Check the scene in Blender, or run the job with engine "native".',
        )
    write_exr(
        path,
        color,
        depth,
        compression=config.compression,
        half=config.precision == "half",
        attributes={"software": "assetsmith (Blender engine)"},
    )
