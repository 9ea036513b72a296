"""Older specs -> v0.3.

v0.1 -> v0.3: keep every v0.1 field, and add the shape, materials and parts that generation needs,
read from the spec's own prompt by the offline generator.
v0.2 -> v0.3: the archetype becomes a part program of one `macro` part (the archetype's own builder,
at the spec's height, its parts mapped to the spec's materials): the same geometry as before, the
same part and material names, so a v0.2 spec still builds the pack it built."""

from __future__ import annotations

import copy
import re

from .catalog import ARCHETYPES, REQUIRED_ROLES_BY_STYLE
from .generator import generate_spec


def _slot_id(raw: object) -> str:
    return re.sub(r"[^a-z0-9_]+", "_", str(raw).lower()).strip("_") or "main"


def upgrade_v01(spec: dict) -> dict:
    """Upgrade a valid v0.1 spec. v0.1 slot ids become the material ids, in order, so the texture
    names `{variant}_{slot}_{role}.png` stay what the v0.1 tool would have written."""
    old = copy.deepcopy(spec)
    slots = old["material_slots"]
    res = max(int(s["resolution_hint"]) for s in slots)
    seed = next(
        (v["seed"] for v in old["variants"] if isinstance(v.get("seed"), int) and v["seed"] >= 0),
        None,
    )
    gen = generate_spec(
        old["generation"]["source_prompt"],
        category=old["category"],
        style_preset=old["style_preset"],
        seed=seed,
        resolution=res,
        asset_id=old["asset_id"],
    )
    new = dict(old)
    new["spec_version"] = "0.3"
    for key in ("shape", "materials", "parts", "lods", "godot", "unreal"):
        new.setdefault(key, gen[key])

    # Rename generated materials to the v0.1 slot ids, in order of first appearance.
    slot_ids: list[str] = []
    for s in slots:
        sid = re.sub(r"[^a-z0-9_]+", "_", str(s["id"]).lower()).strip("_") or "main"
        if sid not in slot_ids:
            slot_ids.append(sid)
    renames = {}
    for m, sid in zip(new["materials"], slot_ids, strict=False):
        renames[m["id"]] = sid
    taken = set(renames.values())
    for m in new["materials"]:
        if m["id"] in renames:
            m["id"] = renames[m["id"]]
        elif m["id"] in taken:
            m["id"] = f"{m['id']}_2"
    for p in new["parts"]:
        p["material"] = renames.get(
            p["material"], p["material"] if p["material"] not in taken else f"{p['material']}_2"
        )
    if old.get("palette"):
        for m, colour in zip(new["materials"], old["palette"], strict=False):
            m["base_color"] = colour.lower()

    # A v0.1 slot with the `emissive` role asked for a glow map: that material glows in its own
    # colour and its family's pattern (v0.1 had no way to say more).
    glowing = {_slot_id(s["id"]) for s in slots if s["role"] == "emissive"}
    for m in new["materials"]:
        if m["id"] in glowing:
            m.setdefault("emissive", m["base_color"])
            m.setdefault("emissive_pattern", "family")

    # Slots: v0.1 slots keep their roles under the (sanitised) id; missing roles are added per material.
    new_slots = []
    for s in slots:
        sid = re.sub(r"[^a-z0-9_]+", "_", str(s["id"]).lower()).strip("_") or "main"
        new_slots.append({**s, "id": sid, "resolution_hint": int(s["resolution_hint"])})
    for m in new["materials"]:
        have = {s["role"] for s in new_slots if s["id"] == m["id"]}
        for role in REQUIRED_ROLES_BY_STYLE[new["style_preset"]]:
            if role not in have:
                new_slots.append({"id": m["id"], "role": role, "resolution_hint": res})
    new["material_slots"] = new_slots

    generation = dict(old["generation"])
    generation["seed"] = gen["generation"]["seed"]
    generation["generator"] = gen["generation"]["generator"]
    generation["interpretation"] = {**gen["generation"]["interpretation"], "upgraded_from": "0.1"}
    new["generation"] = generation
    return new


def upgrade_v02(spec: dict) -> dict:
    """Upgrade a valid v0.2 spec to v0.3 (see the module docstring)."""
    new = copy.deepcopy(spec)
    arch = ARCHETYPES[new.pop("archetype")]
    height = float(new.get("target_height_m") or arch.height_m)
    mapping = {p["id"]: p["material"] for p in new["parts"]}
    new["spec_version"] = "0.3"
    new["shape"] = {
        "program": {
            "version": "1",
            "name": arch.name,
            "collider": new["unity"]["collider"],
            "materials": {
                m["id"]: {"family": m["family"], "base_color": m["base_color"]}
                for m in new["materials"]
            },
            "parts": [
                {
                    "id": arch.name,
                    "primitive": {
                        "type": "macro",
                        "name": arch.name,
                        "height": height,
                        "materials": mapping,
                    },
                }
            ],
        }
    }
    new["target_height_m"] = height
    generation = dict(new["generation"])
    interp = dict(generation.get("interpretation") or {})
    interp.setdefault("upgraded_from", "0.2")
    generation["interpretation"] = interp
    new["generation"] = generation
    return new
