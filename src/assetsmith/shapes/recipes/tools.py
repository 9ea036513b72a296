"""Workshop tools and props: anvil, workbench, ladder, saw, broom. The saw and the broom stand
upright on their handles like the other hand tools (hand_tools.py)."""

from __future__ import annotations

from ..dsl import boards, box, cylinder, extrude, lathe, loft, macro, part, program, section, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .hafts import finer, haft

M = MaterialRole


def anvil(p) -> dict:
    # The top: horn tip -> rounded horn -> flat face -> square heel, lofted along X (sections [z, y]).
    top = loft(
        section(-0.40, "circle", radius=0.008, offset=[0, 0.035]),
        section(-0.30, "ellipse", size=[0.05, 0.045], offset=[0, 0.03]),
        section(-0.17, "rounded_rect", size=[0.1, 0.075], corner=0.03, offset=[0, 0.012]),
        section(-0.10, "rounded_rect", size=[0.12, 0.09], corner=0.008),
        section(0.28, "rounded_rect", size=[0.12, 0.09], corner=0.008),
        section(0.30, "rounded_rect", size=[0.118, 0.088], corner=0.012),
        axis="x",
        smooth=True,
    )
    # The waist: a tapered block from the feet up to the face.
    waist = loft(
        section(0.0, "rect", size=[0.3, 0.22]),
        section(0.04, "rect", size=[0.22, 0.15]),
        section(0.12, "rect", size=[0.15, 0.1]),
        section(0.19, "rect", size=[0.2, 0.11]),
    )
    parts = [
        part("feet", "iron", box([0.34, 0.04, 0.26], bevel=0.008), part="body"),
        part("waist", "iron", waist, part="body").on("feet", "top", gap=-0.002),
        part("top", "iron", top, part="body").on("waist", "top", gap=-0.004, x=0.35),
        part("hardy", "dark_iron", box([0.022, 0.004, 0.022]), part="face").on(
            "top", "top", gap=-0.003, x=0.82
        ),
    ]
    if p.stand:
        parts.insert(
            0, part("stand", None, macro("stump", 0.46, {"trunk": "bark", "top": "end_grain"}))
        )
        parts[1] = parts[1].on("stand", "top", gap=-0.004)
    return program(*parts, collider="box")


def _teeth(
    p0: tuple[float, float], p1: tuple[float, float], pitch: float, depth: float
) -> list[list[float]]:
    """Saw teeth from p0 to p1 along a blade's edge, pointing out to its right (+X side)."""
    (x0, y0), (x1, y1) = p0, p1
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    n = max(2, int(length / pitch))
    tx, ty = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = ty, -tx  # outward normal (to the right of the direction of travel)
    out = []
    for i in range(n):
        a = i / n
        b = (i + 0.6) / n
        out.append([round(x0 + (x1 - x0) * a, 5), round(y0 + (y1 - y0) * a, 5)])
        out.append(
            [round(x0 + (x1 - x0) * b + nx * depth, 5), round(y0 + (y1 - y0) * b + ny * depth, 5)]
        )
    return out


