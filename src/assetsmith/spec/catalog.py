"""What the offline generator knows: archetypes (shapes it can build) and material families.

This table is shared by the spec generator (which words mean what), the geometry builders (which
parts an archetype has) and validation (which part ids and families are legal).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Material families the numpy synthesiser implements (see assetsmith.materials.families).
MATERIAL_FAMILIES: dict[str, dict] = {
    "wood_planks": {"base_color": "#8a5a32", "metallic": False},
    "painted_wood": {"base_color": "#7a2e25", "metallic": False},
    "end_grain": {"base_color": "#a07850", "metallic": False},
    "bark": {"base_color": "#5a4330", "metallic": False},
    "iron": {"base_color": "#5d6063", "metallic": True},
    "brass": {"base_color": "#b5893a", "metallic": True},
    "rusted_metal": {"base_color": "#7a4a2a", "metallic": True},
    "rough_stone": {"base_color": "#7f7a72", "metallic": False},
    "brick": {"base_color": "#9a4b35", "metallic": False},
    "cobblestone": {"base_color": "#77736c", "metallic": False},
    "marble": {"base_color": "#e6e2da", "metallic": False},
    "crystal": {"base_color": "#7fc8e8", "metallic": False},
    "leather": {"base_color": "#6b4226", "metallic": False},
    "fabric": {"base_color": "#8c2f2f", "metallic": False},
    "ground_moss": {"base_color": "#4f6b2f", "metallic": False},
    "ceramic": {"base_color": "#d9d2c5", "metallic": False},
    "plastic": {"base_color": "#c8c8c8", "metallic": False},
    "foliage": {"base_color": "#4a7a2c", "metallic": False},
    "organic": {"base_color": "#b8402c", "metallic": False},
    "soil": {"base_color": "#6b4e34", "metallic": False},
    "bone": {"base_color": "#e0d6bc", "metallic": False},
    "paper": {"base_color": "#e6dcc4", "metallic": False},
    "straw": {"base_color": "#c8a656", "metallic": False},
    "wicker": {"base_color": "#a8804c", "metallic": False},
    "rope": {"base_color": "#a88c60", "metallic": False},
    "concrete": {"base_color": "#9a9890", "metallic": False},
    "roof_tiles": {"base_color": "#a5523a", "metallic": False},
    "painted_metal": {"base_color": "#2f5a3a", "metallic": False},
    "metal_panels": {"base_color": "#7d848c", "metallic": False},
}

STYLE_PRESETS = ("realistic_hd_pbr", "anime_stylized", "toon_bold")
CATEGORIES = ("prop", "environment_piece", "character_base", "material_library")
RESOLUTIONS = (512, 1024, 2048, 4096)

# Triangle ceiling per style (v0.1 rule) and the budget the generator picks by default.
MAX_TRIS_BY_STYLE = {"toon_bold": 12_000, "anime_stylized": 25_000, "realistic_hd_pbr": 80_000}
DEFAULT_TRIS_BY_STYLE = {"toon_bold": 3_000, "anime_stylized": 6_000, "realistic_hd_pbr": 12_000}
REQUIRED_ROLES_BY_STYLE = {
    "toon_bold": ("albedo", "orm"),
    "anime_stylized": ("albedo", "normal", "orm"),
    "realistic_hd_pbr": ("albedo", "normal", "orm"),
}


@dataclass(frozen=True)
class PartDef:
    id: str
    family: str  # default material family
    material: str  # default material id (parts sharing an id share one material)


@dataclass(frozen=True)
class Archetype:
    name: str
    category: str
    height_m: float
    collider: str  # v0.1 unity collider enum: box | capsule | mesh_convex | none
    parts: tuple[PartDef, ...]
    min_tris: int = 150  # below this the silhouette is no longer recognisable
    words: tuple[str, ...] = field(default=())


def _a(name, category, height, collider, parts, words, min_tris=150):
    return Archetype(
        name=name,
        category=category,
        height_m=height,
        collider=collider,
        parts=tuple(PartDef(*p) for p in parts),
        min_tris=min_tris,
        words=tuple(words),
    )


ARCHETYPES: dict[str, Archetype] = {
    a.name: a
    for a in (
        _a(
            "barrel",
            "prop",
            1.0,
            "mesh_convex",
            [
                ("body", "wood_planks", "wood"),
                ("hoops", "iron", "metal"),
                ("lids", "end_grain", "endgrain"),
            ],
            ["barrel", "barrels", "keg", "cask", "tun"],
            300,
        ),
        _a(
            "crate",
            "prop",
            0.8,
            "box",
            [("panels", "wood_planks", "wood"), ("frame", "wood_planks", "trim")],
            ["crate", "crates", "box", "boxes", "supply", "cargo"],
        ),
        _a(
            "chest",
            "prop",
            0.6,
            "box",
            [
                ("body", "wood_planks", "wood"),
                ("lid", "wood_planks", "wood"),
                ("bands", "iron", "metal"),
                ("lock", "brass", "lock"),
            ],
            ["chest", "treasure", "coffer", "trunk", "lootbox"],
            250,
        ),
        _a(
            "bottle",
            "prop",
            0.3,
            "capsule",
            [
                ("glass", "crystal", "glass"),
                ("liquid", "crystal", "liquid"),
                ("stopper", "end_grain", "cork"),
            ],
            ["bottle", "potion", "flask", "vial", "elixir", "jar", "phial"],
            200,
        ),
        _a(
            "lantern",
            "prop",
            0.45,
            "box",
            [
                ("frame", "iron", "metal"),
                ("glass", "crystal", "glass"),
                ("handle", "iron", "metal"),
                ("candle", "ceramic", "wax"),
            ],
            ["lantern", "lamp", "light", "lanterns"],
            250,
        ),
        _a(
            "sword",
            "prop",
            1.0,
            "box",
            [
                ("blade", "iron", "steel"),
                ("guard", "brass", "fittings"),
                ("grip", "leather", "grip"),
                ("pommel", "brass", "fittings"),
            ],
            ["sword", "blade", "longsword", "katana", "sabre", "saber", "broadsword", "dagger"],
            120,
        ),
        _a(
            "shield",
            "prop",
            0.8,
            "mesh_convex",
            [("face", "painted_wood", "face"), ("rim", "iron", "metal"), ("boss", "iron", "metal")],
            ["shield", "buckler", "kite"],
            150,
        ),
        _a(
            "pillar",
            "environment_piece",
            3.0,
            "capsule",
            [
                ("shaft", "marble", "stone"),
                ("base", "marble", "stone"),
                ("capital", "marble", "stone"),
            ],
            ["pillar", "column", "pillars", "columns", "obelisk"],
            150,
        ),
        _a(
            "rock",
            "environment_piece",
            0.8,
            "mesh_convex",
            [("rock", "rough_stone", "stone")],
            ["rock", "boulder", "stone", "rocks", "pebble", "crag"],
            100,
        ),
        _a(
            "wall",
            "environment_piece",
            2.5,
            "box",
            [("wall", "brick", "masonry"), ("coping", "rough_stone", "coping")],
            ["wall", "walls", "rampart", "battlement"],
            12,
        ),
        _a(
            "floor_tile",
            "environment_piece",
            0.1,
            "box",
            [("tile", "cobblestone", "floor")],
            ["floor", "tile", "tiles", "flooring", "paving", "slab"],
            12,
        ),
        _a(
            "stump",
            "environment_piece",
            0.5,
            "mesh_convex",
            [("trunk", "bark", "bark"), ("top", "end_grain", "endgrain")],
            ["stump", "log", "stumps"],
            150,
        ),
        _a(
            "tree",
            "environment_piece",
            4.0,
            "capsule",
            [("trunk", "bark", "bark"), ("canopy", "foliage", "foliage")],
            ["tree", "trees", "oak tree", "pine", "sapling"],
            200,
        ),
        _a(
            "table",
            "prop",
            0.75,
            "box",
            [("top", "wood_planks", "wood"), ("legs", "wood_planks", "wood")],
            ["table", "desk", "workbench", "bench"],
            60,
        ),
        _a(
            "chair",
            "prop",
            0.95,
            "box",
            [
                ("seat", "wood_planks", "wood"),
                ("legs", "wood_planks", "wood"),
                ("back", "wood_planks", "wood"),
            ],
            ["chair", "stool", "seat", "throne"],
            80,
        ),
        _a(
            "door",
            "environment_piece",
            2.1,
            "box",
            [
                ("panel", "wood_planks", "wood"),
                ("bands", "iron", "metal"),
                ("handle", "iron", "metal"),
            ],
            ["door", "gate", "doorway", "hatch"],
            60,
        ),
        _a(
            "fence",
            "environment_piece",
            1.0,
            "box",
            [("posts", "wood_planks", "wood"), ("rails", "wood_planks", "wood")],
            ["fence", "railing", "palisade", "picket"],
            60,
        ),
        _a(
            "mannequin",
            "character_base",
            1.8,
            "capsule",
            [("body", "plastic", "body"), ("stand", "iron", "stand")],
            ["mannequin", "dummy", "humanoid", "character", "figure", "body", "person"],
            300,
        ),
    )
}

# What the generator builds when no archetype word is found, per category.
FALLBACK_ARCHETYPE_BY_CATEGORY = {
    "prop": "crate",
    "environment_piece": "rock",
    "character_base": "mannequin",
    "material_library": "floor_tile",
}
