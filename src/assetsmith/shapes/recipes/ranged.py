"""Ranged weapons: bow, arrow, quiver, crossbow, pistol, rifle, cannon.

Hand-held ones stand upright on their lowest end (a bow on its lower tip, an arrow on its nock, a
crossbow and a rifle on the butt, a pistol on its grip as it is held), the silhouette facing the
front (+Z). The cannon stands on its carriage, muzzle towards +X."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, extrude, lathe, part, program, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .hafts import finer

M = MaterialRole


# -- bows and arrows ---------------------------------------------------------------------------


def _limb_path(height: float, draw: float, recurve: bool, n: int = 9) -> list[list[float]]:
    """The bow's centre line in the XY plane, from the lower tip up: the grip at x = 0, the limbs
    bending back (-X) towards the string; a recurve's tips flick forward again."""
    pts = []
    for i in range(n):
        t = 2 * i / (n - 1) - 1  # -1 .. 1
        x = -draw * t * t
        if recurve and abs(t) > 0.75:
            x += draw * 1.6 * (abs(t) - 0.75) / 0.25 * (abs(t) - 0.75)
        pts.append([round(x, 5), round((t + 1) / 2 * height, 5), 0.0])
    return pts


def bow(p) -> dict:
    recurve = p.style == "recurve"
    h, draw = (1.35, 0.17) if recurve else (1.8, 0.2)
    path = _limb_path(h, draw, recurve)
    radii = [
        0.007 + 0.011 * (1 - abs(2 * i / (len(path) - 1) - 1)) ** 0.7 for i in range(len(path))
    ]
    tip_lo, tip_hi = path[0], path[-1]
    string_x = tip_lo[0] + 0.004
    parts = [
        part("limbs", "wood", sweep(path, radii=radii, curve="smooth", caps="round")).detail(1.5),
        part("grip", "leather", cylinder(0.024, 0.16, bevel=0.004))
        .uv("cylindrical")
        .at(0, h / 2 - 0.08, 0),
        part("nocks", "horn", cone(0.011, 0.05, radius_top=0.004), part="nocks").at(
            tip_hi[0], tip_hi[1] - 0.04, 0
        ),
        part("nocks_low", "horn", cone(0.011, 0.05, radius_top=0.004), part="nocks")
        .rotate(x=180)
        .at(tip_lo[0], tip_lo[1] + 0.04, 0),
    ]
    if p.strung:
        parts.append(
            part("string", "string", cylinder(0.003, h - 0.04)).at(string_x, 0.02, 0).detail(0.4)
        )
    return program(*finer(parts, 3.0), collider="box")


def _arrows(
    prefix: str,
    length: float,
    rings: list[tuple[int, float]],
    head: str | None,
    tilt: float = 0.0,
    nock_up: bool = False,
) -> list:
    """Arrows, one per position of the (count, radius) rings about the Y axis, leaning out by
    `tilt` degrees: standing on their nocks, or (`nock_up`) on their points as in a quiver;
    `head` None leaves the heads off (hidden in a quiver)."""
    vane = extrude(
        [[0, 0], [0.012, 0.02], [0.014, 0.1], [0.002, 0.12], [0, 0.12]], 0.0012, axis="x"
    )
    if head == "broadhead":
        tip = extrude([[-0.011, 0], [0.011, 0], [0.003, 0.05], [0, 0.065], [-0.003, 0.05]], 0.003)
    else:
        tip = cone(0.0055, 0.05, sides=4)
    out = []
    for k, (count, radius) in enumerate(rings):

        def place(q, count=count, radius=radius, k=k):
            if tilt:
                q = q.turned(x=tilt)
            if radius:
                return q.moved(0, 0, radius).radial(count, start=25 * k)
            return q

        out.append(
            place(
                part(
                    f"{prefix}shaft_{k}",
                    "wood",
                    cylinder(0.0042, length - 0.01),
                    part=f"{prefix}shafts",
                ).moved(0, 0.008, 0)
            )
        )
        if head:
            out.append(
                place(
                    part(f"{prefix}head_{k}", "iron", tip, part=f"{prefix}heads").moved(
                        0, length - 0.005, 0
                    )
                )
            )
        out.append(
            place(
                part(f"{prefix}fletching_{k}", "feather", vane, part=f"{prefix}fletching")
                .moved(0, length - 0.15 if nock_up else 0.02, 0.003)
                .radial(3)
            )
        )
    return out


