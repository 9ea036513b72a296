"""Market and town props: a well, a church bell, a fire hydrant, a fountain, a mailbox."""

from __future__ import annotations

import math

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, shape, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def well(p) -> dict:
    square = p.shape == "square"
    ring_h, outer, inner = 0.8, 0.78, 0.58
    if square:
        ring = (
            part("ring", "stone", box([2 * outer, ring_h, 2 * outer], bevel=0.02))
            .cut(shape(box([2 * inner, ring_h + 0.2, 2 * inner])).at(0, -0.1, 0))
            .uv("box")
        )
        rim = (
            part("rim", "coping", box([2 * outer + 0.08, 0.09, 2 * outer + 0.08], bevel=0.02))
            .cut(shape(box([2 * inner - 0.04, 0.3, 2 * inner - 0.04])).at(0, -0.1, 0))
            .uv("box")
        )
    else:
        ring = part("ring", "stone", cylinder(outer, ring_h, inner_radius=inner, bevel=0.02)).uv(
            "cylindrical"
        )
        rim = part(
            "rim", "coping", cylinder(outer + 0.05, 0.09, inner_radius=inner - 0.03, bevel=0.025)
        )
    parts = [
        ring,
        rim.on("ring", "top", gap=-0.005),
        part("water", "water", cylinder(inner - 0.005, 0.02)).on("ring", "center", y=0.2),
    ]
    if p.roof:
        span = 2 * outer - 0.02
        parts += [
            # Two posts standing on the rim, one each side.
            part("posts", "wood", box([0.11, 1.45, 0.11], bevel=0.012))
            .array(2, [span - 0.11, 0, 0], center=True)
            .on("rim", "top", gap=-0.01),
            # The windlass: an axle across the posts, with a crank on the right.
            part("axle", "wood", cylinder(0.045, span + 0.16, bevel=0.008))
            .rotate(z=90)
            .on("posts", "top", gap=-0.42),
            part(
                "crank",
                "iron",
                sweep([[0, 0, 0], [0.1, 0, 0], [0.1, -0.18, 0], [0.1, -0.18, 0.12]], 0.012),
            ).on("axle", "right", gap=-0.02, y=1),
            part("rope", "rope", cylinder(0.012, 0.55)).on("axle", "bottom", gap=-0.02),
            # A gable roof: a chevron section extruded along X, resting on the posts.
            part(
                "roof",
                "roof",
                extrude(
                    [[-0.8, 0], [0, 0.55], [0.8, 0], [0.71, 0], [0, 0.46], [-0.71, 0]],
                    span + 0.5,
                    axis="x",
                    crease=20,
                ),
            )
            .uv("box")
            .on("posts", "top", gap=-0.03),
        ]
    if p.bucket:  # hanging from the rope, or (no windlass) standing on the rim
        bucket = part(
            "bucket",
            "wood",
            lathe([[0, 0], [0.11, 0], [0.13, 0.2], [0.117, 0.2], [0.1, 0.015], [0, 0.015]]),
        )
        parts += [
            bucket.on("rope", "bottom", gap=-0.005)
            if p.roof
            else bucket.on("rim", "top", x=0.75, gap=-0.005),
            part("bucket_hoops", "iron", torus(0.122, 0.006))
            .array(2, [0, 0.12, 0])
            .on("bucket", "around", y=0.1),
            part("handle", "iron", torus(0.12, 0.005, arc=180))
            .rotate(x=-90)
            .on("bucket", "top", gap=-0.01),
        ]
    return program(*parts, collider="mesh_convex" if not p.roof else "box")


