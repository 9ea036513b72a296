"""The offline generator's vocabulary: which prompt words mean which material, colour, part or style."""

from __future__ import annotations

# word -> (family, sRGB colour or None for the family default)
MATERIAL_WORDS: dict[str, tuple[str, str | None]] = {
    "wood": ("wood_planks", None), "wooden": ("wood_planks", None), "timber": ("wood_planks", None),
    "plank": ("wood_planks", None), "planks": ("wood_planks", None),
    "oak": ("wood_planks", "#8a5a32"), "oaken": ("wood_planks", "#8a5a32"),
    "pine": ("wood_planks", "#c29a62"), "birch": ("wood_planks", "#d6c29a"),
    "walnut": ("wood_planks", "#5b3a24"), "mahogany": ("wood_planks", "#6e2f22"),
    "ebony": ("wood_planks", "#2e2420"), "driftwood": ("wood_planks", "#9c9184"),
    "painted": ("painted_wood", None),
    "bark": ("bark", None), "log": ("bark", None),
    "iron": ("iron", None), "steel": ("iron", "#8c9196"), "metal": ("iron", None),
    "metallic": ("iron", None), "silver": ("iron", "#c9ccd0"), "chrome": ("iron", "#d8dadc"),
    "brass": ("brass", None), "gold": ("brass", "#d4af37"), "golden": ("brass", "#d4af37"),
    "gilded": ("brass", "#d4af37"), "bronze": ("brass", "#a0703a"), "copper": ("brass", "#b06a3c"),
    "rust": ("rusted_metal", None), "rusty": ("rusted_metal", None), "rusted": ("rusted_metal", None),
    "stone": ("rough_stone", None), "granite": ("rough_stone", "#8a8580"),
    "sandstone": ("rough_stone", "#c2a878"), "slate": ("rough_stone", "#50565c"),
    "basalt": ("rough_stone", "#3e3e40"), "rocky": ("rough_stone", None),
    "marble": ("marble", None), "alabaster": ("marble", "#f0ebe0"),
    "brick": ("brick", None), "bricks": ("brick", None),
    "cobble": ("cobblestone", None), "cobblestone": ("cobblestone", None), "cobbled": ("cobblestone", None),
    "crystal": ("crystal", None), "glass": ("crystal", "#bfe3ee"), "gem": ("crystal", "#7b4fd6"),
    "ice": ("crystal", "#cdeefa"), "icy": ("crystal", "#cdeefa"), "quartz": ("crystal", "#e8e0f0"),
    "leather": ("leather", None), "hide": ("leather", "#7a5535"),
    "fabric": ("fabric", None), "cloth": ("fabric", None), "linen": ("fabric", "#d8cfb8"),
    "wool": ("fabric", "#cfc6b0"), "velvet": ("fabric", "#6a1a2a"), "silk": ("fabric", "#d8c8e0"),
    "canvas": ("fabric", "#c8b890"),
    "bone": ("bone", None), "bony": ("bone", None), "ivory": ("bone", "#efe6cf"),
    "tusk": ("bone", "#ece2c8"), "skeletal": ("bone", None),
    "ceramic": ("ceramic", None), "porcelain": ("ceramic", "#f2f0ea"), "clay": ("ceramic", "#b86a45"),
    "terracotta": ("ceramic", "#c0603a"),
    "moss": ("ground_moss", None), "grass": ("ground_moss", "#5c8a32"),
    "grassy": ("ground_moss", "#5c8a32"), "leafy": ("foliage", None), "leafed": ("foliage", None),
    "concrete": ("concrete", None), "cement": ("concrete", "#a3a19a"),
    "paper": ("paper", None), "parchment": ("paper", "#e3d3ac"), "papyrus": ("paper", "#d9c79a"),
    "straw": ("straw", None), "hay": ("straw", "#c9ad62"), "thatch": ("straw", "#a88f55"),
    "thatched": ("straw", "#a88f55"),
    "wicker": ("wicker", None), "rattan": ("wicker", "#b8935a"), "woven": ("wicker", None),
    "rope": ("rope", None), "hemp": ("rope", "#b09a6c"), "twine": ("rope", "#b5a27a"),
    "dirt": ("soil", None), "earthen": ("soil", None), "mud": ("soil", "#4a3a2a"),
    "muddy": ("soil", "#4a3a2a"), "sand": ("soil", "#c8b48a"), "sandy": ("soil", "#c8b48a"),
    "slime": ("organic", "#6fbf4a"), "slimy": ("organic", "#6fbf4a"), "fleshy": ("organic", "#c97f72"),
    "plastic": ("plastic", None), "rubber": ("plastic", "#303030"),
}

COLOUR_WORDS: dict[str, str | None] = {  # None: a word that names no colour of its own
    "red": "#a8322a", "crimson": "#8c1c2c", "scarlet": "#c0282a", "maroon": "#6a1e22",
    "orange": "#d0702a", "amber": "#d09030", "yellow": "#d8c040", "gold-coloured": "#d4af37",
    "green": "#3f8a3a", "emerald": "#2a8a5a", "lime": "#8ac040", "olive": "#6a6a30",
    "teal": "#2a8080", "cyan": "#40b0c8", "turquoise": "#40c0b0",
    "blue": "#3050a8", "navy": "#223058", "azure": "#3a80d0", "sapphire": "#2a40a0",
    "purple": "#6a3a9a", "violet": "#7a4ab0", "magenta": "#b03a90", "pink": "#d880a0",
    "brown": "#6a4a2a", "tan": "#b8966a", "beige": "#d0c0a0",
    "black": "#202022", "dark": None, "white": "#e8e8e4", "grey": "#808080", "gray": "#808080",
    "pale": None, "light": None,
}

