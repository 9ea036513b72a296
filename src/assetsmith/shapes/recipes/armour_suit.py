"""A full suit of plate armour standing on a display stand, like a museum piece: the helmet,
breastplate, gauntlets and sabatons of armour.py on a figure of plates."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, part, program, sphere
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .armour import STEEL, boot_parts, cuirass, gauntlet_parts, great_helm, shifted

M = MaterialRole
BASE_H = 0.08
WAIST = 1.1
SHOULDER_X = 0.215


def _legs(ornate: bool) -> list:
    """The right leg, drawn at +X and mirrored to the left: each piece is built once."""
    x = 0.1
    boot = [
        q.moved(x, 0, 0).mirror("x") for q in boot_parts("", True, s=1.15, shaft=1.15, trim=ornate)
    ]
    return shifted(boot, 0, BASE_H, 0.08) + [
        # The knee: a cop with a wing on the outside.
        part("knees", "steel", sphere(0.056), part="legs")
        .scaled([1.0, 1.05, 1.0])
        .moved(x, BASE_H + 0.47, 0.012)
        .mirror("x"),
        part("knee_wings", "steel", cylinder(0.045, 0.01, bevel=0.003), part="legs")
        .turned(z=90)
        .moved(x + 0.065, BASE_H + 0.52, 0.0)
        .mirror("x"),
        # The thigh: a tapering plate tube up to the skirt.
        part("thighs", "steel", cone(0.064, 0.36, radius_top=0.085), part="legs")
        .scaled([1.0, 1.0, 0.92])
        .moved(x, BASE_H + 0.55, 0.0)
        .mirror("x"),
        # A tasset hanging over the front of the thigh.
        part("tassets", "steel", box([0.13, 0.15, 0.02], bevel=0.008), part="legs")
        .turned(x=-10)
        .moved(x, WAIST - 0.25, 0.085)
        .mirror("x"),
    ]


def _arms() -> list:
    """The right arm, drawn at +X and mirrored to the left."""
    x = SHOULDER_X + 0.035
    arm = [
        # The pauldron: a domed plate over the shoulder with two lames below it.
        part("pauldrons", "steel", sphere(0.1, portion=0.6), part="arms")
        .scaled([1.05, 0.85, 1.0])
        .moved(SHOULDER_X, WAIST + 0.36, 0.0),
        part("pauldron_lames", "steel", sphere(0.105, portion=0.35), part="arms")
        .scaled([1.05, 0.8, 1.0])
        .array(2, [0, -0.04, 0])
        .moved(SHOULDER_X + 0.01, WAIST + 0.32, 0.0),
        part("upper_arms", "steel", cylinder(0.05, 0.26), part="arms")
        .turned(z=3)
        .moved(x, WAIST + 0.08, 0.0),
        part("elbows", "steel", sphere(0.052), part="arms").moved(x + 0.01, WAIST + 0.02, 0.0),
        part("elbow_wings", "steel", cylinder(0.04, 0.01, bevel=0.003), part="arms")
        .turned(z=90)
        .moved(x + 0.06, WAIST + 0.07, 0.0),
        part("forearms", "steel", cone(0.044, 0.25, radius_top=0.052), part="arms").moved(
            x + 0.015, WAIST - 0.25, 0.01
        ),
    ]
    # The gauntlet hangs from the forearm, fingers down (turned over about Z).
    hand = [
        q.turned(z=180).moved(x + 0.015, WAIST - 0.245, 0.012)
        for q in gauntlet_parts("hand_", False, 0.0, 1, s=0.95, fingers=False)
    ]
    return [q.mirror("x") for q in arm + hand]


def suit_of_armour(p) -> dict:
    parts = [
        part("plinth", "wood", box([0.62, BASE_H, 0.5], bevel=0.015), part="stand").uv("box"),
        part("pole", "iron", cylinder(0.02, WAIST + 0.35 - BASE_H), part="pole").at(
            0, BASE_H, -0.2
        ),
        part("pole_arm", "iron", box([0.03, 0.03, 0.14], bevel=0.005), part="pole").at(
            0, WAIST + 0.1, -0.14
        ),
        # Mail under the skirt, a belt at the waist, a gorget round the neck.
        part("mail_skirt", "mail", cone(0.15, 0.22, radius_top=0.13), part="mail")
        .scale([1.0, 1.0, 0.75])
        .at(0, WAIST - 0.28, 0.0),
        part("belt", "leather", cylinder(0.156, 0.035), part="belt")
        .scale([1.0, 1.0, 0.72])
        .at(0, WAIST - 0.005, 0.005),
        part("gorget", "steel", cylinder(0.075, 0.09, bevel=0.01), part="plate")
        .scale([1.1, 1.0, 1.0])
        .at(0, WAIST + 0.46, -0.005),
        *cuirass("", WAIST, 1.0, p.ornate),
        *_legs(p.ornate),
        *_arms(),
        *shifted(great_helm("helm_", 0.93, p.plume, p.ornate, cut=False), 0, WAIST + 0.52, 0.0),
    ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="suit_of_armour",
        category="armour",
        nouns=(
            "suit of armour",
            "suit of armor",
            "armour",
            "armor",
            "plate armour",
            "plate armor",
            "knight armour",
            "knight armor",
            "full plate",
            "body armour",
            "body armor",
            "suit of mail",
        ),
        synsets=("body_armor.n.01", "armor.n.01"),
        size=SizePrior((0.64, 1.93, 0.5), 0.25),
        materials={
            "steel": STEEL,
            "mail": M("iron", "#55595d"),
            "trim": M("brass", "#c19a45"),
            "leather": M("leather", "#4f3320"),
            "hollow": M("iron", "#1c1d1f"),
            "plume": M("fabric", "#a81e24"),
            "wood": M("wood_planks", "#5a3a22"),
            "iron": M("iron", "#2f3133"),
            "sole": M("leather", "#2b211a"),
        },
        parts=(
            RecipePart(
                "plate",
                "steel",
                ("breastplate", "cuirass", "plate", "plates", "chest", "gorget", "steel"),
            ),
            RecipePart("helmet", "steel", ("helmet", "helm", "visor")),
            RecipePart("arms", "steel", ("arms", "pauldrons", "shoulders", "vambraces", "couters")),
            RecipePart("gauntlet", "steel", ("gauntlets", "gauntlet", "hands")),
            RecipePart("legs", "steel", ("legs", "cuisses", "greaves", "tassets", "knees")),
            RecipePart("plates", "steel", ("boots", "sabatons", "feet", "greaves")),
            RecipePart("soles", "sole", ("soles",)),
            RecipePart("mail", "mail", ("mail", "chainmail", "chain mail", "skirt")),
            RecipePart("belt", "leather", ("belt", "straps")),
            RecipePart("trim", "trim", ("trim", "gilding", "gold", "edges", "rivets")),
            RecipePart("hollows", "hollow", ("slits",)),
            RecipePart("plume", "plume", ("plume", "feathers")),
            RecipePart("stand", "wood", ("stand", "plinth", "base", "pedestal")),
            RecipePart("pole", "iron", ("pole", "rod", "support")),
        ),
        params=(
            Param(
                "ornate",
                "bool",
                False,
                words={
                    "ornate": True,
                    "gilded": True,
                    "decorated": True,
                    "royal": True,
                    "ceremonial": True,
                    "fancy": True,
                    "plain": False,
                    "simple": False,
                },
                doc="Brass trim: a brow band and face band on the helm, a rolled neck and "
                "rivets on the breastplate.",
            ),
            Param(
                "plume",
                "bool",
                False,
                words={"plumed": True, "plume": True, "feathered": True},
                doc="A plume on the helm.",
            ),
        ),
        build=suit_of_armour,
        collider="box",
        description="A full suit of plate armour on a wooden display stand: great helm, breastplate, "
        "pauldrons, gauntlets, tassets, greaves and sabatons.",
    ),
]
