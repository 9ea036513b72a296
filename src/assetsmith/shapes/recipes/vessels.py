"""Containers turned on a lathe: bucket, jar, urn, vase, bottle, jug.

Hollow vessels are lathe profiles that go up the outside and back down the inside, so an open
mouth shows a wall thickness and a dark inside."""

from __future__ import annotations

from ..dsl import box, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _wall(outside: list[list[float]], t: float, floor: float) -> list[list[float]]:
    """A vessel profile: `outside` ([r, y] from the bottom centre up to the lip), then back down
    the inside `t` thinner to a floor `floor` above the base."""
    inside = [[max(r - t, 0.0), max(y, floor)] for r, y in reversed(outside[1:])]
    out: list[list[float]] = []
    for q in outside + inside + [[0.0, floor]]:  # points pulled down to the floor may repeat
        if not out or abs(q[0] - out[-1][0]) > 1e-9 or abs(q[1] - out[-1][1]) > 1e-9:
            out.append(q)
    return out


def _radius_at(out: list[list[float]], y: float) -> float:
    """The profile's radius at height y (straight between its points)."""
    for (r0, y0), (r1, y1) in zip(out, out[1:], strict=False):
        if y0 <= y <= y1 and y1 > y0:
            return r0 + (r1 - r0) * (y - y0) / (y1 - y0)
    return max(r for r, _ in out)


def bucket(p) -> dict:
    metal = p.style == "metal"
    r0, r1, h = (0.12, 0.15, 0.28) if not metal else (0.12, 0.155, 0.27)
    out: list[list[float]] = [[0, 0], [r0, 0], [r1, h]]
    parts = [
        part(
            "body" if not metal else "pail",
            "wood" if not metal else "metal",
            lathe(_wall(out, 0.018 if not metal else 0.004, 0.02), crease=40),
        ).uv("cylindrical")
    ]
    if not metal:  # iron hoops round the staves
        for k, y in enumerate((0.04, 0.2)):
            r = r0 + (r1 - r0) * (y + 0.015) / h + 0.002
            parts.append(
                part(
                    f"hoop_{k}", "iron", cylinder(r, 0.03, inner_radius=r - 0.012), part="hoops"
                ).at(0, y, 0)
            )
    else:  # a rolled rim and two pressed ridges
        parts += [
            part("rim", "metal", torus(r1, 0.006), part="pail").at(0, h - 0.006, 0),
            *(
                part(
                    f"ridge_{k}", "metal", torus(r0 + (r1 - r0) * y / h + 0.001, 0.004), part="pail"
                ).at(0, y, 0)
                for k, y in enumerate((0.07, 0.17))
            ),
        ]
    # The bail: a half ring over the top hooked into two lugs.
    parts += [
        part("lugs", "iron", box([0.02, 0.05, 0.03], bevel=0.004), part="handle")
        .array(2, [2 * r1 + 0.01, 0, 0], center=True)
        .at(0, h - 0.07, 0),
        part("bail", "iron", torus(r1 + 0.012, 0.005, arc=180), part="handle")
        .rotate(x=-90)
        .at(0, h - 0.05, 0),
    ]
    if metal:
        parts.append(
            part("grip", "wood", cylinder(0.014, 0.1, bevel=0.004), part="grip")
            .rotate(z=90)
            .at(0.05, h - 0.05 + r1 + 0.012 - 0.013, 0)
        )
    if p.water:
        parts.append(
            part("water", "water", cylinder(r1 - 0.02, 0.006), part="water").at(0, h - 0.05, 0)
        )
    return program(*parts, collider="mesh_convex")