WEAR_WORDS: dict[str, float] = {
    "old": 0.7, "worn": 0.7, "weathered": 0.75, "battered": 0.8, "ancient": 0.8, "aged": 0.65,
    "damaged": 0.85, "broken": 0.9, "dirty": 0.7, "grimy": 0.75, "rustic": 0.55, "abandoned": 0.8,
    "mossy": 0.6, "overgrown": 0.7, "new": 0.1, "clean": 0.1, "pristine": 0.05, "polished": 0.08, "shiny": 0.1, "fresh": 0.1,
}

SIZE_WORDS: dict[str, float] = {
    "tiny": 0.4, "small": 0.65, "little": 0.65, "short": 0.75, "large": 1.4, "big": 1.4,
    "tall": 1.35, "huge": 2.0, "giant": 2.5, "massive": 2.2,
}

STYLE_WORDS: dict[str, str] = {
    "toon": "toon_bold", "cartoon": "toon_bold", "cartoony": "toon_bold", "cel": "toon_bold",
    "lowpoly": "toon_bold", "low-poly": "toon_bold",
    "anime": "anime_stylized", "stylized": "anime_stylized", "stylised": "anime_stylized",
    "ghibli": "anime_stylized", "painterly": "anime_stylized",
    "realistic": "realistic_hd_pbr", "photoreal": "realistic_hd_pbr", "photorealistic": "realistic_hd_pbr",
    "pbr": "realistic_hd_pbr", "hd": "realistic_hd_pbr",
}

# Words naming parts of an archetype: archetype -> part id -> words.
PART_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "barrel": {"body": ("staves", "stave", "body"), "hoops": ("hoops", "hoop", "bands", "band", "rings", "ring", "straps"),
               "lids": ("lid", "lids", "top", "head", "heads", "ends")},
    "crate": {"panels": ("panels", "planks", "boards", "sides"), "frame": ("frame", "edges", "battens", "trim", "corners")},
    "chest": {"body": ("body", "box"), "lid": ("lid", "top"), "bands": ("bands", "band", "straps", "trim", "hinges", "corners"),
              "lock": ("lock", "clasp", "latch", "keyhole")},
    "bottle": {"glass": ("glass", "bottle", "flask", "vial"), "liquid": ("liquid", "potion", "elixir", "contents", "brew"),
               "stopper": ("stopper", "cork", "cap", "lid")},
    "lantern": {"frame": ("frame", "cage", "body"), "glass": ("glass", "panes", "pane", "windows"),
                "handle": ("handle", "ring", "hook"), "candle": ("candle", "wick", "flame")},
    "sword": {"blade": ("blade", "edge"), "guard": ("guard", "crossguard", "hilt", "quillons"),
              "grip": ("grip", "handle", "wrapping", "wrap"), "pommel": ("pommel",)},
    "shield": {"face": ("face", "front", "board"), "rim": ("rim", "edge", "border", "trim"), "boss": ("boss", "center", "centre")},
    "pillar": {"shaft": ("shaft",), "base": ("base", "plinth", "pedestal"), "capital": ("capital", "top", "crown")},
    "rock": {"rock": ("surface",)},
    "wall": {"wall": ("bricks", "masonry", "blocks"), "coping": ("coping", "top", "cap", "capstones")},
    "floor_tile": {"tile": ("surface", "tiles")},
    "stump": {"trunk": ("trunk", "roots", "sides"), "top": ("top", "rings", "cut")},
    "tree": {"trunk": ("trunk", "branches", "stem"), "canopy": ("canopy", "leaves", "foliage", "crown", "leaf")},
    "table": {"top": ("top", "tabletop", "surface"), "legs": ("legs", "leg", "base")},
    "chair": {"seat": ("seat", "cushion"), "legs": ("legs", "leg"), "back": ("back", "backrest")},
    "door": {"panel": ("panel", "planks", "boards"), "bands": ("bands", "band", "hinges", "straps", "studs"),
             "handle": ("handle", "knocker", "ring", "knob")},
    "fence": {"posts": ("posts", "post"), "rails": ("rails", "rail", "pickets", "boards")},
    "mannequin": {"body": ("body", "torso", "limbs"), "stand": ("stand", "base", "pole")},
}

# Which part a bare colour or the archetype's own material word describes first.
PRIMARY_PARTS: dict[str, tuple[str, ...]] = {
    "barrel": ("body", "lids"), "crate": ("panels", "frame"), "chest": ("body", "lid"), "bottle": ("liquid",),
    "lantern": ("frame", "handle"), "sword": ("blade",), "shield": ("face",), "pillar": ("shaft", "base", "capital"),
    "rock": ("rock",), "wall": ("wall",), "floor_tile": ("tile",), "stump": ("trunk", "top"),
    "tree": ("canopy",), "table": ("top", "legs"), "chair": ("seat", "legs", "back"), "door": ("panel",),
    "fence": ("posts", "rails"), "mannequin": ("body",),
}

STOPWORDS = frozenset(
    ["a", "an", "the", "with", "of", "and", "or", "on", "in", "for", "to", "from", "by", "at", "featuring", "having", "its", "it", "is", "that", "this", "some", "made", "very", "slightly", "bit", "set", "pair", "kind", "style", "styled", "looking", "look", "like", "game", "asset", "prop", "model", "3d"]
)

# Words that end the noun phrase naming the asset ("barrel with iron bands": the asset is the barrel).
PHRASE_BREAKS = frozenset(["with", "of", "and", "featuring", "having", "on", "in", "for", "from", "by"])
