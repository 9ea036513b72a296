"""One rule for missing external pieces (a server, a browser, a validator): outside CI the tests
that need them are skipped with the reason; in CI (CI=true), where scripts/test.sh installs and
starts them, a missing piece is a broken setup and fails."""

from __future__ import annotations

import os

import pytest


def missing(reason: str, what: str) -> None:
    """Fail in CI, skip elsewhere. `what` names the tests that cannot run."""
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"{reason}; CI must run {what}")
    pytest.skip(reason)
