"""Pieces the vehicle recipes share: spoked wooden wheels and rubber tyres on hubs.

Every vehicle faces +Z (glTF's front) with its axles along X; a wheel is given by its centre's
(x, z) on the ground plan and its radius (the hub stands at height r)."""

from __future__ import annotations

from ..dsl import box, cylinder, lathe, part


def spoked_wheels(
    tag: str,
    r: float,
    width: float,
    centers: list[tuple[float, float]],
    spokes: int,
    wood: str = "wood",
    iron: str = "iron",
) -> list:
    """Cart wheels (axles along X): a felloe rim, an iron tyre, a hub and radial spokes.
    Output parts: `wheels` (rim, hub, spokes) and `tyres`."""
    out = []
    for k, (x, z) in enumerate(centers):
        # Cylinders stand along +Y; turned 90 degrees about Z they lie along -X from their origin.
        out += [
            part(
                f"rim_{tag}{k}",
                wood,
                cylinder(r - 0.012, width, inner_radius=r - 0.075, bevel=0.008),
                part="wheels",
            )
            .rotate(z=90)
            .at(x + width / 2, r, z),
            part(
                f"tyre_{tag}{k}",
                iron,
                cylinder(r, width * 0.9, inner_radius=r - 0.014),
                part="tyres",
            )
            .rotate(z=90)
            .at(x + width * 0.45, r, z),
            part(f"hub_{tag}{k}", wood, cylinder(0.075, width * 1.9, bevel=0.012), part="wheels")
            .rotate(z=90)
            .at(x + width * 0.95, r, z),
            # Spokes: a bar from the hub outwards, repeated round the axle (X).
            part(f"spokes_{tag}{k}", wood, box([0.03, r - 0.09, 0.035], bevel=0.006), part="wheels")
            .moved(0, 0.05, 0)
            .radial(spokes, axis="x")
            .at(x, r, z),
        ]
    return out


def _tyre_profile(r: float, w: float) -> list[list[float]]:
    """A tyre's cross-section (r, y): rounded shoulders, the sidewall curving in to the rim."""
    return [
        [0.66 * r, 0.0],
        [0.9 * r, 0.0],
        [0.98 * r, 0.12 * w],
        [r, 0.3 * w],
        [r, 0.7 * w],
        [0.98 * r, 0.88 * w],
        [0.9 * r, w],
        [0.66 * r, w],
    ]


def road_wheels(
    tag: str,
    r: float,
    w: float,
    axles: list[float],
    track: float,
    rubber: str = "rubber",
    metal: str = "chrome",
    dual: tuple[int, ...] = (),
) -> list:
    """Rubber tyres on metal hubs, a pair per axle (at z in `axles`, wheel centres `track` apart).
    Axles listed in `dual` get twin tyres each side (lorries). Output parts: `tyres`, `hubs`."""
    out = []
    for k, z in enumerate(axles):
        twin = k in dual
        for j in range(2 if twin else 1):
            # Outer face of the tyre at track/2 + w/2; a twin sits just inside its partner.
            cx = track / 2 - j * (w + 0.02)
            out += [
                part(
                    f"tyre_{tag}{k}_{j}",
                    rubber,
                    lathe(_tyre_profile(r, w), smooth=True),
                    part="tyres",
                )
                .turned(z=90)
                .moved(cx + w / 2, r, z)
                .mirror("x")
                .uv("cylindrical"),
            ]
        out.append(
            part(f"hub_{tag}{k}", metal, cylinder(0.6 * r, w * 0.9, bevel=0.02 * r), part="hubs")
            .turned(z=90)
            .moved(track / 2 + w * 0.5 + 0.01, r, z)
            .mirror("x")
            .detail(0.6)
        )
    return out
