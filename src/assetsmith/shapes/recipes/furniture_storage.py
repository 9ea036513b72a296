"""Furniture that stores things: bookshelf, wardrobe, cupboard, chest of drawers, desk, wall shelf."""

from __future__ import annotations

from ..dsl import Part, boards, box, cylinder, extrude, lathe, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior
from .cabinetry import T, bracket_feet, carcass, door, drawer, moulded_top

M = MaterialRole
BOOK_ROLES = ("books_red", "books_green", "books_blue", "books_brown")
BOOK_WORDS = ("books", "book", "tomes", "volumes")
OPEN_WORDS = {"open": True, "opened": True, "ajar": True, "closed": False, "shut": False}
WOOD = M("wood_planks", "#7a4e2c")
BRASS = M("brass", "#b8913f")


def book_rows(
    prefix: str,
    x0: float,
    x1: float,
    y0: float,
    space: float,
    z_back: float,
    rng,
    detail: float = 1.0,
    depth: tuple[float, float] = (0.15, 0.22),
    runs: tuple[int, int] = (3, 9),
) -> list[Part]:
    """Books standing on a shelf from x0 to x1 (their spines at the front), in runs of one colour
    and height, with now and then a leaning book or a short pile lying flat. Each run is its own
    part with its own bevel and detail weight, so the runs gain their rounded spines at different
    detail levels (the triangle count climbs in small steps, not one jump)."""
    parts = []
    x = x0
    k = 0
    end = x1 - rng.uniform(0.04, 0.22)
    while x < end - 0.05:
        role = BOOK_ROLES[int(rng.integers(0, len(BOOK_ROLES)))]
        kind = rng.uniform()
        if kind < 0.12 and end - x > 0.25:  # a pile lying flat
            n = int(rng.integers(2, 5))
            bw, bt = float(rng.uniform(0.15, 0.22)), float(rng.uniform(0.025, 0.04))
            bd = float(rng.uniform(depth[0] * 0.95, depth[1] * 0.85))
            parts.append(
                part(f"{prefix}_{k}", role, box([bw, bt, bd], bevel=0.004), part=role)
                .array(n, [0, bt + 0.001, 0], jitter={"rotate": [0, 8, 0]})
                .at(x + bw / 2 + 0.01, y0, z_back + bd / 2 + 0.01)
                .detail(detail * float(rng.uniform(0.7, 1.3)))
            )
            x += bw + 0.03
        else:
            run = int(rng.integers(*runs))
            bw = float(rng.uniform(0.022, 0.045))
            bh = float(min(space, rng.uniform(0.62, 0.95) * space))
            bd = float(rng.uniform(*depth))
            n = max(1, min(run, int((end - x) / (bw + 0.002))))
            parts.append(
                part(f"{prefix}_{k}", role, box([bw, bh, bd], bevel=min(0.006, bw / 4)), part=role)
                .array(n, [bw + 0.002, 0, 0], jitter={"scale": 0.07, "rotate": [0, 2, 0]})
                .at(x + bw / 2, y0, z_back + bd / 2 + 0.01)
                .detail(detail * float(rng.uniform(0.7, 1.3)))
            )
            x += n * (bw + 0.002) + 0.002
            if rng.uniform() < 0.25 and end - x > 0.1 and bh < space * 0.9:  # one leaning over
                lw, lh = bw, bh * 0.95
                parts.append(
                    part(
                        f"{prefix}_{k}_lean",
                        role,
                        box([lw, lh, bd], bevel=min(0.006, lw / 4)),
                        part=role,
                    )
                    .rotate(z=-18)
                    .at(x + 0.5 * lh * 0.31 + lw / 2, y0 + 0.002, z_back + bd / 2 + 0.01)
                )
                x += lh * 0.31 + lw + 0.01
        k += 1
    return parts


