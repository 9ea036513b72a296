"""Boats and ships (game blockouts at real size, bow +Z): a rowboat, a canoe or kayak, a sailing
ship, an anchor. Hulls are lofted through C-shaped stations (the planking's outside and inside),
so they are open boats without booleans; decks are laid inside them."""

from __future__ import annotations

import numpy as np

from ..dsl import (
    boards,
    box,
    cone,
    cylinder,
    extrude,
    loft,
    part,
    program,
    section,
    sphere,
    sweep,
    torus,
)
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


class Hull:
    """A hull's lines along Z, stern (z = -length/2) to bow: its half-beam, keel and gunwale height
    at each station. `sheer`: how much the gunwale rises at the ends; `rocker`: how much the keel
    rises at the ends; `transom`: the stern's width as a fraction of the beam (0: pointed both
    ends); `wall`: the planking's thickness; `floor`: how far the inside bottom sits above the
    keel."""

    def __init__(
        self,
        length: float,
        beam: float,
        depth: float,
        *,
        sheer: float,
        rocker: float,
        transom: float,
        wall: float,
        floor: float,
        stations: int = 9,
        fullness: float = 0.7,
    ):
        self.length, self.beam, self.depth = length, beam, depth
        self.sheer, self.rocker, self.transom = sheer, rocker, transom
        self.wall, self.floor, self.stations, self.fullness = wall, floor, stations, fullness

    def at(self, u: float) -> tuple[float, float, float]:
        """(half-beam, keel, gunwale) at u in [-1, 1] (stern to bow)."""
        a = abs(u)
        width = 1.0 - a**2.2 if u > 0 else 1.0 - (1.0 - self.transom) * a**2.4
        return (
            max(self.beam / 2 * width, 0.02),
            self.rocker * a**2.5,
            self.depth + self.sheer * a**2,
        )

    def _u_shape(self, half: float, keel: float, top: float, n: int) -> np.ndarray:
        t = np.linspace(0.0, np.pi, n)
        return np.stack([half * np.cos(t), top - (top - keel) * np.sin(t) ** self.fullness], axis=1)

    def _inner(self, half: float, keel: float, top: float) -> tuple[float, float]:
        return max(half - self.wall, 0.3 * half), min(keel + self.floor, top - 0.02)

    def loft(self) -> dict:
        """The planking: a loft through C-shaped stations (the outside U down round the keel, the
        inside U back up), so the boat is open without a boolean. Each station's origin sits
        between the keel and the inside bottom, which puts the inside bottom's middle point
        straight above it: the loft starts every station there, so the stations' points match
        one to one and the skin does not twist."""
        secs = []
        for u in np.linspace(-1.0, 1.0, self.stations):
            half, keel, top = self.at(u)
            hi, ki = self._inner(half, keel, top)
            pts = np.vstack(
                [self._u_shape(half, keel, top, 13), self._u_shape(hi, ki, top, 13)[::-1]]
            )
            origin = keel + 0.5 * (ki - keel)
            pts[:, 1] -= origin
            secs.append(
                section(
                    round(float(u * self.length / 2), 4),
                    "outline",
                    points=pts.round(4).tolist(),
                    offset=[0.0, round(float(origin), 4)],
                )
            )
        return loft(*secs, axis="z", smooth=True)

    def transom_board(self) -> dict:
        """The stern board closing a transom stern: the outside U, extruded one wall thick."""
        half, keel, top = self.at(-1.0)
        pts = self._u_shape(half, keel, top, 13)
        return extrude(pts.round(4).tolist(), self.wall, smooth=False)

    def plan(self, y: float, inset: float = 0.0) -> list[list[float]]:
        """The inside of the hull seen from above at height y ([x, z] outline): where a deck or
        floor boards fit."""
        right = []
        for u in np.linspace(-0.97, 0.97, 15):
            half, keel, top = self.at(u)
            hi, ki = self._inner(half, keel, top)
            f = np.clip((top - y) / max(top - ki, 1e-6), 0.0, 1.0) ** (1.0 / self.fullness)
            x = hi * np.cos(np.arcsin(f)) - inset
            right.append([round(float(max(x, 0.01)), 4), round(float(u * self.length / 2), 4)])
        return right + [[-x, z] for x, z in reversed(right)]


