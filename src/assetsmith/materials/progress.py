"""Sub-step progress inside a texture synthesis: a per-thread hook the shared helpers call.

`synthesize_material` installs its `on_step` callback here for the duration of one synthesis;
the helpers every family is written with (smoothstep, ramp, mix, lerp_colors, coverage masks,
spectral noise, the map derivations and 8-bit encodings) call `tick()` after their full-size
pass. So a family reports sub-steps as it goes without threading a callback through each of
them, and a synthesis on another thread (the materials stage runs two) keeps its own hook.
A tick with no hook installed costs one thread-local lookup.
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


@contextmanager
def ticking(hook: Callable[[], None] | None) -> Iterator[None]:
    """Route this thread's `tick()` calls to `hook` inside the block (None: nowhere)."""
    previous = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = previous
