"""The optional blender engine: without Blender (no binary, no bpy) the error says what to install."""

from __future__ import annotations

import importlib.util
import shutil

import pytest

from assetsmith.batch import EngineUnavailable, run_batch_job
from assetsmith.settings import Settings


@pytest.mark.skipif(importlib.util.find_spec("bpy") is not None or shutil.which("blender") is not None,
                    reason="Blender is installed here")
def test_blender_engine_without_blender_is_a_clear_error(workdir, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", blender_bin="no-such-blender")
    with pytest.raises(EngineUnavailable, match="needs Blender") as info:
        run_batch_job({"scene": str(workdir / "scenes" / "barrel.glb"), "format": "EXR", "engine": "blender"},
                      settings=settings, export_root=workdir)
    assert "pip install" in info.value.hint and "bpy" in info.value.hint
    assert not (workdir / "Exports").exists()
