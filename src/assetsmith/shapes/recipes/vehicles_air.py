"""Aircraft (game blockouts at real size, nose +Z): a light propeller plane, a biplane, a jet."""

from __future__ import annotations

from ..dsl import box, cone, cylinder, extrude, loft, part, program, section, sphere, sweep, torus
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def _fuselage(stations: list[tuple[float, float, float, float]]) -> dict:
    """A fuselage lofted along Z through (z, width, height, centre height) stations."""
    secs = []
    for z, w, h, y in stations:
        shape = "ellipse" if min(w, h) < 0.5 else "rounded_rect"
        kw = {"size": [w, h]} | ({"corner": min(w, h) * 0.42} if shape == "rounded_rect" else {})
        secs.append(section(z, shape, offset=[0, y], **kw))
    return loft(*secs, axis="z", smooth=True)


def _wing(
    half_span: float, root: tuple[float, float], tip: tuple[float, float]
) -> list[list[float]]:
    """A right wing seen from above ([x, z]): root chord (z_back, z_front) at x = 0, tip chord at
    x = half_span, with a rounded tip."""
    (rb, rf), (tb, tf) = root, tip
    s = half_span
    return [[0.0, rb], [s - 0.15, tb], [s, tb + 0.12], [s, tf - 0.12], [s - 0.15, tf], [0.0, rf]]


def _gear(r: float, x: float, z: float, strut_top: float, tag: str) -> list:
    """A landing-gear leg: a tyre on a strut up to the wing or belly; a pair mirrored across the
    centre line when x > 0, a single leg on it when x == 0."""
    wheel = (
        part(f"wheel_{tag}", "rubber", torus(r * 0.7, r * 0.3), part="wheels")
        .moved(0, -r * 0.3, 0)
        .turned(z=90)
        .moved(x + r * 0.3, r, z)
    )
    strut = part(
        f"strut_{tag}", "metal", sweep([[x, r, z], [x * 0.85, strut_top, z]], 0.05), part="gear"
    )
    if x:
        wheel, strut = wheel.mirror("x"), strut.mirror("x")
    return [wheel, strut]


def _propeller(at: tuple[float, float, float], radius: float, blades: int = 2) -> list:
    x, y, z = at
    return [
        part("spinner", "prop", cone(0.22, 0.45, radius_top=0.02), part="propeller")
        .rotate(x=90)
        .at(x, y, z),
        part("blades", "prop", box([0.14, radius, 0.03], bevel=0.01), part="propeller")
        .twist(25)
        .radial(blades, axis="z", start=90)
        .at(x, y, z + 0.12),
    ]