def rowboat(p) -> dict:
    L, B, D = 3.5, 1.35, 0.55
    h = Hull(L, B, D, sheer=0.22, rocker=0.2, transom=0.6, wall=0.04, floor=0.06)
    parts = [
        part("hull", "wood", h.loft()).detail(1.6),
        part("transom", "wood", h.transom_board(), part="hull").at(0, 0, -L / 2 + 0.02),
        part("keel", "dark_wood", box([0.07, 0.08, L * 0.8], bevel=0.015)).at(0, 0.0, 0.05),
        part("floor", "dark_wood", extrude(h.plan(0.12, 0.02), 0.03, axis="y")).at(0, 0.1, 0),
    ]
    n = p.seats
    for k in range(n):
        z = (k - (n - 1) / 2) * (L * 0.55 / max(n - 1, 1)) if n > 1 else 0.0
        parts.append(
            part(
                f"seat_{k}",
                "dark_wood",
                box([B * (0.92 - 0.18 * (abs(z) / L) ** 1.0 * 2), 0.05, 0.26], bevel=0.01),
                part="seats",
            ).at(0, D - 0.16, round(z, 4))
        )
    if p.oars:
        # Two oars lying along the boat on the seats, blades aft; thole pins on the gunwales.
        parts += [
            part("oar_shafts", "wood", cylinder(0.025, 2.3), part="oars")
            .rotate(x=90)
            .moved(0.0, 0, 0)
            .array(2, [0.36, 0, 0], center=True)
            .at(0, D - 0.09, -1.1),
            part("oar_blades", "wood", box([0.14, 0.02, 0.55], bevel=0.008), part="oars")
            .array(2, [0.36, 0, 0], center=True)
            .at(0, D - 0.11, -1.2),
            part("oarlocks", "iron", torus(0.04, 0.01), part="oarlocks")
            .rotate(x=90)
            .array(2, [B - 0.12, 0, 0], center=True)
            .at(0, D + 0.04, 0.05),
        ]
    return program(*parts, collider="mesh_convex")


