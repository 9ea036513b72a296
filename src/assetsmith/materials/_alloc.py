"""Keep freed image buffers inside the process instead of handing them back to the kernel.

Synthesis makes hundreds of short-lived 4-16 MB temporaries. glibc serves blocks that large with
mmap (or trims them off the heap top) and returns them on free, so every new temporary is fresh
memory whose first touch costs a page fault per 4 KiB: on the 2-core VMs this project targets,
that was about a quarter of the synthesis time. Raising the mmap and trim thresholds lets freed
buffers be reused. The retained memory is bounded by the trim threshold, and the call is a no-op
off glibc (macOS, Windows, musl).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_done = False


def keep_freed_buffers(mmap_threshold: int = 64 << 20, trim_threshold: int = 512 << 20) -> bool:
    """Tune glibc malloc once per process; returns whether the tuning was applied."""
    global _done
    if _done:
        return True
    _done = True
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    ok = mallopt(_M_MMAP_THRESHOLD, mmap_threshold) == 1
    return mallopt(_M_TRIM_THRESHOLD, trim_threshold) == 1 and ok
