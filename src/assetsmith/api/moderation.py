"""The prompt blocklist: whole words or phrases from settings, matched case-insensitively."""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import InvalidInput


@lru_cache(maxsize=8)
def _pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    words = [re.escape(t.lower()) for t in terms if t.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)") if words else None


def check_prompt(settings, *texts: str | None) -> None:
    """Refuse (InvalidInput, 422) a prompt that contains a blocked term, when moderation is on."""
    if not settings.moderation:
        return
    pattern = _pattern(tuple(settings.prompt_blocklist))
    if pattern is None:
        return
    for text in texts:
        if text and pattern.search(" ".join(text.lower().split())):
            raise InvalidInput(
                "The prompt contains a term this server does not accept.",
                "Rephrase the prompt.",
                details=[{"path": "$.prompt", "message": "blocked term"}],
            )
