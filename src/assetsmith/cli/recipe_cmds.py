"""`assetsmith recipes`: the objects the offline generator can build, and how a prompt is read."""

from __future__ import annotations

from typing import Any

import typer

from .common import JSON_OPT, emit_json

recipes_app = typer.Typer(
    help="The recipe library: what the built-in generator can build, and how a "
    "prompt is read against it.",
    no_args_is_help=True,
)


@recipes_app.command("list")
def recipes_list(
    category: str = typer.Option(
        None, "--category", help="Only this recipe category (e.g. furniture, weapons)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List every recipe: name, category, real size and the nouns that name it."""
    from ..errors import UnknownName
    from ..shapes import CATEGORIES, RECIPES

    if category is not None and category not in CATEGORIES:
        raise UnknownName("recipe category", category, CATEGORIES)
    rows = [r for r in RECIPES.values() if category in (None, r.category)]
    if as_json:
        emit_json(
            [
                {
                    "name": r.name,
                    "category": r.category,
                    "nouns": list(r.nouns),
                    "size_m": list(r.size.dims),
                    "description": r.description,
                }
                for r in rows
            ]
        )
        return
    for r in sorted(rows, key=lambda r: (r.category, r.name)):
        x, y, z = r.size.dims
        typer.echo(
            f"{r.category:<15} {r.name:<20} {x:.2f} x {y:.2f} x {z:.2f} m  {', '.join(r.nouns[:4])}"
        )
    typer.echo(f"{len(rows)} recipes. `assetsmith recipes show NAME` for parts and parameters.")


@recipes_app.command("show")
def recipes_show(
    name: str = typer.Argument(..., help="A recipe name."), as_json: bool = JSON_OPT
) -> None:
    """One recipe: its parts and their materials, its parameters and the words that set them."""
    from ..shapes import get_recipe

    r = get_recipe(name)
    params = r.all_params()
    doc: dict[str, Any] = {
        "name": r.name,
        "category": r.category,
        "description": r.description,
        "nouns": list(r.nouns),
        "synsets": list(r.synsets),
        "size_m": list(r.size.dims),
        "collider": r.collider,
        "parts": [
            {
                "name": p.name,
                "material": p.role,
                "family": r.materials[p.role].family,
                "words": list(p.words),
            }
            for p in r.parts
        ],
        "params": {
            n: {
                "kind": p.kind,
                "default": p.default,
                "choices": list(p.choices),
                "range": [p.lo, p.hi] if p.lo is not None else None,
                "words": dict(p.words),
                "doc": p.doc,
            }
            for n, p in params.items()
        },
    }
    if as_json:
        emit_json(doc)
        return
    x, y, z = r.size.dims
    typer.echo(f"{r.name} ({r.category}): {r.description}")
    typer.echo(f"  named by: {', '.join(r.nouns)}")
    typer.echo(f"  real size: {x:.2f} x {y:.2f} x {z:.2f} m (W x H x D); collider {r.collider}")
    typer.echo("  parts:")
    for p in doc["parts"]:
        typer.echo(f"    {p['name']:<16} {p['material']} ({p['family']})")
    typer.echo("  parameters:")
    for n, p in params.items():
        words = ", ".join(list(p.words)[:6])
        typer.echo(f"    {n:<16} {p.describe()}" + (f"  words: {words}" if words else ""))


@recipes_app.command("match")
def recipes_match(
    prompt: str = typer.Argument(..., help='A prompt, e.g. "oak table with iron legs".'),
    category: str = typer.Option(
        None, "--category", help="The spec category (picks the stand-in when nothing fits)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """How the built-in generator reads a prompt: the recipe, why, its parameters and materials."""
    from ..shapes.choose import choose_shape
    from ..spec.generator import check_prompt

    choice = choose_shape(check_prompt(prompt), category=category)
    doc: dict[str, Any] = {
        "shape": choice.shape,
        "fitted": choice.fitted,
        "parts": {
            k: {"material": v.id, "family": v.family, "base_color": v.base_color}
            for k, v in choice.part_materials.items()
        },
        "style": choice.style,
        "ignored_words": list(choice.ignored_words),
    }
    if as_json:
        emit_json(doc)
        return
    s = choice.shape
    if choice.fitted:
        typer.echo(
            f"{s['recipe']}: {s['how']} match on '{' '.join(s['matched_words'])}', confidence {s['confidence']}"
        )
    else:
        typer.echo(f"no fitting recipe; the stand-in would be {s['recipe']}")
    if s["fallback"]:
        typer.echo(f"  note: {s['fallback']}")
    for k, v in s["params"].items():
        typer.echo(f"  {k} = {v['value']} (from '{v['word']}')")
    for part, m in doc["parts"].items():
        typer.echo(f"  {part:<16} {m['material']} ({m['family']}, {m['base_color']})")
