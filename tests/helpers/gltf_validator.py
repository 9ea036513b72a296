"""Run the Khronos glTF-Validator (npm `gltf-validator`, pinned in tools/package.json) on GLB files.

    from tests.helpers.gltf_validator import validate_glb, problems
    report = validate_glb(path_or_bytes)
    assert not problems(report), problems(report)   # errors and warnings; infos/hints allowed

The package is installed into tools/node_modules with npm on first use. When node/npm are missing
or the install fails, `GltfValidatorUnavailable` is raised; the `gltf_validator` fixture in
tests/formats/conftest.py turns that into a skip.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOLS_DIR = REPO_ROOT / "tools"
SCRIPT = Path(__file__).with_name("gltf_validate.mjs")
SEVERITY = {0: "error", 1: "warning", 2: "info", 3: "hint"}


class GltfValidatorUnavailable(RuntimeError):
    """node, npm or the gltf-validator package cannot be had on this machine."""


def ensure_validator() -> str:
    """Return the path of `node`, installing tools/node_modules/gltf-validator if missing."""
    node = shutil.which("node")
    if node is None:
        raise GltfValidatorUnavailable("node is not installed")
    marker = TOOLS_DIR / "node_modules" / "gltf-validator" / "package.json"
    if marker.exists():
        return node
    npm = shutil.which("npm")
    if npm is None:
        raise GltfValidatorUnavailable("npm is not installed")
    # A lock file, so that parallel test workers do not run npm into the same folder at once.
    lock_name = f"assetsmith-npm-{hashlib.sha256(str(TOOLS_DIR).encode()).hexdigest()[:12]}.lock"
    with open(Path(tempfile.gettempdir()) / lock_name, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            cmd = [npm, "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS_DIR)]
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=REPO_ROOT)
            if done.returncode != 0 or not marker.exists():
                raise GltfValidatorUnavailable(f"npm install failed: {done.stderr[-2000:]}")
    return node


def validate_glbs(paths: list[Path]) -> list[dict]:
    """Validate several files in one node process (node startup dominates); one report each."""
    node = ensure_validator()
    cmd = [node, str(SCRIPT), str(TOOLS_DIR), *map(str, paths)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"gltf-validator failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


def validate_glb(glb: Path | bytes) -> dict:
    """The validator's JSON report (a dict with `issues`) for one GLB file or GLB bytes."""
    if isinstance(glb, bytes | bytearray):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "asset.glb"
            path.write_bytes(glb)
            return validate_glbs([path])[0]
    return validate_glbs([Path(glb)])[0]


def messages(report: dict, *severities: int) -> list[str]:
    """`CODE at POINTER: message` for every issue of the given severities (0 error ... 3 hint)."""
    return [
        f"{SEVERITY[m['severity']]} {m['code']} at {m.get('pointer', '')}: {m['message']}"
        for m in report["issues"]["messages"]
        if m["severity"] in severities
    ]


def problems(report: dict) -> list[str]:
    """Errors and warnings: what a valid asset must have none of."""
    return messages(report, 0, 1)