def _rings(n: int, step: float) -> list[tuple[int, float]]:
    """Positions of n arrows packed about a centre: (count, radius) rings."""
    if n <= 1:
        return [(1, 0.0)]
    if n <= 7:
        return [(1, 0.0), (n - 1, step)]
    return [(1, 0.0), (6, step), (n - 7, 2 * step)]


def arrow(p) -> dict:
    n = p.count
    parts = _arrows("", 0.76, _rings(n, 0.0095), p.head, tilt=1.5 if n > 1 else 0.0)
    if n > 1:  # tied round the middle with a cord
        r = 0.0095 * (1 if n <= 7 else 2) + 0.006
        parts.append(
            part("binding", "rope", torus(r, 0.0028)).array(2, [0, 0.22, 0]).at(0, 0.25, 0)
        )
    return program(*finer(parts, 2.0), collider="box")


def quiver(p) -> dict:
    h, r = 0.6, 0.065
    parts = [
        part(
            "body",
            "leather",
            lathe(
                [
                    [0, 0],
                    [r * 0.85, 0],
                    [r * 0.9, 0.01],
                    [r, h * 0.5],
                    [r * 1.08, h],
                    [r * 1.0, h],
                    [r * 0.96, h * 0.55],
                    [r * 0.8, 0.02],
                    [0, 0.02],
                ],
                crease=40,
            ),
        ).uv("cylindrical"),
        part(
            "bands", "dark_leather", cylinder(r * 1.1, 0.035, inner_radius=r * 0.95), part="bands"
        ).at(0, h - 0.045, 0),
        part("base", "dark_leather", cylinder(r * 0.9, 0.03, bevel=0.008), part="bands"),
        part(
            "strap",
            "dark_leather",
            sweep(
                [[0.0, 0.08, -r - 0.01], [0.0, 0.3, -r - 0.05], [0.0, 0.58, -r - 0.03]],
                0.01,
                curve="smooth",
                section=[[-2, -0.4], [2, -0.4], [2, 0.4], [-2, 0.4]],
            ),
            part="bands",
        ),
    ]
    if p.arrows:
        # Stored point down: the fletching stands out of the mouth, the arrows fanning a little.
        n = p.arrows
        rings = [(1, 0.0)] if n == 1 else _rings(n, 0.024)
        parts += [
            q.at(0, 0.05, 0) for q in _arrows("a_", 0.76, rings, None, tilt=3.0, nock_up=True)
        ]
    return program(*finer(parts, 1.5), collider="capsule")


# -- crossbow ------------------------------------------------------------------------------------


