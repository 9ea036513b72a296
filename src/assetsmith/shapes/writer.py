"""Part programs written by a language model, for objects no recipe fits.

    from assetsmith.shapes.writer import write_shape
    result = write_shape(chat, "a brass telescope on a wooden tripod", size_hint=(0.8, 1.5, 0.8))
    geom = build_program(result.program, seed=7, poly_budget=12000)

The chat backend (Ollama or an OpenAI-compatible server: `assetsmith.backends.llm`) is asked for
one part program, its output constrained by a grammar-friendly form of program.schema.json, with
two or three nearby library recipes' programs as examples. Each reply is checked in order:

1. size: a reply over MAX_REPLY_CHARS is refused unread;
2. JSON: one object (code fences and chatter around it are tolerated);
3. the validator (`validate_program`): every problem with its JSON path;
4. a build (`build_program` at `poly_budget`, no LODs) and the checks a schema cannot make:
   something was built, every number finite, every extent positive, inside the size hint (or
   MAX_EXTENT_M), and no floating parts (every part entry's bounding box within a small gap of
   the rest of the object).

Any problem goes back to the model as a repair message listing the findings with their JSON
paths, for at most `rounds` repair rounds; then ModelOutputInvalid (a BackendUnavailable, exit 6,
HTTP 503: the caller falls back to the offline reader). A result is returned only when a program
passed every check: never a partial one.
"""

from __future__ import annotations

import copy
import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..errors import (
    AssetsmithError,
    Cancelled,
    InvalidInput,
    ModelOutputInvalid,
    Problem,
    ProgramInvalid,
)
from .limits import MAX_PARTS, MAX_POLY_BUDGET, MAX_SIZE_M, OverLimit
from .recipe import SizePrior

if TYPE_CHECKING:
    from ..backends.llm.base import ChatBackend, ChatMessage

log = logging.getLogger("assetsmith.shapes.writer")

MAX_REPLY_CHARS = (
    1_000_000  # a reply longer than this is refused before it is parsed (programs are ~2-50 kB)
)
MAX_ECHO_CHARS = 20_000  # how much of a bad reply is sent back to the model with the findings
MAX_ROUNDS = 8  # repair rounds a caller may ask for
MAX_EXAMPLES = 5  # example programs in one request
MAX_EXAMPLE_CHARS = (
    3_500  # a library program longer than this (compact JSON) is not used as an example
)
MAX_PROMPT_CHARS = 2_000  # the same bound as the prompt readers'
MAX_LISTED_PROBLEMS = 25  # findings listed in one repair message
MAX_EXTENT_M = 100.0  # without a size hint, the largest extent a written object may have
MIN_EXTENT_M = 0.005  # every extent of the object must be at least this
TOUCH_GAP_FRACTION = 0.02  # parts "touch" within this fraction of the object's largest extent ...
TOUCH_GAP_MIN_M = 0.005  # ... or this many metres, whichever is larger
HINT_TOLERANCE = 0.25  # a size hint given as a tuple is SizePrior(dims) with this tolerance

_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")
_WORD = re.compile(r"[a-z]+")
_STOP_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "with",
        "and",
        "or",
        "on",
        "in",
        "at",
        "to",
        "for",
        "from",
        "by",
        "made",
        "small",
        "large",
        "big",
        "tall",
        "short",
        "long",
        "wide",
        "old",
        "new",
        "broken",
        "little",
        "huge",
        "tiny",
        "giant",
        "some",
        "two",
        "three",
        "four",
        "five",
        "six",
        "one",
    )
)


@dataclass
class ShapeWriteResult:
    """A part program that validated, built and passed the checks.

    program: the program as the model wrote it (it validated and built; build it again with
    `build_program`). rounds_used: repair rounds it took (0: the first answer was good).
    notes: what went wrong on the way, one line per failed try. model: "backend:model".
    examples: the library recipes shown to the model. extents: the built object's X, Y, Z size (m).
    """

    program: dict
    rounds_used: int
    notes: list[str]
    model: str
    examples: tuple[str, ...] = ()
    extents: tuple[float, float, float] = (0.0, 0.0, 0.0)
    triangles: int = 0
    seed: int = 0
    temperature: float = 0.2

    def to_dict(self) -> dict[str, Any]:
        """How the shape was written, for a spec's provenance (the program itself excluded)."""
        return {
            "model": self.model,
            "rounds_used": self.rounds_used,
            "examples": list(self.examples),
            "extents_m": [round(e, 4) for e in self.extents],
            "triangles": self.triangles,
            "seed": self.seed,
            "temperature": self.temperature,
            "notes": list(self.notes),
        }


