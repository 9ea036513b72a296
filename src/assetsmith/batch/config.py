"""Job configs: read, validate against the JSON Schema, check the rules the schema cannot say, and
normalise into a JobConfig. Every problem is reported with its JSON path (`$.frames.end`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InvalidInput, NotFound, Problem
from .schema import JOB_CONFIG_SCHEMA

MAX_CONFIG_BYTES = 1 << 20
MAX_FRAMES = 100_000
DEFAULT_EXECUTE_METHOD = "Assetsmith.Batch.JobRunner.Run"
_SUFFIXES = {
    "USD": (".usd", ".usda", ".usdc", ".usdz"),
    "GLB": (".glb",),
    "EXR": (".exr",),
    "PNG": (".png",),
}


@dataclass(frozen=True)
class FrameRange:
    """An inclusive frame range with a step."""

    start: int = 1
    end: int = 1
    step: int = 1

    def frames(self) -> list[int]:
        return list(range(self.start, self.end + 1, self.step))

    def __len__(self) -> int:
        return len(range(self.start, self.end + 1, self.step))


@dataclass(frozen=True)
class Orbit:
    """The orbit camera: `degrees` of turn spread over the frame range, starting at `start_deg`."""

    start_deg: float = 0.0
    degrees: float = 360.0
    elevation_deg: float = 20.0
    fov_deg: float = 35.0
    distance: float | None = None
    target: tuple[float, float, float] | None = None
    margin: float = 0.1


@dataclass(frozen=True)
class JobConfig:
    """A validated, normalised job config. `base_dir` is where a relative native scene resolves."""

    scene: str
    format: str
    base_dir: Path
    camera: str = "orbit"
    output: str = ""
    sign: bool = False
    clip_embed: bool = False
    engine: str = "native"
    scene_name: str = "scene"
    frames: FrameRange = FrameRange()
    all_frames: FrameRange = FrameRange()  # the whole job's range (a chunk keeps it, for the orbit)
    fps: float = 24.0
    width: int = 512
    height: int = 512
    orbit: Orbit = Orbit()
    passes: tuple[str, ...] = ("beauty", "depth")
    compression: str = "zip"
    precision: str = "float"
    samples: int = 4
    chunk_size: int | None = None
    timeout_s: float | None = None
    execute_method: str = DEFAULT_EXECUTE_METHOD
    raw: dict = field(default_factory=dict, compare=False)

    @property
    def scene_path(self) -> Path:
        """The native scene on disk (absolute, or relative to the config's folder)."""
        p = Path(self.scene).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def is_sequence(self) -> bool:
        return self.format in ("EXR", "PNG")

    def frame_file(self, frame: int) -> str:
        """The export-relative path of one frame of a sequence (`####` -> zero-padded frame)."""
        return re.sub(r"#+", lambda m: f"{frame:0{len(m.group())}d}", self.output)

    def with_frames(self, frames: FrameRange) -> JobConfig:
        return replace(self, frames=frames)

    def to_json(self) -> dict:
        """The normalised config as JSON (what the Unity runner and queue chunks receive)."""
        o = self.orbit
        return {
            "scene": self.scene,
            "format": self.format,
            "camera": self.camera,
            "output": self.output,
            "sign": self.sign,
            "clip_embed": self.clip_embed,
            "engine": self.engine,
            "scene_name": self.scene_name,
            "fps": self.fps,
            "frames": {
                "start": self.frames.start,
                "end": self.frames.end,
                "step": self.frames.step,
            },
            "all_frames": {
                "start": self.all_frames.start,
                "end": self.all_frames.end,
                "step": self.all_frames.step,
            },
            "resolution": {"width": self.width, "height": self.height},
            "orbit": {
                "start_deg": o.start_deg,
                "degrees": o.degrees,
                "elevation_deg": o.elevation_deg,
                "fov_deg": o.fov_deg,
                "distance": o.distance,
                "target": list(o.target) if o.target else None,
                "margin": o.margin,
            },
            "passes": list(self.passes),
            "compression": self.compression,
            "precision": self.precision,
            "samples": self.samples,
            "chunk_size": self.chunk_size,
            "timeout_s": self.timeout_s,
            "unity": {"execute_method": self.execute_method},
        }


def json_path(parts) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _schema_problems(data: dict) -> list[Problem]:
    from jsonschema import Draft202012Validator

    out = []
    for err in Draft202012Validator(JOB_CONFIG_SCHEMA).iter_errors(data):
        parts = list(err.absolute_path)
        msg = err.message
        if err.validator == "required":
            name = re.search(r"'([^']+)' is a required property", msg)
            parts.append(name.group(1) if name else "?")
            msg = "is required"
        elif err.validator == "additionalProperties":
            extra = re.findall(r"'([^']+)'", msg.split("(", 1)[-1])
            for name in extra or ["?"]:
                out.append(Problem(json_path([*parts, name]), "is not a known field"))
            continue
        out.append(Problem(json_path(parts), msg))
    return sorted(out, key=lambda p: p.path)


def check_relative(value: str, where: str) -> list[Problem]:
    """Problems with an export-relative path: absolute, '..', backslashes, empty parts."""
    if value.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", value) or "\\" in value:
        return [Problem(where, f"'{value}' must be a relative path inside the export folder")]
    if any(p == ".." for p in PurePosixPath(value).parts):
        return [Problem(where, f"'{value}' leaves the export folder ('..' is not allowed)")]
    if "\x00" in value or not PurePosixPath(value).parts:
        return [Problem(where, f"'{value}' is not a usable path")]
    return []


def default_scene_name(scene: str) -> str:
    stem = PurePosixPath(scene.replace("\\", "/").rstrip("/")).name.split(".")[0] or "scene"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", stem)[:128]


def _output(fmt: str, given: str | None, name: str, n_frames: int) -> tuple[str, list[Problem]]:
    default_dirs = {
        "USD": f"Exports/USD/{name}.usd",
        "GLB": f"Exports/GLB/{name}.glb",
        "EXR": "Exports/EXR/frame_####.exr",
        "PNG": "Exports/PNG/frame_####.png",
    }
    if given is None:
        return default_dirs[fmt], []
    problems = check_relative(given, "$.output")
    if problems:
        return given, problems
    suffixes = _SUFFIXES[fmt]
    if fmt in ("USD", "GLB"):
        if not given.lower().endswith(suffixes) or "#" in given:
            problems.append(
                Problem("$.output", f"a {fmt} export is one file ending in {' or '.join(suffixes)}")
            )
        return given, problems
    if not given.lower().endswith(suffixes):  # a folder: frames go in as frame_####
        return f"{given.rstrip('/')}/frame_####{suffixes[0]}", problems
    if "#" not in given and n_frames > 1:
        problems.append(
            Problem("$.output", f"{n_frames} frames need #### in the file name (or give a folder)")
        )
    return given, problems


def parse_job_config(data: Any, *, base_dir: Path) -> JobConfig:
    """Validate untrusted config data; InvalidInput lists every problem with its JSON path."""
    if not isinstance(data, dict):
        raise InvalidInput(
            "The job config must be a JSON object.",
            "Start from samples/job-usd.json.",
            details=[Problem("$", "is not an object").to_dict()],
        )
    problems = _schema_problems(data)
    if problems:
        raise _invalid(problems)
    fr = data.get("frames", {})
    start = int(fr.get("start", 1))
    frames = FrameRange(start, int(fr.get("end", start)), int(fr.get("step", 1)))
    if frames.end < frames.start:
        problems.append(
            Problem("$.frames.end", f"{frames.end} is before frames.start ({frames.start})")
        )
    elif len(frames) > MAX_FRAMES:
        problems.append(Problem("$.frames", f"{len(frames)} frames; at most {MAX_FRAMES} per job"))
    name = data.get("scene_name") or default_scene_name(data["scene"])
    output, out_problems = _output(data["format"], data.get("output"), name, max(len(frames), 1))
    problems += out_problems
    if problems:
        raise _invalid(problems)
    o = data.get("orbit", {})
    res = data.get("resolution", {"width": 512, "height": 512})
    return JobConfig(
        scene=data["scene"],
        format=data["format"],
        base_dir=Path(base_dir),
        camera=data.get("camera", "orbit"),
        output=output,
        sign=bool(data.get("sign", False)),
        clip_embed=bool(data.get("clip_embed", False)),
        engine=data.get("engine", "native"),
        scene_name=name,
        frames=frames,
        all_frames=frames,
        fps=float(data.get("fps", 24)),
        width=int(res["width"]),
        height=int(res["height"]),
        orbit=Orbit(
            start_deg=float(o.get("start_deg", 0)),
            degrees=float(o.get("degrees", 360)),
            elevation_deg=float(o.get("elevation_deg", 20)),
            fov_deg=float(o.get("fov_deg", 35)),
            distance=o.get("distance"),
            target=tuple(o["target"]) if o.get("target") else None,
            margin=float(o.get("margin", 0.1)),
        ),
        passes=tuple(data.get("passes", ("beauty", "depth"))),
        compression=data.get("compression", "zip"),
        precision=data.get("precision", "float"),
        samples=int(data.get("samples", 4)),
        chunk_size=data.get("chunk_size"),
        timeout_s=data.get("timeout_s"),
        execute_method=data.get("unity", {}).get("execute_method", DEFAULT_EXECUTE_METHOD),
        raw=data,
    )


def _invalid(problems: list[Problem]) -> InvalidInput:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return InvalidInput(
        f"Invalid job config: {first.path}: {first.message}{more}.",
        "Fix the listed fields; `assetsmith job schema` prints the schema.",
        details=[p.to_dict() for p in problems],
    )


def load_job_config(path: str | Path) -> JobConfig:
    """Read and validate a job config file; relative native scenes resolve from its folder."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(
            f"The job config '{path.name}' does not exist.", "Check the path of the config file."
        )
    data = path.read_bytes()
    if len(data) > MAX_CONFIG_BYTES:
        raise InvalidInput(
            f"The job config '{path.name}' is {len(data)} bytes; configs are at most "
            f"{MAX_CONFIG_BYTES}.",
            "Is this the right file?",
        )
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(
            f"The job config '{path.name}' is not UTF-8 text.",
            "Save it as UTF-8 JSON.",
            details=[Problem("$", "not UTF-8 text").to_dict()],
        ) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InvalidInput(
            f"The job config '{path.name}' is not valid JSON ({exc.msg} at {where}).",
            "Fix the JSON; a truncated file ends in the middle of an object.",
            details=[Problem("$", f"{exc.msg} at {where}").to_dict()],
        ) from None
    return parse_job_config(parsed, base_dir=path.resolve().parent)