def saw(p) -> dict:
    if p.kind == "bow":  # a bow saw: a thin blade strung across a curved wooden frame
        frame = sweep(
            [[-0.02, 0.0, 0], [-0.2, 0.12, 0], [-0.26, 0.35, 0], [-0.2, 0.58, 0], [-0.02, 0.7, 0]],
            0.014,
            curve="smooth",
        )
        return program(
            *finer(
                [
                    part("handle", "wood", frame),
                    part("grips", "wood", cylinder(0.018, 0.09, bevel=0.004), part="handle")
                    .array(2, [0, 0.63, 0])
                    .at(-0.01, 0.0, 0),
                    part(
                        "blade",
                        "steel",
                        extrude(
                            [[-0.01, 0.0]]
                            + _teeth((0.012, 0.0), (0.012, 0.72), 0.01, 0.005)
                            + [[-0.01, 0.72]],
                            0.0012,
                        ),
                    ).at(0.0, 0.0, 0),
                ],
                2.0,
            ),
            collider="box",
        )
    edge = _teeth((0.11, 0.1), (0.055, 0.63), 0.012, 0.006)
    blade = [[-0.02, 0.1]] + edge + [[0.055, 0.635], [-0.02, 0.65]]
    grip = [
        [-0.06, 0.0],
        [0.1, 0.0],
        [0.125, 0.04],
        [0.12, 0.15],
        [0.07, 0.175],
        [-0.035, 0.17],
        [-0.065, 0.12],
    ]
    hole = [
        [-0.03, 0.035],
        [0.075, 0.035],
        [0.088, 0.06],
        [0.08, 0.11],
        [-0.025, 0.11],
        [-0.038, 0.07],
    ]
    return program(
        *finer(
            [
                part(
                    "handle",
                    "wood",
                    extrude(grip, 0.024, holes=[hole], smooth=True, crease=50, bevel=0.005),
                ).uv("box"),
                part("blade", "steel", extrude(blade, 0.0015, crease=20)).detail(1.5),
                part("rivets", "brass", cylinder(0.006, 0.028), part="rivets")
                .rotate(x=90)
                .at(0.0, 0.14, -0.014),
                part("rivet_2", "brass", cylinder(0.006, 0.028), part="rivets")
                .rotate(x=90)
                .at(0.07, 0.15, -0.014),
            ],
            2.0,
        ),
        collider="box",
    )


def broom(p) -> dict:
    stick = 1.15
    if p.kind == "push":  # a sweeping brush: a block of bristles across a wooden stock
        return program(
            *finer(
                [
                    haft("handle", "wood", stick, 0.014),
                    part("stock", "wood", box([0.42, 0.05, 0.06], bevel=0.008), part="head").at(
                        0, stick - 0.01, 0
                    ),
                    part(
                        "bristles",
                        "bristle",
                        boards(
                            [0.4, 0.09, 0.05],
                            16,
                            run="y",
                            thickness_axis="z",
                            gap=0.002,
                            bevel=0.002,
                            jitter=0.2,
                        ),
                    ).at(0, stick + 0.035, 0),
                ],
                1.5,
            ),
            collider="box",
        )
    # A besom: twigs bound round the stick, flaring out to a ragged end.
    length = 0.5
    twigs = lathe(
        [
            [0.0, 0.0],
            [0.03, 0.0],
            [0.034, 0.09],
            [0.06, 0.2],
            [0.1, 0.36],
            [0.12, 0.46],
            [0.1, length],
            [0.05, length - 0.02],
            [0.0, length - 0.03],
        ],
        smooth=True,
    )
    return program(
        *finer(
            [
                haft("handle", "wood", stick + 0.05, 0.016, top_radius=0.014, bow=0.02),
                part("twigs", "bristle", twigs)
                .uv("cylindrical")
                .at(0, stick - 0.05, 0)
                .detail(1.3),
                part("strands", "bristle", cylinder(0.004, 0.32), part="twigs")
                .taper(0.4)
                .turned(z=-11)
                .radial(14, jitter={"rotate": [0, 12, 5], "scale": 0.2})
                .at(0, stick + 0.12, 0),
                part("bindings", "rope", cylinder(0.038, 0.03))
                .array(2, [0, 0.09, 0])
                .at(0, stick - 0.02, 0),
            ],
            1.5,
        ),
        collider="box",
    )