# --- the schema the model's output is constrained by ---------------------------------------------
_BOOLEAN_DEFS = ("op_union", "op_difference", "op_intersection")
_LEFT_OUT = ("primitive_macro",)  # archetype macros: the model writes parts instead


def _variants(defs: dict, prefix: str, skip: Sequence[str] = ()) -> list[dict]:
    return [
        {"$ref": f"#/$defs/{name}"}
        for name in sorted(defs)
        if name.startswith(prefix) and name not in (prefix.rstrip("_"), *skip, *_LEFT_OUT)
    ]


@cache
def _llm_program_schema() -> dict:
    from ..backends.llm.schema_for_llm import simplify_schema
    from .schema import load_schema

    full = copy.deepcopy(load_schema())
    defs = full["$defs"]
    # Grammar decoders do not follow `if/then` dispatches: list the variants as `anyOf` (each has
    # its `type` / `op` as a one-value enum), and cut the boolean recursion after one level (the
    # language allows 3; a model-written object does not need booleans in boolean operands).
    defs["primitive"] = {"anyOf": _variants(defs, "primitive_")}
    defs["op"] = {"anyOf": _variants(defs, "op_")}
    defs["op_flat"] = {"anyOf": _variants(defs, "op_", skip=_BOOLEAN_DEFS)}
    flat_shape = copy.deepcopy(defs["shape"])
    flat_shape["properties"]["ops"]["items"] = {"$ref": "#/$defs/op_flat"}
    defs["shape_flat"] = flat_shape
    for name in _BOOLEAN_DEFS:
        defs[name]["properties"]["shapes"]["items"] = {"$ref": "#/$defs/shape_flat"}
    for name in _LEFT_OUT:
        defs.pop(name, None)
    defs.pop("shape", None)
    return simplify_schema(full)


def llm_program_schema() -> dict:
    """program.schema.json for constrained decoders: no `$ref`, no `const`, no `if/then`, no
    annotations; primitives and operators as `anyOf` variants; macros left out; booleans one
    level deep. Everything it allows, the validator allows."""
    return copy.deepcopy(_llm_program_schema())


# --- what the model is told ----------------------------------------------------------------------
def _vocabulary_text() -> str:
    from .vocabulary import OPERATORS, PRIMITIVES

    def params(word) -> str:
        out = []
        for name, p in word.params.items():
            out.append(f"{name}{'*' if p.required else ''}: {p.doc}")
        return "; ".join(out)

    lines = ['Primitives (`primitive`: {"type": name, ...}; * = required):']
    lines += [f"- {w.name}: {w.doc} {params(w)}" for w in PRIMITIVES.values() if w.name != "macro"]
    lines.append('Operators (`ops`: [{"op": name, ...}], applied in order):')
    lines += [f"- {w.name}: {w.doc} {params(w)}" for w in OPERATORS.values()]
    return "\n".join(lines)