def airplane(p) -> dict:
    kind = p.kind
    if kind == "jet":
        return _jet(p)
    bi = kind == "biplane"
    y = 1.45 if not bi else 1.35
    nose = 3.6 if not bi else 3.0
    stations = [
        (-4.3, 0.14, 0.3, y + 0.45),
        (-2.6, 0.62, 0.8, y + 0.2),
        (-0.2, 1.15, 1.35, y + 0.05),
        (1.6, 1.1, 1.2, y),
        (2.9, 0.95, 0.95, y - 0.05),
        (nose, 0.6, 0.6, y - 0.05),
    ]
    if bi:
        stations = [
            (-3.8, 0.14, 0.3, y + 0.35),
            (-2.2, 0.55, 0.75, y + 0.15),
            (0.0, 0.95, 1.05, y),
            (2.2, 0.95, 1.0, y),
            (nose, 0.7, 0.7, y),
        ]
    parts = [part("fuselage", "paint", _fuselage(stations)).uv("box").detail(1.4)]
    tail_z = stations[0][0]
    parts += [
        part(
            "tailplane",
            "paint",
            extrude(
                _wing(1.7, (tail_z + 0.1, tail_z + 0.95), (tail_z + 0.25, tail_z + 0.75)),
                0.08,
                axis="y",
                bevel=0.03,
            ),
            part="wings",
        )
        .mirror("x")
        .at(0, y + 0.35, 0),
        part(
            "fin",
            "paint",
            extrude(
                [[tail_z - 0.05, 0.0], [tail_z + 1.1, 0.0], [tail_z + 0.35, 1.25], [tail_z, 1.25]],
                0.08,
                axis="x",
                bevel=0.03,
            ),
            part="wings",
        ).at(0, y + 0.4, 0),
    ]
    parts += _propeller((0.0, y - 0.05, nose - 0.05), 0.95 if not bi else 0.85)
    if bi:
        # Two stacked straight wings joined by struts, an open cockpit behind them.
        wing = _wing(4.4, (-0.2, 1.3), (-0.15, 1.25))
        parts += [
            part("lower_wing", "paint", extrude(wing, 0.12, axis="y", bevel=0.04), part="wings")
            .mirror("x")
            .at(0, y - 0.45, 0),
            part(
                "upper_wing",
                "paint",
                extrude(_wing(4.7, (-0.3, 1.25), (-0.25, 1.2)), 0.12, axis="y", bevel=0.04),
                part="wings",
            )
            .mirror("x")
            .at(0, y + 1.15, 0.15),
            part("struts", "metal", cylinder(0.035, 1.5), part="gear")
            .array(2, [0, 0, 1.0], center=True)
            .array(2, [5.4, 0, 0], center=True)
            .at(0, y - 0.36, 0.55),
            part("cabane", "metal", cylinder(0.03, 0.9), part="gear")
            .array(2, [0.7, 0, 0], center=True)
            .at(0, y + 0.3, 0.6),
            part("cockpit", "hollow", cylinder(0.36, 0.3), part="cockpit")
            .scale([1.0, 1.0, 1.4])
            .at(0, y + 0.28, -1.0),
            part("windscreen", "glass", box([0.6, 0.25, 0.03]), part="windows")
            .rotate(x=-25)
            .at(0, y + 0.58, -0.45),
        ]
        parts += _gear(0.36, 0.85, 1.3, y - 0.3, "main")
        parts.append(
            part(
                "tail_skid", "metal", sweep([[0, y + 0.1, -3.4], [0, 0.0, -3.6]], 0.04), part="gear"
            )
        )
        return program(*parts, collider="mesh_convex")
    # A light low-wing monoplane: a cabin with a bubble of glass, tricycle landing gear.
    parts += [
        part(
            "wings",
            "paint",
            extrude(_wing(5.2, (-0.75, 1.0), (-0.45, 0.6)), 0.16, axis="y", bevel=0.06),
        )
        .turned(z=4)
        .mirror("x")
        .at(0, y - 0.5, 0),
        part("canopy", "glass", sphere(0.62, portion=0.55), part="windows")
        .scale([0.88, 0.8, 1.9])
        .at(0, y + 0.48, 0.45),
        part("wing_lights", "beacon", sphere(0.07), part="lights")
        .array(2, [10.35, 0, 0], center=True)
        .at(0, y - 0.13, 0.2),
    ]
    parts += _gear(0.28, 1.3, 0.0, y - 0.45, "main") + _gear(0.22, 0.0, 2.6, y - 0.4, "nose")
    return program(*parts, collider="mesh_convex")


