"""Write the generated reference of docs/shapes.md (primitives, operators, limits, the recipe
table) from the shape language's own tables, between the `reference` markers.

    python scripts/shapes_doc.py          # rewrite the reference section of docs/shapes.md
    python scripts/shapes_doc.py --check  # exit 1 when it is stale (the tests do this)
"""

from __future__ import annotations

import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "shapes.md"
START, END = "<!-- reference:start -->", "<!-- reference:end -->"

KIND_TEXT = {
    "length": "metres > 0",
    "length0": "metres >= 0",
    "coord": "metres",
    "angle": "degrees",
    "number": "number",
    "int": "integer",
    "bool": "true/false",
    "enum": "one of",
    "name": "id",
    "size3": "[x, y, z] metres > 0",
    "vec3": "[x, y, z] metres",
    "size2": "[a, b] metres > 0",
    "range2": "[low, high] factors",
    "scale2": "factor or [a, b]",
    "angles3": "[x, y, z] degrees",
    "scale3": "factor or [x, y, z]",
    "points2": "[[a, b], ...]",
    "points3": "[[x, y, z], ...]",
    "outlines": "list of outlines",
    "lengths": "[metres, ...]",
    "sections": "list of sections",
    "shapes": "list of shapes",
    "mapping": "{archetype part: material id}",
    "jitter": "jitter object",
}


def _kind(p) -> str:
    text = KIND_TEXT[p.kind]
    if p.kind == "enum" and p.values:
        text += " " + ", ".join(f"`{v}`" for v in p.values)
    if p.kind in ("number", "int") and p.lo is not None:
        text += f" in [{p.lo:g}, {p.hi:g}]"
    if (
        p.kind in ("points2", "points3", "outlines", "lengths", "sections", "shapes")
        and p.max_items
    ):
        text += f" ({p.min_items or 0}..{p.max_items})"
    return text


def _default(p) -> str:
    if p.required:
        return "**required**"
    if p.default is None:
        return "none"
    if isinstance(p.default, bool):
        return "true" if p.default else "false"
    return f"`{p.default}`"


def _table(words: dict) -> list[str]:
    out = []
    for name, w in words.items():
        out += [f"### `{name}`", "", w.doc, ""]
        if name == "macro":
            from assetsmith.geometry.archetypes import ARCHETYPE_BUILDERS

            out += [
                "Archetypes: "
                + ", ".join(f"`{n}`" for n in sorted(ARCHETYPE_BUILDERS.names()))
                + ".",
                "",
            ]
        if w.params:
            out += ["| parameter | value | default | meaning |", "|---|---|---|---|"]
            for pname, p in w.params.items():
                out.append(
                    f"| `{pname}` | {_kind(p)} | {_default(p)} | {p.doc.replace('|', '/')} |"
                )
            out.append("")
    return out


def render_reference() -> str:
    from assetsmith.shapes import ALL_RECIPES, STANDARD_PARAMS, limits
    from assetsmith.shapes.vocabulary import OPERATORS, PRIMITIVES

    out = [
        START,
        "",
        "## Reference (generated)",
        "",
        "Generated from `assetsmith/shapes/vocabulary.py`, `limits.py` and the recipe table by",
        "`python scripts/shapes_doc.py`; the tests fail when this section is out of date.",
        "",
        "## Primitives",
        "",
    ]
    out += _table(PRIMITIVES)
    out += ["## Operators", ""]
    out += _table(OPERATORS)
    out += ["## Limits", "", "| limit | value |", "|---|---|"]
    for name in sorted(n for n in dir(limits) if n.isupper()):
        out.append(f"| `{name}` | {getattr(limits, name)} |")
    out += [
        "",
        "## Standard recipe parameters",
        "",
        "| parameter | kind | default | words |",
        "|---|---|---|---|",
    ]
    for p in STANDARD_PARAMS.values():
        words = ", ".join(f"{w} ({v})" for w, v in p.words.items())
        out.append(f"| `{p.name}` | {p.kind} | `{p.default}` | {words} |")
    out += [
        "",
        "## Recipes",
        "",
        "| recipe | category | nouns | size (m) | parts | parameters |",
        "|---|---|---|---|---|---|",
    ]
    for r in sorted(ALL_RECIPES, key=lambda r: (r.category, r.name)):
        size = " x ".join(f"{d:g}" for d in r.size.dims)
        parts = ", ".join(f"{p.name} ({r.materials[p.role].family})" for p in r.parts)
        params = ", ".join(f"{p.name}" for p in r.params) or "(standard only)"
        out.append(
            f"| `{r.name}` | {r.category} | {', '.join(r.nouns[:4])} | {size} | {parts} | {params} |"
        )
    out += ["", END]
    return "\n".join(out) + "\n"


def rendered(text: str) -> str:
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return head + render_reference() + tail.lstrip("\n")


def main(argv: list[str]) -> int:
    text = DOC.read_text()
    new = rendered(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC} is out of date: run python scripts/shapes_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new)
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
