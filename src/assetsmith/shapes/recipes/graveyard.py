"""Graveyard props: a skull, a tombstone."""

from __future__ import annotations

import numpy as np

from ..dsl import blob, box, extrude, loft, part, program, section, shape, sphere, sweep
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def skull(p) -> dict:
    # Absolute coordinates (metres): the chin at y = 0, the face towards +Z. The head is one
    # smooth loft from the upper jaw to the crown (the face forward and narrow below, the cranium
    # wide and long above); the eye sockets and the nose cavity are cut out of it.
    head = loft(section(0.03, "rounded_rect", size=[0.064, 0.05], corner=0.022, offset=[0, 0.052]),
                section(0.058, "rounded_rect", size=[0.094, 0.08], corner=0.03, offset=[0, 0.04]),
                section(0.08, "ellipse", size=[0.13, 0.15], offset=[0, 0.002]),
                section(0.115, "ellipse", size=[0.142, 0.19], offset=[0, -0.012]),
                section(0.155, "ellipse", size=[0.146, 0.19], offset=[0, -0.018]),
                section(0.188, "ellipse", size=[0.118, 0.158], offset=[0, -0.022]),
                section(0.207, "ellipse", size=[0.07, 0.095], offset=[0, -0.022]),
                section(0.214, "ellipse", size=[0.02, 0.028], offset=[0, -0.022]),
                smooth=True)
    socket = sphere(0.02)
    cranium = (part("cranium", "bone", head).detail(1.5)
               .cut(shape(socket).scale([1.05, 0.92, 1.7]).at(-0.032, 0.094, 0.06),
                    shape(socket).scale([1.05, 0.92, 1.7]).at(0.032, 0.094, 0.06),
                    shape(extrude([[-0.011, 0.0], [0.011, 0.0], [0.0, 0.03]], 0.08)).at(0, 0.064, 0.085)))
    parts = [cranium,
             # Cheekbones, and the dark insides of the sockets and the nose (they read as depth).
             part("cheekbones", "bone", sphere(0.014), part="cranium").scale([1.0, 0.8, 1.7])
             .array(2, [0.1, 0, 0], center=True).at(0, 0.064, 0.036),
             part("hollows", "hollow", sphere(0.019), part="hollows").scale([1.0, 0.92, 0.35])
             .array(2, [0.064, 0, 0], center=True).at(0, 0.077, 0.042),
             part("nose_hollow", "hollow", sphere(0.011), part="hollows").scale([1.0, 1.3, 0.6])
             .at(0, 0.064, 0.07),
             part("teeth", "teeth", box([0.0085, 0.012, 0.008], bevel=0.0025))
             .radial(10, radius=0.036, start=-60, span=120).at(0, 0.03, 0.036)]
    if p.jaw:
        path = [[-0.048, 0.088, -0.004], [-0.05, 0.028, -0.006], [-0.04, 0.012, 0.035], [0, 0.008, 0.07],
                [0.04, 0.012, 0.035], [0.05, 0.028, -0.006], [0.048, 0.088, -0.004]]
        parts += [
            part("jaw", "bone", sweep(path, 0.011, curve="smooth",
                                      section=[[-0.5, -1.4], [0.5, -1.4], [0.5, 1.4], [-0.5, 1.4]])),
            part("lower_teeth", "teeth", box([0.008, 0.01, 0.007], bevel=0.0022), part="teeth")
            .radial(10, radius=0.033, start=-60, span=120).at(0, 0.016, 0.034),
        ]
    return program(*parts, collider="mesh_convex")


def _arch_outline(w: float, h: float, n: int = 24) -> list[list[float]]:
    """A slab's front outline with a round top (a semicircle on a rectangle)."""
    r = w / 2
    a = np.linspace(0.0, np.pi, n + 1)
    top = np.stack([r * np.cos(a), h - r + r * np.sin(a)], axis=1)
    return [[r, 0.0], *top.tolist(), [-r, 0.0]]