def _jet(p) -> dict:
    # A business jet: a slim tube with a pointed nose, swept wings, a T-tail and two engines on
    # the rear fuselage; a row of cabin windows.
    y = 1.7
    stations = [
        (-7.4, 0.2, 0.5, y + 0.75),
        (-5.5, 1.2, 1.4, y + 0.35),
        (-3.0, 1.75, 1.9, y + 0.1),
        (3.0, 1.75, 1.9, y + 0.05),
        (5.5, 1.3, 1.35, y - 0.1),
        (7.0, 0.5, 0.5, y - 0.25),
        (7.4, 0.12, 0.12, y - 0.3),
    ]
    wing = [[0.0, -1.6], [6.6, -3.6], [6.8, -3.4], [6.8, -2.6], [0.0, 1.4]]
    tail = [[0.0, -7.6], [2.6, -8.6], [2.7, -8.2], [0.0, -6.7]]
    fin = [[-7.2, 0.0], [-5.4, 0.0], [-6.9, 2.7], [-7.9, 2.7]]
    parts = [
        part("fuselage", "paint", _fuselage(stations)).uv("box").detail(1.5),
        part("wings", "paint", extrude(wing, 0.22, axis="y", bevel=0.08))
        .turned(z=3)
        .mirror("x")
        .at(0, y - 0.75, 0),
        part("tailplane", "paint", extrude(tail, 0.1, axis="y", bevel=0.04), part="wings")
        .mirror("x")
        .at(0, y + 3.25, 0.0),
        part("fin", "paint", extrude(fin, 0.14, axis="x", bevel=0.05), part="wings").at(
            0, y + 0.7, 0
        ),
        part("engines", "metal", cylinder(0.42, 2.4, bevel=0.12))
        .turned(x=90)
        .moved(1.35, y + 0.55, -6.4)
        .mirror("x"),
        part("intakes", "hollow", cylinder(0.33, 0.05), part="cockpit")
        .turned(x=90)
        .moved(1.35, y + 0.55, -4.02)
        .mirror("x"),
        part("pylons", "paint", box([0.6, 0.14, 1.0]), part="wings")
        .moved(0.75, y + 0.55, -5.2)
        .mirror("x"),
        part("windscreen", "glass", box([1.1, 0.35, 0.6], bevel=0.06), part="windows")
        .rotate(x=-30)
        .at(0, y + 0.38, 5.65),
        part("cabin_windows", "glass", box([1.8, 0.3, 0.3], bevel=0.06), part="windows")
        .array(7, [0, 0, 0.75], center=True)
        .at(0, y + 0.3, 0.8),
        part("exhaust", "glow", cylinder(0.3, 0.06))
        .turned(x=90)
        .moved(1.35, y + 0.55, -6.45)
        .mirror("x"),
    ]
    parts += _gear(0.35, 1.4, -0.9, y - 0.7, "main") + _gear(0.28, 0.0, 5.0, y - 0.5, "nose")
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="airplane",
        category="vehicles_ships",
        nouns=(
            "airplane",
            "aeroplane",
            "plane",
            "aircraft",
            "jet",
            "biplane",
            "propeller plane",
            "light aircraft",
            "monoplane",
            "jet plane",
            "airliner",
        ),
        synsets=("airplane.n.01", "jet.n.01", "biplane.n.01"),
        size=SizePrior((10.5, 3.3, 8.1), 0.2),
        materials={
            "paint": M("painted_metal", "#e9e6df"),
            "metal": M("iron", "#8d9196"),
            "prop": M("painted_metal", "#2b2b2b"),
            "glass": M("crystal", "#263c4a"),
            "rubber": M("plastic", "#1c1c1e"),
            "hollow": M("plastic", "#121212"),
            "beacon": M("crystal", "#ff3b30", emissive="#ff3b30", emissive_strength=5.0),
            "glow": M("crystal", "#ff9a3d", emissive="#ff8a2a", emissive_strength=4.0),
        },
        parts=(
            RecipePart("fuselage", "paint", ("fuselage", "body", "hull", "nose")),
            RecipePart("wings", "paint", ("wings", "wing", "tail", "fin", "tailplane", "rudder")),
            RecipePart("propeller", "prop", ("propeller", "prop", "spinner", "blades")),
            RecipePart(
                "windows", "glass", ("windows", "window", "canopy", "cockpit", "windscreen")
            ),
            RecipePart("cockpit", "hollow", ("cockpit", "intakes", "seat")),
            RecipePart("gear", "metal", ("struts", "landing gear", "gear", "undercarriage")),
            RecipePart("wheels", "rubber", ("wheels", "wheel", "tyres", "tires")),
            RecipePart("engines", "metal", ("engines", "engine", "turbines", "jets")),
            RecipePart("lights", "beacon", ("lights", "beacons", "navigation lights")),
            RecipePart("exhaust", "glow", ("exhaust", "afterburner", "glow")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "propeller",
                choices=("propeller", "biplane", "jet"),
                words={
                    "propeller": "propeller",
                    "prop": "propeller",
                    "light": "propeller",
                    "cessna": "propeller",
                    "monoplane": "propeller",
                    "biplane": "biplane",
                    "vintage": "biplane",
                    "ww1": "biplane",
                    "jet": "jet",
                    "airliner": "jet",
                    "business": "jet",
                    "private": "jet",
                    "passenger": "jet",
                },
                doc="A light propeller plane (10 m span), a biplane, or a 15 m business jet.",
            ),
        ),
        build=airplane,
        long_axis="z",
        collider="mesh_convex",
        description="A light low-wing propeller plane: lofted fuselage, wings with dihedral, tail, "
        "glass canopy, landing gear (or a biplane, or a business jet).",
    ),
]
