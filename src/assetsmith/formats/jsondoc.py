"""Deterministic JSON documents (manifest.json, spec.json, collider JSON): sorted keys, two-space
indent, UTF-8, a trailing newline. The same data always gives the same bytes."""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, fixed separators, trailing newline)."""
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
