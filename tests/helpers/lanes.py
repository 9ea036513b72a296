"""Which lane runs a test: the quick lane (`scripts/test.sh --quick`) or only the whole suite."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest


def first_quick(values: Iterable[Any]) -> list[Any]:
    """Parameters of a sweep: the first one runs in the quick lane as well, so the code path stays
    covered there; the rest are marked slow and run in the whole suite."""
    return [pytest.param(v, marks=() if i == 0 else pytest.mark.slow) for i, v in enumerate(values)]
