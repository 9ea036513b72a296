"""Engine layouts by name (the request's `engine`), collected from each layout module's `LAYOUTS`."""

from __future__ import annotations

from ..registry import Registry
from . import godot, unity, unreal
from .base import Layout

LAYOUTS: Registry[type[Layout]] = Registry(
    "engine", {**unity.LAYOUTS, **godot.LAYOUTS, **unreal.LAYOUTS}
)


def get_layout(engine: str) -> Layout:
    """A fresh layout for `engine` (UnknownName for an engine no layout module lists)."""
    return LAYOUTS.get(engine)()