def jar(p) -> dict:
    out: list[list[float]] = [
        [0, 0],
        [0.05, 0],
        [0.056, 0.006],
        [0.058, 0.02],
        [0.058, 0.1],
        [0.052, 0.12],
        [0.04, 0.13],
        [0.038, 0.142],
        [0.042, 0.146],
        [0.042, 0.152],
    ]
    parts = [part("jar", "glass", lathe(_wall(out, 0.004, 0.006), crease=40))]
    lid = p.lid
    if lid == "cork":
        parts.append(
            part("cork", "cork", cylinder(0.036, 0.04, bevel=0.004))
            .taper(1.12)
            .at(0, 0.125, 0)
            .uv("cylindrical")
        )
    elif lid == "metal":
        parts.append(
            part("cap", "tin", cylinder(0.046, 0.022, bevel=0.003), part="cork_cap").at(0, 0.138, 0)
        )
    elif lid == "cloth":
        parts += [
            part(
                "cloth",
                "cloth",
                lathe(
                    [
                        [0, 0.024],
                        [0.04, 0.021],
                        [0.046, 0.008],
                        [0.05, -0.01],
                        [0.053, -0.012],
                        [0.0475, 0.008],
                        [0.042, 0.025],
                        [0, 0.028],
                    ],
                    smooth=True,
                ),
                part="cloth",
            ).at(0, 0.14, 0),
            part("string", "string", torus(0.0445, 0.0025), part="string").at(0, 0.14, 0),
        ]
    if p.filled:  # contents seen through the glass: a plug a little smaller than the jar
        parts.append(
            part("contents", "contents", cylinder(0.052, 0.085, bevel=0.004)).at(0, 0.007, 0)
        )
    return program(*parts, collider="capsule")


def urn(p) -> dict:
    out: list[list[float]] = [
        [0, 0],
        [0.085, 0],
        [0.085, 0.018],
        [0.06, 0.03],
        [0.05, 0.07],
        [0.09, 0.1],
        [0.145, 0.19],
        [0.15, 0.24],
        [0.13, 0.32],
        [0.085, 0.36],
        [0.072, 0.38],
        [0.078, 0.4],
        [0.09, 0.41],
    ]
    parts = [
        part("body", "clay", lathe(_wall(out, 0.01, 0.04), smooth=True, crease=70)),
        part("bands", "paint", cylinder(0.1505, 0.035, inner_radius=0.13), part="bands").at(
            0, 0.205, 0
        ),
        part("neck_band", "paint", cylinder(0.081, 0.015, inner_radius=0.07), part="bands").at(
            0, 0.37, 0
        ),
    ]
    if p.lid:
        parts += [
            part(
                "lid",
                "clay",
                lathe(
                    [
                        [0, 0],
                        [0.072, 0],
                        [0.072, 0.012],
                        [0.094, 0.016],
                        [0.088, 0.03],
                        [0.05, 0.06],
                        [0.02, 0.07],
                        [0.025, 0.09],
                        [0.02, 0.105],
                        [0, 0.11],
                    ],
                    smooth=True,
                ),
                part="lid",
            ).at(0, 0.39, 0)
        ]
    if p.handles:
        parts.append(
            part(
                "handles",
                "clay",
                sweep(
                    [
                        [0.0, 0.0, 0],
                        [0.05, 0.01, 0],
                        [0.07, 0.05, 0],
                        [0.03, 0.09, 0],
                        [0.0, 0.09, 0],
                    ],
                    0.012,
                    curve="smooth",
                ),
                part="body",
            )
            .moved(0.12, 0, 0)
            .mirror("x")
            .at(0, 0.24, 0)
        )
    return program(*parts, collider="mesh_convex")