def bell(p) -> dict:
    # The bell: one lathe up its inside from the crown, round the lip and up its outside, so
    # the mouth is open. Bronze; a clapper hangs inside.
    bell = [
        [0, 0.7],
        [0.1, 0.7],
        [0.2, 0.64],
        [0.24, 0.5],
        [0.27, 0.3],
        [0.36, 0.1],
        [0.41, 0.015],
        [0.46, 0.0],
        [0.47, 0.035],
        [0.43, 0.1],
        [0.34, 0.27],
        [0.29, 0.47],
        [0.28, 0.62],
        [0.22, 0.75],
        [0.1, 0.8],
        [0, 0.8],
    ]
    hang = 0.55 if p.frame else 0.0  # the lip's height
    parts = [
        part("bell", "bronze", lathe(bell, smooth=True, crease=80)).at(0, hang, 0),
        part("clapper", "iron", cylinder(0.018, 0.5), part="clapper").at(0, hang + 0.2, 0),
        part("clapper_ball", "iron", sphere(0.07), part="clapper").at(0, hang + 0.1, 0),
        part("crown", "bronze", torus(0.06, 0.022), part="bell").turned(x=90).at(0, hang + 0.8, 0),
        part("yoke", "oak", box([0.9, 0.18, 0.22], bevel=0.02)).at(0, hang + 0.86, 0).uv("box"),
        part("straps", "iron", box([0.05, 0.3, 0.24], bevel=0.005), part="straps")
        .array(2, [0.22, 0, 0], center=True)
        .at(0, hang + 0.72, 0),
    ]
    if p.frame:  # an A-frame each side, the yoke's gudgeons resting in the top
        leg = box([0.14, 2.0, 0.14], bevel=0.015)
        parts += [
            part("frame", "oak", leg)
            .turned(x=12)
            .moved(0.6, 0, -0.2)
            .mirror("z")
            .mirror("x")
            .uv("box"),
            part("frame_beam", "oak", box([0.14, 0.14, 0.9], bevel=0.015), part="frame")
            .moved(0.6, 0.6, 0)
            .mirror("x")
            .uv("box"),
            part("sills", "oak", box([0.2, 0.14, 1.3], bevel=0.015), part="frame")
            .moved(0.6, 0, 0)
            .mirror("x")
            .uv("box"),
            part("axle", "iron", cylinder(0.03, 1.36), part="straps")
            .rotate(z=90)
            .at(0.68, hang + 0.92, 0),
        ]
    return program(*parts, collider="box")


def fire_hydrant(p) -> dict:
    body = [
        [0, 0],
        [0.17, 0],
        [0.17, 0.05],
        [0.13, 0.07],
        [0.115, 0.1],
        [0.11, 0.52],
        [0.14, 0.54],
        [0.14, 0.58],
        [0.12, 0.6],
        [0.12, 0.64],
        [0.0, 0.64],
    ]
    dome = [[0, 0], [0.125, 0], [0.12, 0.05], [0.09, 0.1], [0.04, 0.125], [0, 0.13]]
    parts = [
        part("body", "paint", lathe(body, crease=35)),
        part("bonnet", "cap", lathe(dome, smooth=True)).at(0, 0.63, 0),
        part("nut", "bolts", cylinder(0.03, 0.05, sides=5), part="bolts").at(0, 0.75, 0),
        part("bolts", "bolts", cylinder(0.012, 0.025, sides=6))
        .radial(8, radius=0.15, face_out=False)
        .at(0, 0.045, 0),
        # Two hose outlets to the sides and the big pumper outlet to the front, each capped.
        part("nozzles", "paint", cylinder(0.045, 0.1), part="body")
        .turned(z=-90)
        .moved(0.1, 0.42, 0)
        .mirror("x"),
        part("caps", "cap", cylinder(0.052, 0.04, bevel=0.006))
        .turned(z=-90)
        .moved(0.19, 0.42, 0)
        .mirror("x"),
        part("cap_nuts", "bolts", cylinder(0.022, 0.03, sides=5), part="bolts")
        .turned(z=-90)
        .moved(0.225, 0.42, 0)
        .mirror("x"),
        part("pumper", "paint", cylinder(0.065, 0.09), part="body").rotate(x=90).at(0, 0.36, 0.09),
        part("pumper_cap", "cap", cylinder(0.072, 0.045, bevel=0.008), part="caps")
        .rotate(x=90)
        .at(0, 0.36, 0.14),
        part("pumper_nut", "bolts", cylinder(0.026, 0.03, sides=5), part="bolts")
        .rotate(x=90)
        .at(0, 0.36, 0.18),
    ]
    return program(*parts, collider="capsule")