def bookshelf(p) -> dict:
    w, d = 1.0, 0.34
    h = 1.9 * p.height
    pitch_goal = 0.42
    shelves = p.shelves or max(2, min(10, round((h - 0.16) / pitch_goal)))
    inner_w = w - 2 * T - 0.01
    base_h, top_h = 0.09, 0.07
    pitch = (h - base_h - top_h - T) / shelves
    parts = [
        part("sides", "wood", box([0.028, h - top_h, d], bevel=0.004), part="carcass").array(
            2, [w - 0.028, 0, 0], center=True
        ),
        moulded_top("cornice", w, d, h - top_h, height=top_h),
        part("plinth", "wood", box([inner_w, base_h, 0.02], bevel=0.004), part="carcass").at(
            0, 0, d / 2 - 0.03
        ),
        part(
            "back",
            "back",
            boards(
                [inner_w, h - top_h, 0.012], 6, run="y", thickness_axis="z", gap=0.002, jitter=0.08
            ),
            part="back",
        ).at(0, 0, -d / 2 + 0.006),
        # The shelf boards, each with a lip along its front edge.
        part("shelves", "wood", box([inner_w, T, d - 0.03], bevel=0.003), part="carcass")
        .array(shelves + 1, [0, pitch, 0])
        .at(0, base_h - T, 0.008),
        part("lips", "wood", box([inner_w, 0.035, 0.018], bevel=0.004), part="carcass")
        .array(shelves + 1, [0, pitch, 0])
        .at(0, base_h - T - 0.012, d / 2 - 0.01),
    ]
    if p.books:
        rng = p.rng
        for s in range(shelves):
            y0 = base_h + s * pitch
            fill = 1.0 if p.condition != "broken" else 0.5
            parts += book_rows(
                f"books_{s}",
                -inner_w / 2 + 0.01,
                -inner_w / 2 + 0.01 + inner_w * fill,
                y0,
                pitch - T - 0.03,
                -d / 2 + 0.02,
                rng,
            )
    return program(*parts, collider="box")


def wardrobe(p) -> dict:
    w, h, d, feet = 1.15, 2.0, 0.6, 0.1
    n = p.doors
    body_h = h - feet - 0.09
    drawer_h = 0.24
    parts = [
        *carcass(w, body_h, d, feet),
        bracket_feet(w, d, feet + 0.01),
        moulded_top("cornice", w, d, feet + body_h, height=0.09),
        part("divider", "wood", box([w - 2 * T, T, d - 0.02]), part="carcass").at(
            0, feet + drawer_h + T, 0
        ),
        part("rail", "iron", cylinder(0.012, w - 2 * T - 0.01), part="rail")
        .rotate(z=90)
        .at((w - 2 * T - 0.01) / 2, feet + body_h - 0.2, 0),
    ]
    parts += drawer(
        "drawer", w - 2 * T - 0.01, drawer_h - 0.01, 0, feet + T + 0.005, d / 2 - T, d, 0.0
    )
    dw = (w - 0.01) / n
    y_door = feet + drawer_h + 2 * T
    door_h = body_h - drawer_h - 2 * T - 0.005
    for k in range(n):
        x0 = -w / 2 + k * dw
        left = k < n / 2 or n == 1
        hx = x0 if left else x0 + dw
        angle = 95.0 if (p.open and k == n - 1) else 0.0
        parts += door(
            f"door_{k}",
            dw - 0.006,
            door_h,
            (hx + (0.003 if left else -0.003), y_door, d / 2),
            -1 if left else 1,
            angle,
            knob_y=door_h * 0.5,
        )
    if p.open:  # clothes hanging from the rail inside
        rng = p.rng
        for k in range(5):
            cw = float(rng.uniform(0.05, 0.09))
            ch = float(rng.uniform(0.7, 1.05))
            parts.append(
                part(f"cloth_{k}", "cloth", box([cw, ch, 0.42], bevel=0.02), part="clothes").at(
                    w / 2 - 0.12 - k * 0.11, feet + body_h - 0.22 - ch, 0
                )
            )
    return program(*parts, collider="box")


