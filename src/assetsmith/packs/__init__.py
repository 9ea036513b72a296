"""Engine layouts, picked by name from a registry."""

from __future__ import annotations

from ..errors import InvalidInput
from .base import Layout
from .godot import GodotLayout
from .unity import UnityLayout
from .unreal import UnrealLayout

LAYOUTS: dict[str, type] = {"unity": UnityLayout, "godot": GodotLayout, "unreal": UnrealLayout}


def get_layout(engine: str) -> Layout:
    try:
        return LAYOUTS[engine]()
    except KeyError:
        raise InvalidInput(f"Unknown engine '{engine}'.", f"Use one of: {', '.join(LAYOUTS)}.") from None