@cache
def system_prompt() -> str:
    """Instructions and the vocabulary; the same text for every request (servers can cache it)."""
    from ..spec.catalog import MATERIAL_FAMILIES

    return f"""You design 3D game props as part programs for a procedural modeller. Answer with ONE JSON object (the part program) and nothing else.

The language:
- Metres, +Y up, the front faces +Z, angles in degrees. Build the object at its real size.
- Top level: "version": "1", "name", "materials" (id -> {{"family": ..., "base_color": "#rrggbb"}}), "parts" (1 to {MAX_PARTS}; aim for 3 to 30), optional "collider" (box, capsule, mesh_convex, none).
- A part: "id" (lower_snake, unique), "material" (a key of materials), "primitive", optional "ops", "transform" ({{"scale", "rotate": [x, y, z], "translate": [x, y, z]}}), "attach", "uv" (native, box, cylindrical, spherical, planar), "part" (the output mesh it joins).
- Sized primitives (box, cylinder, cone, sphere, capsule, torus, boards, blob) stand on their origin: the bottom centre of their bounding box is (0, 0, 0). lathe, extrude, sweep and loft keep the coordinates you write.
- "attach": {{"to": other part id, "on": top|bottom|left|right|front|back|center|around|along, "gap": metres (negative sinks into the target), "align": {{"x": -1..1, "z": -1..1}}, "offset": [x, y, z]}} places a part against another part's bounding box. Prefer attachments to absolute coordinates; never attach a part to itself or in a cycle.
- Every part must touch the rest of the object: nothing floats.
- Repeat with operators (array, radial, mirror), not with many copies of a part.
- Material families: {", ".join(MATERIAL_FAMILIES)}. Name materials by what they are (iron, oak, glass).
{_vocabulary_text()}
"""


def _describe_hint(prior: SizePrior | None) -> str:
    if prior is None:
        return ""
    x, y, z = prior.dims
    return (
        f"\nSize: about {x:g} m wide (X), {y:g} m high (Y) and {z:g} m deep (Z), within "
        f"{prior.tolerance:.0%} on every axis."
    )


def first_messages(
    prompt: str, examples: Sequence[tuple[str, dict]], prior: SizePrior | None, poly_budget: int
) -> list[ChatMessage]:
    """The opening conversation for one object."""
    shown = "".join(f"\n{name}:\n{_compact(program)}\n" for name, program in examples)
    user = (
        f'Write the part program for this object:\n"{prompt}"\n{_describe_hint(prior)}'
        f"\nTriangle budget: {poly_budget} (keep the parts simple enough to fit it)."
        + (
            f"\n\nPrograms of similar objects from the library, for the style and level of detail:\n{shown}"
            if examples
            else ""
        )
        + "\nReturn the complete part program as one JSON object."
    )
    return [{"role": "system", "content": system_prompt()}, {"role": "user", "content": user}]


def repair_message(problems: list[Problem]) -> ChatMessage:
    """The checker's findings, sent back so the model can correct its previous answer."""
    listed = "\n".join(f"- {p.path}: {p.message}" for p in problems[:MAX_LISTED_PROBLEMS])
    more = (
        f"\n(and {len(problems) - MAX_LISTED_PROBLEMS} more)"
        if len(problems) > MAX_LISTED_PROBLEMS
        else ""
    )
    return {
        "role": "user",
        "content": "That part program cannot be used. The checker reports:\n"
        f"{listed}{more}\nReturn the corrected, complete part program as one JSON object.",
    }


def _echo(reply: str) -> str:
    if len(reply) <= MAX_ECHO_CHARS:
        return reply
    return reply[:2000] + f"\n... ({len(reply) - 2000} more characters cut)"


# --- examples from the library -------------------------------------------------------------------
def _round(node: Any) -> Any:
    if isinstance(node, float):
        return round(node, 3)
    if isinstance(node, list | tuple):
        return [_round(v) for v in node]
    if isinstance(node, dict):
        return {k: _round(v) for k, v in node.items()}
    return node


def _compact(program: dict) -> str:
    return json.dumps(_round(program), separators=(",", ":"))


def _uses_macro(program: dict) -> bool:
    return any(
        isinstance(p, dict)
        and isinstance(p.get("primitive"), dict)
        and p["primitive"].get("type") == "macro"
        for p in program.get("parts", ())
    )


@cache
def _example_program(name: str) -> dict | None:
    """A recipe's default program with its materials, or None when it makes a poor example (a
    macro, or too long to show)."""
    from .recipes import RECIPES

    rec = RECIPES[name]
    try:
        program = dict(rec.program({}, 0))
    except AssetsmithError:  # pragma: no cover - every recipe builds at its defaults (tests say so)
        return None
    if _uses_macro(program):
        return None
    program.setdefault("name", rec.name)
    program.setdefault(
        "materials",
        {
            role: {"family": m.family, **({"base_color": m.base_color} if m.base_color else {})}
            for role, m in rec.materials.items()
        },
    )
    program = _round(program)
    return program if len(_compact(program)) <= MAX_EXAMPLE_CHARS else None


