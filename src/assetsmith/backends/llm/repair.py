"""Spec generation with a language model: ask, normalise, validate, and send the validator's
messages back for at most N repair rounds. The result passes the same gate as any user spec."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

from assetsmith.backends.http import never
from assetsmith.backends.llm.base import ChatBackend
from assetsmith.backends.llm.prompting import first_messages, repair_message
from assetsmith.backends.llm.schema_for_llm import llm_spec_schema
from assetsmith.errors import Cancelled, ModelOutputInvalid, Problem
from assetsmith.spec import generate_spec, normalise_spec, validate_spec_data
from assetsmith.spec.generator import GODOT_COLLIDER, UNREAL_COLLISION

log = logging.getLogger("assetsmith.backends.llm")

_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")


def extract_json(text: str) -> tuple[Any, Problem | None]:
    """Parse a reply that should be one JSON object; tolerate code fences and chatter around it."""
    cleaned = _FENCE.sub("", text.strip())
    try:
        return json.loads(cleaned), None
    except json.JSONDecodeError as exc:
        first, last = cleaned.find("{"), cleaned.rfind("}")
        if 0 <= first < last:
            try:
                return json.loads(cleaned[first : last + 1]), None
            except json.JSONDecodeError:
                pass
        return None, Problem(
            "$",
            f"the reply is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}); answer with one JSON object only",
        )


def finish_spec(
    data: Any, *, prompt: str, seed: int, generator: str, constraints: dict, draft: dict
) -> tuple[Any, list[str]]:
    """Normalise a model's spec and fill in what the pipeline owns (generation, engine blocks)."""
    if not isinstance(data, dict):
        return data, []
    data = dict(data)
    changes: list[str] = []
    if data.get("spec_version") != "0.3":
        changes.append(f"$.spec_version: {data.get('spec_version')!r} -> '0.3'")
        data["spec_version"] = "0.3"
    # The shape is ours: the offline reader chose it (or the shape writer wrote it).
    data.pop("archetype", None)
    if data.get("shape") != draft["shape"]:
        if "shape" in data:
            changes.append("$.shape: kept the draft's shape")
        data["shape"] = draft["shape"]
    data, norm = normalise_spec(data)
    changes += norm
    for key, value in constraints.items():
        if value is not None and data.get(key) != value:
            changes.append(f"$.{key}: {data.get(key)!r} -> {value!r} (fixed by the request)")
            data[key] = value
    unity = data.get("unity")
    if isinstance(unity, dict) and isinstance(data.get("asset_id"), str):
        collider = unity.get("collider")
        aid = data["asset_id"]
        if collider in GODOT_COLLIDER:
            data.setdefault(
                "godot",
                {
                    "import_subfolder": f"assets/assetsmith/{aid}",
                    "collider": GODOT_COLLIDER[collider],
                },
            )
            data.setdefault(
                "unreal",
                {"import_subfolder": f"Assetsmith/{aid}", "collision": UNREAL_COLLISION[collider]},
            )
    data.setdefault("lods", draft.get("lods", [0.5, 0.25]))
    data["generation"] = {"source_prompt": prompt, "seed": seed, "generator": generator}
    return data, changes


def generate_spec_with_model(
    chat: ChatBackend,
    prompt: str,
    *,
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    repair_rounds: int = 2,
    temperature: float = 0.2,
    is_cancelled: Callable[[], bool] = never,
) -> dict:
    """A valid v0.3 spec written by `chat`, or ModelOutputInvalid after 1 + `repair_rounds` tries.

    The offline reader's spec is the model's starting draft (and supplies the seed and the shape:
    the model writes the look, names, materials and their parts; it does not change the shape);
    request fields (category, style, triangle budget) are enforced over whatever the model writes.
    Raises BackendUnavailable / Cancelled from the backend unchanged.
    """
    draft = generate_spec(
        prompt,
        category=category,
        style_preset=style_preset,
        seed=seed,
        resolution=resolution,
        poly_budget=poly_budget,
    )
    seed = int(draft["generation"]["seed"])
    prompt = draft["generation"]["source_prompt"]
    generator = f"{chat.name}:{chat.model}"
    constraints = {
        "category": category,
        "style_preset": style_preset,
        "poly_budget_tris": poly_budget,
    }
    schema = llm_spec_schema()
    messages = first_messages(prompt, draft, schema, constraints)
    problems: list[Problem] = []
    for attempt in range(repair_rounds + 1):
        if is_cancelled():
            raise Cancelled("The job was cancelled during spec generation.")
        reply = chat.chat_json(
            messages,
            schema=schema,
            seed=seed + attempt,
            temperature=temperature,
            is_cancelled=is_cancelled,
        )
        data, parse_problem = extract_json(reply)
        changes: list[str] = []
        if parse_problem:
            problems = [parse_problem]
        else:
            data, changes = finish_spec(
                data,
                prompt=prompt,
                seed=seed,
                generator=generator,
                constraints=constraints,
                draft=draft,
            )
            _version, problems = validate_spec_data(data)
        if not problems:
            data["generation"]["interpretation"] = {
                **{
                    k: v
                    for k, v in draft["generation"]["interpretation"].items()
                    if k in ("shape", "fallback")
                },
                "model": {
                    "backend": chat.name,
                    "name": chat.model,
                    "temperature": temperature,
                    "seed": seed + attempt,
                    "repair_rounds": attempt,
                },
                "normalised": changes[:50],
            }
            return data
        log.info(
            "%s: spec attempt %d has %d problem(s), first: %s",
            generator,
            attempt + 1,
            len(problems),
            problems[0],
        )
        messages = [
            *messages,
            {"role": "assistant", "content": reply[:20000]},
            repair_message(problems),
        ]
    raise ModelOutputInvalid(
        f"The model {generator} gave no valid spec in {repair_rounds + 1} tries "
        f"({len(problems)} problem(s), first: {problems[0]}).",
        "Try a larger model, raise ASSETSMITH_LLM_REPAIR_ROUNDS, or use the offline generator.",
        details=[p.to_dict() for p in problems[:25]],
    )
