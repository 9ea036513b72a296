"""Fixtures for the geometry tests; the memoised builds live in geo_builds."""

from __future__ import annotations

import pytest

from .geo_builds import NAMES


@pytest.fixture(params=NAMES)
def name(request) -> str:
    return request.param
