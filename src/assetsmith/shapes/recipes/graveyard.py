"""Graveyard props: a skull, a tombstone."""

from __future__ import annotations

import numpy as np

from ..dsl import blob, box, extrude, part, program, shape
from ..recipe import MaterialRole, Param, Recipe, RecipePart, SizePrior

M = MaterialRole


def arch_outline(w: float, h: float, n: int = 24) -> list[list[float]]:
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
        outline = arch_outline(w, h)
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
