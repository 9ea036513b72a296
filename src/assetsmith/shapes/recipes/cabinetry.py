"""Pieces shared by the cabinet-like furniture recipes: a hollow carcass (so an open door or
drawer shows an inside), panelled doors hung on hinges, drawers and knobs.

Every helper returns DSL parts placed with `moved` / `turned` operators (not a final `at`), so a
door's slab, raised panel and knob turn together about the door's hinge.
"""

from __future__ import annotations

from ..dsl import Part, box, extrude, lathe, part

T = 0.022  # board thickness
KNOB = [[0, 0], [0.007, 0], [0.006, 0.012], [0.016, 0.022], [0.015, 0.032], [0, 0.035]]


def carcass(
    w: float, h: float, d: float, y0: float = 0.0, wood: str = "wood", name: str = "carcass"
) -> list:
    """A box of boards, open at the front: sides, top, bottom and back, from y0 to y0 + h."""
    return [
        part(f"{name}_sides", wood, box([T, h, d], bevel=0.003), part=name)
        .array(2, [w - T, 0, 0], center=True)
        .at(0, y0, 0),
        part(f"{name}_top", wood, box([w - 2 * T, T, d], bevel=0.002), part=name).at(
            0, y0 + h - T, 0
        ),
        part(f"{name}_bottom", wood, box([w - 2 * T, T, d], bevel=0.002), part=name).at(0, y0, 0),
        part(f"{name}_back", wood, box([w - 2 * T, h - 2 * T, 0.012]), part=name).at(
            0, y0 + T, -d / 2 + 0.006
        ),
    ]


def moulded_top(
    id: str,
    w: float,
    d: float,
    y: float,
    wood: str = "wood",
    part_name: str = "carcass",
    height: float = 0.06,
) -> Part:
    """A cornice: an ogee moulding profile (seen from the side) run along X, overhanging the front
    and both sides."""
    h, o = height, 0.035
    profile = [
        [-d / 2, 0],
        [d / 2, 0],
        [d / 2 + 0.25 * o, 0.15 * h],
        [d / 2 + 0.55 * o, 0.5 * h],
        [d / 2 + o, 0.75 * h],
        [d / 2 + o, h],
        [-d / 2 - 0.001, h],
    ]
    return (
        part(
            id, wood, extrude(profile, w + 2 * o, axis="x", crease=25, smooth=False), part=part_name
        )
        .at(0, y, 0)
        .uv("box")
    )


def knob(id: str, brass: str = "brass", part_name: str = "handles"):
    """A turned knob pointing +Z from the origin."""
    return part(id, brass, lathe(KNOB, smooth=True), part=part_name).turned(x=90)


def door(
    id: str,
    w: float,
    h: float,
    hinge: tuple[float, float, float],
    side: int,
    angle: float,
    wood: str = "wood",
    brass: str = "brass",
    panel: bool = True,
    knob_y: float | None = None,
    door_part: str = "doors",
    handle_part: str = "handles",
) -> list:
    """A panelled door w x h whose hinge edge is at `hinge` (x, y at its bottom, z at its back),
    on the left (side -1: it reaches +X from the hinge) or the right (side +1), opened `angle`
    degrees outwards (0: shut)."""
    s = -side  # the direction the door reaches from its hinge
    turn = -s * angle

    def hang(pt):
        return pt.turned(y=turn).moved(*hinge)

    out = [
        hang(
            part(f"{id}_slab", wood, box([w, h, T], bevel=0.004), part=door_part).moved(
                s * w / 2, 0, T / 2
            )
        )
    ]
    if panel:  # a raised panel in a frame: read as a door even untextured
        out.append(
            hang(
                part(
                    f"{id}_panel",
                    wood,
                    box([w - 0.11, h - 0.13, 0.012], bevel=0.006),
                    part=door_part,
                ).moved(s * w / 2, 0.065, T)
            )
        )
    ky = h / 2 if knob_y is None else knob_y
    out.append(hang(knob(f"{id}_knob", brass, handle_part).moved(s * (w - 0.05), ky, T)))
    return out


def drawer(
    id: str,
    w: float,
    h: float,
    x: float,
    y: float,
    z: float,
    depth: float,
    pull: float,
    wood: str = "wood",
    brass: str = "brass",
    knobs: int = 2,
    drawer_part: str = "drawers",
    handle_part: str = "handles",
) -> list:
    """A drawer front w x h centred at x, its bottom at y, its back face at z; pulled out `pull`
    metres (then its sides, back and bottom show)."""
    z = z + pull
    # The front is built on its side and turned upright, so the wood's grain runs along it.
    out = [
        part(f"{id}_front", wood, box([h, w, T], bevel=0.005), part=drawer_part)
        .turned(z=90)
        .moved(x + w / 2, y + h / 2, z + T / 2)
    ]
    if pull > 0:
        inner = depth - 0.03
        out += [
            part(f"{id}_sides", wood, box([0.012, h - 0.03, inner]), part=drawer_part)
            .array(2, [w - 0.05, 0, 0], center=True)
            .moved(x, y + 0.01, z - inner / 2),
            part(f"{id}_floor", wood, box([w - 0.05, 0.01, inner]), part=drawer_part).moved(
                x, y + 0.01, z - inner / 2
            ),
            part(f"{id}_rear", wood, box([w - 0.05, h - 0.05, 0.012]), part=drawer_part).moved(
                x, y + 0.01, z - inner + 0.006
            ),
        ]
    if knobs == 1:
        out.append(knob(f"{id}_knob", brass, handle_part).moved(x, y + h / 2, z + T))
    else:
        out.append(
            knob(f"{id}_knob", brass, handle_part)
            .array(2, [w / 2, 0, 0], center=True)
            .moved(x, y + h / 2, z + T)
        )
    return out


def bracket_feet(
    w: float, d: float, h: float, wood: str = "wood", part_name: str = "carcass"
) -> Part:
    """Four short tapered feet under a w x d carcass."""
    return (
        part("feet", wood, box([0.07, h, 0.07], bevel=0.006), part=part_name)
        .taper(1.25)
        .array(2, [w - 0.09, 0, 0], center=True)
        .array(2, [0, 0, d - 0.09], center=True)
    )