def fountain(p) -> dict:
    octagon = p.shape == "octagonal"
    sides = 8 if octagon else None
    r, wall_h = 1.5, 0.55
    # The basin: a low wall with a rolled rim round a floor; the water a little under the rim.
    basin = [
        [0, 0],
        [r, 0],
        [r, wall_h - 0.06],
        [r + 0.06, wall_h - 0.04],
        [r + 0.06, wall_h],
        [r - 0.2, wall_h],
        [r - 0.2, 0.12],
        [0, 0.12],
    ]
    parts = [
        part("basin", "stone", lathe(basin, crease=30, sides=sides)).uv(
            "box" if octagon else "native"
        ),
        part("water", "water", cylinder(r - 0.21, 0.03, sides=sides)).at(0, wall_h - 0.14, 0),
    ]
    y = wall_h - 0.2
    bowl_r = 0.95
    prev_water = wall_h - 0.11
    for k in range(p.tiers):
        stem_h = 0.55 if k == 0 else 0.45
        parts.append(
            part(
                f"stem_{k}",
                "stone",
                lathe(
                    [
                        [0, 0],
                        [0.2, 0],
                        [0.13, 0.12],
                        [0.11, stem_h - 0.15],
                        [0.16, stem_h],
                        [0, stem_h],
                    ],
                    smooth=True,
                ),
                part="basin",
            ).at(0, y, 0)
        )
        y += stem_h
        bowl = [
            [0, 0],
            [0.2, 0],
            [bowl_r * 0.75, 0.1],
            [bowl_r, 0.2],
            [bowl_r, 0.24],
            [bowl_r - 0.05, 0.24],
            [bowl_r * 0.72, 0.16],
            [0, 0.14],
        ]
        parts += [
            part(f"bowl_{k}", "stone", lathe(bowl, smooth=True), part="basin").at(0, y - 0.02, 0),
            part(f"bowl_water_{k}", "water", cylinder(bowl_r - 0.06, 0.03), part="water").at(
                0, y + 0.17, 0
            ),
            # Water trickling over the bowl's lip in thin streams down to the water below.
            part(f"streams_{k}", "falling", cylinder(0.018, y + 0.2 - prev_water), part="streams")
            .detail(0.5)
            .taper(0.6)
            .radial(12 if k == 0 else 8, radius=bowl_r + 0.01, face_out=False)
            .at(0, prev_water, 0),
        ]
        prev_water = y + 0.17
        y += 0.2
        bowl_r *= 0.58
    parts += [
        part(
            "finial",
            "stone",
            lathe(
                [[0, 0], [0.08, 0], [0.05, 0.1], [0.09, 0.22], [0.03, 0.34], [0, 0.36]], smooth=True
            ),
            part="basin",
        ).at(0, y - 0.02, 0),
        part("jet", "falling", cone(0.035, 0.3, radius_top=0.012), part="streams").at(
            0, y + 0.3, 0
        ),
    ]
    return program(*parts, collider="mesh_convex")


def mailbox(p) -> dict:
    if p.style == "rural":  # a tunnel-topped box on a wooden post, with a flag
        outline = [
            [-0.11, 0],
            [0.11, 0],
            [0.11, 0.14],
            *[
                [round(0.11 * math.cos(a), 5), round(0.14 + 0.11 * math.sin(a), 5)]
                for a in [math.pi * i / 10 for i in range(1, 10)]
            ],
            [-0.11, 0.14],
        ]
        parts = [
            part("post", "wood", box([0.1, 1.0, 0.1], bevel=0.01)).uv("box"),
            part("body", "paint", extrude(outline, 0.5, bevel=0.008))
            .on("post", "top", gap=-0.005, z=0.3)
            .uv("box"),
            part("door", "trim", extrude(outline, 0.015, bevel=0.004), part="door").on(
                "body", "front"
            ),
            part("flag", "flag", box([0.02, 0.22, 0.05]), part="flag").on(
                "body", "right", y=1, offset=[0.0, 0.08, 0.0]
            ),
            part("flag_plate", "flag", box([0.015, 0.07, 0.12]), part="flag").on(
                "flag", "top", gap=-0.07, z=1, offset=[0, 0, 0.05]
            ),
        ]
        return program(*parts, collider="box")
    # A pillar box: a round iron post box with a domed cap, a letter slot and a door.
    body = [
        [0, 0],
        [0.26, 0],
        [0.26, 0.12],
        [0.22, 0.16],
        [0.22, 1.18],
        [0.26, 1.22],
        [0.26, 1.26],
        [0.0, 1.26],
    ]
    parts = [
        part("body", "paint", lathe(body, crease=35)),
        part(
            "cap",
            "paint",
            lathe(
                [[0, 0], [0.27, 0], [0.27, 0.05], [0.22, 0.12], [0.12, 0.2], [0, 0.22]], smooth=True
            ),
            part="body",
        ).at(0, 1.26, 0),
        part("slot", "hollow", box([0.2, 0.025, 0.06], bevel=0.004)).at(0, 1.06, 0.2),
        part("slot_hood", "paint", box([0.26, 0.03, 0.07], bevel=0.006), part="body").at(
            0, 1.09, 0.205
        ),
        part("door", "paint", box([0.24, 0.42, 0.04], bevel=0.01), part="body").at(0, 0.45, 0.2),
        part("plate", "plate", box([0.16, 0.1, 0.012], bevel=0.003)).at(0, 0.75, 0.222),
        part("band", "trim", cylinder(0.225, 0.05), part="trim").at(0, 1.13, 0),
    ]
    return program(*parts, collider="capsule")