def ladder(p) -> dict:
    if p.kind == "step":  # an A-frame stepladder: flat treads in front, a braced back
        h = 1.5
        n = max(3, min(6, p.rungs // 2))
        lean = (
            0.176  # tan(10 degrees): the front leans back, the back legs lean forwards to meet it
        )
        step = (h - 0.3) / n
        return program(
            part("rails", "wood", box([0.05, h, 0.07], bevel=0.006))
            .turned(x=-10)
            .array(2, [0.46, 0, 0], center=True)
            .at(0, 0, 0.28),
            part("back", "wood", box([0.045, h - 0.05, 0.05], bevel=0.006), part="rails")
            .turned(x=14)
            .array(2, [0.46, 0, 0], center=True)
            .at(0, 0, -0.35),
            part("rungs", "wood", box([0.44, 0.025, 0.12], bevel=0.005))
            .array(n, [0, step, -step * lean])
            .at(0, 0.28, 0.28 - 0.3 * lean),
            part("top", "wood", box([0.5, 0.03, 0.22], bevel=0.006), part="rungs").at(
                0, h - 0.04, -0.02
            ),
            part("braces", "wood", box([0.42, 0.04, 0.02], bevel=0.004), part="rails")
            .array(2, [0, 0.5, 0.12])
            .at(0, 0.35, -0.3),
            collider="box",
        )
    n = p.rungs
    pitch = 0.3
    h = pitch * (n + 1)
    rails = part("rails", "wood", box([0.055, h, 0.07], bevel=0.008)).array(
        2, [0.42, 0, 0], center=True
    )
    rungs = part("rung", "wood", cylinder(0.017, 0.44, bevel=0.003), part="rungs").turned(z=90)
    parts = [rails]
    missing = set()
    if p.condition == "broken":  # a rung gone and one snapped and hanging
        missing = {n // 2, n // 2 + 2}
        parts.append(
            part("snapped", "wood", cylinder(0.017, 0.2, bevel=0.003), part="rungs")
            .turned(z=70)
            .at(0.21, pitch * (n // 2 + 3) - 0.02, 0)
        )
    runs, start = [], 0
    for i in sorted(missing) + [n]:
        if i > start:
            runs.append((start, i - start))
        start = i + 1
    for k, (first, count) in enumerate(runs):
        parts.append(
            part(f"rungs_{k}", "wood", rungs.data["primitive"], part="rungs")
            .turned(z=90)
            .array(count, [0, pitch, 0])
            .at(0.22, pitch * (first + 1), 0)
        )
    return program(*finer(parts, 1.5), collider="box")


def workbench(p) -> dict:
    w, d, h = 1.8, 0.7, 0.86
    top_t = 0.08
    leg_h = h - top_t
    parts = [
        part("top", "wood", boards([w, top_t, d], 5, run="x", gap=0.003, bevel=0.004)).at(
            0, leg_h, 0
        ),
        part("legs", "dark_wood", box([0.09, leg_h, 0.09], bevel=0.008), part="frame")
        .array(2, [w - 0.3, 0, 0], center=True)
        .array(2, [0, 0, d - 0.16], center=True),
        part("stretchers", "dark_wood", box([w - 0.3, 0.08, 0.05], bevel=0.006), part="frame")
        .array(2, [0, 0, d - 0.16], center=True)
        .at(0, 0.15, 0),
        part("rails", "dark_wood", box([0.05, 0.08, d - 0.16], bevel=0.006), part="frame")
        .array(2, [w - 0.3, 0, 0], center=True)
        .at(0, leg_h - 0.1, 0),
    ]
    if p.shelf:
        parts.append(
            part("shelf", "wood", boards([w - 0.4, 0.03, d - 0.2], 4, run="x"), part="top").at(
                0, 0.23, 0
            )
        )
    if p.vise:  # a face vise at the front-left corner: a jaw, a screw and its bar handle
        parts += [
            part("jaw", "dark_wood", box([0.36, 0.22, 0.06], bevel=0.01), part="frame").at(
                -w / 2 + 0.3, h - 0.22, d / 2 + 0.03
            ),
            part("screw", "iron", cylinder(0.022, 0.18), part="vise")
            .rotate(x=90)
            .at(-w / 2 + 0.3, h - 0.11, d / 2),
            part("vise_bar", "iron", cylinder(0.012, 0.3), part="vise")
            .rotate(z=90)
            .at(-w / 2 + 0.45, h - 0.11, d / 2 + 0.17),
        ]
    if p.tools:  # a mallet and a hand plane on the top, a saw hanging at the back
        y = h
        parts += [
            part("mallet_head", "pale_wood", cylinder(0.045, 0.14, bevel=0.006), part="tools")
            .rotate(z=90)
            .at(0.55, y + 0.045, 0.1),
            part("mallet_handle", "pale_wood", cylinder(0.014, 0.3), part="tools")
            .rotate(x=90)
            .at(0.48, y + 0.045, -0.22),
            part("plane", "pale_wood", box([0.26, 0.06, 0.07], bevel=0.008), part="tools").at(
                0.05, y, 0.15
            ),
            part("plane_knob", "pale_wood", cylinder(0.018, 0.05, bevel=0.006), part="tools").at(
                0.15, y + 0.055, 0.15
            ),
            part("plane_iron", "iron", box([0.02, 0.06, 0.05]), part="vise")
            .rotate(z=-35)
            .at(0.0, y + 0.05, 0.15),
            part("chisel", "iron", box([0.02, 0.012, 0.22], bevel=0.003), part="vise")
            .rotate(y=25)
            .at(-0.3, y, 0.05),
        ]
    return program(*finer(parts, 1.2), collider="box")


RECIPES = [
    Recipe(
        name="anvil",
        category="tools",
        nouns=("anvil", "blacksmith anvil", "smithing anvil"),
        synsets=("anvil.n.01",),
        size=SizePrior((0.7, 0.8, 0.72), 0.3),
        materials={
            "iron": M("iron", "#4a4d50"),
            "dark_iron": M("iron", "#2c2e30"),
            "bark": M("bark"),
            "end_grain": M("end_grain"),
        },
        parts=(
            RecipePart("body", "iron", ("body", "anvil", "horn", "face")),
            RecipePart("face", "dark_iron", ("hardy", "hole")),
            RecipePart("trunk", "bark", ("stump", "block", "stand", "base", "log")),
            RecipePart("top", "end_grain", ()),
        ),
        params=(
            Param(
                "stand",
                "bool",
                True,
                words={"stump": True, "block": True, "standalone": False, "bare": False},
                doc="Set on a tree-stump block.",
            ),
        ),
        build=anvil,
        long_axis="x",
        collider="box",
        description="A blacksmith's anvil with a horn and heel, on a stump.",
    ),
    Recipe(
        name="workbench",
        category="tools",
        nouns=(
            "workbench",
            "work bench",
            "work table",
            "worktable",
            "carpenter's bench",
            "woodworking bench",
        ),
        synsets=("workbench.n.01", "worktable.n.01"),
        size=SizePrior((1.8, 0.98, 0.97), 0.25),
        materials={
            "wood": M("wood_planks", "#9a6a3c"),
            "dark_wood": M("wood_planks", "#5f3d22"),
            "pale_wood": M("wood_planks", "#b88d5a"),
            "iron": M("iron", "#55595e"),
        },
        parts=(
            RecipePart("top", "wood", ("top", "surface", "benchtop", "shelf", "planks")),
            RecipePart("frame", "dark_wood", ("legs", "frame", "stretchers", "jaw")),
            RecipePart("vise", "iron", ("vise", "vice", "screw", "clamp")),
            RecipePart("tools", "pale_wood", ("tools", "mallet", "plane")),
        ),
        params=(
            Param(
                "vise",
                "bool",
                True,
                words={"vise": True, "vice": True},
                doc="A face vise at the front.",
            ),
            Param(
                "shelf", "bool", True, words={"shelf": True, "shelved": True}, doc="A lower shelf."
            ),
            Param(
                "tools",
                "bool",
                True,
                words={
                    "tools": True,
                    "cluttered": True,
                    "bare": False,
                    "empty": False,
                    "clean": False,
                },
                doc="A mallet, a plane and a chisel lying on the top.",
            ),
        ),
        build=workbench,
        long_axis="x",
        collider="box",
        description="A heavy carpenter's workbench: a thick plank top on braced legs, a vise, tools.",
    ),
    Recipe(
        name="ladder",
        category="tools",
        nouns=("ladder", "stepladder", "step ladder", "wooden ladder", "rope ladder"),
        synsets=("ladder.n.01", "step_ladder.n.01"),
        size=SizePrior((0.48, 2.7, 0.07), 0.25),
        materials={"wood": M("wood_planks", "#8a6038")},
        parts=(
            RecipePart("rails", "wood", ("rails", "sides", "stiles", "legs")),
            RecipePart("rungs", "wood", ("rungs", "steps", "treads")),
        ),
        params=(
            Param(
                "rungs",
                "int",
                8,
                3,
                16,
                count_nouns=("rungs", "rung", "steps", "treads"),
                doc="Rungs, 30 cm apart: the ladder's height follows them.",
            ),
            Param(
                "kind",
                "choice",
                "ladder",
                choices=("ladder", "step"),
                words={"stepladder": "step", "step": "step", "folding": "step", "a-frame": "step"},
                doc="A straight ladder, or an A-frame stepladder.",
            ),
        ),
        build=ladder,
        collider="box",
        description="A straight wooden ladder: two rails and round rungs 30 cm apart.",
    ),
    Recipe(
        name="saw",
        category="tools",
        nouns=("saw", "handsaw", "hand saw", "bow saw", "bucksaw", "crosscut saw", "ripsaw"),
        synsets=("saw.n.02", "handsaw.n.01", "bucksaw.n.01", "crosscut_saw.n.01"),
        size=SizePrior((0.19, 0.65, 0.028), 0.25),
        materials={
            "wood": M("wood_planks", "#7a4a2a"),
            "steel": M("iron", "#9aa0a8"),
            "brass": M("brass"),
        },
        parts=(
            RecipePart("handle", "wood", ("handle", "grip", "frame")),
            RecipePart("blade", "steel", ("blade", "teeth", "edge")),
            RecipePart("rivets", "brass", ("rivets", "screws")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "hand",
                choices=("hand", "bow"),
                words={
                    "hand": "hand",
                    "handsaw": "hand",
                    "bow": "bow",
                    "bucksaw": "bow",
                    "frame": "bow",
                },
                doc="A panel handsaw, or a bow saw with its blade strung across a curved frame.",
            ),
        ),
        build=saw,
        collider="box",
        description="A carpenter's handsaw standing on its closed wooden handle, toothed edge to +X.",
    ),
    Recipe(
        name="broom",
        category="tools",
        nouns=("broom", "besom", "broomstick", "witch's broom", "sweeping brush", "push broom"),
        synsets=("broom.n.01", "besom.n.01"),
        size=SizePrior((0.3, 1.78, 0.3), 0.25),
        materials={
            "wood": M("bark", "#6b5036"),
            "bristle": M("straw", "#b89a58"),
            "rope": M("rope"),
        },
        parts=(
            RecipePart("handle", "wood", ("handle", "stick", "broomstick", "shaft", "pole")),
            RecipePart("twigs", "bristle", ("twigs", "bristles", "brush", "head", "straw")),
            RecipePart("bristles", "bristle", ("bristles", "brush")),
            RecipePart("head", "wood", ("head", "stock", "block")),
            RecipePart("bindings", "rope", ("bindings", "binding", "cord", "twine")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "besom",
                choices=("besom", "push"),
                words={
                    "besom": "besom",
                    "witch's": "besom",
                    "witch": "besom",
                    "twig": "besom",
                    "push": "push",
                    "sweeping": "push",
                    "brush": "push",
                    "yard": "push",
                },
                doc="A besom of bound twigs (a witch's broom), or a push broom.",
            ),
        ),
        build=broom,
        round=True,
        collider="box",
        description="A besom: bundled twigs bound to a crooked stick, standing on the stick.",
    ),
]
