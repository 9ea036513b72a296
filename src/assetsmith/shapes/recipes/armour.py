"""Armour, as display props: shield, helmet, breastplate (on a stand), gauntlet, boot.
The full suit of armour on its stand is in armour_suit.py and reuses these pieces."""

from __future__ import annotations

import math

from ..dsl import (
    blob,
    box,
    capsule,
    cone,
    cylinder,
    extrude,
    lathe,
    loft,
    macro,
    part,
    program,
    section,
    shape,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
STEEL = M("iron", "#9ea4aa")
PAIR_WORDS = {
    "pair": True,
    "pairs": True,
    "both": True,
    "gauntlets": True,
    "gloves": True,
    "boots": True,
    "single": False,
    "one": False,
    "lone": False,
}


def shifted(parts: list, dx: float, dy: float, dz: float) -> list:
    """Parts moved rigidly by (dx, dy, dz): added to each part's final translation (applied after
    its rotation and scale), so a piece drawn at the origin can be placed on a figure."""
    for q in parts:
        t = q.data.setdefault("transform", {})
        x, y, z = t.get("translate", [0.0, 0.0, 0.0])
        t["translate"] = [x + dx, y + dy, z + dz]
    return parts


# --- shield -------------------------------------------------------------------------------------


def _shield_outline(kind: str) -> list[list[float]]:
    """The front outline [x, y] of a kite, heater or tower shield, standing on y = 0."""
    if kind == "kite":  # rounded top, long taper to a point
        right = [
            [0.0, 0.0],
            [0.1, 0.18],
            [0.2, 0.42],
            [0.265, 0.68],
            [0.28, 0.82],
            [0.25, 0.92],
            [0.17, 0.985],
            [0.0, 1.02],
        ]
    elif kind == "heater":  # flat top, curved sides to a point
        right = [[0.0, 0.0], [0.14, 0.1], [0.24, 0.24], [0.29, 0.42], [0.3, 0.6], [0.3, 0.72]]
    else:  # tower: a tall rectangle with slightly rounded corners
        right = [[0.0, 0.0], [0.3, 0.0], [0.33, 0.03], [0.33, 1.17], [0.3, 1.2]]
    if kind == "tower":
        return [[-0.3, 0.0], *right[1:], [-0.3, 1.2], [-0.33, 1.17], [-0.33, 0.03]]
    left = [[-x, y] for x, y in reversed(right[1:-1])]
    if kind == "heater":
        return right + [[-0.3, 0.72]] + left
    return right + left


def shield(p) -> dict:
    kind = p.shape
    if kind == "round":
        return program(
            part(
                "shield",
                None,
                macro("shield", 0.8, {"face": "painted_wood", "rim": "iron", "boss": "iron"}),
            ),
            collider="mesh_convex",
        )
    outline = _shield_outline(kind)
    R = 0.55 if kind != "tower" else 0.45  # radius of the curve round a vertical axis
    t = 0.025
    # The face: the outline extruded thick, kept where it meets a curved shell.
    face = (
        part("face", "painted_wood", extrude(outline, 0.6))
        .intersect(shape(cylinder(R, 1.4, inner_radius=R - t)).at(0, -0.1, -R + t / 2))
        .uv("box")
    )

    def on_curve(x: float, y: float, dz: float = 0.0) -> list[float]:
        return [x, y, math.sqrt(max(R * R - x * x, 0.0)) - R + t / 2 + dz]

    rim = [on_curve(x, y) for x, y in outline]
    parts = [
        face,
        part("rim", "iron", sweep(rim, 0.012, closed=True)),
        part("boss", "iron", sphere(0.07, portion=0.5))
        .rotate(x=90)
        .at(0, 0.6 if kind != "heater" else 0.42, t / 2 - 0.005),
    ]
    if kind != "tower":  # a painted cross over the face
        mid = 0.62 if kind == "kite" else 0.45
        parts.append(
            part(
                "emblem",
                "emblem",
                extrude(
                    [
                        [-0.025, 0.12],
                        [0.025, 0.12],
                        [0.025, mid - 0.025],
                        [0.2, mid - 0.025],
                        [0.2, mid + 0.025],
                        [0.025, mid + 0.025],
                        [0.025, 0.95 if kind == "kite" else 0.68],
                        [-0.025, 0.95 if kind == "kite" else 0.68],
                        [-0.025, mid + 0.025],
                        [-0.2, mid + 0.025],
                        [-0.2, mid - 0.025],
                        [-0.025, mid - 0.025],
                    ],
                    0.004,
                ),
            ).at(0, 0, t / 2 + 0.001)
        )
    return program(*parts, collider="mesh_convex")


# --- helmet -------------------------------------------------------------------------------------


def great_helm(
    prefix: str, s: float = 1.0, plume: bool = False, trim: bool = True, cut: bool = True
) -> list:
    """A knight's great helm, its rim on y = 0, face towards +Z: a flat-topped barrel with eye
    slits, breathing holes and a cross of reinforcing bands. `cut=False` (a helm on a whole
    suit, small on screen) paints the slits on as dark plates and leaves out the holes: no
    boolean, so the suit builds in half the time."""

    def keeled(w: float, d: float, keel: float) -> list[list[float]]:
        """An ellipse w x d ([x, z]) drawn to a ridge at the front (the helm's face)."""
        pts = []
        for i in range(32):
            a = 2 * math.pi * i / 32
            x, z = 0.5 * w * math.sin(a), 0.5 * d * math.cos(a)
            if z > 0:
                z += keel * max(0.0, 1.0 - abs(x) / (0.5 * w)) ** 2
            pts.append([x * s, z * s])
        return pts

    head = loft(
        section(0.0, "rounded_rect", size=[0.215 * s, 0.255 * s], corner=0.09 * s),
        section(0.1 * s, "outline", points=keeled(0.225, 0.262, 0.012)),
        section(0.24 * s, "outline", points=keeled(0.222, 0.26, 0.012)),
        section(0.3 * s, "ellipse", size=[0.19 * s, 0.23 * s]),
        section(0.325 * s, "ellipse", size=[0.1 * s, 0.13 * s]),
        smooth=True,
    )
    slit = box([0.075 * s, 0.014 * s, 0.12 * s])
    hole = cylinder(0.0045 * s, 0.1 * s)
    shell = part(f"{prefix}shell", "steel", head, part="helmet").detail(1.5)
    if cut:  # eye slits and breathing holes cut through, a dark plate behind the slits
        shell = shell.cut(
            shape(slit).at(-0.05 * s, 0.2 * s, 0.1 * s),
            shape(slit).at(0.05 * s, 0.2 * s, 0.1 * s),
            *(
                shape(hole)
                .turned(x=90)
                .array(3, [sx * 0.018 * s, 0, 0])
                .array(3, [0, -0.02 * s, 0])
                .at(sx * 0.035 * s, 0.13 * s, 0.08 * s)
                for sx in (1, -1)
            ),
        )
        dark = part(
            f"{prefix}visor_dark", "hollow", box([0.16 * s, 0.012 * s, 0.02 * s]), part="hollows"
        ).at(0, 0.201 * s, 0.06 * s)
    else:  # dark slits lying on the face, turned with its curve
        dark = (
            part(
                f"{prefix}visor_dark",
                "hollow",
                box([0.06 * s, 0.013 * s, 0.012 * s]),
                part="hollows",
            )
            .turned(y=28)
            .moved(0.05 * s, 0.2 * s, 0.116 * s)
            .mirror("x")
        )
    out = [shell, dark]
    if trim:  # a brow band and a vertical band down the face
        out += [
            part(
                f"{prefix}brow",
                "trim",
                cylinder(0.118 * s, 0.022 * s, inner_radius=0.1 * s),
                part="trim",
            )
            .scale([1.0, 1.0, 1.2])
            .at(0, 0.222 * s, 0),
            part(
                f"{prefix}nose_band",
                "trim",
                box([0.024 * s, 0.2 * s, 0.012 * s], bevel=0.004 * s),
                part="trim",
            ).at(0, 0.02 * s, 0.142 * s),
        ]
    if plume:
        out.append(
            part(
                f"{prefix}plume",
                "plume",
                blob(
                    [0.045 * s, 0.16 * s, 0.2 * s],
                    lumps=0.25,
                    lump_count=12,
                    sharpness=6,
                    flat_bottom=0.2,
                ),
                part="plume",
            )
            .rotate(x=-30)
            .at(0, 0.3 * s, -0.05 * s)
        )
    return out


def _viking(horns: bool) -> list:
    dome = sphere(0.115, portion=0.55)
    out = [
        part("shell", "steel", dome, part="helmet").scale([1.0, 1.35, 1.12]).detail(1.5),
        part("band", "trim", cylinder(0.117, 0.03, inner_radius=0.105), part="trim")
        .scale([1.0, 1.0, 1.12])
        .at(0, 0.0, 0),
        part("crest", "trim", torus(0.11, 0.008, arc=180), part="trim")
        .rotate(y=90, z=90)
        .scale([1.0, 1.35, 1.12])
        .at(0, 0.0, 0),
        part("nasal", "trim", box([0.026, 0.11, 0.012], bevel=0.004), part="trim")
        .rotate(x=-6)
        .at(0, -0.07, 0.128),
        # Spectacle guards round the eyes, either side of the nasal.
        part("spectacles", "trim", torus(0.026, 0.006), part="trim")
        .rotate(x=90)
        .array(2, [0.065, 0, 0], center=True)
        .at(0, -0.04, 0.118),
    ]
    if horns:
        path = [
            [0.1, 0.08, 0.0],
            [0.16, 0.1, 0.0],
            [0.22, 0.16, 0.02],
            [0.25, 0.26, 0.05],
            [0.24, 0.34, 0.08],
        ]
        out.append(
            part(
                "horns",
                "horn",
                sweep(path, radii=[0.03, 0.026, 0.019, 0.011, 0.003], curve="smooth", caps="round"),
            ).mirror("x")
        )
    return out


def helmet(p) -> dict:
    if p.style == "viking":
        parts = _viking(p.horns)
    else:
        parts = great_helm("", 1.0, p.plume)
        if p.horns:
            path = [
                [0.1, 0.2, 0.0],
                [0.16, 0.22, 0.0],
                [0.21, 0.28, 0.02],
                [0.23, 0.38, 0.05],
                [0.21, 0.46, 0.08],
            ]
            parts.append(
                part(
                    "horns",
                    "horn",
                    sweep(
                        path, radii=[0.03, 0.026, 0.019, 0.011, 0.003], curve="smooth", caps="round"
                    ),
                ).mirror("x")
            )
    return program(*parts, collider="mesh_convex")


# --- breastplate --------------------------------------------------------------------------------


def cuirass(prefix: str, y0: float, s: float = 1.0, trim: bool = True) -> list:
    """A breastplate and backplate as one shell from the waist (y0) up to the shoulders, with a
    ridge down the front, neck and arm openings, and skirt lames below the waist."""
    # A chest section ([x, z]): flat at the back, a ridge (the keel) down the front.
    chest = [
        [-0.19, 0.0],
        [-0.17, -0.08],
        [-0.1, -0.11],
        [0.1, -0.11],
        [0.17, -0.08],
        [0.19, 0.0],
        [0.16, 0.08],
        [0.09, 0.125],
        [0.0, 0.155],
        [-0.09, 0.125],
        [-0.16, 0.08],
    ]

    def scaled(pts, k):
        return [[x * k * s, z * k * s] for x, z in pts]

    # The shoulders slope in towards the neck (no boolean cut-outs: a dark neck opening sits on
    # the flat top, which keeps this big part cheap to build at every detail level).
    shell = loft(
        section(y0, "ellipse", size=[0.28 * s, 0.2 * s], offset=[0, 0.005 * s]),
        section(y0 + 0.08 * s, "outline", points=scaled(chest, 0.8)),
        section(y0 + 0.26 * s, "outline", points=scaled(chest, 1.06)),
        section(y0 + 0.38 * s, "outline", points=scaled(chest, 1.12)),
        section(y0 + 0.45 * s, "rounded_rect", size=[0.44 * s, 0.22 * s], corner=0.08 * s),
        section(y0 + 0.5 * s, "rounded_rect", size=[0.26 * s, 0.16 * s], corner=0.07 * s),
        smooth=True,
    )
    top = y0 + 0.5 * s
    out = [
        part(f"{prefix}cuirass", "steel", shell, part="plate").detail(1.2),
        part(f"{prefix}neck_hole", "hollow", cylinder(0.07 * s, 0.004 * s), part="hollows")
        .scale([1.2, 1.0, 0.9])
        .at(0, top - 0.002 * s, 0.0),
    ]
    # Skirt lames: short flaring bands, each stepping out over the one below.
    for k in range(3):
        out.append(
            part(
                f"{prefix}lame_{k}",
                "steel",
                cone(0.172 * s + 0.02 * s * k, 0.055 * s, radius_top=0.152 * s + 0.02 * s * k),
                part="plate",
            )
            .scale([1.0, 1.0, 0.72])
            .at(0, y0 - 0.048 * s * (k + 1), 0.005 * s)
        )
    # Rolled edges arching over the arm openings.
    out.append(
        part(f"{prefix}arm_rolls", "steel", torus(0.075 * s, 0.011 * s, arc=190), part="plate")
        .turned(x=-90, y=90)
        .moved(0.21 * s, y0 + 0.38 * s, 0.0)
        .mirror("x")
    )
    if trim:  # a rolled brass edge round the neck and a row of rivets at the waist
        out += [
            part(f"{prefix}neck_roll", "trim", torus(0.078 * s, 0.008 * s), part="trim")
            .scale([1.2, 1.0, 0.9])
            .at(0, top - 0.006 * s, 0.0),
            part(
                f"{prefix}rivets",
                "trim",
                cone(0.007 * s, 0.005 * s, radius_top=0.003 * s, sides=6),
                part="trim",
            )
            .turned(x=90)
            .moved(0, 0, 0.147 * s)
            .radial(7, span=140, start=-70)
            .scale([1.0, 1.0, 0.72])
            .at(0, y0 + 0.02 * s, 0.0),
        ]
    return out


def breastplate(p) -> dict:
    y0 = 0.88 if p.stand else 0.16
    parts = cuirass("", y0, 1.0, True)
    parts += [
        part("straps", "leather", box([0.05, 0.012, 0.2], bevel=0.004))
        .array(2, [0.2, 0, 0], center=True)
        .at(0, y0 + 0.495, 0)
    ]
    if p.stand:  # a wooden display stand: a cross foot, a post and a shoulder bar inside the plate
        parts += [
            part("stand_foot", "wood", box([0.5, 0.05, 0.07], bevel=0.01), part="stand"),
            part("stand_foot2", "wood", box([0.07, 0.05, 0.4], bevel=0.01), part="stand"),
            part("stand_post", "wood", cylinder(0.025, y0 + 0.3), part="stand").at(0, 0.04, 0),
            part("stand_bar", "wood", box([0.34, 0.04, 0.05], bevel=0.008), part="stand").at(
                0, y0 + 0.42, 0
            ),
        ]
    return program(*parts, collider="box")


# --- gauntlet -----------------------------------------------------------------------------------


def gauntlet_parts(
    prefix: str, leather: bool, x: float = 0.0, side: int = 1, s: float = 1.0, fingers: bool = True
) -> list:
    """A gauntlet standing on its cuff, fingers up and curled a little forward (+Z), the thumb
    towards `side` (x)."""
    mat = "leather" if leather else "steel"
    grp = "glove" if leather else "gauntlet"

    def at(pt, px, py, pz):
        return pt.moved(x + side * px * s, py * s, pz * s)

    cuff = (
        [[0.07, 0.0], [0.066, 0.02], [0.05, 0.11], [0.043, 0.14]]
        if not leather
        else [[0.068, 0.0], [0.064, 0.02], [0.048, 0.12], [0.042, 0.14]]
    )
    out = [
        at(
            part(
                f"{prefix}cuff", mat, lathe([[0, 0], *cuff, [0, 0.14]], crease=40), part=grp
            ).scaled([s, s, 0.82 * s]),
            0,
            0,
            0,
        ),
        at(
            part(
                f"{prefix}hand",
                mat,
                box([0.095 * s, 0.11 * s, 0.045 * s], bevel=0.018 * s),
                part=grp,
            ).turned(x=6),
            0,
            0.13,
            0.004,
        ),
    ]
    if not leather:
        out += [
            at(
                part(f"{prefix}wrist", mat, torus(0.047 * s, 0.006 * s), part=grp).scaled(
                    [1.0, 1.0, 0.85]
                ),
                0,
                0.125,
                0,
            ),
            at(
                part(
                    f"{prefix}knuckles",
                    mat,
                    cylinder(0.016 * s, 0.1 * s, bevel=0.006 * s),
                    part=grp,
                ).turned(z=90),
                0.05,
                0.235,
                0.01,
            ),
        ]
    if fingers:
        # Four fingers of three segments each, curling forward; the middle ones longest.
        for f, (fx, length) in enumerate(
            ((-0.034, 0.85), (-0.011, 1.0), (0.012, 0.95), (0.034, 0.78))
        ):
            y, z, ang = 0.24, 0.012, 8.0
            for k in range(3):
                seg = 0.034 * length * (1.0 - 0.15 * k)
                out.append(
                    at(
                        part(
                            f"{prefix}finger_{f}_{k}",
                            mat,
                            capsule(0.0105 * s, (seg + 0.021) * s),
                            part=grp,
                        ).turned(x=ang),
                        fx,
                        y,
                        z,
                    )
                )
                y += seg * math.cos(math.radians(ang))
                z += seg * math.sin(math.radians(ang))
                ang += 16.0
        out.append(
            at(
                part(f"{prefix}thumb", mat, capsule(0.012 * s, 0.075 * s), part=grp).turned(
                    z=-side * 35, x=20
                ),
                0.05,
                0.14,
                0.02,
            )
        )
    else:  # a cheaper hand (on a whole suit): the fingers as one curled plate, a mitten
        out.append(
            at(
                part(
                    f"{prefix}fingers",
                    mat,
                    box([0.09 * s, 0.1 * s, 0.028 * s], bevel=0.012 * s),
                    part=grp,
                ).turned(x=18),
                0,
                0.23,
                0.006,
            )
        )
    return out


def gauntlet(p) -> dict:
    leather = p.style == "leather"
    parts = gauntlet_parts("", leather, -0.09 if p.pair else 0.0, -1 if p.pair else 1)
    if p.pair:  # side by side, thumbs outwards
        parts += gauntlet_parts("left_", leather, 0.09, 1)
    return program(*parts, collider="box")


# --- boot ---------------------------------------------------------------------------------------


def boot_parts(
    prefix: str, plate: bool, x: float = 0.0, s: float = 1.0, shaft: float = 1.0, trim: bool = True
) -> list:
    """One boot, toe towards +Z, standing on its sole at x (`trim`: a brass rim on the greave)."""
    mat = "steel" if plate else "leather"
    grp = "plates" if plate else "boot"
    foot = loft(
        section(
            -0.13 * s,
            "rounded_rect",
            size=[0.085 * s, 0.1 * s],
            corner=0.035 * s,
            offset=[0, 0.05 * s],
        ),
        section(
            -0.04 * s,
            "rounded_rect",
            size=[0.1 * s, 0.1 * s],
            corner=0.035 * s,
            offset=[0, 0.05 * s],
        ),
        section(
            0.05 * s,
            "rounded_rect",
            size=[0.1 * s, 0.07 * s],
            corner=0.03 * s,
            offset=[0, 0.035 * s],
        ),
        section(0.12 * s, "ellipse", size=[0.088 * s, 0.05 * s], offset=[0, 0.025 * s]),
        section(0.16 * s, "ellipse", size=[0.05 * s, 0.03 * s], offset=[0, 0.017 * s]),
        axis="z",
        smooth=True,
    )
    top = 0.36 * shaft
    leg = loft(
        section(0.06 * s, "ellipse", size=[0.088 * s, 0.11 * s]),
        section(0.2 * s, "ellipse", size=[0.09 * s, 0.1 * s]),
        section(top * s, "ellipse", size=[0.105 * s, 0.11 * s]),
        smooth=True,
    )
    out = [
        part(f"{prefix}foot", mat, foot, part=grp).at(x, 0.02 * s, 0),
        part(f"{prefix}shaft", mat, leg, part=grp).at(x, 0, -0.075 * s),
        part(
            f"{prefix}sole",
            "sole",
            extrude(
                [
                    [0.045, -0.14],
                    [0.05, 0.0],
                    [0.045, 0.12],
                    [0.02, 0.165],
                    [-0.02, 0.165],
                    [-0.045, 0.12],
                    [-0.05, 0.0],
                    [-0.045, -0.14],
                    [0.0, -0.15],
                ],
                0.022 * s,
                axis="y",
                smooth=True,
            ),
            part="soles",
        )
        .scaled(s)
        .at(x, 0, 0),
        part(
            f"{prefix}heel",
            "sole",
            box([0.075 * s, 0.03 * s, 0.06 * s], bevel=0.006 * s),
            part="soles",
        ).at(x, 0, -0.11 * s),
    ]
    if plate:  # overlapping lames over the foot and a knee-high greave
        out += [
            part(f"{prefix}lames", mat, sphere(0.055 * s, portion=0.5), part=grp)
            .scale([1.0, 0.7, 0.8])
            .array(3, [0, -0.007 * s, 0.04 * s])
            .at(x, 0.04 * s, -0.02 * s),
            part(
                f"{prefix}greave_rim",
                "trim" if trim else mat,
                torus(0.054 * s, 0.006 * s),
                part="trim" if trim else grp,
            ).at(x, top * s - 0.01 * s, -0.075 * s),
        ]
    else:  # a turned-down cuff and a strap with a buckle round the ankle
        out += [
            part(
                f"{prefix}cuff",
                "cuff",
                cylinder(0.057 * s, 0.06 * s, inner_radius=0.045 * s, bevel=0.006 * s),
                part="cuffs",
            )
            .scale([1.0, 1.0, 1.05])
            .at(x, top * s - 0.055 * s, -0.075 * s),
            part(
                f"{prefix}strap",
                "cuff",
                cylinder(0.0485 * s, 0.018 * s, inner_radius=0.04 * s),
                part="cuffs",
            )
            .scale([1.0, 1.0, 1.15])
            .rotate(x=-20)
            .at(x, 0.085 * s, -0.06 * s),
            part(
                f"{prefix}buckle",
                "buckle",
                box([0.02 * s, 0.022 * s, 0.006 * s], bevel=0.002 * s),
                part="buckles",
            ).at(x + 0.05 * s, 0.085 * s, -0.03 * s),
        ]
    return out


def boot(p) -> dict:
    plate = p.style == "plate"
    n = 2 if p.pair else 1
    parts = []
    for k in range(n):
        x = (0.075 if k == 0 else -0.075) if n == 2 else 0.0
        parts += boot_parts("" if k == 0 else "other_", plate, x)
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="shield",
        category="armour",
        nouns=(
            "shield",
            "buckler",
            "kite shield",
            "round shield",
            "tower shield",
            "heater shield",
            "targe",
            "wooden shield",
        ),
        synsets=("shield.n.02",),
        size=SizePrior((0.8, 0.8, 0.11), 0.25),
        materials={
            "painted_wood": M("painted_wood"),
            "iron": M("iron"),
            "emblem": M("painted_wood", "#d8b04a"),
        },
        parts=(
            RecipePart("face", "painted_wood", ("face", "front", "boards", "wood")),
            RecipePart("rim", "iron", ("rim", "edge", "border")),
            RecipePart("boss", "iron", ("boss", "center", "centre", "umbo")),
            RecipePart("emblem", "emblem", ("emblem", "cross", "crest", "heraldry", "device")),
        ),
        params=(
            Param(
                "shape",
                "choice",
                "round",
                choices=("round", "kite", "heater", "tower"),
                words={
                    "round": "round",
                    "circular": "round",
                    "buckler": "round",
                    "targe": "round",
                    "viking": "round",
                    "kite": "kite",
                    "norman": "kite",
                    "heater": "heater",
                    "knight's": "heater",
                    "heraldic": "heater",
                    "tower": "tower",
                    "pavise": "tower",
                    "scutum": "tower",
                    "rectangular": "tower",
                },
                doc="A round shield with a boss, a kite shield, a heater (both with a painted "
                "cross) or a tall curved tower shield.",
            ),
        ),
        build=shield,
        collider="mesh_convex",
        description="A round wooden shield with an iron rim and boss (kite, heater and tower shapes).",
    ),
    Recipe(
        name="helmet",
        category="armour",
        nouns=(
            "helmet",
            "helm",
            "casque",
            "great helm",
            "knight's helmet",
            "viking helmet",
            "war helmet",
            "armet",
            "basinet",
            "bascinet",
            "sallet",
        ),
        synsets=("helmet.n.02", "helmet.n.01", "casque.n.01", "armet.n.01", "basinet.n.01"),
        size=SizePrior((0.23, 0.33, 0.27), 0.25),
        materials={
            "steel": STEEL,
            "trim": M("brass", "#b48a3c"),
            "hollow": M("iron", "#1c1d1f"),
            "horn": M("bone", "#e6dcc2"),
            "plume": M("fabric", "#a81e24"),
        },
        parts=(
            RecipePart("helmet", "steel", ("helmet", "helm", "shell", "dome", "visor")),
            RecipePart("trim", "trim", ("trim", "bands", "band", "nasal", "crest", "rim")),
            RecipePart("hollows", "hollow", ("slits", "eye slits")),
            RecipePart("horns", "horn", ("horns", "horn")),
            RecipePart("plume", "plume", ("plume", "feathers", "crest")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "knight",
                choices=("knight", "viking"),
                words={
                    "knight": "knight",
                    "knight's": "knight",
                    "great": "knight",
                    "crusader": "knight",
                    "templar": "knight",
                    "medieval": "knight",
                    "viking": "viking",
                    "norse": "viking",
                    "nordic": "viking",
                    "spangenhelm": "viking",
                    "barbarian": "viking",
                },
                doc="A knight's great helm with eye slits, or a viking helmet with a nasal.",
            ),
            Param(
                "horns",
                "bool",
                False,
                words={"horned": True, "horns": True, "hornless": False},
                doc="A pair of curved horns.",
            ),
            Param(
                "plume",
                "bool",
                False,
                words={"plumed": True, "plume": True, "feathered": True},
                doc="A plume on top (the knight's helm).",
            ),
        ),
        build=helmet,
        collider="mesh_convex",
        description="A knight's great helm with eye slits and breathing holes (or a viking helmet).",
    ),
    Recipe(
        name="breastplate",
        category="armour",
        nouns=("breastplate", "cuirass", "chestplate", "chest plate", "corslet", "corselet"),
        synsets=("breastplate.n.01", "cuirass.n.01"),
        size=SizePrior((0.5, 1.38, 0.4), 0.25),
        materials={
            "steel": STEEL,
            "trim": M("brass", "#b48a3c"),
            "leather": M("leather", "#5a3a22"),
            "wood": M("wood_planks", "#6a4a2e"),
            "hollow": M("iron", "#1c1d1f"),
        },
        parts=(
            RecipePart("plate", "steel", ("plate", "breastplate", "cuirass", "lames", "steel")),
            RecipePart("trim", "trim", ("trim", "rivets", "edge", "roll")),
            RecipePart("hollows", "hollow", ("opening", "neck")),
            RecipePart("straps", "leather", ("straps", "strap", "buckles")),
            RecipePart("stand", "wood", ("stand", "post", "base", "rack")),
        ),
        params=(
            Param(
                "stand",
                "bool",
                True,
                words={
                    "stand": True,
                    "displayed": True,
                    "display": True,
                    "standalone": False,
                    "loose": False,
                },
                doc="On a wooden display stand (otherwise resting on its skirt).",
            ),
        ),
        build=breastplate,
        collider="box",
        description="A steel breastplate with a ridge, skirt lames and a rolled neck, on a display stand.",
    ),
    Recipe(
        name="gauntlet",
        category="armour",
        nouns=("gauntlet", "gauntlets", "armoured glove", "leather glove", "metal glove"),
        synsets=("gauntlet.n.02",),
        size=SizePrior((0.17, 0.34, 0.12), 0.3),
        materials={"steel": STEEL, "leather": M("leather", "#6b4226")},
        parts=(
            RecipePart("gauntlet", "steel", ("gauntlet", "plates", "fingers", "cuff", "hand")),
            RecipePart("glove", "leather", ("glove", "fingers", "cuff", "hand")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "plate",
                choices=("plate", "leather"),
                words={
                    "plate": "plate",
                    "steel": "plate",
                    "iron": "plate",
                    "armoured": "plate",
                    "armored": "plate",
                    "knight's": "plate",
                    "leather": "leather",
                    "hide": "leather",
                    "suede": "leather",
                    "riding": "leather",
                },
                doc="A plated steel gauntlet, or a leather glove with a flared cuff.",
            ),
            Param("pair", "bool", False, words=PAIR_WORDS, doc="A left and a right one."),
        ),
        build=gauntlet,
        collider="box",
        description="A steel gauntlet standing on its flared cuff, its fingers jointed and curled.",
    ),
    Recipe(
        name="boot",
        category="armour",
        nouns=(
            "boot",
            "boots",
            "leather boot",
            "riding boot",
            "sabaton",
            "jackboot",
            "walking boot",
        ),
        synsets=("boot.n.01",),
        size=SizePrior((0.26, 0.37, 0.33), 0.25),
        materials={
            "leather": M("leather", "#5a3a22"),
            "sole": M("leather", "#2b211a"),
            "cuff": M("leather", "#7a5636"),
            "buckle": M("brass", "#b89445"),
            "steel": STEEL,
            "trim": M("brass", "#b48a3c"),
        },
        parts=(
            RecipePart("boot", "leather", ("boot", "shaft", "upper", "toe", "leather")),
            RecipePart("soles", "sole", ("sole", "soles", "heel", "heels")),
            RecipePart("cuffs", "cuff", ("cuff", "cuffs", "strap", "straps", "top")),
            RecipePart("buckles", "buckle", ("buckle", "buckles")),
            RecipePart("plates", "steel", ("plates", "sabaton", "greave")),
            RecipePart("trim", "trim", ("trim", "rim")),
        ),
        params=(
            Param(
                "style",
                "choice",
                "leather",
                choices=("leather", "plate"),
                words={
                    "leather": "leather",
                    "riding": "leather",
                    "cavalier": "leather",
                    "plate": "plate",
                    "armoured": "plate",
                    "armored": "plate",
                    "steel": "plate",
                    "iron": "plate",
                    "sabaton": "plate",
                },
                doc="A leather boot with a turned-down cuff, or a plated sabaton and greave.",
            ),
            Param("pair", "bool", True, words=PAIR_WORDS, doc="A pair side by side, or one boot."),
        ),
        build=boot,
        collider="box",
        description="A pair of tall leather boots with turned-down cuffs and buckled straps.",
    ),
]