def crossbow(p) -> dict:
    # Upright: butt at y = 0, stirrup up; the prod spans X; the bolt groove faces the front (+Z).
    stock = extrude(
        [
            [-0.035, 0.0],
            [0.035, 0.0],
            [0.04, 0.22],
            [0.02, 0.3],
            [0.03, 0.88],
            [-0.02, 0.88],
            [-0.03, 0.36],
            [-0.09, 0.34],
            [-0.1, 0.3],
            [-0.04, 0.26],
        ],
        0.05,
        axis="x",
        bevel=0.006,
    )
    prod_y = 0.78
    span = 0.36 if p.size_class == "heavy" else 0.3
    prod = [
        [-span, prod_y - 0.09, 0.01],
        [-span * 0.5, prod_y - 0.02, 0.01],
        [0, prod_y, 0.01],
        [span * 0.5, prod_y - 0.02, 0.01],
        [span, prod_y - 0.09, 0.01],
    ]
    nut_y = 0.42 if p.loaded else prod_y - 0.1
    parts = [
        part("stock", "wood", stock).uv("box"),
        part(
            "prod",
            "steel",
            sweep(prod, radii=[0.007, 0.012, 0.016, 0.012, 0.007], curve="smooth", caps="round"),
        ).detail(1.5),
        part(
            "string",
            "string",
            sweep(
                [[-span, prod_y - 0.09, 0.012], [0, nut_y, 0.03], [span, prod_y - 0.09, 0.012]],
                0.0025,
            ),
        ).detail(0.5),
        part("stirrup", "steel", torus(0.06, 0.008, arc=220), part="fittings")
        .rotate(x=90)
        .at(0, 0.87, 0.0),
        part("nut", "steel", cylinder(0.016, 0.03), part="fittings")
        .rotate(x=90)
        .at(0, nut_y, 0.018),
        part(
            "trigger",
            "steel",
            sweep([[0, 0.4, -0.03], [0, 0.3, -0.06], [0, 0.16, -0.07]], 0.006, curve="smooth"),
            part="fittings",
        ),
        part("lashing", "rope", cylinder(0.04, 0.05), part="lashing")
        .at(0, prod_y - 0.04, 0)
        .detail(0.6),
    ]
    if p.loaded:
        parts += [
            part("bolt", "wood", cylinder(0.005, 0.42), part="bolt").at(0, nut_y, 0.032),
            part("bolt_head", "steel", cone(0.008, 0.04, sides=4), part="fittings").at(
                0, nut_y + 0.42, 0.032
            ),
        ]
    return program(*finer(parts, 1.5), collider="box")


# -- firearms ------------------------------------------------------------------------------------


def pistol(p) -> dict:
    # As held: barrel along +X, the grip down and back; it stands on the butt of its grip.
    if p.style == "revolver":
        return _revolver()
    grip = [
        [-0.16, 0.0],
        [-0.12, 0.0],
        [-0.07, 0.07],
        [-0.03, 0.095],
        [0.14, 0.105],
        [0.14, 0.135],
        [-0.05, 0.14],
        [-0.1, 0.12],
        [-0.17, 0.03],
    ]
    return program(
        *finer(
            [
                part("stock", "wood", extrude(grip, 0.034, smooth=True, crease=50, bevel=0.006)).uv(
                    "box"
                ),
                part("butt_cap", "brass", sphere(0.024), part="fittings")
                .scale([1.1, 0.7, 0.9])
                .at(-0.148, -0.004, 0),
                part("barrel", "iron", cylinder(0.012, 0.27, sides=8))
                .rotate(z=-90)
                .at(0.0, 0.145, 0),
                part("muzzle", "brass", cylinder(0.015, 0.02), part="fittings")
                .rotate(z=-90)
                .at(0.25, 0.145, 0),
                part("lock", "iron", box([0.08, 0.03, 0.006], bevel=0.002), part="lock").at(
                    -0.03, 0.112, 0.018
                ),
                part(
                    "hammer",
                    "iron",
                    extrude(
                        [
                            [0, 0],
                            [0.012, 0],
                            [0.006, 0.03],
                            [-0.012, 0.048],
                            [-0.018, 0.04],
                            [-0.004, 0.026],
                        ],
                        0.006,
                    ),
                    part="lock",
                ).at(-0.055, 0.135, 0.02),
                part("frizzen", "iron", box([0.008, 0.03, 0.012]), part="lock").at(
                    -0.008, 0.14, 0.014
                ),
                part("guard", "brass", torus(0.022, 0.003, arc=200), part="fittings")
                .rotate(x=90)
                .at(-0.02, 0.1, 0),
                part("trigger", "iron", box([0.004, 0.022, 0.004]), part="lock")
                .rotate(z=-15)
                .at(-0.02, 0.082, 0),
                part("ramrod", "wood", cylinder(0.004, 0.16), part="stock")
                .rotate(z=-90)
                .at(0.08, 0.123, 0),
            ],
            2.0,
        ),
        collider="box",
    )


