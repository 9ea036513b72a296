"""Archetype builders by name, collected from each module's `BUILDERS` table.

A builder makes the asset at `height_m` (pivot near the bottom centre; build.py snaps it exactly),
in metres, with UVs in metres. Rules every builder keeps:
- the triangle count never decreases as `detail.level` grows (lod.py searches the levels),
  and level 0 fits within the catalog's `min_tris`;
- random draws do not depend on the level (draw everything first), so the LODs of one seed are the
  same object at lower resolution;
- every part id of the catalog gets at least one non-empty piece at every level.
"""

from __future__ import annotations

from ...registry import Registry
from . import containers, figures, furniture, nature, props, structures, weapons
from .base import ArchetypeBuilder, BarSet, BuildFn, Detail, Pieces

ARCHETYPE_BUILDERS: Registry[ArchetypeBuilder] = Registry(
    "archetype",
    {
        **containers.BUILDERS,
        **figures.BUILDERS,
        **furniture.BUILDERS,
        **nature.BUILDERS,
        **props.BUILDERS,
        **structures.BUILDERS,
        **weapons.BUILDERS,
    },
)

__all__ = ["ARCHETYPE_BUILDERS", "ArchetypeBuilder", "BarSet", "BuildFn", "Detail", "Pieces"]