def _cross_outline(w: float, h: float) -> list[list[float]]:
    t, arm, y = 0.16 * w / 0.5, w / 2, 0.66 * h
    a = t / 2
    return [[-a, 0], [a, 0], [a, y - a], [arm, y - a], [arm, y + a], [a, y + a], [a, h], [-a, h],
            [-a, y + a], [-arm, y + a], [-arm, y - a], [-a, y - a]]


def tombstone(p) -> dict:
    w, h, d = 0.55, 0.9, 0.12
    if p.shape == "cross":
        outline = _cross_outline(w, h)
    elif p.shape == "square":
        outline = [[-w / 2, 0], [w / 2, 0], [w / 2, h], [-w / 2, h]]
    elif p.shape == "pointed":
        outline = [[-w / 2, 0], [w / 2, 0], [w / 2, h - 0.18], [0, h], [-w / 2, h - 0.18]]
    else:
        outline = _arch_outline(w, h)
    stone = part("stone", "stone", extrude(outline, d, crease=25, bevel=0.012)).uv("box")
    if p.shape != "cross":  # a sunken panel for the inscription
        stone = stone.cut(shape(box([w * 0.62, h * 0.42, 0.04], bevel=0.006)).at(0, h * 0.3, d / 2 - 0.012))
    if p.condition == "broken":
        stone = stone.cut(shape(box([0.5, 0.3, 0.4])).rotate(z=28).at(w / 2 + 0.05, h - 0.2, 0))
        stone = stone.rotate(x=-6, z=7)
    elif p.condition == "old":
        stone = stone.rotate(x=-3, z=2)
    parts = [part("base", "base", box([w + 0.16, 0.12, d + 0.14], bevel=0.015)).uv("box"),
             stone.on("base", "top", gap=-0.03)]
    if p.mound:
        parts.append(part("mound", "earth", blob([w + 0.25, 0.2, 1.5], lumps=0.08, flat_bottom=0.5))
                     .on("base", "front", gap=-0.08, y=-1))
    return program(*parts, collider="box")


RECIPES = [
    Recipe(
        name="skull", category="graveyard",
        nouns=("skull", "human skull", "cranium", "death's head"), synsets=("skull.n.01",),
        size=SizePrior((0.14, 0.19, 0.2), 0.25),
        materials={"bone": M("ceramic", "#e2d7bd"), "teeth": M("ceramic", "#efe7d2"),
                   "hollow": M("ceramic", "#2e261d")},
        parts=(RecipePart("cranium", "bone", ("cranium", "skull", "head", "bone")),
               RecipePart("jaw", "bone", ("jaw", "jawbone", "mandible")),
               RecipePart("teeth", "teeth", ("teeth", "tooth")),
               RecipePart("hollows", "hollow", ("sockets", "eyes", "eye sockets"))),
        params=(Param("jaw", "bool", True, words={"jawless": False, "jaw": True},
                      doc="With the lower jaw."),),
        build=skull, collider="mesh_convex",
        description="A human skull: cranium with eye sockets and nose cavity, teeth and jaw.",
    ),
    Recipe(
        name="tombstone", category="graveyard",
        nouns=("tombstone", "gravestone", "headstone", "grave marker", "grave"),
        synsets=("gravestone.n.01",),
        size=SizePrior((0.71, 1.02, 0.26), 0.3),
        materials={"stone": M("rough_stone", "#8d8a84"), "base": M("rough_stone", "#77736c"),
                   "earth": M("ground_moss", "#5a5a34")},
        parts=(RecipePart("stone", "stone", ("stone", "slab", "headstone", "marker")),
               RecipePart("base", "base", ("base", "plinth", "footing")),
               RecipePart("mound", "earth", ("mound", "earth", "grave", "soil"))),
        params=(Param("shape", "choice", "round", choices=("round", "square", "pointed", "cross"),
                      words={"round": "round", "rounded": "round", "arched": "round", "square": "square",
                             "flat": "square", "pointed": "pointed", "gothic": "pointed", "cross": "cross",
                             "celtic": "cross"}, doc="Outline of the stone."),
                Param("mound", "bool", False, words={"mound": True, "grave": True, "buried": True},
                      doc="An earth mound in front.")),
        build=tombstone, collider="box",
        description="A stone grave marker on a plinth, with a sunken inscription panel.",
    ),
]