def vase(p) -> dict:
    shape = p.shape
    if shape == "round":
        out: list[list[float]] = [
            [0, 0],
            [0.06, 0],
            [0.065, 0.01],
            [0.11, 0.06],
            [0.13, 0.13],
            [0.11, 0.2],
            [0.05, 0.25],
            [0.04, 0.28],
            [0.055, 0.3],
        ]
    elif shape == "amphora":
        out = [
            [0, 0],
            [0.02, 0],
            [0.04, 0.03],
            [0.1, 0.12],
            [0.13, 0.26],
            [0.11, 0.36],
            [0.05, 0.42],
            [0.045, 0.5],
            [0.06, 0.52],
        ]
    else:  # a baluster: foot, swelling body, slim neck, flared lip
        out = [
            [0, 0],
            [0.06, 0],
            [0.06, 0.012],
            [0.05, 0.025],
            [0.085, 0.08],
            [0.105, 0.16],
            [0.09, 0.23],
            [0.045, 0.28],
            [0.04, 0.32],
            [0.07, 0.36],
        ]
    h = out[-1][1]
    parts = [part("body", "porcelain", lathe(_wall(out, 0.006, 0.02), smooth=True, crease=70))]
    if shape != "amphora":  # painted bands round the shoulder and foot
        y_band = h * 0.55
        rb = _radius_at(out, y_band) + 0.003
        parts.append(
            part("bands", "glaze", cylinder(rb, 0.018, inner_radius=rb - 0.02))
            .array(2, [0, 0.045, 0], center=True)
            .at(0, y_band - 0.02, 0)
        )
    else:
        parts.append(
            part(
                "handles",
                "porcelain",
                sweep(
                    [
                        [0.0, 0.0, 0],
                        [0.06, 0.02, 0],
                        [0.07, 0.1, 0],
                        [0.02, 0.14, 0],
                        [0.0, 0.14, 0],
                    ],
                    0.01,
                    curve="smooth",
                ),
                part="body",
            )
            .moved(0.04, 0, 0)
            .mirror("x")
            .at(0, 0.34, 0)
        )
    if p.flowers:
        rng = p.rng
        parts += [
            part("stems", "stem", cylinder(0.004, 0.3))
            .turned(x=14)
            .radial(5, jitter={"rotate": [6, 30, 0]})
            .at(0, h - 0.12, 0),
            part("blooms", "bloom", sphere(0.03, kind="ico"))
            .scale([1.0, 0.6, 1.0])
            .moved(0, 0, 0.07)
            .radial(5, start=float(rng.uniform(0, 60)), jitter={"translate": [0.01, 0.03, 0.01]})
            .at(0, h + 0.16, 0),
            part(
                "leaves",
                "stem",
                extrude([[0, 0], [0.025, 0.03], [0.0, 0.09], [-0.02, 0.03]], 0.003, smooth=True),
                part="stems",
            )
            .turned(x=40)
            .moved(0, 0, 0.01)
            .radial(4, start=20)
            .at(0, h - 0.01, 0),
        ]
    return program(*parts, collider="mesh_convex")


def bottle(p) -> dict:
    shape = p.shape
    if shape == "flask":  # a round-bodied flask with a long neck (a potion bottle)
        out: list[list[float]] = [
            [0, 0],
            [0.04, 0],
            [0.075, 0.03],
            [0.085, 0.085],
            [0.065, 0.14],
            [0.02, 0.17],
            [0.018, 0.23],
            [0.024, 0.235],
            [0.024, 0.245],
        ]
        glass = part(
            "glass",
            "flask_glass",
            lathe(_wall(out, 0.003, 0.004), smooth=True, crease=70),
            part="glass",
        )
        stopper = (
            part("cork", "cork", cylinder(0.017, 0.035, bevel=0.004)).taper(1.15).at(0, 0.225, 0)
        )
        return program(glass, stopper, collider="capsule")
    if shape == "beer":
        out = [
            [0, 0],
            [0.03, 0],
            [0.031, 0.003],
            [0.031, 0.13],
            [0.028, 0.15],
            [0.016, 0.18],
            [0.013, 0.22],
            [0.0145, 0.222],
            [0.0145, 0.23],
        ]
        top = part("cap", "cap", cylinder(0.0155, 0.008, bevel=0.002), part="cork").at(0, 0.226, 0)
        label = (0.0315, 0.035, 0.06)
        role = "beer_glass"
    else:  # a wine bottle: straight body, round shoulders, long neck, a foil capsule on top
        out = [
            [0, 0],
            [0.036, 0],
            [0.037, 0.004],
            [0.037, 0.19],
            [0.032, 0.215],
            [0.018, 0.24],
            [0.0145, 0.27],
            [0.0145, 0.3],
            [0.016, 0.302],
            [0.016, 0.308],
        ]
        top = part("capsule", "foil", cylinder(0.0162, 0.045, bevel=0.002), part="cork").at(
            0, 0.266, 0
        )
        label = (0.0375, 0.06, 0.075)
        role = "wine_glass"
    parts = [
        part("glass", role, lathe(_wall(out, 0.003, 0.006), smooth=True, crease=50), part="glass"),
        top,
    ]
    if p.label:
        r, y, lh = label
        parts.append(
            part("label", "paper", cylinder(r + 0.0008, lh, inner_radius=r - 0.001))
            .at(0, y, 0)
            .uv("cylindrical")
        )
    return program(*parts, collider="capsule")