@cache
def _library_index():
    from .lexicon import RecipeEntry, RecipeIndex
    from .recipes import RECIPES

    return RecipeIndex(
        [
            RecipeEntry(
                r.name,
                r.category,
                tuple(n.replace(" ", "_") for n in r.nouns),
                r.synsets,
                {p.name: tuple(p.words) for p in r.parts},
            )
            for r in RECIPES.values()
        ]
    )


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text.lower().replace("_", " ")):
        if w in _STOP_WORDS or len(w) < 3:
            continue
        out.add(w)
        if w.endswith("s") and len(w) > 3:  # plurals, crudely ("logs" -> "log")
            out.add(w[:-1])
    return out


STRONG_MATCH = 0.6  # a reader's match at least this sure comes before shared words


def _by_lexicon(prompt: str) -> tuple[list[str], list[str]]:
    """Recipes the prompt reader relates to the prompt's object noun: (the match when it is
    sure, the rest: other matches of its readings, then the nearest by WordNet taxonomy)."""
    from .lexicon import interpret

    index = _library_index()
    result = interpret(prompt, index)
    sure = (
        [result.match.recipe]
        if result.match.recipe and result.match.confidence >= STRONG_MATCH
        else []
    )
    names = [result.match.recipe] if result.match.recipe else []
    reading = result.reading
    for head in ((reading.head,) if reading.head else ()) + tuple(reading.alternatives):
        names += [m.recipe for m in index.match_noun(head.lemma)[:5]]
        names += list(index.suggestions(head.lemma, head.text, limit=5))
    names += list(result.match.suggestions)
    return sure, names


def _by_overlap(prompt: str) -> list[str]:
    """Recipes ranked by the words they share with the prompt (nouns count most; material words
    are left out)."""
    from .recipes import RECIPES

    asked = _words(prompt)
    try:  # material words ("wooden", "brass") say what a thing is made of, not what it is
        from .lexicon import material_from_word

        asked = {w for w in asked if material_from_word(w) is None}
    except (AssetsmithError, ValueError, LookupError):
        pass
    scored = []
    for order, rec in enumerate(RECIPES.values()):
        nouns = _words(" ".join((rec.name, *rec.nouns)))
        parts = _words(" ".join(w for p in rec.parts for w in (p.name, *p.words)))
        other = _words(f"{rec.category} {rec.description}")
        score = 3 * len(asked & nouns) + len(asked & parts) + 0.5 * len(asked & other)
        if score:
            scored.append((-score, order, rec.name))
    return [name for _, _, name in sorted(scored)]


# Shown when nothing in the prompt relates to the library: small, varied, typical programs.
DEFAULT_EXAMPLES = ("signpost", "stool", "lantern", "table", "bucket", "mushroom", "anvil", "cart")


def nearest_examples(prompt: str, k: int = 3) -> list[tuple[str, dict]]:
    """Up to `k` (recipe name, program) pairs of library recipes near the prompt's object: the
    prompt reader's match when it is sure, then recipes sharing words with the prompt, then the
    reader's other candidates (WordNet hypernyms and neighbours), then a few typical recipes. Recipes built from archetype macros and long programs are skipped."""
    from .recipes import RECIPES

    if not 0 <= k <= MAX_EXAMPLES:
        raise InvalidInput(
            f"k must be from 0 to {MAX_EXAMPLES}, not {k!r}.", "Ask for fewer examples."
        )
    sure: list[str] = []
    related: list[str] = []
    try:
        sure, related = _by_lexicon(prompt)
    except (AssetsmithError, ValueError, LookupError) as exc:  # the reader is help, not a gate
        log.warning("nearest_examples: the prompt reader failed (%s); using word overlap", exc)
    names = [*sure, *_by_overlap(prompt), *related]
    names += [n for n in DEFAULT_EXAMPLES if n in RECIPES]
    names += list(RECIPES)
    out: list[tuple[str, dict]] = []
    for name in dict.fromkeys(names):
        if len(out) >= k:
            break
        program = _example_program(name) if name in RECIPES else None
        if program is not None:
            out.append((name, copy.deepcopy(program)))
    return out


