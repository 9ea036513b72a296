"""A fake Unity editor for the unity engine's tests: the test copies this file to an executable
`Unity` (shebang: this Python). It parses Unity's command line, writes an editor-like log to
-logFile, and does what unity/Editor/Batch/JobRunner.cs does: reads the resolved config, checks the
scene and the camera, writes USD or EXR (EXR with the same byte layout as unity's ExrWriter.cs),
logs `[assetsmith] ...` lines and exits with the runner's codes. FAKE_UNITY_MODE makes it fail as
Unity does: license, compile, lock, crash, silent (exit 0, no files), slow (sleep).
"""

import json
import os
import struct
import sys
import time
from pathlib import Path

EXPECTED_METHOD = "Assetsmith.Batch.JobRunner.Run"


def exr_bytes(width, height, rgba_rows, z_rows):
    """Uncompressed scanline EXR, float channels A, B, G, R, Z (as ExrWriter.cs lays it out)."""

    def attr(name, kind, value):
        return name.encode() + b"\0" + kind.encode() + b"\0" + struct.pack("<i", len(value)) + value

    names = ["A", "B", "G", "R", "Z"]
    chlist = (
        b"".join(
            n.encode() + b"\0" + struct.pack("<i", 2) + b"\0\0\0\0" + struct.pack("<ii", 1, 1)
            for n in names
        )
        + b"\0"
    )
    box = struct.pack("<4i", 0, 0, width - 1, height - 1)
    head = (
        struct.pack("<ii", 20000630, 2)
        + b"".join(
            [
                attr("channels", "chlist", chlist),
                attr("compression", "compression", b"\0"),
                attr("dataWindow", "box2i", box),
                attr("displayWindow", "box2i", box),
                attr("lineOrder", "lineOrder", b"\0"),
                attr("pixelAspectRatio", "float", struct.pack("<f", 1.0)),
                attr("screenWindowCenter", "v2f", struct.pack("<ff", 0.0, 0.0)),
                attr("screenWindowWidth", "float", struct.pack("<f", 1.0)),
            ]
        )
        + b"\0"
    )
    line_bytes = len(names) * width * 4
    first = len(head) + 8 * height
    table = b"".join(struct.pack("<q", first + y * (8 + line_bytes)) for y in range(height))
    blocks = []
    for y in range(height):
        rgba, z = rgba_rows[y], z_rows[y]
        data = b"".join(struct.pack(f"<{width}f", *[px[c] for px in rgba]) for c in (3, 2, 1, 0))
        blocks.append(struct.pack("<ii", y, line_bytes) + data + struct.pack(f"<{width}f", *z))
    return head + table + b"".join(blocks)


USDA = """#usda 1.0
(
    defaultPrim = "Scene"
    metersPerUnit = 1
    upAxis = "Y"
    startTimeCode = {start}
    endTimeCode = {end}
    timeCodesPerSecond = {fps}
)

def Xform "Scene" (
    kind = "component"
)
{{
    def Cube "Crate"
    {{
        double size = 1
        float3[] extent = [(-0.5, -0.5, -0.5), (0.5, 0.5, 0.5)]
    }}
    def Camera "{camera}"
    {{
        float focalLength = 35
    }}
}}
"""


def main(argv):
    def arg(name):
        return argv[argv.index(name) + 1] if name in argv else None

    log_path = arg("-logFile")
    log = open(log_path, "w") if log_path else sys.stdout  # noqa: SIM115 - open until exit, like Unity's log
    record = os.environ.get("FAKE_UNITY_ARGV")
    if record:
        Path(record).write_text(json.dumps(argv))

    def say(line):
        log.write(line + "\n")
        log.flush()

    say("[Licensing::Module] Successfully connected to LicensingClient")
    say(f"COMMAND LINE ARGUMENTS: {' '.join(argv)}")
    mode = os.environ.get("FAKE_UNITY_MODE", "ok")
    if mode == "license":
        say("No valid Unity Editor license found. Please activate your license.")
        return 1
    if mode == "lock":
        say("It looks like another Unity instance is running with this project open.")
        return 1
    if mode == "compile":
        say(
            "Assets/Scripts/Broken.cs(3,1): error CS1022: Type or namespace definition, or end-of-file expected"
        )
        say("Scripts have compiler errors.")
        return 1
    if mode == "slow":
        time.sleep(30)
    if mode == "crash":
        say("NullReferenceException: Object reference not set to an instance of an object")
        say("Aborting batchmode due to failure:")
        return 1
    if "-batchmode" not in argv or "-quit" not in argv or not arg("-projectPath"):
        say("fake Unity: not started in batch mode")
        return 1
    if arg("-executeMethod") != EXPECTED_METHOD:
        say(f"executeMethod class '{arg('-executeMethod')}' could not be found.")
        say("Aborting batchmode due to failure:")
        return 1
    if mode == "silent":
        return 0
    job = json.loads(Path(arg("--config")).read_text())["resolved"]["unity"]
    project = Path(arg("-projectPath"))
    scene_file = project / job["scene"]
    if not scene_file.is_file():
        say(
            f"[assetsmith] error scene_not_found $.scene: '{job['scene']}' is not a scene in this project"
        )
        return 3
    cameras = [
        line.split(":", 1)[1].strip()
        for line in scene_file.read_text().splitlines()
        if line.strip().startswith("m_Name:")
    ]
    if job["camera"] != "orbit" and job["camera"] not in cameras:
        say(
            f"[assetsmith] error camera_not_found $.camera: no GameObject named '{job['camera']}' with a Camera "
            f"in scene '{job['scene']}'"
        )
        return 4
    if job["format"] == "USD":
        Path(job["output"]).write_text(
            USDA.format(
                start=job["frames"][0],
                end=job["frames"][-1],
                fps=job["fps"],
                camera=job["camera"] if job["camera"] != "orbit" else "Orbit",
            )
        )
        say("[assetsmith] done 1 files")
        return 0
    if job["format"] != "EXR":
        say(
            f"[assetsmith] error unknown_format $.format: '{job['format']}' is not exported through Unity"
        )
        return 2
    w, h = job["width"], job["height"]
    for i, frame in enumerate(job["frames"]):
        pattern = job["frame_pattern"]
        n = pattern.count("#")
        path = Path(pattern.replace("#" * n, str(frame).zfill(n)))
        rgba = [
            [(x / w, y / h, 0.25, 1.0 if x < w // 2 else 0.0) for x in range(w)] for y in range(h)
        ]
        z = [[2.0 + frame * 0.01 if x < w // 2 else 1e10 for x in range(w)] for y in range(h)]
        path.write_bytes(exr_bytes(w, h, rgba, z))
        say(f"[assetsmith] progress {i + 1}/{len(job['frames'])}")
    say(f"[assetsmith] done {len(job['frames'])} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
