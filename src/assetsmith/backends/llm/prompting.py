"""What the model is told: the schema in words and as JSON, the catalog it must pick from, a draft
from the offline reader to start from, and (when repairing) the validator's messages."""

from __future__ import annotations

import json

from assetsmith.backends.llm.base import ChatMessage
from assetsmith.errors import Problem
from assetsmith.spec.catalog import (
    MATERIAL_FAMILIES,
    MAX_TRIS_BY_STYLE,
    REQUIRED_ROLES_BY_STYLE,
)

_DRAFT_DROP = ("generation", "godot", "unreal", "bevy", "lods", "shape")


def system_prompt(schema: dict) -> str:
    """Instructions plus the schema; the same text for every request (servers can cache it)."""
    maxima = ", ".join(f"{s} {n}" for s, n in MAX_TRIS_BY_STYLE.items())
    roles = "; ".join(f"{s}: {', '.join(r)}" for s, r in REQUIRED_ROLES_BY_STYLE.items())
    return f"""You write asset specs for a game-asset pipeline. Answer with ONE JSON object and nothing else.

The object follows this JSON Schema (asset spec v0.3, fields written by the pipeline left out):
{json.dumps(schema, separators=(",", ":"), sort_keys=True)}

Rules the schema cannot say:
- spec_version is "0.3"; asset_id is lower-case letters, digits and underscores.
- The shape is already chosen: keep the draft's `parts` ids exactly (each part once), and give each
  the id of one entry in `materials`. Name materials by what they are (oak, iron, glass).
- materials[].family is one of: {", ".join(MATERIAL_FAMILIES)}; base_color is "#RRGGBB" (sRGB);
  wear, roughness and metallic are numbers from 0 to 1. A part that gives off light (a flame, a lamp's
  glass, a magic crystal, runes, a screen, lava) gets a material with emissive "#RRGGBB" (its glow
  colour), emissive_strength (1 for a screen, 5-20 for a lamp or flame, at most 100) and
  emissive_pattern: uniform, family (crystal facets, lava cracks, panel light strips) or runes.
- material_slots: for every material id, one slot per required role (slot id = material id). Required
  roles by style: {roles}. resolution_hint is 512, 1024, 2048 or 4096.
- poly_budget_tris stays under the style's maximum ({maxima}).
- unity.import_subfolder is a relative folder without "..".
"""


def draft_for_prompt(draft: dict) -> dict:
    """The offline reader's spec without the fields the pipeline owns."""
    return {k: v for k, v in draft.items() if k not in _DRAFT_DROP}


def first_messages(prompt: str, draft: dict, schema: dict, constraints: dict) -> list[ChatMessage]:
    """The opening conversation for one prompt."""
    fixed = "".join(
        f"\n- {k} must be {json.dumps(v)}" for k, v in constraints.items() if v is not None
    )
    user = (
        f'Write the asset spec for this request:\n"{prompt}"\n'
        + (f"\nFixed by the request:{fixed}\n" if fixed else "")
        + "\nA rule-based reader produced this draft. Keep what fits the request, improve what does not "
        "(materials, colours, display name, tags), and return the complete spec:\n"
        + json.dumps(draft_for_prompt(draft), sort_keys=True)
    )
    return [{"role": "system", "content": system_prompt(schema)}, {"role": "user", "content": user}]


def repair_message(problems: list[Problem]) -> ChatMessage:
    """The validator's findings, sent back so the model can correct its previous answer."""
    listed = "\n".join(f"- {p.path}: {p.message}" for p in problems[:25])
    more = f"\n(and {len(problems) - 25} more)" if len(problems) > 25 else ""
    return {
        "role": "user",
        "content": "That spec is not valid. The validator reports:\n"
        f"{listed}{more}\nReturn the corrected, complete spec as one JSON object.",
    }