# --- checking one reply --------------------------------------------------------------------------
MAX_JSON_DEPTH = 64  # a part program nests about 8 deep; json.loads itself recurses in C
_JSON_STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def json_depth(text: str) -> int:
    """The deepest nesting of [ and { in JSON text (strings left out), found without recursing:
    json.loads would recurse once per level, and deep enough input can crash the process."""
    import numpy as np

    bare = _JSON_STRING.sub("", text).encode("utf-8", "replace")
    arr = np.frombuffer(bare, dtype=np.uint8)
    step = np.isin(arr, (0x5B, 0x7B)).astype(np.int32) - np.isin(arr, (0x5D, 0x7D)).astype(np.int32)
    return int(np.cumsum(step).max()) if step.size else 0


def parse_reply(reply: str) -> tuple[Any, Problem | None]:
    """One JSON object from a reply (code fences and chatter around it tolerated), or a problem."""
    if len(reply) > MAX_REPLY_CHARS:
        return None, Problem(
            "$",
            f"the reply is {len(reply)} characters long, more than the {MAX_REPLY_CHARS} "
            "allowed; write a much smaller program (fewer parts; repeat with array, "
            "radial and mirror operators)",
        )
    cleaned = _FENCE.sub("", reply.strip())
    candidates = [cleaned]
    first, last = cleaned.find("{"), cleaned.rfind("}")
    if 0 <= first < last and (first, last) != (0, len(cleaned) - 1):
        candidates.append(cleaned[first : last + 1])
    error = "it is empty"
    if json_depth(cleaned) > MAX_JSON_DEPTH:
        return None, Problem("$", "the reply nests lists or objects too deeply to read")
    for text in candidates:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            error = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
            continue
        except RecursionError:
            return None, Problem("$", "the reply nests lists or objects too deeply to read")
        if not isinstance(data, dict):
            return None, Problem(
                "$",
                f"the reply is a JSON {type(data).__name__}, not an object; a part "
                "program is one JSON object with version, materials and parts",
            )
        return data, None
    return None, Problem(
        "$", f"the reply is not valid JSON ({error}); answer with one JSON object only"
    )


def _part_paths(program: dict) -> dict[str, str]:
    """Output part name -> the JSON path of the first program entry that makes it."""
    out: dict[str, str] = {}
    for i, p in enumerate(program.get("parts", ())):
        out.setdefault(str(p.get("part") or p.get("id")), f"$.parts[{i}]")
    return out


def _box_gap(a, b) -> float:
    """Distance between two axis-aligned boxes ((lo, hi) pairs of 3-vectors); 0 when they touch."""
    d = [max(0.0, float(b[0][i] - a[1][i]), float(a[0][i] - b[1][i])) for i in range(3)]
    return math.sqrt(sum(v * v for v in d))


def entry_boxes(program: dict, seed: int) -> dict[str, tuple[Any, Any]] | None:
    """Each program entry's bounding box (by id), placed, at the lowest detail level: floating
    entries show here even when they join one output part with others. None when the pieces
    cannot be told apart (then the output parts are checked instead)."""
    import numpy as np

    from .assemble import ProgramBuilder
    from .limits import MAX_TRIANGLES
    from .validate import check_program

    builder = ProgramBuilder(check_program(program), seed)
    pieces = builder.pieces(0, MAX_TRIANGLES)
    counts = [len(builder.local(i, 0)) for i in range(len(builder.parts))]
    if sum(counts) != len(pieces):
        return None
    out: dict[str, tuple[Any, Any]] = {}
    at = 0
    for part, n in zip(builder.parts, counts, strict=True):
        meshes = [m for _, _, m in pieces[at : at + n] if len(m.positions)]
        at += n
        if meshes:
            pos = np.concatenate([m.positions for m in meshes])
            out[part["id"]] = (pos.min(axis=0), pos.max(axis=0))
    return out