def jug(p) -> dict:
    pitcher = p.style == "pitcher"
    if pitcher:  # a wide mouth with a pinched spout
        out: list[list[float]] = [
            [0, 0],
            [0.06, 0],
            [0.065, 0.01],
            [0.085, 0.07],
            [0.088, 0.12],
            [0.07, 0.19],
            [0.068, 0.22],
            [0.075, 0.245],
        ]
    else:  # a round belly and a narrow neck
        out = [
            [0, 0],
            [0.06, 0],
            [0.066, 0.01],
            [0.1, 0.07],
            [0.105, 0.12],
            [0.085, 0.17],
            [0.04, 0.2],
            [0.032, 0.23],
            [0.038, 0.245],
            [0.038, 0.25],
        ]
    h = out[-1][1]
    parts = [part("body", "clay", lathe(_wall(out, 0.006, 0.012), smooth=True, crease=70))]
    # A strap handle from under the lip down to the belly, at the back.
    top_r = out[-2][0]
    handle = [[0.0, 0.0, 0], [0.04, 0.0, 0], [0.075, -0.03, 0], [0.075, -0.08, 0], [0.04, -0.12, 0]]
    parts.append(
        part(
            "handle",
            "clay",
            sweep(
                handle,
                0.011,
                curve="smooth",
                section=[[-1.4, -0.55], [1.4, -0.55], [1.4, 0.55], [-1.4, 0.55]],
            ),
            part="body",
        )
        .rotate(y=180)
        .at(-top_r + 0.005, h - 0.025, 0)
    )
    if pitcher:
        # The pouring lip: a wedge rising out of the rim, seen from the side.
        parts.append(
            part(
                "spout",
                "clay",
                extrude(
                    [[0.0, 0.0], [0.045, 0.022], [0.045, 0.03], [0.0, 0.016]], 0.05, bevel=0.005
                ),
                part="body",
            ).at(top_r - 0.012, h - 0.024, 0)
        )
    elif p.cork:
        parts.append(
            part("cork", "cork", cylinder(0.03, 0.035, bevel=0.004)).taper(1.15).at(0, h - 0.02, 0)
        )
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="bucket",
        category="containers",
        nouns=(
            "bucket",
            "pail",
            "wooden bucket",
            "metal bucket",
            "water bucket",
            "milk pail",
            "tin bucket",
        ),
        synsets=("bucket.n.01",),
        size=SizePrior((0.33, 0.4, 0.3), 0.25),
        materials={
            "wood": M("wood_planks", "#8a6038"),
            "iron": M("iron", "#3f4245"),
            "metal": M("iron", "#8d9296"),
            "water": M("crystal", "#2f5d73"),
            "grip_wood": M("wood_planks", "#6d4a2c"),
        },
        parts=(
            RecipePart("body", "wood", ("body", "staves", "sides", "wood")),
            RecipePart("pail", "metal", ("body", "pail", "sides", "metal")),
            RecipePart("hoops", "iron", ("hoops", "hoop", "bands", "rings")),
            RecipePart("handle", "iron", ("handle", "bail", "lugs")),
            RecipePart("grip", "grip_wood", ("grip",)),
            RecipePart("water", "water", ("water",)),
        ),
        params=(
            Param(
                "style",
                "choice",
                "wooden",
                choices=("wooden", "metal"),
                words={
                    "wooden": "wooden",
                    "wood": "wooden",
                    "oak": "wooden",
                    "metal": "metal",
                    "tin": "metal",
                    "steel": "metal",
                    "iron": "metal",
                    "zinc": "metal",
                    "galvanized": "metal",
                    "galvanised": "metal",
                    "rusty": "metal",
                },
                doc="A staved wooden bucket with iron hoops, or a pressed metal pail.",
            ),
            Param(
                "water",
                "bool",
                False,
                words={"water": True, "full": True, "filled": True, "empty": False},
                doc="Water near the brim.",
            ),
        ),
        build=bucket,
        round=True,
        collider="mesh_convex",
        description="A wooden bucket with iron hoops and a bail handle (or a metal pail).",
    ),
    Recipe(
        name="jar",
        category="containers",
        nouns=(
            "jar",
            "jam jar",
            "mason jar",
            "glass jar",
            "pickle jar",
            "cookie jar",
            "crock",
            "specimen jar",
        ),
        synsets=("jar.n.01", "mason_jar.n.01", "cookie_jar.n.01"),
        size=SizePrior((0.12, 0.17, 0.12), 0.25),
        materials={
            "glass": M("crystal", "#cfe3e6"),
            "cork": M("end_grain", "#b08a5a"),
            "tin": M("painted_metal", "#b8892f"),
            "cloth": M("fabric", "#c23b32"),
            "string": M("rope"),
            "contents": M("organic", "#8c1f2a"),
        },
        parts=(
            RecipePart("jar", "glass", ("jar", "glass", "body")),
            RecipePart("cork", "cork", ("cork", "stopper", "lid")),
            RecipePart("cork_cap", "tin", ("cap", "lid")),
            RecipePart("cloth", "cloth", ("cloth", "cover", "gingham")),
            RecipePart("string", "string", ("string", "twine", "cord")),
            RecipePart(
                "contents", "contents", ("jam", "contents", "honey", "pickles", "preserves")
            ),
        ),
        params=(
            Param(
                "lid",
                "choice",
                "cork",
                choices=("cork", "metal", "cloth", "none"),
                words={
                    "cork": "cork",
                    "corked": "cork",
                    "stopper": "cork",
                    "metal": "metal",
                    "screw": "metal",
                    "cap": "metal",
                    "cloth": "cloth",
                    "covered": "cloth",
                    "open": "none",
                    "lidless": "none",
                },
                doc="A cork, a metal screw cap, a cloth tied over the mouth, or none.",
            ),
            Param(
                "filled",
                "bool",
                True,
                words={"empty": False, "full": True, "filled": True, "jam": True, "honey": True},
                doc="Contents inside (jam, honey).",
            ),
        ),
        build=jar,
        round=True,
        collider="capsule",
        description="A glass jar with a cork, filled with jam.",
    ),
    Recipe(
        name="urn",
        category="containers",
        nouns=(
            "urn",
            "funerary urn",
            "funeral urn",
            "cinerary urn",
            "burial urn",
            "amphora urn",
            "canopic jar",
        ),
        synsets=("urn.n.01", "canopic_jar.n.01"),
        size=SizePrior((0.4, 0.5, 0.3), 0.25),
        materials={"clay": M("ceramic", "#9a5a36"), "paint": M("ceramic", "#231d1a")},
        parts=(
            RecipePart("body", "clay", ("body", "urn", "handles", "vessel")),
            RecipePart("lid", "clay", ("lid", "cover", "knob")),
            RecipePart("bands", "paint", ("bands", "band", "decoration", "pattern", "paint")),
        ),
        params=(
            Param(
                "lid",
                "bool",
                True,
                words={"lidded": True, "covered": True, "open": False, "lidless": False},
                doc="A domed lid with a knob.",
            ),
            Param(
                "handles",
                "bool",
                True,
                words={"handles": True, "handled": True, "handleless": False},
                doc="Two loop handles on the shoulders.",
            ),
        ),
        build=urn,
        round=True,
        collider="mesh_convex",
        description="A terracotta funerary urn on a foot, with painted bands, handles and a lid.",
    ),
    Recipe(
        name="vase",
        category="containers",
        nouns=("vase", "flower vase", "porcelain vase", "ming vase", "amphora", "flowerpot vase"),
        synsets=("vase.n.01", "amphora.n.01"),
        size=SizePrior((0.21, 0.36, 0.21), 0.25),
        materials={
            "porcelain": M("ceramic", "#ece9e2"),
            "glaze": M("ceramic", "#2d4f8f"),
            "stem": M("foliage", "#4a7a2c"),
            "bloom": M("organic", "#c8343c"),
        },
        parts=(
            RecipePart("body", "porcelain", ("body", "vase", "porcelain", "china", "handles")),
            RecipePart("bands", "glaze", ("bands", "pattern", "decoration", "glaze", "stripes")),
            RecipePart("stems", "stem", ("stems", "leaves", "stalks")),
            RecipePart("blooms", "bloom", ("flowers", "blooms", "roses", "petals")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "baluster",
                choices=("baluster", "round", "amphora"),
                words={
                    "round": "round",
                    "bulbous": "round",
                    "globular": "round",
                    "amphora": "amphora",
                    "greek": "amphora",
                    "handled": "amphora",
                    "tall": "baluster",
                    "classic": "baluster",
                },
                doc="A baluster vase, a round one, or a two-handled amphora.",
            ),
            Param(
                "flowers",
                "bool",
                False,
                words={
                    "flowers": True,
                    "flower": True,
                    "bouquet": True,
                    "roses": True,
                    "blooms": True,
                },
                doc="A few flowers in it.",
            ),
        ),
        build=vase,
        round=True,
        collider="mesh_convex",
        description="A porcelain baluster vase with painted bands (with flowers).",
    ),
    Recipe(
        name="bottle",
        category="containers",
        nouns=(
            "bottle",
            "wine bottle",
            "beer bottle",
            "glass bottle",
            "decanter",
            "carafe",
            "rum bottle",
            "ale bottle",
        ),
        synsets=("bottle.n.01", "wine_bottle.n.01", "beer_bottle.n.01", "carafe.n.01"),
        size=SizePrior((0.075, 0.31, 0.075), 0.25),
        materials={
            "wine_glass": M("crystal", "#2f5a34"),
            "beer_glass": M("crystal", "#6b3f16"),
            "flask_glass": M("crystal", "#9fd3e6"),
            "foil": M("painted_metal", "#6e1a22"),
            "cap": M("iron", "#b8b2a0"),
            "cork": M("end_grain", "#b08a5a"),
            "paper": M("paper", "#e8dcc0"),
        },
        parts=(
            RecipePart("glass", "wine_glass", ("glass", "bottle", "body")),
            RecipePart("cork", "foil", ("capsule", "foil", "cap", "top", "cork", "stopper")),
            RecipePart("label", "paper", ("label",)),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "wine",
                choices=("wine", "beer", "flask"),
                words={
                    "wine": "wine",
                    "champagne": "wine",
                    "beer": "beer",
                    "ale": "beer",
                    "soda": "beer",
                    "flask": "flask",
                    "potion": "flask",
                    "round": "flask",
                    "vial": "flask",
                    "elixir": "flask",
                },
                doc="A wine bottle, a beer bottle, or a round flask with a cork.",
            ),
            Param(
                "label",
                "bool",
                True,
                words={
                    "label": True,
                    "labelled": True,
                    "labeled": True,
                    "unlabelled": False,
                    "plain": False,
                },
                doc="A paper label round the body.",
            ),
        ),
        build=bottle,
        round=True,
        collider="capsule",
        description="A green glass wine bottle with a foil capsule and a label.",
    ),
    Recipe(
        name="jug",
        category="containers",
        nouns=("jug", "pitcher", "ewer", "clay jug", "water jug", "milk jug", "flagon", "creamer"),
        synsets=("jug.n.01", "pitcher.n.02", "flagon.n.01"),
        size=SizePrior((0.23, 0.25, 0.21), 0.25),
        materials={"clay": M("ceramic", "#a86a42"), "cork": M("end_grain", "#b08a5a")},
        parts=(
            RecipePart("body", "clay", ("body", "jug", "handle", "spout", "belly")),
            RecipePart("cork", "cork", ("cork", "stopper")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "jug",
                choices=("jug", "pitcher"),
                words={
                    "jug": "jug",
                    "pitcher": "pitcher",
                    "ewer": "pitcher",
                    "creamer": "pitcher",
                    "spouted": "pitcher",
                },
                doc="A narrow-necked jug, or a pitcher with a wide mouth and a spout.",
            ),
            Param(
                "cork",
                "bool",
                False,
                words={"corked": True, "stoppered": True, "cork": True},
                doc="A cork in the jug's neck.",
            ),
        ),
        build=jug,
        collider="mesh_convex",
        description="A clay jug with a round belly, narrow neck and strap handle.",
    ),
]