def _revolver() -> dict:
    grip = [
        [-0.14, 0.0],
        [-0.1, 0.0],
        [-0.07, 0.06],
        [-0.05, 0.095],
        [-0.08, 0.105],
        [-0.12, 0.08],
        [-0.15, 0.02],
    ]
    frame = [[-0.08, 0.09], [0.04, 0.09], [0.05, 0.1], [0.06, 0.15], [-0.05, 0.15], [-0.08, 0.12]]
    return program(
        *finer(
            [
                part("stock", "wood", extrude(grip, 0.03, smooth=True, crease=50, bevel=0.005)).uv(
                    "box"
                ),
                part("frame", "iron", extrude(frame, 0.026, bevel=0.003), part="lock"),
                part("cylinder", "iron", cylinder(0.022, 0.048, bevel=0.004), part="lock")
                .rotate(z=-90)
                .at(-0.022, 0.125, 0),
                part("barrel", "iron", cylinder(0.009, 0.16)).rotate(z=-90).at(0.05, 0.14, 0),
                part("rib", "iron", box([0.16, 0.008, 0.01]), part="barrel").at(0.13, 0.147, 0),
                part("sight", "iron", box([0.006, 0.01, 0.003]), part="barrel").at(0.2, 0.15, 0),
                part("hammer", "iron", box([0.01, 0.028, 0.006]), part="lock")
                .rotate(z=25)
                .at(-0.06, 0.132, 0),
                part("guard", "iron", torus(0.018, 0.003, arc=200), part="lock")
                .rotate(x=90)
                .at(-0.03, 0.09, 0),
                part("trigger", "iron", box([0.004, 0.02, 0.004]), part="lock")
                .rotate(z=-15)
                .at(-0.03, 0.074, 0),
            ],
            2.0,
        ),
        collider="box",
    )


def rifle(p) -> dict:
    # Upright on the butt plate, muzzle up; the stock's comb and trigger side towards +X.
    stock = [
        [-0.025, 0.0],
        [0.105, 0.0],
        [0.1, 0.06],
        [0.05, 0.3],
        [0.03, 0.36],
        [0.024, 0.44],
        [0.02, 1.2],
        [-0.008, 1.22],
        [-0.012, 0.46],
        [-0.02, 0.36],
        [-0.03, 0.3],
    ]
    y0, length = 0.34, 1.14
    parts = [
        part("stock", "wood", extrude(stock, 0.045, crease=35, bevel=0.006)).uv("box"),
        part("butt_plate", "brass", box([0.13, 0.012, 0.046], bevel=0.003), part="fittings").at(
            0.04, 0, 0
        ),
        part("barrel", "iron", cylinder(0.0125, length)).uv("cylindrical").at(-0.016, y0, 0),
        part("muzzle", "iron", cylinder(0.0145, 0.03), part="barrel").at(
            -0.016, y0 + length - 0.03, 0
        ),
        part("bands", "brass", cylinder(0.02, 0.02), part="fittings")
        .scale([1.4, 1, 1.15])
        .array(3, [0, 0.26, 0])
        .at(0.0, 0.68, 0),
        part("lock", "iron", box([0.026, 0.12, 0.006], bevel=0.002), part="lock").at(
            0.0, 0.36, 0.024
        ),
        part(
            "hammer",
            "iron",
            extrude(
                [[0, 0], [0, 0.012], [0.03, 0.006], [0.045, -0.012], [0.035, -0.018], [0.02, 0.0]],
                0.006,
            ),
            part="lock",
        )
        .rotate(z=90)
        .at(-0.0, 0.43, 0.028),
        part("guard", "brass", torus(0.03, 0.0035, arc=200), part="fittings")
        .rotate(x=90, z=90)
        .at(0.03, 0.4, 0),
        part("trigger", "iron", box([0.022, 0.005, 0.004]), part="lock").at(0.035, 0.4, 0),
        part("ramrod", "iron", cylinder(0.004, 0.8), part="barrel").at(0.012, 0.46, 0),
    ]
    if p.bayonet:
        parts += [
            part("bayonet_socket", "steel", cylinder(0.017, 0.07), part="bayonet").at(
                -0.016, y0 + length - 0.08, 0
            ),
            part("bayonet", "steel", cone(0.012, 0.4, sides=3))
            .scale([1, 1, 0.6])
            .at(0.008, y0 + length - 0.04, 0),
        ]
    return program(*finer(parts, 3.0), collider="box")