def geometry_problems(
    geom: Any,
    program: dict,
    prior: SizePrior | None,
    entries: dict[str, tuple[Any, Any]] | None = None,
) -> list[Problem]:
    """What a built object shows that no schema can: nothing built, non-finite or flat results,
    a size outside the hint, parts floating apart from the rest (program entries when `entries`
    gives their boxes, else output parts)."""
    import numpy as np

    paths = _part_paths(program)
    problems: list[Problem] = []
    boxes: dict[str, tuple] = {}
    for part in geom.parts:
        where = paths.get(part.name, "$.parts")
        pos, idx = part.mesh.positions, part.mesh.indices
        if len(pos) == 0 or len(idx) == 0:
            problems.append(
                Problem(where, f"part '{part.name}' built no triangles; give it a real size")
            )
            continue
        if not np.isfinite(pos).all():
            problems.append(
                Problem(where, f"part '{part.name}' has coordinates that are not finite numbers")
            )
            continue
        boxes[part.name] = (pos.min(axis=0), pos.max(axis=0))
    if not geom.parts:
        problems.append(Problem("$.parts", "the program built nothing"))
    if problems or not boxes:
        return problems
    lo = np.min([b[0] for b in boxes.values()], axis=0)
    hi = np.max([b[1] for b in boxes.values()], axis=0)
    extents = tuple(float(v) for v in hi - lo)
    shown = " x ".join(f"{e:.3g}" for e in extents)
    if min(extents) < MIN_EXTENT_M:
        problems.append(
            Problem(
                "$",
                f"the object is flat ({shown} m, X x Y x Z): every extent must be at "
                f"least {MIN_EXTENT_M} m",
            )
        )
    if prior is not None:
        off = prior.check(extents)
        if off:
            want = " x ".join(f"{d:g}" for d in prior.dims)
            problems.append(
                Problem(
                    "$",
                    f"the object is {shown} m (X x Y x Z) but should be about {want} m "
                    f"(within {prior.tolerance:.0%}): {'; '.join(off)}; change the "
                    "parts' sizes and positions to fit",
                )
            )
    elif max(extents) > MAX_EXTENT_M:
        problems.append(
            Problem(
                "$",
                f"the object is {shown} m (X x Y x Z); a prop may be at most "
                f"{MAX_EXTENT_M:g} m in any direction: build it at its real size",
            )
        )
    gap = max(TOUCH_GAP_MIN_M, TOUCH_GAP_FRACTION * max(extents))
    if entries is not None and len(entries) == len(program.get("parts", ())):
        ids = {str(p["id"]): f"$.parts[{i}]" for i, p in enumerate(program["parts"])}
        problems += _floating(entries, ids, gap)
    else:
        problems += _floating(boxes, paths, gap)
    return problems


def _floating(boxes: dict[str, tuple], paths: dict[str, str], gap: float) -> list[Problem]:
    """Parts not connected to the main body (the largest group of parts whose bounding boxes
    touch, within `gap`)."""
    import numpy as np

    names = list(boxes)
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if _box_gap(boxes[names[i]], boxes[names[j]]) <= gap:
                parent[root(i)] = root(j)
    groups: dict[int, list[str]] = {}
    for i, n in enumerate(names):
        groups.setdefault(root(i), []).append(n)
    if len(groups) == 1:
        return []

    def volume(group: list[str]) -> float:
        return sum(float(np.prod(boxes[n][1] - boxes[n][0])) for n in group)

    main = max(groups.values(), key=lambda g: (len(g), volume(g)))
    out = []
    for n in names:
        if n in main:
            continue
        near = min(main, key=lambda m: _box_gap(boxes[n], boxes[m]))
        dist = _box_gap(boxes[n], boxes[near])
        out.append(
            Problem(
                paths.get(n, "$.parts"),
                f"part '{n}' floats {dist:.3g} m away from the rest of the object (nearest: "
                f'\'{near}\'); attach it ("attach": {{"to": "{near}", ...}}) or move it so '
                "the parts touch",
            )
        )
    return out


