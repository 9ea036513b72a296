"""Furniture: a bookshelf."""

from __future__ import annotations

from ..dsl import boards, box, part, program
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole
BOOK_ROLES = ("books_red", "books_green", "books_blue")


def bookshelf(p) -> dict:
    w, d, t = 1.0, 0.32, 0.03
    h = 1.9 * p.height
    shelves = max(2, min(8, round(p.shelves * p.height)))
    inner_w = w - 2 * t
    pitch = (h - 2 * t - 0.06) / shelves
    parts = [
        part("sides", "wood", box([t, h, d], bevel=0.004), part="carcass").array(2, [w - t, 0, 0], center=True),
        part("top", "wood", box([w + 0.03, t, d + 0.02], bevel=0.006), part="carcass").at(0, h - t, 0),
        part("plinth", "wood", box([inner_w, 0.06, d - 0.02]), part="carcass").at(0, 0, 0.005),
        part("back", "back", boards([inner_w, h - t, 0.012], 5, run="y", thickness_axis="z", gap=0.002),
             part="back").at(0, 0, -d / 2 + 0.006),
        part("shelves", "wood", box([inner_w, t * 0.8, d - 0.03], bevel=0.003), part="carcass")
        .array(shelves, [0, pitch, 0]).at(0, 0.06 + pitch - t * 0.8, 0.008),
    ]
    if p.books:
        rng = p.rng
        for s in range(shelves):
            y0 = 0.06 + s * pitch
            space = pitch - t * 0.8 - 0.03
            x = -inner_w / 2 + 0.01
            end = inner_w / 2 - rng.uniform(0.05, 0.3)
            k = 0
            while x < end - 0.04:
                run = int(rng.integers(3, 8))  # a run of books of one colour
                bw = float(rng.uniform(0.025, 0.045))
                bh = float(min(space, rng.uniform(0.62, 0.92) * space))
                bd = float(rng.uniform(0.17, 0.24))
                n = max(1, min(run, int((end - x) / (bw + 0.002))))
                role = BOOK_ROLES[int(rng.integers(0, len(BOOK_ROLES)))]
                parts.append(part(f"books_{s}_{k}", role, box([bw, bh, bd]), part=role)
                             .array(n, [bw + 0.002, 0, 0], jitter={"scale": 0.08, "rotate": [0, 2, 0]})
                             .at(x + bw / 2, y0, d / 2 - bd / 2 - 0.02))
                x += n * (bw + 0.002) + 0.002
                k += 1
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="bookshelf", category="furniture",
        nouns=("bookshelf", "bookcase", "shelf", "shelves", "book shelf", "library shelf"),
        synsets=("bookshelf.n.01", "bookcase.n.01"),
        size=SizePrior((1.03, 1.9, 0.34), 0.25),
        materials={"wood": M("wood_planks", "#7a4e2c"), "back": M("wood_planks", "#5e3b20"),
                   "books_red": M("leather", "#7a2a22"), "books_green": M("leather", "#2f5a3a"),
                   "books_blue": M("leather", "#2c3e63")},
        parts=(RecipePart("carcass", "wood", ("frame", "sides", "shelves", "shelf", "carcass", "case")),
               RecipePart("back", "back", ("back", "backing")),
               *(RecipePart(r, r, ("books", "book", "tomes", "volumes")) for r in BOOK_ROLES)),
        params=(Param("shelves", "int", 4, 2, 8, count_nouns=("shelves", "shelf", "tiers"),
                      doc="Number of shelves (a tall bookshelf gets more)."),
                Param("books", "bool", True, words={"empty": False, "bare": False, "full": True,
                                                    "filled": True, "stocked": True},
                      doc="Rows of books with varied sizes and colours."),
                Param("height", "float", 1.0, 0.5, 1.6, words={"tall": 1.3, "short": 0.6, "low": 0.6,
                                                                "high": 1.25},
                      doc="Height; the shelves' count follows it.")),
        build=bookshelf, collider="box",
        description="A wooden bookcase with shelves of books.",
    ),
]