def cupboard(p) -> dict:
    w, h, d, feet = 1.0, 0.92, 0.5, 0.08
    n = p.doors
    top_t = 0.035
    body_h = h - feet - top_t
    parts = [
        *carcass(w, body_h, d, feet),
        bracket_feet(w, d, feet + 0.01),
        part("top", "wood", box([w + 0.05, top_t, d + 0.04], bevel=0.008), part="top").at(
            0, feet + body_h, 0.01
        ),
        part("shelf", "wood", box([w - 2 * T, T, d - 0.04]), part="carcass").at(
            0, feet + body_h * 0.45, -0.01
        ),
    ]
    door_top = feet + body_h - T
    if p.drawers:
        dh = 0.16
        dn = max(1, min(n, 3))
        dw = (w - 2 * T) / dn
        for k in range(dn):
            parts += drawer(
                f"drawer_{k}",
                dw - 0.008,
                dh,
                -w / 2 + T + dw * (k + 0.5),
                door_top - dh - 0.004,
                d / 2 - T,
                d,
                0.0,
                knobs=1,
            )
        door_top -= dh + 0.012
    dw = (w - 0.01) / n
    door_h = door_top - feet - T
    for k in range(n):
        x0 = -w / 2 + k * dw
        left = k < n / 2 or n == 1
        hx = x0 if left else x0 + dw
        angle = 100.0 if (p.open and k == n - 1) else 0.0
        parts += door(
            f"door_{k}",
            dw - 0.006,
            door_h,
            (hx + (0.003 if left else -0.003), feet + T, d / 2),
            -1 if left else 1,
            angle,
            knob_y=door_h - 0.1,
        )
    if p.open:  # crockery on the shelf
        parts.append(
            part(
                "crockery",
                "crockery",
                lathe([[0, 0], [0.05, 0], [0.06, 0.1], [0.055, 0.1], [0.045, 0.01], [0, 0.01]]),
                part="crockery",
            )
            .array(3, [0.14, 0, 0], center=True)
            .at(w / 2 - 0.3, feet + body_h * 0.45 + T, 0)
        )
    return program(*parts, collider="box")


def chest_of_drawers(p) -> dict:
    w, h, d, feet = 0.95, 1.0, 0.5, 0.1
    rows = p.drawers
    top_t = 0.035
    body_h = h - feet - top_t
    parts = [
        *carcass(w, body_h, d, feet),
        bracket_feet(w, d, feet + 0.01),
        part("top", "wood", box([w + 0.04, top_t, d + 0.03], bevel=0.01), part="top").at(
            0, feet + body_h, 0.005
        ),
        part(
            "apron",
            "wood",
            extrude(
                [
                    [-w / 2, 0],
                    [w / 2, 0],
                    [w / 2, 0.05],
                    [0.15, 0.05],
                    [0.1, 0.02],
                    [-0.1, 0.02],
                    [-0.15, 0.05],
                    [-w / 2, 0.05],
                ],
                T,
                bevel=0.004,
            ),
            part="carcass",
        ).at(0, feet - 0.045, d / 2 - T / 2),
    ]
    inner = body_h - 2 * T
    # Graduated drawers: deeper towards the floor; the top row split in two when there are 4+.
    weights = [1.0 + 0.12 * i for i in range(rows)][::-1]
    total = sum(weights)
    y = feet + T
    for r in range(rows):
        dh = inner * weights[r] / total
        top_row = r == rows - 1
        pull = 0.22 if (p.open and r == rows - 2 + (rows < 3)) else 0.0
        if top_row and rows >= 4:
            half = (w - 2 * T) / 2
            for s in (-1, 1):
                parts += drawer(
                    f"drawer_{r}_{s + 1}",
                    half - 0.008,
                    dh - 0.008,
                    s * half / 2,
                    y + 0.004,
                    d / 2 - T,
                    d,
                    0.0,
                    knobs=1,
                )
        else:
            parts += drawer(
                f"drawer_{r}", w - 2 * T - 0.008, dh - 0.008, 0, y + 0.004, d / 2 - T, d, pull
            )
        y += dh
    return program(*parts, collider="box")