def review_reply(
    reply: str, *, prior: SizePrior | None, poly_budget: int, seed: int
) -> tuple[dict | None, list[Problem], Any]:
    """(program, [], geometry) for a usable reply; (None, problems, None)
    otherwise. Nothing is built before the program validates."""
    from .build import build_program
    from .validate import validate_program

    data, problem = parse_reply(reply)
    if problem is not None:
        return None, [problem], None
    problems = validate_program(data)
    if problems:
        return None, problems, None
    program = copy.deepcopy(data)
    try:
        geom = build_program(data, seed=seed, poly_budget=poly_budget, lod_ratios=())
    except ProgramInvalid as exc:
        return None, list(exc.problems), None
    except InvalidInput as exc:  # unbuildable booleans, a program over the triangle budget
        return None, [Problem("$", f"{exc.message} {exc.hint}".strip())], None
    except (ArithmeticError, ValueError, IndexError, TypeError, MemoryError) as exc:
        # The builder met something the validator let through; the model can still simplify.
        log.warning("a model-written program passed validation but failed to build", exc_info=True)
        return (
            None,
            [
                Problem(
                    "$",
                    f"the program could not be built ({type(exc).__name__}); "
                    "simplify the parts that use booleans, sweeps or lofts",
                )
            ],
            None,
        )
    try:
        entries = entry_boxes(data, seed)
    except (
        AssetsmithError,
        OverLimit,
        ArithmeticError,
        ValueError,
        IndexError,
        KeyError,
        TypeError,
    ):
        log.warning("entry boxes of a model-written program could not be made", exc_info=True)
        entries = None
    problems = geometry_problems(geom, program, prior, entries)
    if problems:
        return None, problems, None
    return program, [], geom


# --- the loop ------------------------------------------------------------------------------------
def _prior_of(size_hint) -> SizePrior | None:
    if size_hint is None or isinstance(size_hint, SizePrior):
        return size_hint
    try:
        dims = tuple(float(v) for v in size_hint)
    except (TypeError, ValueError):
        dims = ()
    if len(dims) != 3 or not all(math.isfinite(d) and 0 < d <= MAX_SIZE_M for d in dims):
        raise InvalidInput(
            f"size_hint must be three sizes in metres, each in (0, {MAX_SIZE_M:g}], "
            f"not {str(size_hint)[:80]}.",
            "Pass (width, height, depth) or a SizePrior.",
        )
    return SizePrior((dims[0], dims[1], dims[2]), HINT_TOLERANCE)


def _check_examples(examples: Sequence[tuple[str, dict]]) -> list[tuple[str, dict]]:
    out = list(examples)
    if len(out) > MAX_EXAMPLES:
        raise InvalidInput(
            f"{len(out)} examples are too many; at most {MAX_EXAMPLES}.", "Pass fewer examples."
        )
    for item in out:
        if not (
            isinstance(item, tuple | list)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], dict)
        ):
            raise InvalidInput(
                "Each example must be a (name, part program) pair.",
                "Use nearest_examples(prompt) to pick them from the library.",
            )
        if len(_compact(item[1])) > 4 * MAX_EXAMPLE_CHARS:
            raise InvalidInput(
                f"The example {item[0][:64]!r} is too long to show a model.",
                "Pass shorter programs.",
            )
    return [(str(n)[:64], p) for n, p in out]


def _never() -> bool:
    return False