# -- cannon --------------------------------------------------------------------------------------


def _barrel_profile(length: float, r: float) -> list[list[float]]:
    """A cast barrel's [r, y] profile from the cascabel knob (y = 0) to the muzzle, then down the
    inside of the bore so the muzzle reads hollow."""
    L = length
    return [
        [0, 0],
        [0.35 * r, 0.0],
        [0.42 * r, 0.04 * L],
        [0.25 * r, 0.07 * L],
        [0.7 * r, 0.1 * L],
        [1.0 * r, 0.12 * L],
        [1.0 * r, 0.2 * L],
        [1.08 * r, 0.21 * L],
        [1.08 * r, 0.24 * L],
        [0.95 * r, 0.25 * L],
        [0.86 * r, 0.55 * L],
        [0.93 * r, 0.56 * L],
        [0.93 * r, 0.58 * L],
        [0.8 * r, 0.6 * L],
        [0.72 * r, 0.9 * L],
        [0.85 * r, 0.95 * L],
        [0.88 * r, L],
        [0.45 * r, L],
        [0.45 * r, 0.9 * L],
        [0.0, 0.9 * L],
    ]


def cannon(p) -> dict:
    naval = p.carriage == "naval"
    length, r = (1.6, 0.17) if not naval else (1.5, 0.18)
    axle_y = 0.62 if not naval else 0.2
    trunnion_y = axle_y + (0.3 if not naval else 0.42)
    tilt = 8 if not naval else 0
    parts = [
        part("barrel", "bronze", lathe(_barrel_profile(length, r), crease=40))
        .detail(1.3)
        .rotate(z=-90 + tilt)
        .at(-0.55, trunnion_y - 0.075, 0),
        part("trunnions", "bronze", cylinder(0.05, 0.5), part="barrel")
        .rotate(x=90)
        .at(0.0, trunnion_y, -0.25),
    ]
    if naval:
        cheek = [
            [-0.55, 0.08],
            [0.45, 0.08],
            [0.45, 0.5],
            [0.15, 0.5],
            [0.15, 0.4],
            [-0.15, 0.4],
            [-0.15, 0.3],
            [-0.55, 0.3],
        ]
        parts += [
            part("cheeks", "wood", extrude(cheek, 0.08, bevel=0.01), part="carriage")
            .uv("box")
            .array(2, [0, 0, 0.36], center=True),
            part("bed", "wood", box([1.0, 0.08, 0.44], bevel=0.01), part="carriage").at(
                -0.05, 0.08, 0
            ),
            part("axletree", "wood", box([0.14, 0.1, 0.7], bevel=0.01), part="carriage")
            .array(2, [0.8, 0, 0], center=True)
            .at(-0.05, 0.12, 0),
            part("wheels", "wood", cylinder(0.16, 0.07, bevel=0.01))
            .turned(x=90)
            .array(2, [0.8, 0, 0], center=True)
            .array(2, [0, 0, 0.62], center=True)
            .at(-0.05, 0.16, -0.035),
        ]
    else:
        cheek = [
            [-1.3, 0.0],
            [-1.15, 0.0],
            [-0.2, axle_y - 0.08],
            [0.25, axle_y - 0.08],
            [0.3, axle_y + 0.1],
            [0.12, trunnion_y - 0.02],
            [-0.12, trunnion_y - 0.02],
            [-0.3, axle_y + 0.12],
            [-1.3, 0.12],
        ]
        wheel_r = 0.62
        parts += [
            part("cheeks", "wood", extrude(cheek, 0.08, bevel=0.01), part="carriage")
            .uv("box")
            .array(2, [0, 0, 0.34], center=True),
            part("transom", "wood", box([0.12, 0.2, 0.42], bevel=0.01), part="carriage").at(
                -0.6, 0.35, 0
            ),
            part("axle", "iron", cylinder(0.04, 1.0), part="fittings")
            .rotate(x=90)
            .at(0, wheel_r, -0.5),
            part(
                "rims",
                "wood",
                cylinder(wheel_r - 0.01, 0.08, inner_radius=wheel_r - 0.08, bevel=0.008),
                part="wheels",
            )
            .turned(x=90)
            .array(2, [0, 0, 0.88], center=True)
            .at(0, wheel_r, -0.04),
            part(
                "tyres",
                "iron",
                cylinder(wheel_r, 0.07, inner_radius=wheel_r - 0.015),
                part="fittings",
            )
            .turned(x=90)
            .array(2, [0, 0, 0.88], center=True)
            .at(0, wheel_r, -0.035),
            part("hubs", "wood", cylinder(0.09, 0.18, bevel=0.01), part="wheels")
            .turned(x=90)
            .array(2, [0, 0, 0.88], center=True)
            .at(0, wheel_r, -0.09),
            part("spokes", "wood", box([0.045, wheel_r - 0.1, 0.04], bevel=0.006), part="wheels")
            .moved(0, 0.06, 0)
            .radial(12, axis="z")
            .array(2, [0, 0, 0.88], center=True)
            .at(0, wheel_r, 0),
        ]
    if p.balls:
        parts.append(
            part("shot", "iron", sphere(0.075))
            .array(3, [0.16, 0, 0])
            .at(0.55, 0, 0.6 if not naval else 0.55)
        )
    return program(*finer(parts, 1.2), collider="box")


