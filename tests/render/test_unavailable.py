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
    out = subprocess.run([sys.executable, "-c", PROBE.format(setup=setup)], capture_output=True, text=True,
                         env={**os.environ, **env}, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_missing_moderngl_names_the_render_extra():
    out = probe("sys.modules['moderngl'] = None  # as if the render extra were not installed")
    assert out.startswith("extra_missing 6 |")  # one way to report a missing extra (issue 14)
    assert "'render' extra" in out and "moderngl" in out and "pip install 'assetsmith[render]'" in out


def test_missing_egl_names_the_system_packages():
    out = probe(GLCONTEXT_LINUX_LIBEGL="/nonexistent/libEGL.so.1")
    assert out.startswith("renderer_unavailable 6 |")
    assert "EGL" in out and "libegl1" in out and "assetsmith[render]" in out
    assert "/nonexistent" not in out  # the library's name, never a server path
