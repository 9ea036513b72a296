"""Sub-step progress inside a texture synthesis: a per-thread hook the shared helpers call.

`synthesize_material` installs its `on_step` callback here for the duration of one synthesis;
the helpers every family is written with (smoothstep, ramp, mix, lerp_colors, coverage masks,
spectral noise, the map derivations and 8-bit encodings) call `tick()` after their full-size
pass. So a family reports sub-steps as it goes without threading a callback through each of
them, and a synthesis on another thread (the materials stage runs two) keeps its own hook.
A tick with no hook installed costs one thread-local lookup.

Two kinds: `tick()` marks a sub-step every synthesis of that family and style makes at every
size (so a 64-px run counts them: `synth.synthesis_steps`); `minor_tick()` marks a pass whose
number depends on the image size (each doubling of an upsampling), which the materials batch
shows as movement within the current sub-step without counting it as one (materials/batch.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_local = threading.local()


def tick() -> None:
    """One sub-step of the synthesis running on this thread (a no-op outside one)."""
    hook = getattr(_local, "hook", None)
    if hook is not None:
        hook()


def minor_tick() -> None:
    """A size-dependent pass inside a sub-step on this thread (a no-op outside `minor_ticking`)."""
    hook = getattr(_local, "minor", None)
    if hook is not None:
        hook()


@contextmanager
def minor_ticking(hook: Callable[[], None] | None) -> Iterator[None]:
    """Route this thread's `minor_tick()` calls to `hook` inside the block."""
    previous = getattr(_local, "minor", None)
    _local.minor = hook
    try:
        yield
    finally:
        _local.minor = previous


@contextmanager
def ticking(hook: Callable[[], None] | None) -> Iterator[None]:
    """Route this thread's `tick()` calls to `hook` inside the block (None: nowhere)."""
    previous = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = previous
