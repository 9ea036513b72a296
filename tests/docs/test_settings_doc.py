"""docs/settings.md lists every setting, generated from the Settings class: a new setting without a
description, or a page not regenerated after a change, fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assetsmith.settings import Settings, env_names

pytestmark = pytest.mark.slow  # runs scripts/settings_doc.py

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_has_a_description_and_an_environment_name():
    names = env_names()
    for name, field in Settings.model_fields.items():
        assert (field.description or "").strip(), f"setting {name} has no description"
        assert names[name], f"setting {name} has no environment variable"


def test_settings_page_is_up_to_date():
    out = subprocess.run(
        [sys.executable, "scripts/settings_doc.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    page = (ROOT / "docs" / "settings.md").read_text()
    for names in env_names().values():
        assert f"`{names[0]}`" in page