def write_shape(
    chat: ChatBackend,
    prompt: str,
    *,
    examples: Sequence[tuple[str, dict]] = (),
    size_hint: SizePrior | tuple[float, float, float] | None = None,
    rounds: int = 2,
    temperature: float = 0.2,
    poly_budget: int = 6000,
    seed: int = 0,
    is_cancelled: Callable[[], bool] | None = None,
) -> ShapeWriteResult:
    """A part program for `prompt` written by `chat` (an `assetsmith.backends.llm.ChatBackend`).

    `examples`: (name, program) pairs to show the model; default `nearest_examples(prompt)`.
    `size_hint`: the object's expected (X, Y, Z) extents in metres (a SizePrior, or a tuple
    meaning SizePrior(dims, 0.25)); the built object must fit it. `rounds`: repair rounds after
    the first try (0..8). `poly_budget`: the triangle budget the program must build within.
    `seed`: the model's sampling seed on the first try (+1 each round) and the build seed.

    Raises InvalidInput for bad arguments, ModelOutputInvalid when no try gave a usable program
    (its `details` list the last try's problems with JSON paths), and BackendUnavailable /
    Cancelled from the backend unchanged.
    """
    cancelled = is_cancelled or _never
    if not isinstance(prompt, str) or not prompt.strip():
        raise InvalidInput(
            "The prompt is empty.", "Describe the object to build, e.g. 'a brass telescope'."
        )
    prompt = " ".join(prompt.split())
    if len(prompt) > MAX_PROMPT_CHARS:
        raise InvalidInput(
            f"The prompt is {len(prompt)} characters; at most {MAX_PROMPT_CHARS} are read.",
            "Shorten the prompt.",
        )
    if isinstance(rounds, bool) or not isinstance(rounds, int) or not 0 <= rounds <= MAX_ROUNDS:
        raise InvalidInput(
            f"rounds must be a whole number from 0 to {MAX_ROUNDS}, not {rounds!r}.",
            "Use 2 (the default) unless the model needs more chances.",
        )
    if not (
        isinstance(temperature, int | float)
        and math.isfinite(temperature)
        and 0 <= temperature <= 2
    ):
        raise InvalidInput(f"temperature must be from 0 to 2, not {temperature!r}.", "Use 0.2.")
    if (
        isinstance(poly_budget, bool)
        or not isinstance(poly_budget, int)
        or not 1 <= poly_budget <= MAX_POLY_BUDGET
    ):
        raise InvalidInput(
            f"poly_budget must be from 1 to {MAX_POLY_BUDGET}, not {poly_budget!r}.",
            "Use the spec's poly_budget_tris.",
        )
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**31:
        raise InvalidInput(
            f"seed must be a whole number from 0 to 2**31 - 1, not {seed!r}.",
            "Use the spec's seed.",
        )
    prior = _prior_of(size_hint)
    shown = _check_examples(examples) if examples else nearest_examples(prompt)
    label = f"{chat.name}:{chat.model}"
    schema = llm_program_schema()
    messages = first_messages(prompt, shown, prior, poly_budget)
    notes: list[str] = []
    problems: list[Problem] = []
    for attempt in range(rounds + 1):
        if cancelled():
            raise Cancelled("The job was cancelled while a model was writing its shape.")
        reply = chat.chat_json(
            messages,
            schema=schema,
            seed=seed + attempt,
            temperature=float(temperature),
            is_cancelled=cancelled,
        )
        if not isinstance(reply, str):
            reply = ""
        program, problems, geom = review_reply(
            reply, prior=prior, poly_budget=poly_budget, seed=seed
        )
        if program is not None:
            import numpy as np

            pos = np.concatenate([p.mesh.positions for p in geom.parts])
            extents = tuple(float(v) for v in pos.max(axis=0) - pos.min(axis=0))
            tris = sum(p.mesh.triangle_count for p in geom.parts)
            return ShapeWriteResult(
                program=program,
                rounds_used=attempt,
                notes=notes,
                model=label,
                examples=tuple(n for n, _ in shown),
                extents=extents,  # type: ignore[arg-type]
                triangles=tris,
                seed=seed,
                temperature=float(temperature),
            )
        notes.append(f"try {attempt + 1}: {len(problems)} problem(s), first: {problems[0]}"[:300])
        log.info(
            "%s: shape attempt %d has %d problem(s), first: %s",
            label,
            attempt + 1,
            len(problems),
            problems[0],
        )
        messages = [
            *messages,
            {"role": "assistant", "content": _echo(reply)},
            repair_message(problems),
        ]
    raise ModelOutputInvalid(
        f"The model {label} wrote no usable part program for '{prompt[:80]}' in {rounds + 1} "
        f"tr{'ies' if rounds else 'y'} ({len(problems)} problem(s) in the last, first: {problems[0]}).",
        "Try a larger model, allow more repair rounds, or use the offline recipes.",
        details=[p.to_dict() for p in problems[:MAX_LISTED_PROBLEMS]],
    )