def canoe(p) -> dict:
    kayak = p.kind == "kayak"
    if kayak:
        L, B, D = 4.2, 0.62, 0.32
        # A decked hull: the deck closes it over, with the cockpit a hole in the deck.
        h = Hull(L, B, D, sheer=0.03, rocker=0.1, transom=0.0, wall=0.02, floor=0.03)
        cockpit = [
            [round(0.23 * np.cos(a), 4), round(-0.1 + 0.45 * np.sin(a), 4)]
            for a in np.linspace(0, 2 * np.pi, 17)[:-1]
        ]
        parts = [
            part("hull", "hull", h.loft()).detail(1.6),
            part(
                "deck",
                "hull",
                extrude(h.plan(D + 0.005), 0.02, axis="y", holes=[cockpit]),
                part="hull",
            ).at(0, D - 0.015, 0),
            part("coaming", "trim", torus(0.3, 0.02), part="trim")
            .scale([0.8, 1.0, 1.55])
            .at(0, D - 0.02, -0.1),
            part("seat", "trim", box([0.36, 0.04, 0.4], bevel=0.01), part="trim").at(
                0, 0.06, -0.15
            ),
        ]
        if p.paddle:  # a double paddle lying across the deck
            parts += [
                part("paddle_shaft", "paddle", cylinder(0.016, 2.2), part="paddle")
                .turned(z=90)
                .moved(1.1, 0, 0)
                .rotate(0, 15, 0)
                .at(0, D + 0.03, 0.55),
                part(
                    "paddle_blades", "paddle", box([0.45, 0.016, 0.16], bevel=0.006), part="paddle"
                )
                .moved(1.1, 0, 0)
                .mirror("x")
                .rotate(0, 15, 0)
                .at(0, D + 0.03, 0.55),
            ]
        return program(*parts, collider="mesh_convex")
    L, B, D = 4.8, 0.86, 0.36
    h = Hull(L, B, D, sheer=0.28, rocker=0.14, transom=0.0, wall=0.025, floor=0.03, fullness=0.8)
    parts = [
        part("hull", "hull", h.loft()).detail(1.6),
        part("gunwales", "trim", box([0.035, 0.03, L * 0.8], bevel=0.008), part="trim")
        .array(2, [B - 0.06, 0, 0], center=True)
        .at(0, D - 0.02, 0),
        part("thwart", "trim", box([B - 0.06, 0.03, 0.07], bevel=0.008), part="trim").at(
            0, D - 0.07, 0
        ),
    ]
    for k, z in enumerate((-1.45, 1.3)):  # seats fore and aft, as wide as the hull is there
        w = B * (1.0 - (abs(z) / (L / 2)) ** 2.2) - 0.1
        parts.append(
            part(
                f"seat_{k}", "trim", boards([round(w, 3), 0.025, 0.26], 3, run="x"), part="trim"
            ).at(0, D - 0.12 + 0.28 * (abs(z) / (L / 2)) ** 2, z)
        )
    if p.paddle:  # a single-blade paddle lying inside
        parts += [
            part("paddle_shaft", "paddle", cylinder(0.016, 1.0), part="paddle")
            .rotate(x=90)
            .at(0.12, 0.09, -0.6),
            part("paddle_blades", "paddle", box([0.18, 0.016, 0.5], bevel=0.006), part="paddle").at(
                0.12, 0.075, -0.8
            ),
        ]
    return program(*parts, collider="mesh_convex")


