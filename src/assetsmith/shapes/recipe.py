"""Recipes: named, parametric objects written in the shape language.

A Recipe says what an object is (name, category, nouns, WordNet anchors), how big it really is
(a size prior), what it is made of (parts with material roles and default families) and which
prompt words change it (parameters), and holds a function that turns resolved parameters into a
part program. Recipes are data plus one small function; the table is in recipes/__init__.py.

Standard parameters every recipe has (a recipe that declares one of them handles it itself;
otherwise the builder applies it as a scale of the whole object):
  size (uniform), height (Y), width (X, and Z for `round` recipes), length (the recipe's long axis),
  condition (new / old / broken: material wear, and geometry where the recipe uses it).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidInput
from ..spec.catalog import MATERIAL_FAMILIES
from .detail import seed_rng
from .schema import PROGRAM_VERSION

CATEGORIES = (
    "furniture",
    "containers",
    "weapons",
    "tools",
    "armour",
    "food_kitchen",
    "lights",
    "signage",
    "market_town",
    "dungeon_castle",
    "nature",
    "graveyard",
    "farm",
    "camp",
    "vehicles_ships",
    "scifi",
    "magic",
    "characters",
    "household",
    "street",
    "leisure",
    "animals",
    "wearables",
    "office",
    "creatures",
    "garden",
)
SYNSET_PATTERN = re.compile(r"^[a-z0-9_.'-]+\.n\.\d{2}$")
CONDITION_WEAR = {"new": 0.15, "old": 0.65, "broken": 0.8}  # material wear a condition suggests


@dataclass(frozen=True)
class SizePrior:
    """Real-world extents (X width, Y height, Z depth in metres) at default parameters, and the
    relative tolerance a build must stay within on every axis."""

    dims: tuple[float, float, float]
    tolerance: float = 0.25

    def check(self, extents, scale=(1.0, 1.0, 1.0)) -> list[str]:
        """Axes outside the prior (scaled by the object scale), as messages; [] when inside."""
        out = []
        for axis, got, want, s in zip("xyz", extents, self.dims, scale, strict=True):
            lo, hi = want * s * (1 - self.tolerance), want * s * (1 + self.tolerance)
            if not lo <= got <= hi:
                out.append(f"{axis}: {got:.3f} m outside [{lo:.3f}, {hi:.3f}]")
        return out


@dataclass(frozen=True)
class MaterialRole:
    """A material a recipe's parts are made of: its default family and colour (#rrggbb), and for
    parts that give light (flames, lamp glass, runes, engine exhaust) the glow: `emissive`
    (#rrggbb), `emissive_strength` (0..100) and `emissive_pattern` (uniform | family | runes),
    the spec's material fields of the same names."""

    family: str
    base_color: str | None = None
    emissive: str | None = None
    emissive_strength: float = 1.0
    emissive_pattern: str = "uniform"

    def glow(self) -> dict:
        """The spec material fields for the glow ({} for a material that gives no light)."""
        if self.emissive is None:
            return {}
        return {
            "emissive": self.emissive,
            "emissive_strength": self.emissive_strength,
            "emissive_pattern": self.emissive_pattern,
        }

    def color(self) -> str:
        return self.base_color or MATERIAL_FAMILIES[self.family]["base_color"]


@dataclass(frozen=True)
class RecipePart:
    """An output part: its name (a part of the program), material role and the prompt words that
    name it ("oak table with iron legs": `legs`)."""

    name: str
    role: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Param:
    """A parameter prompt words set.

    kind: float | int | bool | choice. `words` maps a prompt word to the value it sets ("tall":
    1.3, "round": "round", "open": True). `count_nouns` (int): a number before one of these nouns
    sets the count ("two wheels"). Values outside [lo, hi] are errors (`clamp` them first)."""

    name: str
    kind: str
    default: Any
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] = ()
    words: Mapping[str, Any] = field(default_factory=dict)
    count_nouns: tuple[str, ...] = ()
    doc: str = ""

    def clamp(self, value: Any) -> Any:
        """`value` pulled into range (numbers only)."""
        if (
            self.kind in ("float", "int")
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            lo = -math.inf if self.lo is None else self.lo
            hi = math.inf if self.hi is None else self.hi
            v = min(max(value, lo), hi)
            return int(round(v)) if self.kind == "int" else float(v)
        return value

    def coerce(self, value: Any, where: str) -> Any:
        bad = InvalidInput(
            f"{where}: {value!r} is not a valid {self.name} ({self.describe()}).",
            f"Use {self.describe()}.",
        )
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise bad
            return value
        if self.kind == "choice":
            if value not in self.choices:
                raise bad
            return value
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise bad
        if self.kind == "int" and float(value) != int(value):
            raise bad
        if (
            not (-math.inf if self.lo is None else self.lo)
            <= value
            <= (math.inf if self.hi is None else self.hi)
        ):
            raise bad
        return int(value) if self.kind == "int" else float(value)

    def describe(self) -> str:
        if self.kind == "bool":
            return "true or false"
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        return f"{'an integer' if self.kind == 'int' else 'a number'} in [{self.lo:g}, {self.hi:g}]"


def _scale_param(name: str, doc: str, words: dict[str, float]) -> Param:
    return Param(name, "float", 1.0, 0.25, 4.0, words=words, doc=doc)


STANDARD_PARAMS: dict[str, Param] = {
    p.name: p
    for p in (
        _scale_param(
            "size",
            "Uniform scale.",
            {
                "tiny": 0.5,
                "miniature": 0.4,
                "small": 0.75,
                "little": 0.75,
                "large": 1.35,
                "big": 1.35,
                "huge": 1.8,
                "giant": 2.2,
                "enormous": 2.2,
            },
        ),
        _scale_param(
            "height",
            "Scale of the height (Y).",
            {"tall": 1.3, "high": 1.25, "short": 0.8, "low": 0.8, "squat": 0.75},
        ),
        _scale_param(
            "width",
            "Scale of the width (X; X and Z for round recipes).",
            {"wide": 1.3, "broad": 1.3, "narrow": 0.75, "thin": 0.75, "slim": 0.8, "fat": 1.3},
        ),
        _scale_param("length", "Scale along the recipe's long axis.", {"long": 1.3, "short": 0.8}),
        Param(
            "condition",
            "choice",
            "new",
            choices=("new", "old", "broken"),
            words={
                "new": "new",
                "pristine": "new",
                "clean": "new",
                "old": "old",
                "worn": "old",
                "weathered": "old",
                "aged": "old",
                "ancient": "old",
                "rusty": "old",
                "broken": "broken",
                "damaged": "broken",
                "cracked": "broken",
                "ruined": "broken",
                "shattered": "broken",
            },
            doc="Material wear, and damage where the recipe models it.",
        ),
    )
}


class Params(Mapping):
    """Resolved parameter values (read as `p.legs` or `p["legs"]`), the seed, and `p.rng`: a
    generator for the recipe's own random choices (seeded by seed and recipe name, so a recipe
    varies per seed but never per detail level)."""

    def __init__(self, values: dict[str, Any], seed: int, recipe: str) -> None:
        self._values = dict(values)
        self.seed = int(seed)
        self.rng = seed_rng(seed, "recipe", recipe)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


@dataclass(frozen=True)
class Recipe:
    """One object the library can build.

    name: unique id (lower_snake). category: one of CATEGORIES. nouns: words that name it
    ("well", "wishing well"). synsets: WordNet anchors in NLTK form ("well.n.01"). size: its
    real size at default parameters. materials: role -> MaterialRole. parts: the output parts.
    build: Params -> part program (a dict; `materials` may be left out: the roles are added).
    params: its own parameters (standard ones are implicit). long_axis: the axis `length` scales.
    round: `width` scales X and Z together. collider: box | capsule | mesh_convex | none.
    """

    name: str
    category: str
    nouns: tuple[str, ...]
    synsets: tuple[str, ...]
    size: SizePrior
    materials: Mapping[str, MaterialRole]
    parts: tuple[RecipePart, ...]
    build: Callable[[Params], dict]
    params: tuple[Param, ...] = ()
    long_axis: str = "y"
    round: bool = False
    collider: str = "box"
    description: str = ""

    def __post_init__(self) -> None:
        # Params is a Mapping: a parameter called like one of its attributes (items, keys, get,
        # seed, rng...) would read as that attribute through `p.name`, silently.
        clash = [
            q.name for q in self.params if hasattr(Params, q.name) or q.name in ("seed", "rng")
        ]
        if clash:
            raise ValueError(
                f"recipe {self.name!r}: parameter name {clash[0]!r} is taken by Params; "
                "choose another name"
            )

    def all_params(self) -> dict[str, Param]:
        """Declared parameters, then the standard ones it does not declare."""
        out = {p.name: p for p in self.params}
        for name, p in STANDARD_PARAMS.items():
            out.setdefault(name, p)
        return out

    def param(self, name: str) -> Param:
        """A parameter by name (declared or standard); KeyError when it has none."""
        return self.all_params()[name]

    def resolve(self, values: Mapping[str, Any] | None = None, seed: int = 0) -> Params:
        """Defaults overridden by `values`; unknown names and bad values raise InvalidInput."""
        known = self.all_params()
        out = {n: p.default for n, p in known.items()}
        for k, v in (values or {}).items():
            if k not in known:
                near = difflib.get_close_matches(k, known, n=1)
                raise InvalidInput(
                    f"Recipe {self.name!r} has no parameter {k!r}"
                    + (f" (did you mean {near[0]!r}?)" if near else "")
                    + ".",
                    f"Its parameters: {', '.join(known)}.",
                )
            out[k] = known[k].coerce(v, f"{self.name}.{k}")
        return Params(out, seed, self.name)

    def program(self, values: Mapping[str, Any] | None = None, seed: int = 0) -> dict:
        """The part program for these parameter values (not yet validated)."""
        prog = dict(self.build(self.resolve(values, seed)))
        prog.setdefault("version", PROGRAM_VERSION)
        prog.setdefault("name", self.name)
        prog.setdefault("collider", self.collider)
        prog.setdefault(
            "materials",
            {r: {"family": m.family, "base_color": m.color()} for r, m in self.materials.items()},
        )
        return prog

    def object_scale(self, params: Mapping[str, Any]) -> tuple[float, float, float]:
        """The whole-object scale from the standard parameters the recipe does not handle."""
        declared = {p.name for p in self.params}
        s = [1.0, 1.0, 1.0]

        def get(name):
            return 1.0 if name in declared else float(params.get(name, 1.0))

        s = [v * get("size") for v in s]
        s[1] *= get("height")
        s[0] *= get("width")
        if self.round:
            s[2] *= get("width")
        if self.long_axis in "xz":
            s["xyz".index(self.long_axis)] *= get("length")
        else:
            s[1] *= get("length")
        return (s[0], s[1], s[2])

    def wear(self, params: Mapping[str, Any]) -> float:
        """The material wear the condition parameter suggests."""
        return CONDITION_WEAR[params.get("condition", "new")]

    def spec_tables(self) -> tuple[list[dict], list[dict]]:
        """(materials, parts) as the asset spec lists them: one material per role used."""
        used = list(dict.fromkeys(p.role for p in self.parts))
        mats = [
            {
                "id": r,
                "family": self.materials[r].family,
                "base_color": self.materials[r].color(),
                **self.materials[r].glow(),
            }
            for r in used
        ]
        return mats, [{"id": p.name, "material": p.role} for p in self.parts]
