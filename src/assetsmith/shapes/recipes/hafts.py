"""Pieces that hand weapons and tools share: blades lofted through diamond sections, turned
grips with a leather wrap, wooden hafts. They return `dsl` primitives or parts; the recipes place
them. Every hand weapon and tool stands upright on its pommel or butt (the sword's convention),
its flat faces towards the front (+Z), so the front view shows the silhouette a player knows."""

from __future__ import annotations

import math

from ..dsl import cylinder, lathe, loft, part, section, sweep


def diamond(half_width: float, half_thick: float, spine: float = 0.0) -> list[list[float]]:
    """A blade's cross-section [x, z]: a flat diamond (two edges), or with `spine` in (0, 1] a
    single edge at +X and a thick back at -X (sabres, katanas, knives)."""
    w, t = half_width, half_thick
    if spine <= 0.0:
        return [[w, 0.0], [0.0, t], [-w, 0.0], [0.0, -t]]
    back = -w * (1.0 - 0.25 * spine)
    return [[w, 0.0], [0.1 * w, t], [back, t * 0.8], [-w, 0.0], [back, -t * 0.8], [0.1 * w, -t]]


def blade(
    length: float,
    widths: list[tuple[float, float]],
    thick: float,
    *,
    spine: float = 0.0,
    offset: list[tuple[float, float]] | None = None,
    smooth: bool = True,
) -> dict:
    """A blade lofted up +Y from y = 0: `widths` are (fraction of the length, full width) stations
    from the base to the tip (the last is the point); thickness follows the width. `offset` shifts
    stations sideways (fraction, x) for a blade whose edge sweeps out (a scimitar's belly)."""
    shift = dict(offset or [])
    w0 = max(w for _, w in widths)
    secs = []
    for f, w in widths:
        w = max(w, 0.002)
        t = max(thick * (w / w0) ** 0.6, 0.0008)
        secs.append(
            section(
                f * length,
                "outline",
                points=diamond(w / 2, t / 2, spine),
                offset=[shift.get(f, 0.0), 0.0],
            )
        )
    return loft(*secs, smooth=smooth)


def wrapped_grip(length: float, radius: float, ridges: int = 6, swell: float = 0.12) -> dict:
    """A turned grip from y = 0 up: slightly barrel-shaped, with the ridges of a leather or cord
    wrap."""
    pts = []
    n = max(2, ridges * 2)
    for i in range(n + 1):
        t = i / n
        r = radius * (1.0 + swell * math.sin(math.pi * t)) + (0.08 * radius if i % 2 else 0.0)
        pts.append([round(r, 5), round(t * length, 5)])
    return lathe([[0.0, 0.0], *pts, [0.0, length]], smooth=True, crease=80)


def knob(radius: float, height: float | None = None) -> dict:
    """A round pommel or butt knob standing on y = 0 (an onion with a small button on top)."""
    h = height or 1.8 * radius
    return lathe(
        [
            [0.0, 0.0],
            [0.55 * radius, 0.0],
            [radius, 0.3 * h],
            [0.85 * radius, 0.7 * h],
            [0.35 * radius, 0.9 * h],
            [0.3 * radius, h],
            [0.0, h],
        ],
        smooth=True,
        crease=70,
    )


def haft(
    pid: str,
    role: str,
    length: float,
    radius: float,
    *,
    top_radius: float | None = None,
    bow: float = 0.0,
    part_name: str | None = None,
):
    """A wooden haft from y = 0 up `length`, tapering from `radius` to `top_radius`; `bow` bends it
    sideways (+X, metres at the middle) as an axe handle's curve. Returns a dsl part."""
    top = radius if top_radius is None else top_radius
    if bow == 0.0:
        prim = cylinder(radius, length, bevel=min(radius * 0.3, 0.006))
        p = part(pid, role, prim, part=part_name)
        if abs(top - radius) > 1e-6:
            p = p.taper(top / radius)
        return p.uv("cylindrical")
    ys = [0.0, 0.25, 0.5, 0.75, 1.0]
    path = [[bow * math.sin(math.pi * y) * (0.6 if y > 0.5 else 1.0), y * length, 0.0] for y in ys]
    radii = [radius + (top - radius) * y for y in ys]
    radii[0] *= 1.15  # the swell of the knob at the butt
    return part(pid, role, sweep(path, radii=radii, curve="smooth", caps="round"), part=part_name)


def finer(parts: list, weight: float) -> list:
    """The parts with their detail weights multiplied by `weight` (at most 10). Detail is relative
    to the object's largest part, so a long, thin object (a spear, a rake) would otherwise spend
    its whole budget on a few segments round its haft; this lets it use the budget."""
    for p in parts:
        p.data["detail"] = round(min(10.0, p.data.get("detail", 1.0) * weight), 3)
    return parts