def ship(p) -> dict:
    L, B, D = 24.0, 7.0, 4.6
    h = Hull(
        L, B, D + 1.0, sheer=1.3, rocker=2.2, transom=0.6, wall=0.25, floor=D - 0.6, stations=9
    )
    n = p.masts
    span = L * 0.58
    mast_z = [span / 2 - span * k / max(n - 1, 1) for k in range(n)] if n > 1 else [0.5]
    heights = [17.0, 19.0, 15.5, 13.0]
    order = [1, 0, 2, 3] if n >= 3 else [0, 1]
    parts = [
        # The hull rises a metre above the deck (bulwarks); the deck is laid inside it.
        part("hull", "wood", h.loft()).detail(2.0),
        part("transom", "wood", h.transom_board(), part="hull").at(0, 0, -L / 2 + 0.25),
        part("deck", "deck", extrude(h.plan(D - 0.2), 0.15, axis="y")).at(0, D - 0.35, 0),
        part("stripe", "paint", box([B * 0.99, 0.5, L * 0.62], bevel=0.05), part="hull_paint").at(
            0, D - 1.25, -0.6
        ),
        part("sterncastle", "wood", box([B * 0.8, 3.4, 5.0], bevel=0.08), part="castles")
        .at(0, D + 0.2, -L / 2 + 2.8)
        .uv("box"),
        part("stern_windows", "window", box([0.6, 0.7, 0.12], bevel=0.04), part="windows")
        .array(4, [0.95, 0, 0], center=True)
        .at(0, D + 2.1, -L / 2 + 0.26),
        part("forecastle", "wood", box([B * 0.6, 2.2, 3.4], bevel=0.08), part="castles")
        .at(0, D + 0.6, L / 2 - 3.4)
        .uv("box"),
        part("rudder", "wood", box([0.25, 4.2, 1.1], bevel=0.05), part="castles").at(
            0, 1.0, -L / 2 - 0.05
        ),
        part("bowsprit", "dark_wood", cone(0.24, 7.5, radius_top=0.1), part="spars")
        .rotate(x=65)
        .at(0, D + 1.2, L / 2 - 0.8),
        part("lantern", "lamp", cylinder(0.2, 0.5, bevel=0.06), part="lamps").at(
            0, D + 3.6, -L / 2 + 0.7
        ),
    ]
    if p.guns:  # gun ports: dark squares in a row down each side, cannon muzzles in them
        parts += [
            part("gunports", "hollow", box([0.1, 0.55, 0.6], bevel=0.03))
            .array(7, [0, 0, 2.2], center=True)
            .moved(B / 2 - 0.2, D - 1.3, -0.4)
            .mirror("x"),
            part("cannons", "iron", box([0.6, 0.24, 0.24], bevel=0.0), part="cannons")
            .array(7, [0, 0, 2.2], center=True)
            .moved(B / 2 - 0.05, D - 1.15, -0.4)
            .mirror("x"),
        ]
    for k, z in enumerate(mast_z):
        mast_h = heights[order[k] if k < len(order) else 3] * (1.0 if n > 1 else 1.05)
        parts.append(
            part(f"mast_{k}", "dark_wood", cone(0.32, mast_h, radius_top=0.12), part="masts").at(
                0, D - 0.4, round(z, 3)
            )
        )
        if p.sails == "furled":
            yards = [(0.45, 0.72), (0.74, 0.52)]
        else:
            yards = [(0.42, 0.75), (0.7, 0.56), (0.9, 0.38)]
        for j, (f, w) in enumerate(yards):
            y = D - 0.4 + f * mast_h
            yard_w = B * 1.5 * w
            parts.append(
                part(f"yard_{k}_{j}", "dark_wood", cylinder(0.14, yard_w), part="spars")
                .rotate(z=90)
                .at(yard_w / 2, y, z + 0.35)
            )
            if p.sails == "square":
                sail_h = (f - (yards[j - 1][0] if j else 0.2)) * mast_h * 0.92
                # Below its yard, bellied forwards.
                parts.append(
                    part(f"sail_{k}_{j}", "sail", box([yard_w * 0.94, sail_h, 0.06]), part="sails")
                    .bend(28, axis="x", toward="z")
                    .taper([1.12, 1.0])
                    .at(0, y - sail_h - 0.1, z + 0.55)
                    .detail(0.8)
                )
            elif p.sails == "furled":
                parts.append(
                    part(f"furl_{k}_{j}", "sail", cylinder(0.26, yard_w * 0.9), part="sails")
                    .rotate(z=90)
                    .at(yard_w * 0.45, y - 0.3, z + 0.4)
                    .detail(0.5)
                )
        if p.sails == "lateen":
            top = D - 0.4 + 0.86 * mast_h
            tri = [[0.0, 0.0], [-0.55 * mast_h, 0.0], [0.0, 0.8 * mast_h]]
            parts.append(
                part(
                    f"sail_{k}",
                    "sail",
                    extrude([[round(a, 3), round(b, 3)] for a, b in tri], 0.06, axis="x"),
                    part="sails",
                )
                .bend(-12, axis="y", toward="x")
                .at(0.15, top - 0.8 * mast_h, z - 0.3)
            )
        # Shrouds: rope ladders from the mast top down to each side.
        top_y = D - 0.4 + 0.88 * mast_h
        parts.append(
            part(
                f"shrouds_{k}",
                "rope",
                sweep([[0.2, top_y, z], [B / 2 - 0.1, D + 0.4, z - 1.2]], 0.05),
                part="rigging",
            )
            .array(2, [0, 0, 0.7])
            .mirror("x")
            .detail(0.3)
        )
    # Stays from the foremast top forward to the bowsprit, and a jib on it.
    fore_top = D - 0.4 + heights[order[0]] * 0.85
    parts.append(
        part(
            "forestay",
            "rope",
            sweep([[0, fore_top, mast_z[0]], [0, D + 4.2, L / 2 + 5.8]], 0.05),
            part="rigging",
        )
    )
    if p.sails != "furled":
        dz = L / 2 + 5.0 - mast_z[0]
        jib = [[0.0, 0.0], [dz * 0.85, 0.0], [dz * 0.05, (fore_top - D - 2.0) * 0.85]]
        parts.append(
            part(
                "jib",
                "sail",
                extrude([[round(b, 3), round(a, 3)] for b, a in jib], 0.05, axis="x"),
                part="sails",
            ).at(0, D + 1.8, mast_z[0] + 0.9)
        )
    parts.append(
        part("flag", "flag", box([0.04, 1.3, 2.1]))
        .bend(20, axis="z", toward="x")
        .at(0, D - 0.4 + heights[order[0]] * 1.0 + 0.2 - 1.6, mast_z[0] - 1.2)
    )
    return program(*parts, collider="mesh_convex")


