"""Real packs for the pack tests, built once per module by the whole offline pipeline."""

from __future__ import annotations

import pytest

import assetsmith
from assetsmith.settings import Settings


@pytest.fixture(scope="session")
def packs(tmp_path_factory):
    """Three real packs at 512 px: Unity (barrel), Godot (lantern), Unreal (table, convex collision)."""
    root = tmp_path_factory.mktemp("packs")
    settings = Settings(data_dir=root / "data", workers=2, previews=False)
    out = {}
    for engine, prompt in (
        ("unity", "wooden barrel with iron bands"),
        ("godot", "iron lantern"),
        ("unreal", "wooden table"),
    ):
        spec = assetsmith.generate_spec(prompt, resolution=512)
        spec["unreal"]["collision"] = "convex"
        out[engine] = assetsmith.run_job(
            spec=spec, engine=engine, resolution=512, settings=settings
        )
    return out