def desk(p) -> dict:
    w, h, d = 1.35, 0.77, 0.68
    top_t = 0.04
    under = h - top_t
    ped_w = 0.42
    parts = [
        part("top", "wood", box([w, top_t, d], bevel=0.01), part="top").at(0, under, 0),
        part("inlay", "leather", box([w - 0.3, 0.004, d - 0.22]), part="inlay").at(
            0, h - 0.001, 0.02
        ),
    ]
    n = p.pedestals
    sides = {0: [], 1: [-1], 2: [-1, 1]}[n]
    if n:  # a pedestal of three drawers at the left (-X), mirrored to the right for two
        cx = -(w / 2 - ped_w / 2 - 0.02)
        dh = (under - 0.1) / 3
        pedestal = [
            part("pedestal", "wood", box([ped_w, under, d - 0.06], bevel=0.006), part="carcass")
            .moved(cx, 0, -0.01)
            .uv("box"),
            *(
                q.array(3, [0, dh, 0])
                for q in drawer(
                    "pedestal_drawer",
                    ped_w - 0.05,
                    dh - 0.012,
                    cx,
                    0.07,
                    d / 2 - 0.04,
                    d,
                    0.0,
                    knobs=1,
                )
            ),
        ]
        parts += [q.mirror("x") for q in pedestal] if n == 2 else pedestal
    # Legs where there is no pedestal; a shallow drawer under the top in the middle.
    legs_x = [x for x, s in ((-w / 2 + 0.06, -1), (w / 2 - 0.06, 1)) if s not in sides]
    for i, x in enumerate(legs_x):
        parts.append(
            part(f"legs_{i}", "wood", box([0.055, under, 0.055], bevel=0.006), part="carcass")
            .array(2, [0, 0, d - 0.12], center=True)
            .at(x, 0, 0)
        )
    mid_w = w - 2 * (ped_w + 0.03) if n == 2 else (w - ped_w - 0.1 if n == 1 else w - 0.2)
    mid_x = 0.0 if n != 1 else (ped_w + 0.02) / 2
    parts += [
        part("apron", "wood", box([w - 0.08, 0.1, d - 0.1], bevel=0.004), part="carcass").at(
            0, under - 0.1, -0.01
        )
    ]
    parts += drawer(
        "middle", mid_w - 0.03, 0.08, mid_x, under - 0.095, d / 2 - 0.06, d, 0.0, knobs=1
    )
    if p.clutter:  # paper, an inkwell and a quill
        parts += [
            part("papers", "paper", box([0.21, 0.006, 0.29]), part="papers")
            .array(3, [0, 0.002, 0], jitter={"rotate": [0, 9, 0], "translate": [0.01, 0, 0.01]})
            .rotate(y=8)
            .at(-0.12, h, 0.06),
            part(
                "inkwell",
                "ink",
                lathe(
                    [[0, 0], [0.035, 0], [0.035, 0.04], [0.015, 0.055], [0.015, 0.065], [0, 0.065]],
                    crease=40,
                ),
                part="inkwell",
            ).at(0.22, h, -0.12),
            part(
                "quill",
                "feather",
                extrude(
                    [
                        [0, 0],
                        [0.03, 0.06],
                        [0.02, 0.22],
                        [0.0, 0.26],
                        [-0.008, 0.2],
                        [-0.012, 0.06],
                    ],
                    0.004,
                    smooth=True,
                ),
                part="quill",
            )
            .rotate(z=-20, x=-10)
            .at(0.25, h + 0.03, -0.12),
        ]
    return program(*parts, collider="box")