def _fluke() -> list[list[float]]:
    """An anchor fluke seen from the front: a spade pointing up ([x, y])."""
    return [[0.0, 0.0], [0.13, 0.08], [0.11, 0.22], [0.0, 0.34], [-0.11, 0.22], [-0.13, 0.08]]


def anchor(p) -> dict:
    h = 1.6
    R, tube = 0.5, 0.055  # the arms: an arc of a ring this big, round the crown
    crown_y = 0.06
    parts = [
        # Arms: the lower part of a ring standing in the XY plane, its lowest point the crown.
        part("arms", "iron", torus(R, tube, arc=110))
        .moved(0, -tube, 0)
        .turned(x=90)
        .at(0, crown_y + R, 0),
        part("shank", "iron", box([0.1, h - 0.25, 0.1], bevel=0.03)).taper(0.7).at(0, crown_y, 0),
        part("crown", "iron", sphere(0.1)).scale([1.3, 1.0, 1.0]).at(0, 0.0, 0),
        part("ring", "iron", torus(0.15, 0.025))
        .moved(0, -0.025, 0)
        .turned(x=90, y=90)
        .at(0, crown_y + h - 0.25 + 0.12, 0),
    ]
    for side in (-1, 1):
        a = np.radians(55)
        tip = [side * R * np.sin(a), crown_y + R - R * np.cos(a)]
        parts.append(
            part(
                f"fluke_{'lr'[side > 0]}",
                "iron",
                extrude(_fluke(), 0.04, bevel=0.01),
                part="flukes",
            )
            .rotate(z=-side * 55)
            .at(round(tip[0], 4), round(tip[1] - 0.08, 4), 0)
        )
    if p.stock:  # the cross-bar at the top, at right angles to the arms, with ball ends
        parts += [
            part("stock", "iron", cylinder(0.045, 1.05, bevel=0.01))
            .rotate(x=90)
            .at(0, crown_y + h - 0.38, -0.525),
            part("stock_balls", "iron", sphere(0.06), part="stock")
            .array(2, [0, 0, 1.1], center=True)
            .at(0, crown_y + h - 0.44, 0),
        ]
    if p.chain:  # a few links of chain through the ring, falling to the ground
        parts += [
            part("chain", "iron", torus(0.07, 0.018))
            .scale([1.0, 1.0, 1.5])
            .turned(x=90)
            .array(6, [0.0, -0.2, 0.0])
            .at(0.22, crown_y + h - 0.3, 0),
            part("chain_b", "iron", torus(0.07, 0.018), part="chain")
            .scale([1.0, 1.0, 1.5])
            .turned(x=90, y=90)
            .array(6, [0.0, -0.2, 0.0])
            .at(0.22, crown_y + h - 0.4, 0),
        ]
    return program(*parts, collider="mesh_convex")


