"""Without the render extra or without EGL, the error names what to install (and nothing crashes)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # renderer probes in subprocesses

PROBE = """
import sys
{setup}
from assetsmith.render import NO_RENDERER, renderer_available, renderer_info
assert renderer_available() is False
try:
    renderer_info()
except NO_RENDERER as err:
    print(err.code, err.exit_code, "|", err.message, "|", err.hint)
"""


def probe(setup: str = "", **env: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(setup=setup)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_missing_moderngl_names_the_render_extra():
    out = probe("sys.modules['moderngl'] = None  # as if the render extra were not installed")
    assert out.startswith("extra_missing 6 |")  # one way to report a missing extra (issue 14)
    assert (
        "'render' extra" in out and "moderngl" in out and "pip install 'assetsmith[render]'" in out
    )


def test_missing_egl_names_the_system_packages():
    out = probe(GLCONTEXT_LINUX_LIBEGL="/nonexistent/libEGL.so.1")
    assert out.startswith("renderer_unavailable 6 |")
    assert "EGL" in out and "libegl1" in out and "assetsmith[render]" in out
    assert "/nonexistent" not in out  # the library's name, never a server path


LEAK = """
import gc, sys, weakref
{setup}
from assetsmith.render import NO_RENDERER, renderer_info

class Maps:  # stands for a job's maps, textures and models
    def __init__(self):
        self.pixels = bytearray(4 << 20)

def job(refs, seen):
    maps = Maps()
    refs.append(weakref.ref(maps))
    try:
        renderer_info()  # what the render stage does through run_gl: the renderer cannot run here
    except NO_RENDERER as err:  # the stage logs the reason and goes on without previews
        seen.append((id(err), err.code, err.message, err.hint, err.__cause__, err.__context__))
        depth = 0
        tb = err.__traceback__
        while tb is not None:
            depth, tb = depth + 1, tb.tb_next
        seen[-1] += (depth,)

refs, seen = [], []
for _ in range(5):
    job(refs, seen)
gc.collect()
print("alive", sum(r() is not None for r in refs))
print("same_reason", len({{s[1:4] for s in seen}}) == 1)
print("chained", any(s[4] is not None or s[5] is not None for s in seen))
print("depths", sorted({{s[6] for s in seen}}))
"""


@pytest.mark.parametrize(
    "setup, env",
    [
        ("", {"GLCONTEXT_LINUX_LIBEGL": "/nonexistent/libEGL.so.1"}),
        ("sys.modules['moderngl'] = None", {}),
    ],
    ids=["no-egl", "no-extra"],
)
def test_an_unavailable_renderer_keeps_no_job_alive(setup, env):
    """Each job meets a fresh exception: the first one's traceback used to be cached and raised
    again by every later job, gaining that job's frames (and everything they held) each time."""
    out = subprocess.run(
        [sys.executable, "-c", LEAK.format(setup=setup)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines["alive"] == "0"
    assert lines["same_reason"] == "True" and lines["chained"] == "False"
    assert len(lines["depths"].split(",")) == 1  # the traceback does not grow from job to job
