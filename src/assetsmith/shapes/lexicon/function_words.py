"""Closed word classes of English that the noun-phrase grammar needs and WordNet does not hold.

WordNet lists only open classes (nouns, verbs, adjectives, adverbs), so determiners, prepositions,
conjunctions, degree adverbs and number words are written out here: they are a fixed, small part of
the language, not a list of objects. Themes and render styles are the project's own vocabulary.
"""

from __future__ import annotations

DETERMINERS = frozenset(
    ["a", "an", "the", "some", "any", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "another", "each", "every", "one's", "such", "several", "many", "few"]
)
# Words that tell a 3D tool what kind of thing to make, not what the thing is.
FILLER = frozenset(
    ["asset", "prop", "props", "model", "models", "mesh", "3d", "game", "ready", "game-ready", "object", "item", "thing", "kind", "sort", "type", "style", "styled", "looking", "version", "design", "please", "make", "create", "generate", "build", "render"]
)
CONJUNCTIONS = frozenset(["and", "or", "plus", "&", "but", "nor"])
# Relation words that open a phrase attached to the object; the value is the relation it names.
PREPOSITIONS: dict[str, str] = {
    "with": "with", "having": "with", "featuring": "with", "has": "with", "w": "with",
    "of": "of",
    "without": "without",
    "on": "on", "atop": "on", "upon": "on", "onto": "on",
    "in": "in", "inside": "in", "within": "in", "into": "in",
    "under": "under", "beneath": "under", "below": "under", "underneath": "under",
    "for": "for", "from": "from", "by": "by", "at": "at", "near": "near", "beside": "near",
    "behind": "near", "next": "near", "against": "near", "over": "on", "above": "on",
    "containing": "contains", "holding": "contains", "full": "contains", "filled": "contains",
    "stuffed": "contains", "packed": "contains", "loaded": "contains",
    "made": "material", "crafted": "material", "carved": "material", "built": "material",
    "forged": "material", "cast": "material", "hewn": "material", "constructed": "material",
    "fashioned": "material", "formed": "material", "cut": "material",
    "covered": "covering", "coated": "covering", "overgrown": "covering", "encrusted": "covering",
    "caked": "covering", "dusted": "covering", "draped": "covering", "wrapped": "covering",
    "plated": "covering", "clad": "covering", "lined": "covering",
    "decorated": "with", "adorned": "with", "studded": "with", "inlaid": "with", "trimmed": "with",
    "banded": "with", "bound": "with", "reinforced": "with", "topped": "with", "fitted": "with",
    "equipped": "with", "mounted": "with", "painted": "painted", "embellished": "with",
}
# Prepositions that may follow a relation participle ("made of", "covered in") and are part of it.
PARTICLES = frozenset(["of", "from", "out", "in", "with", "by", "into"])
DEGREE_ADVERBS: dict[str, float] = {
    "very": 1.5, "really": 1.5, "extremely": 2.0, "super": 1.75, "incredibly": 2.0,
    "exceptionally": 2.0, "extra": 1.5, "quite": 1.25, "rather": 1.2, "pretty": 1.25,
    "fairly": 1.1, "so": 1.5, "too": 1.5, "particularly": 1.4, "especially": 1.4, "truly": 1.5,
    "slightly": 0.5, "somewhat": 0.6, "mildly": 0.5, "little": 0.5, "bit": 0.5, "barely": 0.3,
    "kinda": 0.6, "kind-of": 0.6, "moderately": 0.8, "relatively": 0.9, "unusually": 1.6,
    "enormously": 2.0, "hugely": 2.0, "overly": 1.6,
}
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "single": 1, "double": 2, "twin": 2, "triple": 3,
    "quadruple": 4, "both": 2, "couple": 2, "pair": 2, "trio": 3, "lone": 1, "solo": 1,
}
# Number words that are adjectives of multiplicity: "double doors" is two doors, but it is also a
# modifier ("single-handed"), so they count only before a noun.
MULTIPLICATIVE = frozenset(["single", "double", "twin", "triple", "quadruple", "lone", "solo"])
MAX_COUNT = 1000  # counts past this are capped (a recipe clamps to what it can build anyway)

# Render style presets of the project (spec.catalog.STYLE_PRESETS) and words that ask for them.
STYLE_PRESET_WORDS: dict[str, str] = {
    "toon": "toon_bold", "cartoon": "toon_bold", "cartoony": "toon_bold", "cartoonish": "toon_bold",
    "cel": "toon_bold", "cel-shaded": "toon_bold", "lowpoly": "toon_bold", "low-poly": "toon_bold",
    "anime": "anime_stylized", "stylized": "anime_stylized", "stylised": "anime_stylized",
    "ghibli": "anime_stylized", "painterly": "anime_stylized", "hand-painted": "anime_stylized",
    "realistic": "realistic_hd_pbr", "photoreal": "realistic_hd_pbr", "pbr": "realistic_hd_pbr",
    "photorealistic": "realistic_hd_pbr", "hd": "realistic_hd_pbr", "hyperrealistic": "realistic_hd_pbr",
}
# Genre themes: what setting a prop belongs to. Several are not in WordNet 3.0 at all (sci-fi,
# steampunk, cyberpunk); the rest are its adjectives or nouns for the same idea.
THEME_WORDS: dict[str, str] = {
    "sci-fi": "sci-fi", "scifi": "sci-fi", "sf": "sci-fi", "futuristic": "sci-fi", "space": "sci-fi",
    "cyberpunk": "cyberpunk", "cyber": "cyberpunk", "neon": "cyberpunk",
    "steampunk": "steampunk", "clockwork": "steampunk",
    "fantasy": "fantasy", "magic": "fantasy", "magical": "fantasy", "enchanted": "fantasy",
    "arcane": "fantasy", "mystic": "fantasy", "mystical": "fantasy", "elven": "fantasy",
    "elvish": "fantasy", "dwarven": "fantasy", "wizard": "fantasy", "wizard's": "fantasy",
    "medieval": "medieval", "mediaeval": "medieval", "castle": "medieval", "knightly": "medieval",
    "gothic": "gothic", "victorian": "victorian", "viking": "viking", "norse": "viking",
    "pirate": "pirate", "nautical": "pirate", "western": "western", "wild-west": "western",
    "post-apocalyptic": "post-apocalyptic", "apocalyptic": "post-apocalyptic",
    "modern": "modern", "contemporary": "modern", "industrial": "industrial", "military": "military",
    "rustic": "rustic", "farmhouse": "rustic", "japanese": "japanese", "egyptian": "egyptian",
    "roman": "roman", "greek": "greek", "aztec": "aztec", "celtic": "celtic", "oriental": "oriental",
    "alien": "sci-fi", "haunted": "horror", "spooky": "horror", "creepy": "horror", "cursed": "horror",
    "halloween": "horror", "christmas": "festive", "festive": "festive", "tribal": "tribal",
}
