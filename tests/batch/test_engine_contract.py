"""The batch Engine contract (batch/engines/__init__.py), run against every engine in `ENGINES`: the
native engine (in process), Unity (the fake editor of tests/batch/fake_unity.py, in a subprocess:
slow; no real Unity is installed here) and Blender (Debian's `blender`: slow).

What every engine must do: be made by its name; refuse a config it cannot run in `prepare`, before
any work, with InvalidInput (or EngineUnavailable when its program is missing); write a chunk's
outputs into the export area's staging folder only, so nothing reaches the export folder before the
commit; and free what it kept in `close`, which may be called before any work and twice.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from tests.batch.conftest import SAMPLES, UNITY_SCENE, tree
from tests.helpers.availability import missing

from assetsmith.batch import EngineUnavailable
from assetsmith.batch.config import JobConfig, parse_job_config
from assetsmith.batch.engines import ENGINES, BatchContext, Engine, make_engine
from assetsmith.batch.paths import ExportArea
from assetsmith.errors import InvalidInput
from assetsmith.settings import Settings


class EngineContract:
    """Mixin: a subclass names the engine (`impl`) and provides `context(tmp_path)` (a BatchContext
    that can run it), `config(tmp_path)` (a small job it can run, with `outputs`, the files it must
    write) and `missing_scene(tmp_path)` (a config whose scene does not exist)."""

    impl: str
    outputs: tuple[str, ...]

    def context(self, tmp_path: Path, **settings) -> BatchContext:
        raise NotImplementedError

    def config(self, tmp_path: Path) -> JobConfig:
        raise NotImplementedError

    def missing_scene(self, tmp_path: Path) -> JobConfig:
        raise NotImplementedError

    def engine(self, tmp_path: Path, **settings) -> Engine:
        return make_engine(self.impl, self.context(tmp_path, **settings))

    def test_it_is_made_by_its_name(self, tmp_path):
        assert self.impl in ENGINES.names()
        engine = self.engine(tmp_path)
        assert engine.name == self.impl
        for method in ("prepare", "run", "close"):
            assert callable(getattr(engine, method))

    def test_close_before_any_work_and_twice(self, tmp_path):
        engine = self.engine(tmp_path)
        engine.close()
        engine.close()

    def test_a_missing_scene_is_refused_in_prepare(self, tmp_path):
        engine = self.engine(tmp_path)
        export = tmp_path / "export"
        export.mkdir()
        with pytest.raises(InvalidInput) as info:
            engine.prepare(self.missing_scene(tmp_path))
        assert "$.scene" in f"{info.value.message} {info.value.details}"
        engine.close()
        assert tree(export) == []  # refused before any work

    def test_run_writes_the_outputs_into_staging_only(self, tmp_path):
        engine = self.engine(tmp_path)
        cfg = self.config(tmp_path)
        engine.prepare(cfg)
        area = ExportArea(tmp_path / "export")
        try:
            with area:
                engine.run(cfg, area, done=0, total=len(cfg.frames))
                staged = area.staged_files()
                assert set(self.outputs) <= set(staged), staged
                assert all((area.staging / f).stat().st_size > 0 for f in self.outputs)
                outside = [p for p in tree(area.root) if not p.startswith(area.staging.name)]
                assert outside == []  # nothing in the export folder before the commit
                area.commit()
        finally:
            engine.close()
            engine.close()
        assert all((area.root / f).is_file() for f in self.outputs)


class TestNative(EngineContract):
    impl = "native"
    outputs = ("out/barrel.glb",)

    def context(self, tmp_path, **settings):
        return BatchContext(settings=Settings(data_dir=tmp_path / "data", **settings))

    def config(self, tmp_path):
        return parse_job_config(
            {
                "scene": str(SAMPLES / "scenes" / "barrel.glb"),
                "format": "GLB",
                "output": "out/barrel.glb",
            },
            base_dir=tmp_path,
        )

    def missing_scene(self, tmp_path):
        return parse_job_config(
            {"scene": "no-such-scene.glb", "format": "GLB", "output": "out/x.glb"},
            base_dir=tmp_path,
        )


class ExternalEngineContract(EngineContract):
    """Engines that run another program: a missing program is EngineUnavailable, in `prepare`."""

    def no_program(self) -> dict:
        """Settings fields that point the engine at a program that does not exist."""
        raise NotImplementedError

    def test_a_missing_program_is_engine_unavailable(self, tmp_path):
        engine = self.engine(tmp_path, **self.no_program())
        with pytest.raises(EngineUnavailable) as info:
            engine.prepare(self.config(tmp_path))
        assert info.value.hint  # says what to install or set
        engine.close()


@pytest.mark.slow  # the fake Unity editor runs in a subprocess
class TestUnity(ExternalEngineContract):
    impl = "unity"
    outputs = ("Exports/USD/cinematic_main.usd",)

    @pytest.fixture(autouse=True)
    def unity(self, fake_unity, clean_env):
        self.exe, self.project = fake_unity

    def context(self, tmp_path, **settings):
        fields = {"unity_bin": self.exe, **settings}
        return BatchContext(
            settings=Settings(data_dir=tmp_path / "data", **fields), project_path=self.project
        )

    def config(self, tmp_path):
        return parse_job_config(
            {
                "scene": UNITY_SCENE,
                "camera": "CineCamera",
                "format": "USD",
                "engine": "unity",
                "output": "Exports/USD/cinematic_main.usd",
            },
            base_dir=tmp_path,
        )

    def missing_scene(self, tmp_path):
        return parse_job_config(
            {
                "scene": "Assets/Scenes/none.unity",
                "camera": "CineCamera",
                "format": "USD",
                "engine": "unity",
                "output": "Exports/USD/none.usd",
            },
            base_dir=tmp_path,
        )

    def no_program(self):
        return {"unity_bin": Path("/nonexistent/Editor/Unity")}


@pytest.mark.slow  # Blender
class TestBlender(ExternalEngineContract):
    impl = "blender"
    outputs = ("bl/barrel.glb",)

    @pytest.fixture(autouse=True, scope="class")
    def blender(self):
        if shutil.which("blender") is None:
            missing(
                "Blender is not installed (apt-get install blender python3-numpy)",
                "the blender engine contract",
            )

    def context(self, tmp_path, **settings):
        return BatchContext(settings=Settings(data_dir=tmp_path / "data", **settings))

    def config(self, tmp_path):
        return parse_job_config(
            {
                "scene": str(SAMPLES / "scenes" / "barrel.glb"),
                "engine": "blender",
                "format": "GLB",
                "output": "bl/barrel.glb",
            },
            base_dir=tmp_path,
        )

    def missing_scene(self, tmp_path):
        return parse_job_config(
            {
                "scene": "no-such-scene.glb",
                "engine": "blender",
                "format": "GLB",
                "output": "bl/x.glb",
            },
            base_dir=tmp_path,
        )

    def no_program(self):
        if importlib.util.find_spec("bpy") is not None:
            pytest.skip("the bpy module is importable here, so the engine needs no blender binary")
        return {"blender_bin": "no-such-blender"}