RECIPES = [
    Recipe(
        name="rowboat",
        category="vehicles_ships",
        nouns=(
            "rowboat",
            "rowing boat",
            "boat",
            "dinghy",
            "skiff",
            "dory",
            "wooden boat",
            "lifeboat",
        ),
        synsets=("dinghy.n.01", "boat.n.01", "skiff.n.01"),
        size=SizePrior((1.35, 0.8, 3.6), 0.2),
        materials={
            "wood": M("wood_planks", "#8a5c36"),
            "dark_wood": M("wood_planks", "#5a3a22"),
            "iron": M("iron"),
        },
        parts=(
            RecipePart("hull", "wood", ("hull", "planks", "sides", "body")),
            RecipePart("keel", "dark_wood", ("keel",)),
            RecipePart("floor", "dark_wood", ("floor", "floorboards", "bottom")),
            RecipePart("seats", "dark_wood", ("seats", "seat", "thwarts", "benches")),
            RecipePart("oars", "wood", ("oars", "oar", "paddles")),
            RecipePart("oarlocks", "iron", ("oarlocks", "rowlocks")),
        ),
        params=(
            Param(
                "seats",
                "int",
                2,
                1,
                4,
                count_nouns=("seats", "seat", "thwarts", "benches"),
                doc="Thwarts across the boat.",
            ),
            Param(
                "oars",
                "bool",
                True,
                words={"oars": True, "oared": True, "oarless": False},
                doc="A pair of oars lying in the boat.",
            ),
        ),
        build=rowboat,
        long_axis="z",
        collider="mesh_convex",
        description="A 3.5 m open wooden rowing boat with a transom stern, thwarts and oars.",
    ),
    Recipe(
        name="canoe",
        category="vehicles_ships",
        nouns=("canoe", "kayak", "dugout", "birchbark canoe", "pirogue"),
        synsets=("canoe.n.01", "kayak.n.01"),
        size=SizePrior((0.86, 0.66, 4.8), 0.2),
        materials={
            "hull": M("painted_wood", "#9b3b24"),
            "trim": M("wood_planks", "#a3764a"),
            "paddle": M("wood_planks", "#8a5c36"),
        },
        parts=(
            RecipePart("hull", "hull", ("hull", "body", "deck")),
            RecipePart("trim", "trim", ("gunwales", "thwarts", "seats", "seat", "coaming", "trim")),
            RecipePart("paddle", "paddle", ("paddle", "paddles", "oar")),
        ),
        params=(
            Param(
                "kind",
                "choice",
                "canoe",
                choices=("canoe", "kayak"),
                words={"canoe": "canoe", "open": "canoe", "kayak": "kayak", "sea": "kayak"},
                doc="An open canoe with raised ends, or a decked kayak with a cockpit.",
            ),
            Param(
                "paddle",
                "bool",
                True,
                words={"paddle": True, "paddles": True},
                doc="A paddle lying in (or on) it.",
            ),
        ),
        build=canoe,
        long_axis="z",
        collider="mesh_convex",
        description="A 4.8 m open canoe pointed at both ends with gunwales and thwarts (or a kayak).",
    ),
    Recipe(
        name="ship",
        category="vehicles_ships",
        nouns=(
            "ship",
            "sailing ship",
            "galleon",
            "sailboat",
            "frigate",
            "schooner",
            "pirate ship",
            "brig",
            "tall ship",
            "caravel",
            "carrack",
            "clipper",
            "man-of-war",
            "warship",
        ),
        synsets=(
            "ship.n.01",
            "sailing_vessel.n.01",
            "galleon.n.01",
            "frigate.n.01",
            "schooner.n.01",
        ),
        size=SizePrior((8.2, 23.5, 30.6), 0.2),
        materials={
            "wood": M("wood_planks", "#6b4428"),
            "dark_wood": M("wood_planks", "#3f2816"),
            "deck": M("wood_planks", "#a07a52"),
            "paint": M("painted_wood", "#2b2b2b"),
            "sail": M("fabric", "#ece4cf"),
            "rope": M("rope"),
            "iron": M("iron", "#2f3133"),
            "hollow": M("plastic", "#141414"),
            "flag": M("fabric", "#1c1c1c"),
            "window": M("crystal", "#f5c66a", emissive="#ffb84d", emissive_strength=2.5),
            "lamp": M("crystal", "#ffd27a", emissive="#ffc45a", emissive_strength=5.0),
        },
        parts=(
            RecipePart("hull", "wood", ("hull", "planks", "sides", "body")),
            RecipePart("deck", "deck", ("deck", "decks")),
            RecipePart("hull_paint", "paint", ("stripe", "wale", "band")),
            RecipePart(
                "castles", "wood", ("castle", "sterncastle", "forecastle", "quarterdeck", "rudder")
            ),
            RecipePart("windows", "window", ("windows", "stern windows", "cabin")),
            RecipePart("masts", "dark_wood", ("masts", "mast")),
            RecipePart("spars", "dark_wood", ("yards", "spars", "bowsprit", "booms")),
            RecipePart("sails", "sail", ("sails", "sail", "canvas", "jib")),
            RecipePart("rigging", "rope", ("rigging", "ropes", "shrouds", "stays")),
            RecipePart("gunports", "hollow", ("gunports", "ports")),
            RecipePart("cannons", "iron", ("cannons", "cannon", "guns")),
            RecipePart("lamps", "lamp", ("lantern", "lamp", "light")),
            RecipePart("flag", "flag", ("flag", "banner", "pennant", "jolly roger")),
        ),
        params=(
            Param(
                "masts",
                "int",
                3,
                1,
                4,
                count_nouns=("masts", "mast", "masted", "master"),
                words={
                    "sloop": 1,
                    "brig": 2,
                    "brigantine": 2,
                    "schooner": 2,
                    "frigate": 3,
                    "galleon": 4,
                },
                doc="Masts, each with its yards and sails.",
            ),
            Param(
                "sails",
                "choice",
                "square",
                choices=("square", "lateen", "furled"),
                words={
                    "square": "square",
                    "square-rigged": "square",
                    "lateen": "lateen",
                    "triangular": "lateen",
                    "schooner": "lateen",
                    "sailboat": "lateen",
                    "furled": "furled",
                    "anchored": "furled",
                    "docked": "furled",
                    "moored": "furled",
                    "ghost": "furled",
                },
                doc="Square sails bellied on yards, triangular sails, or sails furled on the yards.",
            ),
            Param(
                "guns",
                "bool",
                True,
                words={
                    "pirate": True,
                    "war": True,
                    "armed": True,
                    "merchant": False,
                    "unarmed": False,
                },
                doc="Gun ports and cannons down both sides.",
            ),
        ),
        build=ship,
        long_axis="z",
        collider="mesh_convex",
        description="A three-masted sailing ship about 24 m long: a lofted hull with castles, square "
        "sails bellied on yards, rigging, gun ports and a flag.",
    ),
    Recipe(
        name="anchor",
        category="vehicles_ships",
        nouns=("anchor", "ship anchor", "ship's anchor", "boat anchor", "kedge"),
        synsets=("anchor.n.01",),
        size=SizePrior((1.38, 1.7, 1.2), 0.2),
        materials={"iron": M("iron", "#3d3f42")},
        parts=(
            RecipePart("arms", "iron", ("arms", "arm", "crown")),
            RecipePart("shank", "iron", ("shank", "shaft")),
            RecipePart("crown", "iron", ("crown",)),
            RecipePart("ring", "iron", ("ring", "shackle", "eye")),
            RecipePart("flukes", "iron", ("flukes", "fluke", "palms", "points")),
            RecipePart("stock", "iron", ("stock", "crossbar", "bar")),
            RecipePart("chain", "iron", ("chain", "links")),
        ),
        params=(
            Param(
                "stock",
                "bool",
                True,
                words={"admiralty": True, "stocked": True, "stockless": False, "modern": False},
                doc="The cross-bar at the top (an admiralty anchor).",
            ),
            Param(
                "chain",
                "bool",
                False,
                words={"chain": True, "chained": True},
                doc="A length of chain through the ring.",
            ),
        ),
        build=anchor,
        collider="mesh_convex",
        description="A cast-iron admiralty anchor: curved arms with flukes, a shank, a ring and a stock.",
    ),
]
