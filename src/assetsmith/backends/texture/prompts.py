"""Text prompts for albedo textures, from a spec material and the style preset."""

from __future__ import annotations

FAMILY_WORDS = {
    "wood_planks": "weathered wooden planks",
    "painted_wood": "painted wooden boards",
    "end_grain": "end grain of a log",
    "bark": "tree bark",
    "iron": "forged iron plate",
    "brass": "brass metal",
    "rusted_metal": "rusted metal sheet",
    "rough_stone": "rough stone",
    "brick": "brick wall",
    "cobblestone": "cobblestone pavement",
    "marble": "polished marble",
    "crystal": "crystal glass",
    "leather": "leather",
    "fabric": "woven fabric",
    "ground_moss": "mossy ground",
    "ceramic": "glazed ceramic",
    "plastic": "smooth plastic",
    "foliage": "dense layered leaves of a bush",
    "bone": "weathered bone surface, porous ivory",
    "paper": "old paper, parchment",
    "concrete": "cast concrete wall",
    "painted_metal": "painted steel, chipped paint",
    "metal_panels": "painted metal hull panels with seams and bolts",
    "organic": "smooth fruit skin",
    "soil": "dirt ground with pebbles",
    "straw": "straw, thatch",
    "wicker": "woven wicker basket",
    "rope": "twisted hemp rope",
    "roof_tiles": "overlapping roof tiles",
}
STYLE_WORDS = {
    "realistic_hd_pbr": "photorealistic, high detail",
    "anime_stylized": "hand-painted anime style, soft shading",
    "toon_bold": "flat toon style, bold shapes, few colours",
}
NEGATIVE = (
    "shadows, highlights, specular reflections, perspective, vignette, border, frame, text, watermark, "
    "signature, objects, people, lighting gradient, seams"
)


def albedo_prompt(material: dict, style: str) -> tuple[str, str]:
    """(prompt, negative prompt) for a flat-lit, top-down, tileable albedo of one material."""
    family = material.get("family", "")
    what = FAMILY_WORDS.get(family, family.replace("_", " "))
    wear = float(material.get("wear", 0.35))
    age = "worn, battered" if wear > 0.6 else ("slightly worn" if wear > 0.25 else "clean, new")
    notes = f", {material['notes']}" if material.get("notes") else ""
    prompt = (
        f"seamless tileable texture of {what}, base colour {material.get('base_color', '')}, {age}{notes}, "
        f"albedo map, flat even lighting, top-down orthographic, {STYLE_WORDS.get(style, '')}"
    )
    return prompt, NEGATIVE