def shelf(p) -> dict:
    w, d = 0.8, 0.22
    n_br = p.brackets
    tiers = p.tiers
    pitch = 0.32
    parts = []
    # A bracket seen from the side ([z, y]): an L against the wall with a curved brace.
    br = [
        [-d / 2, 0.0],
        [-d / 2 + 0.03, 0.0],
        [-d / 2 + 0.03, 0.05],
        [0.0, 0.1],
        [d / 2 - 0.02, 0.16],
        [d / 2 - 0.02, 0.19],
        [-d / 2, 0.19],
    ]
    for t in range(tiers):
        y = t * pitch
        parts += [
            part(
                f"brackets_{t}",
                "wood",
                extrude(br, 0.03, axis="x", bevel=0.005, crease=20),
                part="brackets",
            )
            .array(n_br, [(w - 0.16) / max(n_br - 1, 1), 0, 0], center=True)
            .at(0, y, 0),
            part(f"board_{t}", "wood", box([w, 0.03, d + 0.01], bevel=0.005), part="board").at(
                0, y + 0.19, 0.005
            ),
        ]
    if p.clutter:
        rng = p.rng
        parts += book_rows(
            "books",
            -w / 2 + 0.04,
            -w / 2 + 0.04 + 0.3,
            0.22,
            0.24,
            -d / 2 + 0.005,
            rng,
            depth=(0.12, 0.16),
            runs=(1, 3),
        )
        parts += [
            part(
                "jar",
                "clay",
                lathe(
                    [
                        [0, 0],
                        [0.045, 0],
                        [0.055, 0.08],
                        [0.04, 0.12],
                        [0.03, 0.13],
                        [0.034, 0.15],
                        [0, 0.15],
                    ],
                    smooth=True,
                ),
                part="pots",
            ).at(w / 2 - 0.12, 0.22, 0),
            part(
                "pot",
                "clay",
                lathe([[0, 0], [0.04, 0], [0.05, 0.05], [0.04, 0.07], [0, 0.07]], smooth=True),
                part="pots",
            ).at(w / 2 - 0.25, 0.22, 0.02),
        ]
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="bookshelf",
        category="furniture",
        nouns=("bookshelf", "bookcase", "book shelf", "library shelf", "bookshelves"),
        synsets=("bookshelf.n.01", "bookcase.n.01"),
        size=SizePrior((1.07, 1.9, 0.37), 0.25),
        materials={
            "wood": WOOD,
            "back": M("wood_planks", "#5e3b20"),
            "books_red": M("leather", "#7a2a22"),
            "books_green": M("leather", "#2f5a3a"),
            "books_blue": M("leather", "#2c3e63"),
            "books_brown": M("leather", "#6b4a2a"),
        },
        parts=(
            RecipePart(
                "carcass",
                "wood",
                ("frame", "sides", "shelves", "shelf", "carcass", "case", "cornice"),
            ),
            RecipePart("back", "back", ("back", "backing")),
            *(RecipePart(r, r, BOOK_WORDS) for r in BOOK_ROLES),
        ),
        params=(
            Param(
                "shelves",
                "int",
                0,
                0,
                10,
                count_nouns=("shelves", "shelf", "tiers"),
                doc="Number of shelves; 0: as many as the height holds (one per ~0.42 m).",
            ),
            Param(
                "books",
                "bool",
                True,
                words={
                    "empty": False,
                    "bare": False,
                    "full": True,
                    "filled": True,
                    "stocked": True,
                },
                doc="Rows of books with varied sizes and colours, piles and leaning books.",
            ),
            Param(
                "height",
                "float",
                1.0,
                0.5,
                1.8,
                words={"tall": 1.3, "short": 0.6, "low": 0.6, "high": 1.25},
                doc="Height; the automatic shelf count follows it.",
            ),
        ),
        build=bookshelf,
        collider="box",
        description="A wooden bookcase with a cornice, lipped shelves and rows of books.",
    ),
    Recipe(
        name="wardrobe",
        category="furniture",
        nouns=("wardrobe", "armoire", "clothes press", "clothes cupboard"),
        synsets=("wardrobe.n.01", "armoire.n.01"),
        size=SizePrior((1.22, 2.0, 0.65), 0.25),
        materials={
            "wood": M("wood_planks", "#6b4026"),
            "brass": BRASS,
            "iron": M("iron"),
            "cloth": M("fabric", "#5a6e8c"),
        },
        parts=(
            RecipePart("carcass", "wood", ("body", "carcass", "frame", "cornice", "case", "feet")),
            RecipePart("doors", "wood", ("doors", "door", "panels")),
            RecipePart("drawers", "wood", ("drawer", "drawers")),
            RecipePart("handles", "brass", ("handles", "handle", "knobs", "knob", "pulls")),
            RecipePart("rail", "iron", ("rail", "rod")),
            RecipePart("clothes", "cloth", ("clothes", "coats", "dresses", "garments")),
        ),
        params=(
            Param(
                "doors",
                "int",
                2,
                1,
                3,
                count_nouns=("doors", "door"),
                doc="Panelled doors across the front.",
            ),
            Param(
                "open",
                "bool",
                False,
                words=OPEN_WORDS,
                doc="One door swung open, clothes hanging inside.",
            ),
        ),
        build=wardrobe,
        collider="box",
        description="A tall wardrobe: panelled doors over a drawer, a cornice and bracket feet.",
    ),
    Recipe(
        name="cupboard",
        category="furniture",
        nouns=(
            "cupboard",
            "cabinet",
            "sideboard",
            "closet",
            "kitchen cupboard",
            "buffet",
            "credenza",
            "kitchen cabinet",
            "larder cupboard",
        ),
        synsets=("cupboard.n.01", "cabinet.n.01", "sideboard.n.01", "buffet.n.01"),
        size=SizePrior((1.05, 0.92, 0.54), 0.25),
        materials={
            "wood": M("wood_planks", "#7d5233"),
            "brass": BRASS,
            "crockery": M("ceramic", "#e8e2d4"),
        },
        parts=(
            RecipePart("carcass", "wood", ("body", "carcass", "frame", "case", "feet", "shelf")),
            RecipePart("top", "wood", ("top", "worktop", "counter")),
            RecipePart("doors", "wood", ("doors", "door", "panels")),
            RecipePart("drawers", "wood", ("drawers", "drawer")),
            RecipePart("handles", "brass", ("handles", "handle", "knobs", "knob", "pulls")),
            RecipePart("crockery", "crockery", ("crockery", "bowls", "dishes", "cups")),
        ),
        params=(
            Param(
                "doors",
                "int",
                2,
                1,
                4,
                count_nouns=("doors", "door"),
                doc="Doors across the front.",
            ),
            Param(
                "drawers",
                "bool",
                True,
                words={"drawers": True, "drawer": True},
                doc="A row of drawers above the doors.",
            ),
            Param("open", "bool", False, words=OPEN_WORDS, doc="One door open, crockery inside."),
        ),
        build=cupboard,
        long_axis="x",
        collider="box",
        description="A low kitchen cupboard: drawers over panelled doors, an overhanging top.",
    ),
    Recipe(
        name="chest_of_drawers",
        category="furniture",
        nouns=(
            "chest of drawers",
            "dresser",
            "bureau",
            "commode",
            "tallboy",
            "highboy",
            "lowboy",
            "drawers",
        ),
        synsets=("chest_of_drawers.n.01", "highboy.n.01", "lowboy.n.01"),
        size=SizePrior((0.99, 1.0, 0.56), 0.25),
        materials={"wood": M("wood_planks", "#8a5530"), "brass": BRASS},
        parts=(
            RecipePart("carcass", "wood", ("body", "carcass", "frame", "case", "feet", "apron")),
            RecipePart("top", "wood", ("top",)),
            RecipePart("drawers", "wood", ("drawers", "drawer", "fronts")),
            RecipePart("handles", "brass", ("handles", "handle", "knobs", "knob", "pulls")),
        ),
        params=(
            Param(
                "drawers",
                "int",
                4,
                2,
                7,
                count_nouns=("drawers", "drawer", "rows"),
                doc="Rows of graduated drawers (the top row split in two from 4 rows).",
            ),
            Param("open", "bool", False, words=OPEN_WORDS, doc="A drawer pulled out."),
        ),
        build=chest_of_drawers,
        collider="box",
        description="A chest of graduated drawers with knobs, on bracket feet.",
    ),
    Recipe(
        name="desk",
        category="furniture",
        nouns=(
            "desk",
            "writing desk",
            "office desk",
            "study desk",
            "escritoire",
            "secretary",
            "writing table",
            "bureau desk",
        ),
        synsets=("desk.n.01", "writing_desk.n.01", "secretary.n.04"),
        size=SizePrior((1.35, 1.04, 0.7), 0.25),
        materials={
            "wood": M("wood_planks", "#6d4228"),
            "brass": BRASS,
            "leather": M("leather", "#2f4a35"),
            "paper": M("paper"),
            "ink": M("ceramic", "#1e2430"),
            "feather": M("fabric", "#ece6da"),
        },
        parts=(
            RecipePart("top", "wood", ("top", "desktop", "surface")),
            RecipePart("carcass", "wood", ("pedestals", "pedestal", "legs", "body", "frame")),
            RecipePart("drawers", "wood", ("drawers", "drawer")),
            RecipePart("handles", "brass", ("handles", "handle", "knobs", "pulls")),
            RecipePart("inlay", "leather", ("inlay", "leather", "blotter")),
            RecipePart("papers", "paper", ("papers", "paper", "letters", "documents")),
            RecipePart("inkwell", "ink", ("inkwell", "ink", "inkpot")),
            RecipePart("quill", "feather", ("quill", "feather", "pen")),
        ),
        params=(
            Param(
                "pedestals",
                "int",
                2,
                0,
                2,
                count_nouns=("pedestals", "pedestal"),
                words={"kneehole": 2, "partner's": 2, "simple": 0},
                doc="Drawer pedestals: two (a kneehole desk), one (and legs), or none (legs).",
            ),
            Param(
                "clutter",
                "bool",
                True,
                words={
                    "empty": False,
                    "bare": False,
                    "clear": False,
                    "tidy": False,
                    "cluttered": True,
                },
                doc="Papers, an inkwell and a quill on the top.",
            ),
        ),
        build=desk,
        long_axis="x",
        collider="box",
        description="A writing desk: a leather-inlaid top on drawer pedestals, with papers and a "
        "quill.",
    ),
    Recipe(
        name="shelf",
        category="furniture",
        nouns=("shelf", "wall shelf", "shelves", "ledge", "mantelshelf", "floating shelf"),
        synsets=("shelf.n.01",),
        size=SizePrior((0.8, 0.4, 0.23), 0.3),
        materials={
            "wood": M("wood_planks", "#7f5431"),
            "clay": M("ceramic", "#a4623b"),
            **{
                r: M("leather", c)
                for r, c in zip(
                    BOOK_ROLES, ("#7a2a22", "#2f5a3a", "#2c3e63", "#6b4a2a"), strict=True
                )
            },
        },
        parts=(
            RecipePart("board", "wood", ("board", "plank", "shelf", "boards")),
            RecipePart("brackets", "wood", ("brackets", "bracket", "supports")),
            RecipePart("pots", "clay", ("pots", "jars", "jar", "pot")),
            *(RecipePart(r, r, BOOK_WORDS) for r in BOOK_ROLES),
        ),
        params=(
            Param(
                "brackets",
                "int",
                2,
                2,
                4,
                count_nouns=("brackets", "bracket", "supports"),
                doc="Brackets under each board.",
            ),
            Param(
                "tiers",
                "int",
                1,
                1,
                3,
                count_nouns=("tiers", "boards", "levels", "shelves"),
                doc="Boards one above the other.",
            ),
            Param(
                "clutter",
                "bool",
                True,
                words={"empty": False, "bare": False, "tidy": False, "cluttered": True},
                doc="A few books and pots on the (lowest) board.",
            ),
        ),
        build=shelf,
        long_axis="x",
        collider="box",
        description="A wall shelf: a board on wooden brackets, with books and pots.",
    ),
]