RECIPES = [
    Recipe(
        name="well",
        category="market_town",
        nouns=("well", "stone well", "wishing well", "water well"),
        synsets=("well.n.01",),
        size=SizePrior((1.7, 2.8, 1.65), 0.25),
        materials={
            "stone": M("cobblestone", "#8a847a"),
            "coping": M("rough_stone", "#7d786f"),
            "water": M("crystal", "#2f5d73"),
            "wood": M("wood_planks"),
            "iron": M("iron"),
            "rope": M("rope"),
            "roof": M("wood_planks", "#6d4a2c"),
        },
        parts=(
            RecipePart("ring", "stone", ("wall", "ring", "stones", "walls")),
            RecipePart("rim", "coping", ("rim", "coping", "edge")),
            RecipePart("water", "water", ("water",)),
            RecipePart("posts", "wood", ("posts", "post", "frame")),
            RecipePart("axle", "wood", ("axle", "windlass", "winch")),
            RecipePart("crank", "iron", ("crank", "handle")),
            RecipePart("rope", "rope", ("rope",)),
            RecipePart("bucket", "wood", ("bucket", "pail")),
            RecipePart("bucket_hoops", "iron", ("hoops", "bands")),
            RecipePart("handle", "iron", ("bail",)),
            RecipePart("roof", "roof", ("roof", "shingles", "canopy")),
        ),
        params=(
            Param(
                "roof",
                "bool",
                True,
                words={
                    "roofed": True,
                    "covered": True,
                    "open": False,
                    "roofless": False,
                    "uncovered": False,
                },
                doc="A roof on posts with a windlass and bucket.",
            ),
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "square"),
                words={
                    "round": "round",
                    "circular": "round",
                    "square": "square",
                    "rectangular": "square",
                    "boxy": "square",
                },
                doc="Shape of the stone ring.",
            ),
            Param(
                "bucket",
                "bool",
                True,
                words={"bucket": True, "pail": True, "bucketless": False},
                doc="A bucket on the rope (or on the rim of a well without a roof).",
            ),
        ),
        build=well,
        round=True,
        collider="box",
        description="A round stone well with a roof, windlass, rope and bucket.",
    ),
    Recipe(
        name="bell",
        category="market_town",
        nouns=("bell", "church bell", "town bell", "bronze bell", "alarm bell", "belfry"),
        synsets=("bell.n.01", "church_bell.n.01"),
        size=SizePrior((1.5, 2.1, 1.35), 0.25),
        materials={
            "bronze": M("brass", "#9a6a34"),
            "iron": M("iron", "#3c3f42"),
            "oak": M("wood_planks", "#6a4a2e"),
        },
        parts=(
            RecipePart("bell", "bronze", ("bell", "body", "crown", "lip")),
            RecipePart("clapper", "iron", ("clapper", "tongue")),
            RecipePart("yoke", "oak", ("yoke", "headstock", "beam")),
            RecipePart("straps", "iron", ("straps", "axle", "fittings")),
            RecipePart("frame", "oak", ("frame", "stand", "posts", "belfry", "gallows")),
        ),
        params=(
            Param(
                "frame",
                "bool",
                True,
                words={
                    "hanging": True,
                    "framed": True,
                    "frame": True,
                    "bare": False,
                    "loose": False,
                },
                doc="Hung from a timber A-frame (otherwise the bell on its yoke alone).",
            ),
        ),
        build=bell,
        collider="box",
        description="A bronze church bell on its yoke, hung in a timber A-frame.",
    ),
    Recipe(
        name="fire_hydrant",
        category="market_town",
        nouns=("fire hydrant", "hydrant", "fireplug", "fire plug"),
        synsets=("fireplug.n.01",),
        size=SizePrior((0.52, 0.8, 0.4), 0.25),
        materials={
            "paint": M("painted_metal", "#b3231b"),
            "cap": M("painted_metal", "#c9c4b5"),
            "bolts": M("iron", "#6b6e70"),
        },
        parts=(
            RecipePart("body", "paint", ("body", "barrel", "nozzles", "outlets")),
            RecipePart("bonnet", "cap", ("bonnet", "top", "dome")),
            RecipePart("caps", "cap", ("caps", "cap")),
            RecipePart("bolts", "bolts", ("bolts", "nuts", "nut")),
        ),
        build=fire_hydrant,
        collider="capsule",
        description="A cast-iron fire hydrant: a flanged barrel, a domed bonnet and three capped outlets.",
    ),
    Recipe(
        name="fountain",
        category="market_town",
        nouns=(
            "fountain",
            "town fountain",
            "drinking fountain",
            "water fountain",
            "tiered fountain",
            "birdbath",
        ),
        synsets=("fountain.n.01", "drinking_fountain.n.01", "birdbath.n.01"),
        size=SizePrior((3.12, 2.45, 3.12), 0.25),
        materials={
            "stone": M("marble", "#cfc9bd"),
            "water": M("crystal", "#3f7f9a"),
            "falling": M("crystal", "#9fd6e8"),
        },
        parts=(
            RecipePart(
                "basin",
                "stone",
                ("basin", "pool", "bowl", "bowls", "tiers", "pedestal", "column", "rim"),
            ),
            RecipePart("water", "water", ("water", "pool water")),
            RecipePart("streams", "falling", ("jets", "jet", "spray", "streams", "cascade")),
        ),
        params=(
            Param(
                "tiers",
                "int",
                2,
                1,
                3,
                count_nouns=("tiers", "tier", "bowls", "levels"),
                doc="Bowls stacked on the central column.",
            ),
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "octagonal"),
                words={
                    "round": "round",
                    "circular": "round",
                    "octagonal": "octagonal",
                    "eight-sided": "octagonal",
                },
                doc="Shape of the basin.",
            ),
        ),
        build=fountain,
        round=True,
        collider="mesh_convex",
        description="A stone fountain: a round basin of water, a column with tiered bowls spilling over.",
    ),
    Recipe(
        name="mailbox",
        category="market_town",
        nouns=(
            "mailbox",
            "postbox",
            "letter box",
            "letterbox",
            "pillar box",
            "post box",
            "mail box",
        ),
        synsets=("mailbox.n.01", "postbox.n.01"),
        size=SizePrior((0.54, 1.48, 0.54), 0.25),
        materials={
            "paint": M("painted_metal", "#b3231b"),
            "trim": M("painted_metal", "#2a2a2a"),
            "hollow": M("soil", "#15110e"),
            "plate": M("brass", "#c9a55a"),
            "wood": M("wood_planks", "#6a4a2e"),
            "flag": M("painted_metal", "#d4301f"),
        },
        parts=(
            RecipePart("body", "paint", ("body", "box", "cap", "door")),
            RecipePart("slot", "hollow", ("slot", "opening")),
            RecipePart("plate", "plate", ("plate", "sign", "plaque")),
            RecipePart("trim", "trim", ("band", "trim")),
            RecipePart("door", "trim", ("door", "lid")),
            RecipePart("post", "wood", ("post", "pole", "stand")),
            RecipePart("flag", "flag", ("flag",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "pillar",
                choices=("pillar", "rural"),
                words={
                    "pillar": "pillar",
                    "postbox": "pillar",
                    "british": "pillar",
                    "rural": "rural",
                    "american": "rural",
                    "country": "rural",
                    "farm": "rural",
                },
                doc="A round pillar box, or a rural mailbox on a post.",
            ),
        ),
        build=mailbox,
        collider="capsule",
        description="A red cast-iron pillar box with a domed cap, a letter slot and a door.",
    ),
]
