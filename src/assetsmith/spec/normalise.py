"""Normalising sloppy specs, as language models write them, before validation.

Each fix is recorded as a human-readable change, so a caller can show what was altered. What cannot
be repaired safely is left for validation to report.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .catalog import RESOLUTIONS
from .vocab import COLOUR_WORDS

KEY_ALIASES = {
    "version": "spec_version",
    "specversion": "spec_version",
    "id": "asset_id",
    "assetid": "asset_id",
    "asset_name": "display_name",
    "name": "display_name",
    "displayname": "display_name",
    "title": "display_name",
    "style": "style_preset",
    "stylepreset": "style_preset",
    "preset": "style_preset",
    "poly_budget": "poly_budget_tris",
    "polybudget": "poly_budget_tris",
    "triangles": "poly_budget_tris",
    "tris": "poly_budget_tris",
    "triangle_budget": "poly_budget_tris",
    "polycount": "poly_budget_tris",
    "height": "target_height_m",
    "height_m": "target_height_m",
    "targetheight": "target_height_m",
    "colors": "palette",
    "colours": "palette",
    "tag": "tags",
    "keywords": "tags",
    "slots": "material_slots",
    "materialslots": "material_slots",
    "texture_slots": "material_slots",
    "variations": "variants",
    "shape": "archetype",
    "type": "archetype",
}
SLOT_KEY_ALIASES = {
    "slot_id": "id",
    "name": "id",
    "map": "role",
    "type": "role",
    "resolution": "resolution_hint",
    "res": "resolution_hint",
    "size": "resolution_hint",
    "note": "notes",
    "description": "notes",
}
VARIANT_KEY_ALIASES = {"id": "variant_id", "name": "label", "variant": "variant_id"}
ROLE_ALIASES = {
    "diffuse": "albedo",
    "basecolor": "albedo",
    "base_color": "albedo",
    "color": "albedo",
    "colour": "albedo",
    "albedo_map": "albedo",
    "normal_map": "normal",
    "normals": "normal",
    "bump": "normal",
    "roughness": "orm",
    "metallic": "orm",
    "ao": "orm",
    "occlusion": "orm",
    "ambient_occlusion": "orm",
    "emission": "emissive",
    "emissive_map": "emissive",
    "opacity": "mask",
}
STYLE_ALIASES = {
    "realistic": "realistic_hd_pbr",
    "pbr": "realistic_hd_pbr",
    "realistic_pbr": "realistic_hd_pbr",
    "hd": "realistic_hd_pbr",
    "anime": "anime_stylized",
    "stylized": "anime_stylized",
    "anime_stylised": "anime_stylized",
    "stylised": "anime_stylized",
    "toon": "toon_bold",
    "cartoon": "toon_bold",
    "toon_shaded": "toon_bold",
}
CATEGORY_ALIASES = {
    "props": "prop",
    "object": "prop",
    "item": "prop",
    "environment": "environment_piece",
    "env": "environment_piece",
    "environment_pieces": "environment_piece",
    "scenery": "environment_piece",
    "character": "character_base",
    "characters": "character_base",
    "material": "material_library",
    "materials": "material_library",
    "texture": "material_library",
}
COLLIDER_ALIASES = {
    "convex": "mesh_convex",
    "mesh": "mesh_convex",
    "convex_mesh": "mesh_convex",
    "meshconvex": "mesh_convex",
    "sphere": "capsule",
    "cylinder": "capsule",
    "aabb": "box",
    "cube": "box",
    "no": "none",
    "null": "none",
    "": "none",
}


def _key(k: Any) -> str:
    return re.sub(r"[\s\-]+", "_", str(k).strip()).lower()


def _rename_keys(obj: dict, aliases: dict, changes: list[str], where: str) -> dict:
    out: dict = {}
    for k, v in obj.items():
        nk = _key(k)
        nk = aliases.get(nk, aliases.get(nk.replace("_", ""), nk))
        if nk != k:
            changes.append(f"{where}: renamed '{k}' to '{nk}'")
        if nk in out:
            changes.append(f"{where}: dropped duplicate '{k}'")
            continue
        out[nk] = v
    return out


def _to_int(v: Any) -> Any:
    if isinstance(v, bool):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(\d[\d,_]*)(\.0+)?\s*(k)?\s*(tris|triangles|px)?\s*", v.lower())
        if m:
            n = int(m.group(1).replace(",", "").replace("_", ""))
            return n * 1000 if m.group(3) else n
    return v


def _to_float(v: Any) -> Any:
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(m|meters|metres|cm)?\s*", v.lower())
        if m:
            x = float(m.group(1))
            return x / 100 if m.group(2) == "cm" else x
    return v


def snap_resolution(v: Any) -> Any:
    v = _to_int(v)
    if isinstance(v, int) and not isinstance(v, bool) and v > 0:
        return min(RESOLUTIONS, key=lambda r: abs(r - v))
    return v


def _colour(v: Any) -> Any:
    if not isinstance(v, str):
        return v
    s = v.strip().lower()
    if s in COLOUR_WORDS and COLOUR_WORDS[s]:
        return COLOUR_WORDS[s]
    s = s.lstrip("#")
    if re.fullmatch(r"[0-9a-f]{3}", s):
        s = "".join(c * 2 for c in s)
    if re.fullmatch(r"[0-9a-f]{6}", s):
        return "#" + s
    return v


def _enum(v: Any, aliases: dict) -> Any:
    if isinstance(v, str):
        k = _key(v)
        return aliases.get(k, k)
    return v


def normalise_spec(raw: Any, *, known_fields: set[str] | None = None) -> tuple[Any, list[str]]:
    """Return (normalised copy, list of changes). Non-objects are returned unchanged for validation."""
    if not isinstance(raw, dict):
        return raw, []
    changes: list[str] = []
    raw = copy.deepcopy(raw)
    # v0.3's `shape` is an object (a recipe or a part program); a string there is a v0.2 archetype.
    shape = raw.pop("shape") if isinstance(raw.get("shape"), dict) else None
    d = _rename_keys(raw, KEY_ALIASES, changes, "$")
    if shape is not None:
        d["shape"] = shape

    sv = d.get("spec_version")
    if isinstance(sv, int | float) and not isinstance(sv, bool):
        d["spec_version"] = f"{sv:.1f}"
        changes.append(f"$.spec_version: number {sv} written as the string '{d['spec_version']}'")
    elif (
        isinstance(sv, str)
        and sv.strip().lstrip("v") in ("0.1", "0.2", "0.3")
        and sv != sv.strip().lstrip("v")
    ):
        d["spec_version"] = sv.strip().lstrip("v")
        changes.append(f"$.spec_version: '{sv}' read as '{d['spec_version']}'")

    if isinstance(d.get("asset_id"), str):
        fixed = re.sub(r"[^a-z0-9_]+", "_", d["asset_id"].strip().lower()).strip("_")
        if fixed and fixed != d["asset_id"]:
            changes.append(f"$.asset_id: '{d['asset_id']}' -> '{fixed}'")
            d["asset_id"] = fixed
    for field, aliases in (("style_preset", STYLE_ALIASES), ("category", CATEGORY_ALIASES)):
        if field in d:
            new = _enum(d[field], aliases)
            if new != d[field]:
                changes.append(f"$.{field}: '{d[field]}' -> '{new}'")
                d[field] = new
    for field, conv in (("poly_budget_tris", _to_int), ("target_height_m", _to_float)):
        if field in d:
            new = conv(d[field])
            if new != d[field] or type(new) is not type(d[field]):
                changes.append(f"$.{field}: {d[field]!r} -> {new!r}")
                d[field] = new
    if isinstance(d.get("tags"), str):
        d["tags"] = [t.strip() for t in re.split(r"[,;]", d["tags"]) if t.strip()]
        changes.append("$.tags: comma-separated text split into a list")
    if isinstance(d.get("tags"), list):
        kept = [t.strip() for t in d["tags"] if isinstance(t, str) and t.strip()]
        if kept != d["tags"]:
            changes.append("$.tags: empty or non-text tags dropped")
            d["tags"] = kept
    if isinstance(d.get("palette"), list):
        pal = [_colour(c) for c in d["palette"]]
        if pal != d["palette"]:
            changes.append("$.palette: colours written as #RRGGBB")
            d["palette"] = pal

    if isinstance(d.get("material_slots"), list):
        slots = []
        for i, s in enumerate(d["material_slots"]):
            if not isinstance(s, dict):
                slots.append(s)
                continue
            s = _rename_keys(s, SLOT_KEY_ALIASES, changes, f"$.material_slots[{i}]")
            if "role" in s:
                role = _enum(s["role"], ROLE_ALIASES)
                if role != s["role"]:
                    changes.append(f"$.material_slots[{i}].role: '{s['role']}' -> '{role}'")
                    s["role"] = role
            if "resolution_hint" in s:
                res = snap_resolution(s["resolution_hint"])
                if res != s["resolution_hint"]:
                    changes.append(
                        f"$.material_slots[{i}].resolution_hint: {s['resolution_hint']!r} -> {res}"
                    )
                    s["resolution_hint"] = res
            else:
                s["resolution_hint"] = 1024
                changes.append(f"$.material_slots[{i}].resolution_hint: missing, set to 1024")
            slots.append(s)
        d["material_slots"] = slots

    if isinstance(d.get("variants"), list):
        vs = []
        for i, v in enumerate(d["variants"]):
            if isinstance(v, dict):
                v = _rename_keys(v, VARIANT_KEY_ALIASES, changes, f"$.variants[{i}]")
                if "seed" in v and _to_int(v["seed"]) != v["seed"]:
                    v["seed"] = _to_int(v["seed"])
                    changes.append(f"$.variants[{i}].seed: text read as a number")
                if "variant_id" in v and "label" not in v:
                    v["label"] = str(v["variant_id"]).replace("_", " ").title()
                    changes.append(f"$.variants[{i}].label: missing, derived from the id")
            vs.append(v)
        d["variants"] = vs
    elif "variants" not in d:
        d["variants"] = [{"variant_id": "default", "label": "Default"}]
        changes.append("$.variants: missing, added one default variant")

    if isinstance(d.get("generation"), str):
        d["generation"] = {"source_prompt": d["generation"]}
        changes.append("$.generation: text read as the source prompt")
    for engine in ("unity", "godot"):
        block = d.get(engine)
        if isinstance(block, dict) and "collider" in block:
            col = _enum(block["collider"], COLLIDER_ALIASES if engine == "unity" else {})
            if col != block["collider"]:
                changes.append(f"$.{engine}.collider: '{block['collider']}' -> '{col}'")
                block["collider"] = col

    if isinstance(d.get("materials"), list):
        for i, m in enumerate(d["materials"]):
            if isinstance(m, dict):
                for f in ("base_color", "color", "colour"):
                    if f in m:
                        c = _colour(m.pop(f))
                        m["base_color"] = c
                        if f != "base_color":
                            changes.append(f"$.materials[{i}]: renamed '{f}' to 'base_color'")
                if "resolution" in m:
                    r = snap_resolution(m["resolution"])
                    if r != m["resolution"]:
                        changes.append(f"$.materials[{i}].resolution: {m['resolution']!r} -> {r}")
                        m["resolution"] = r
                for f in ("emission", "glow", "emissive_color", "emissive_colour"):
                    if f in m and "emissive" not in m:
                        m["emissive"] = m.pop(f)
                        changes.append(f"$.materials[{i}]: renamed '{f}' to 'emissive'")
                if "emissive" in m:
                    m["emissive"] = _colour(m["emissive"])
                for f in ("wear", "roughness", "metallic", "emissive_strength"):
                    if isinstance(m.get(f), str):
                        new = _to_float(m[f])
                        if new != m[f]:
                            changes.append(f"$.materials[{i}].{f}: text read as a number")
                            m[f] = new

    _append_required_roles(d, changes)
    if known_fields is None and d.get("spec_version") in ("0.1", "0.2"):
        from .validate import load_schema

        known_fields = set(load_schema(d["spec_version"])["properties"])
    if known_fields is not None:
        for k in [k for k in d if k not in known_fields]:
            del d[k]
            changes.append(f"$: dropped unknown field '{k}'")
    return d, changes


def _append_required_roles(d: dict, changes: list[str]) -> None:
    from .catalog import REQUIRED_ROLES_BY_STYLE

    slots = d.get("material_slots")
    style = d.get("style_preset")
    if not isinstance(slots, list) or style not in REQUIRED_ROLES_BY_STYLE:
        return
    good = [s for s in slots if isinstance(s, dict)]
    res = max((h for s in good if isinstance(h := s.get("resolution_hint"), int)), default=1024)
    if isinstance(d.get("materials"), list):
        ids = [
            m.get("id")
            for m in d["materials"]
            if isinstance(m, dict) and isinstance(m.get("id"), str)
        ]
    else:
        ids = [good[0].get("id")] if good and isinstance(good[0].get("id"), str) else ["main"]
    per_material = isinstance(d.get("materials"), list)
    for mid in ids:
        have = {s.get("role") for s in good if s.get("id") == mid or not per_material}
        for role in REQUIRED_ROLES_BY_STYLE[style]:
            if role not in have:
                slots.append({"id": mid, "role": role, "resolution_hint": res})
                changes.append(f"$.material_slots: added the missing '{role}' slot for '{mid}'")