RECIPES = [
    Recipe(
        name="bow",
        category="weapons",
        nouns=("bow", "longbow", "recurve bow", "shortbow", "hunting bow", "war bow"),
        synsets=("bow.n.04", "longbow.n.01"),
        size=SizePrior((0.23, 1.8, 0.045), 0.25),
        materials={
            "wood": M("wood_planks", "#8a5a32"),
            "leather": M("leather"),
            "horn": M("bone", "#d8c9a6"),
            "string": M("rope", "#d9ccb0"),
        },
        parts=(
            RecipePart("limbs", "wood", ("limbs", "limb", "stave", "bow", "wood")),
            RecipePart("grip", "leather", ("grip", "handle", "wrap")),
            RecipePart("nocks", "horn", ("nocks", "tips")),
            RecipePart("string", "string", ("string", "bowstring")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "longbow",
                choices=("longbow", "recurve"),
                words={
                    "longbow": "longbow",
                    "long": "longbow",
                    "recurve": "recurve",
                    "short": "recurve",
                    "shortbow": "recurve",
                    "composite": "recurve",
                    "horse": "recurve",
                },
                doc="A tall self bow, or a shorter recurve whose tips flick forwards.",
            ),
            Param(
                "strung",
                "bool",
                True,
                words={"unstrung": False, "strung": True},
                doc="With its string.",
            ),
        ),
        build=bow,
        collider="box",
        description="A wooden longbow standing on its lower tip, string at the back.",
    ),
    Recipe(
        name="arrow",
        category="weapons",
        nouns=("arrow", "bolt", "quarrel", "dart", "arrows"),
        synsets=("arrow.n.02", "quarrel.n.01"),
        size=SizePrior((0.03, 0.82, 0.03), 0.3),
        materials={
            "wood": M("wood_planks", "#a5804f"),
            "iron": M("iron", "#55595e"),
            "feather": M("fabric", "#e4dccb"),
            "rope": M("rope"),
        },
        parts=(
            RecipePart("shafts", "wood", ("shaft", "shafts", "arrow", "arrows")),
            RecipePart("heads", "iron", ("head", "heads", "tip", "tips", "point", "arrowhead")),
            RecipePart(
                "fletching", "feather", ("fletching", "feathers", "fletches", "vanes", "flights")
            ),
            RecipePart("binding", "rope", ("binding", "cord", "twine")),
        ),
        params=(
            Param(
                "count",
                "int",
                1,
                1,
                13,
                words={"bundle": 7, "sheaf": 12, "bunch": 7, "single": 1},
                count_nouns=("arrows", "arrow", "bolts"),
                doc="One arrow, or a bundle tied with cord.",
            ),
            Param(
                "head",
                "choice",
                "bodkin",
                choices=("bodkin", "broadhead"),
                words={
                    "bodkin": "bodkin",
                    "broadhead": "broadhead",
                    "hunting": "broadhead",
                    "barbed": "broadhead",
                },
                doc="A narrow bodkin point or a flat broadhead.",
            ),
        ),
        build=arrow,
        collider="box",
        description="A wooden arrow standing on its nock: iron head, three feather vanes.",
    ),
    Recipe(
        name="quiver",
        category="weapons",
        nouns=("quiver", "arrow quiver", "quiver of arrows"),
        synsets=("quiver.n.03",),
        size=SizePrior((0.15, 1.07, 0.17), 0.25),
        materials={
            "leather": M("leather", "#7a4a2a"),
            "dark_leather": M("leather", "#4a2c18"),
            "wood": M("wood_planks", "#a5804f"),
            "iron": M("iron", "#55595e"),
            "feather": M("fabric", "#e4dccb"),
        },
        parts=(
            RecipePart("body", "leather", ("body", "quiver", "case", "tube")),
            RecipePart("bands", "dark_leather", ("bands", "strap", "rim", "base", "trim")),
            RecipePart("a_shafts", "wood", ("arrows", "shafts")),
            RecipePart("a_heads", "iron", ("heads",)),
            RecipePart("a_fletching", "feather", ("fletching", "feathers")),
        ),
        params=(
            Param(
                "arrows",
                "int",
                8,
                0,
                13,
                words={"full": 11, "empty": 0},
                count_nouns=("arrows", "arrow"),
                doc="Arrows in it.",
            ),
        ),
        build=quiver,
        round=True,
        collider="capsule",
        description="A leather quiver with a strap, arrows standing in it.",
    ),
    Recipe(
        name="crossbow",
        category="weapons",
        nouns=("crossbow", "arbalest", "arbalist"),
        synsets=("crossbow.n.01",),
        size=SizePrior((0.62, 0.93, 0.14), 0.25),
        materials={
            "wood": M("wood_planks", "#6b4a2c"),
            "steel": M("iron", "#6a6e73"),
            "string": M("rope", "#d9ccb0"),
            "rope": M("rope"),
        },
        parts=(
            RecipePart("stock", "wood", ("stock", "tiller", "body")),
            RecipePart("prod", "steel", ("prod", "bow", "limbs", "arms")),
            RecipePart("string", "string", ("string", "bowstring")),
            RecipePart("fittings", "steel", ("stirrup", "trigger", "nut", "fittings")),
            RecipePart("lashing", "rope", ("lashing", "binding")),
            RecipePart("bolt", "wood", ("bolt", "quarrel")),
        ),
        params=(
            Param(
                "loaded",
                "bool",
                True,
                words={"loaded": True, "cocked": True, "drawn": True, "unloaded": False},
                doc="Spanned with a bolt in the groove.",
            ),
            Param(
                "size_class",
                "choice",
                "light",
                choices=("light", "heavy"),
                words={"heavy": "heavy", "siege": "heavy", "light": "light", "hand": "light"},
                doc="A heavy crossbow has a wider, stiffer prod.",
            ),
        ),
        build=crossbow,
        collider="box",
        description="A wooden crossbow standing on its butt: a steel prod across the top, a stirrup.",
    ),
    Recipe(
        name="pistol",
        category="weapons",
        nouns=(
            "pistol",
            "handgun",
            "revolver",
            "flintlock",
            "flintlock pistol",
            "six-shooter",
            "gun",
        ),
        synsets=("pistol.n.01", "revolver.n.01"),
        size=SizePrior((0.43, 0.16, 0.047), 0.25),
        materials={
            "wood": M("wood_planks", "#5a3520"),
            "iron": M("iron", "#3f4246"),
            "brass": M("brass"),
        },
        parts=(
            RecipePart("stock", "wood", ("stock", "grip", "handle", "butt", "ramrod")),
            RecipePart("barrel", "iron", ("barrel", "muzzle")),
            RecipePart("lock", "iron", ("lock", "hammer", "trigger", "flint", "frame", "cylinder")),
            RecipePart(
                "fittings", "brass", ("fittings", "guard", "trigger guard", "butt cap", "trim")
            ),
        ),
        params=(
            Param(
                "style",
                "choice",
                "flintlock",
                choices=("flintlock", "revolver"),
                words={
                    "flintlock": "flintlock",
                    "pirate": "flintlock",
                    "revolver": "revolver",
                    "six-shooter": "revolver",
                    "cowboy": "revolver",
                    "western": "revolver",
                },
                doc="A long-barrelled flintlock, or a six-shot revolver.",
            ),
        ),
        build=pistol,
        long_axis="x",
        collider="box",
        description="A flintlock pistol standing on its grip as it is held, barrel level.",
    ),
    Recipe(
        name="rifle",
        category="weapons",
        nouns=("rifle", "musket", "shotgun", "carbine", "blunderbuss", "arquebus", "long gun"),
        synsets=("rifle.n.01", "musket.n.01", "shotgun.n.01", "harquebus.n.01"),
        size=SizePrior((0.14, 1.48, 0.05), 0.25),
        materials={
            "wood": M("wood_planks", "#6a4024"),
            "iron": M("iron", "#3f4246"),
            "brass": M("brass"),
            "steel": M("iron", "#9aa0a8"),
        },
        parts=(
            RecipePart("stock", "wood", ("stock", "butt", "wood")),
            RecipePart("barrel", "iron", ("barrel", "muzzle", "ramrod")),
            RecipePart("lock", "iron", ("lock", "hammer", "trigger", "flintlock")),
            RecipePart("fittings", "brass", ("fittings", "bands", "butt plate", "guard", "trim")),
            RecipePart("bayonet", "steel", ("bayonet",)),
        ),
        params=(
            Param(
                "bayonet",
                "bool",
                False,
                words={"bayonet": True, "bayoneted": True},
                doc="A socket bayonet on the muzzle.",
            ),
        ),
        build=rifle,
        collider="box",
        description="A long flintlock musket standing on its butt plate, muzzle up.",
    ),
    Recipe(
        name="cannon",
        category="weapons",
        nouns=(
            "cannon",
            "artillery",
            "field gun",
            "ship's cannon",
            "mortar",
            "howitzer",
            "culverin",
        ),
        synsets=("cannon.n.01", "mortar.n.01", "field_artillery.n.01"),
        size=SizePrior((2.5, 1.3, 1.02), 0.25),
        materials={
            "bronze": M("brass", "#8c6a3c"),
            "wood": M("wood_planks", "#6b4a2c"),
            "iron": M("iron", "#3a3d40"),
        },
        parts=(
            RecipePart("barrel", "bronze", ("barrel", "gun", "tube", "trunnions")),
            RecipePart("carriage", "wood", ("carriage", "cheeks", "trail", "bed", "mount")),
            RecipePart("wheels", "wood", ("wheels", "wheel", "spokes", "trucks")),
            RecipePart("fittings", "iron", ("axle", "tyres", "tires", "fittings", "rims")),
            RecipePart("shot", "iron", ("cannonballs", "balls", "shot", "ammunition")),
        ),
        params=(
            Param(
                "carriage",
                "choice",
                "field",
                choices=("field", "naval"),
                words={
                    "field": "field",
                    "wheeled": "field",
                    "naval": "naval",
                    "ship": "naval",
                    "ship's": "naval",
                    "deck": "naval",
                    "pirate": "naval",
                },
                doc="A field carriage on two spoked wheels, or a ship's truck carriage on four.",
            ),
            Param(
                "balls",
                "bool",
                False,
                words={"cannonballs": True, "balls": True, "shot": True},
                doc="A row of cannonballs beside it.",
            ),
        ),
        build=cannon,
        long_axis="x",
        collider="box",
        description="A bronze cannon on a wooden field carriage with two spoked wheels, muzzle +X.",
    ),
]
