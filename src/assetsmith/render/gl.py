"""The one headless OpenGL context of a process: EGL, created on first use, owned by one thread.

An OpenGL context is current on one thread only, and callers (the CLI, API worker threads, a job
runner) may come from any thread. So the context lives on a dedicated single-thread executor and
every GL call is submitted to it through `run_gl`. Creating the context costs about 0.2 s on Mesa's
llvmpipe, so it is made once per process and kept (a forked child starts over).

moderngl is imported here, inside functions, so `import assetsmith.render` works without the
`render` extra; a missing extra becomes `ExtraMissing` and a missing EGL library
`RendererUnavailable` (`NO_RENDERER` catches both).
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..errors import ExtraMissing, RendererUnavailable, import_extra

T = TypeVar("T")

# What "the renderer cannot run here" is raised as: no render extra, or no EGL.
NO_RENDERER = (RendererUnavailable, ExtraMissing)

EGL_HINT = (
    "Install Mesa's EGL and software rasteriser (Debian/Ubuntu: apt-get install libegl1 "
    "libegl-mesa0 libgl1-mesa-dri libgbm1) or a GPU driver with EGL, then "
    "pip install 'assetsmith[render]'."
)


class GL:
    """The moderngl context plus what is compiled once per process (programs, helper buffers)."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.cache: dict[str, Any] = {}

    @property
    def renderer_name(self) -> str:
        return str(self.ctx.info.get("GL_RENDERER", "unknown"))


_lock = threading.Lock()
_state: dict[str, Any] = {"executor": None, "gl": None, "error": None, "thread": None}


def _reset_after_fork() -> None:
    _state.update(executor=None, gl=None, error=None, thread=None)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def _create() -> GL:
    moderngl = import_extra("moderngl", "render", "The headless renderer")
    try:
        ctx = moderngl.create_standalone_context(backend="egl", require=330)
    except Exception as exc:  # glcontext raises plain Exceptions with the EGL call that failed
        text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        reason = re.sub(r"(?:/[^\s/]+)+/([^\s/]+)", r"\1", text)  # library names, not server paths
        raise RendererUnavailable(
            f"No headless OpenGL context could be created with EGL ({reason}).", EGL_HINT
        ) from None
    return GL(ctx)


def _detached(err: BaseException) -> BaseException:
    """A new exception of the same type, message and attributes, with no traceback, cause or context.

    Why: an exception object keeps the frames it was raised through (its traceback), and raising
    the same object again adds the new frames to it. A process without a renderer used to cache the
    first RendererUnavailable and raise it on every job, so its traceback grew by each job's frames
    and kept every job's maps, textures and models alive (issue 13: 289 -> 1,092 MB over 10 jobs).
    The reason is cached instead; each call gets its own exception, freed with the job."""
    new = BaseException.__new__(type(err))
    new.args = err.args
    new.__dict__.update(err.__dict__)
    return new


def _on_gl_thread(fn: Callable[[GL], T]) -> T:
    if _state["gl"] is None:
        if _state["error"] is None:
            try:
                _state["gl"] = _create()
                _state["thread"] = threading.get_ident()
            except NO_RENDERER as err:
                # fail fast next time (the install will not change in-process): keep the reason only
                _state["error"] = _detached(err)
        if _state["error"] is not None:
            raise _detached(_state["error"])  # outside the except block: no context chained to it
    return fn(_state["gl"])


def run_gl(fn: Callable[[GL], T]) -> T:
    """Run `fn(gl)` on the GL thread (creating the context on first use) and return its result.

    Exceptions propagate to the caller. Calls from the GL thread itself run directly.
    """
    if _state["thread"] == threading.get_ident():
        return fn(_state["gl"])
    return _executor().submit(_on_gl_thread, fn).result()


def _executor() -> ThreadPoolExecutor:
    """The GL thread (made on first use)."""
    with _lock:
        if _state["executor"] is None:
            _state["executor"] = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="assetsmith-gl"
            )
        return _state["executor"]


def prewarm(setup: Callable[[GL], Any] | None = None) -> None:
    """Start creating the context (then run `setup(gl)`, e.g. compile programs) on the GL thread
    without waiting; a job calls this before its first stage. GL calls hold the GIL, so this
    overlaps only the parts of the stages before it that release it (numpy, zlib): a small gain in
    a fresh process. A failure to create the context is remembered and raised by the next `run_gl`,
    as if it had happened there; `setup` errors are dropped (the real call meets them again)."""
    if _state["error"] is None:
        _executor().submit(_warm, setup)


def _warm(setup: Callable[[GL], Any] | None) -> None:
    with contextlib.suppress(Exception):  # context failures are remembered in _state["error"]
        _on_gl_thread(setup or (lambda gl: None))


def renderer_available() -> bool:
    """True when a context can be (or has been) created; never raises."""
    try:
        run_gl(lambda gl: None)
    except NO_RENDERER:
        return False
    return True


def renderer_info() -> dict[str, str]:
    """GL vendor, renderer and version strings (creates the context if needed)."""

    def info(gl: GL) -> dict[str, str]:
        i = gl.ctx.info
        return {k: str(i.get(f"GL_{k.upper()}", "")) for k in ("vendor", "renderer", "version")}

    return run_gl(info)
