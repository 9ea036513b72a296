"""The unity engine: starts the Unity editor in batch mode exactly as the reference workflow does,

    <UNITY_BIN> -batchmode -nographics -projectPath <P> -executeMethod <Runner>.Run
                --config <absolute path> -quit -logFile <log>

with a resolved copy of the job config that names absolute output paths inside our staging folder.
The runner in the `com.assetsmith.unity` package (unity/) writes `[assetsmith] ...` lines to the
log; those, Unity's own failure lines and the exit code become our errors.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from ...errors import (
    AssetsmithError,
    BackendUnavailable,
    EngineFailed,
    EngineUnavailable,
    InvalidInput,
    Problem,
)
from ..config import JobConfig
from ..paths import ExportArea
from . import BatchContext

_OURS = re.compile(r"\[assetsmith\] error (?P<code>[a-z_]+) (?P<path>\$[^:]*): (?P<msg>.*)")
_PROGRESS = re.compile(r"\[assetsmith\] progress (\d+)/(\d+)")
_INPUT_CODES = {
    "invalid_config",
    "scene_not_found",
    "camera_not_found",
    "unknown_format",
    "bad_frames",
}
_UNITY_FAILURES = (  # (pattern in Unity's log, error class, message, hint)
    (
        re.compile(
            r"No valid Unity Editor license|Failed to activate/update license|License is not active"
        ),
        EngineUnavailable,
        "Unity has no valid license on this machine.",
        "Activate one (Unity Hub, or unity -batchmode -serial ... -quit) and run the job again.",
    ),
    (
        re.compile(
            r"another Unity instance is running with this project open|Multiple Unity instances cannot open"
        ),
        BackendUnavailable,
        "Another Unity instance has the project open.",
        "Close it, or wait and retry.",
    ),
    (
        re.compile(r"executeMethod (?:class|method) .* could not be found"),
        EngineUnavailable,
        "The assetsmith Unity package is not installed in the project (its job runner was not found).",
        "Add unity/package.json with Window > Package Manager > + > Add package from disk, then retry.",
    ),
    (
        re.compile(r"Scripts have compiler errors"),
        EngineFailed,
        "The Unity project's scripts do not compile.",
        "Open the project in the editor and fix them.",
    ),
    (
        re.compile(r"Couldn't set project path|Cannot open project|is not a valid Unity project"),
        InvalidInput,
        "The Unity project path is not a Unity project.",
        "Pass --project-path (a folder with Assets/).",
    ),
)


def _clean(line: str) -> str:
    """A log line fit for an error message: no absolute paths, at most 300 characters."""
    return re.sub(r"(?:/[^\s/'\"]+)+/([^\s/'\"]+)", r"\1", line.strip())[:300]


class UnityEngine:
    name = "unity"

    def __init__(self, ctx: BatchContext) -> None:
        self.ctx = ctx

    def _binary(self) -> Path:
        unity = Path(self.ctx.unity_path or self.ctx.settings.unity_bin).expanduser()
        if not unity.is_file():
            found = shutil.which(str(unity))
            if not found:
                raise EngineUnavailable(
                    f"The Unity editor was not found ('{unity.name}').",
                    "Set UNITY_BIN or pass --unity-path to the editor binary.",
                )
            unity = Path(found)
        return unity

    def _project(self, config: JobConfig) -> Path:
        project = self.ctx.project_path or self.ctx.settings.unity_project or config.base_dir
        project = Path(project).expanduser().resolve()
        if not (project / "Assets").is_dir():
            raise InvalidInput(
                f"'{project.name}' is not a Unity project (it has no Assets folder).",
                "Pass --project-path (or set ASSETSMITH_UNITY_PROJECT) to the Unity project.",
            )
        return project

    def prepare(self, config: JobConfig) -> None:
        """Check what can be checked before Unity starts (a minute saved per mistake)."""
        self._binary()
        project = self._project(config)
        if not config.scene.endswith(".unity"):
            raise _field("$.scene", f"'{config.scene}' is not a Unity scene (.unity)")
        if not (project / config.scene).is_file():
            raise _field("$.scene", f"'{config.scene}' does not exist in the Unity project")

    def resolved_config(self, config: JobConfig, area: ExportArea) -> dict:
        """The config the Unity runner reads: ours, plus a `resolved.unity` block with absolute
        staging paths and flat, null-free values (Unity's JsonUtility reads no nulls or maps)."""
        o = config.orbit
        flat = {
            "scene": config.scene,
            "scene_name": config.scene_name,
            "camera": config.camera,
            "format": config.format,
            "output": "",
            "frame_pattern": "",
            "frames": config.frames.frames(),
            "all_start": config.all_frames.start,
            "all_count": len(config.all_frames),
            "fps": config.fps,
            "width": config.width,
            "height": config.height,
            "samples": config.samples,
            "beauty": "beauty" in config.passes,
            "depth": "depth" in config.passes,
            "orbit_start_deg": o.start_deg,
            "orbit_degrees": o.degrees,
            "orbit_elevation_deg": o.elevation_deg,
            "orbit_fov_deg": o.fov_deg,
            "orbit_distance": o.distance or -1.0,
            "orbit_margin": o.margin,
            "has_target": o.target is not None,
            "target": list(o.target or (0.0, 0.0, 0.0)),
        }
        if config.is_sequence:
            for f in config.frames.frames():
                area.stage(config.frame_file(f))  # checks each path and creates the folders
            flat["frame_pattern"] = str(area.staging.resolve() / config.output)
        else:
            flat["output"] = str(area.stage(config.output).resolve())
        data = config.to_json()
        data["resolved"] = {"export_root": str(area.staging.resolve()), "unity": flat}
        return data

    def command(self, config: JobConfig, config_path: Path, log_path: Path) -> list[str]:
        return [
            str(self._binary()),
            "-batchmode",
            "-nographics",
            "-projectPath",
            str(self._project(config)),
            "-executeMethod",
            config.execute_method,
            "--config",
            str(config_path),
            "-quit",
            "-logFile",
            str(log_path),
        ]

    def run(self, config: JobConfig, area: ExportArea, *, done: int, total: int) -> None:
        with tempfile.TemporaryDirectory(prefix="assetsmith-unity-") as tmp:
            cfg_path, log_path = Path(tmp) / "job.json", Path(tmp) / "unity.log"
            cfg_path.write_text(json.dumps(self.resolved_config(config, area), indent=2))
            rc = self._start(
                self.command(config, cfg_path, log_path), log_path, config, done, total
            )
            lines = log_path.read_text(errors="replace").splitlines() if log_path.is_file() else []
            try:
                _check(rc, lines)
                _check_outputs(config, area)
            except AssetsmithError as err:
                kept = self._keep_log(log_path)
                if kept:
                    err.hint = f"{err.hint} The Unity log is kept as logs/{kept} in the data folder.".strip()
                raise

    def _start(
        self, cmd: list[str], log_path: Path, config: JobConfig, done: int, total: int
    ) -> int:
        timeout = config.timeout_s or self.ctx.settings.unity_timeout_s
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            raise EngineUnavailable(
                f"The Unity editor could not be started ({exc.strerror or type(exc).__name__}).",
                "Check UNITY_BIN / --unity-path.",
            ) from None
        deadline, seen = time.monotonic() + timeout, 0
        while proc.poll() is None:
            if time.monotonic() > deadline or self.ctx.is_cancelled():
                proc.kill()
                proc.wait()
                if self.ctx.is_cancelled():
                    from ...errors import Cancelled

                    raise Cancelled("The batch job was cancelled while Unity ran.")
                raise BackendUnavailable(
                    f"Unity did not finish within {timeout:g} s.",
                    "Raise timeout_s in the job config (or ASSETSMITH_UNITY_TIMEOUT_S).",
                )
            seen = self._report(log_path, seen, done, total)
            time.sleep(0.1)
        self._report(log_path, seen, done, total)
        return proc.returncode

    def _report(self, log_path: Path, seen: int, done: int, total: int) -> int:
        if not log_path.is_file():
            return seen
        with log_path.open("rb") as f:
            f.seek(seen)
            chunk = f.read()
        for m in _PROGRESS.finditer(chunk.decode(errors="replace")):
            n = done + int(m.group(1))
            self.ctx.progress("unity", n / max(total, 1), f"frame {n}/{total} (Unity)")
        return seen + len(chunk)

    def close(self) -> None:
        return None

    def _keep_log(self, log_path: Path) -> str | None:
        if not log_path.is_file():
            return None
        logs = self.ctx.settings.data_dir / "logs"
        try:
            logs.mkdir(parents=True, exist_ok=True)
            name = f"unity-{time.strftime('%Y%m%d-%H%M%S')}-{id(self) & 0xFFFF:04x}.log"
            shutil.copyfile(log_path, logs / name)
            return name
        except OSError:
            return None


def _field(path: str, message: str) -> InvalidInput:
    return InvalidInput(
        f"Invalid job config: {path}: {message}.",
        "Fix the job config.",
        details=[Problem(path, message).to_dict()],
    )


def _check(rc: int, lines: list[str]) -> None:
    """Raise the error an exit code and a Unity log mean (nothing for a clean success)."""
    ours = [m for m in map(_OURS.search, lines) if m]
    if ours:
        m = ours[0]
        code, path, msg = m.group("code"), m.group("path").strip(), _clean(m.group("msg"))
        if code in _INPUT_CODES:
            raise _field(path, msg)
        if code == "missing_package":
            raise EngineUnavailable(
                f"Unity is missing a package: {msg}",
                "Install com.unity.formats.usd (USD) or com.unity.recorder (EXR) in the project.",
            )
        raise EngineFailed(f"The Unity job failed ({code}): {msg}", "See the Unity log.")
    for pattern, cls, message, hint in _UNITY_FAILURES:
        if any(pattern.search(line) for line in lines):
            raise cls(message, hint)
    if rc != 0:
        last = next(
            (
                _clean(line)
                for line in reversed(lines)
                if re.search(r"error|exception|abort", line, re.I)
            ),
            "",
        )
        raise EngineFailed(
            f"Unity exited with code {rc}{': ' + last if last else ''}.", "See the Unity log."
        )


def _check_outputs(config: JobConfig, area: ExportArea, *, engine: str = "Unity") -> None:
    staged = set(area.staged_files())
    wanted = (
        [config.frame_file(f) for f in config.frames.frames()]
        if config.is_sequence
        else [config.output]
    )
    missing = [w for w in wanted if w not in staged or (area.staging / w).stat().st_size == 0]
    if missing:
        hint = (
            "See the Unity log; is the assetsmith package up to date?"
            if engine == "Unity"
            else f'Run the job with engine "native", or check the scene in {engine}.'
        )
        raise EngineFailed(
            f"{engine} reported success but did not write '{missing[0]}'"
            f"{f' (and {len(missing) - 1} more)' if len(missing) > 1 else ''}.",
            hint,
        )
