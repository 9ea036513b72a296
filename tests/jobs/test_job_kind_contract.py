"""The JobKind contract (jobs/kinds.py), run against every kind in `KINDS`: noop, group, batch_chunk
(a native PNG sequence chunk, rendered headless) and run_job (whose whole-pack run is in the slow
lane).

What every kind must do: be found by its name; turn untrusted request data into a request whose
`dump` is JSON that parses back to the same request (a worker decodes it again from the row);
refuse bad data with InvalidInput, never another exception; if runnable, return a JSON result and
stop with Cancelled when the job is cancelled; if not, refuse to run with the project's error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.batch.conftest import SAMPLES

from assetsmith.errors import AssetsmithError, Cancelled, InvalidInput
from assetsmith.jobs.kinds import KINDS, Task, decode_request
from assetsmith.settings import Settings


def task(kind: Any, data: dict, settings: Settings, *, cancelled: bool = False) -> Task:
    return Task(
        job_id="job_contract",
        attempt=1,
        worker_id="w1",
        token="tok",
        settings=settings,
        request=kind.parse(data),
        progress=lambda *a: None,
        is_cancelled=lambda: cancelled,
    )


class JobKindContract:
    """Mixin: a subclass names the kind (`impl`) and provides `good(tmp_path)` (valid request data,
    one or more), `bad(tmp_path)` (data its parse must refuse), and, for a runnable kind,
    `cancellable(tmp_path)` (data whose run checks for cancellation)."""

    impl: str

    def good(self, tmp_path: Path) -> list[dict]:
        raise NotImplementedError

    def bad(self, tmp_path: Path) -> list[Any]:
        raise NotImplementedError

    def cancellable(self, tmp_path: Path) -> dict:
        raise NotImplementedError

    @pytest.fixture
    def kind(self):
        return KINDS.get(self.impl)

    @pytest.fixture
    def ksettings(self, tmp_path) -> Settings:
        return Settings(data_dir=tmp_path / "data", workers=1, previews=False)

    def test_it_is_registered_under_its_name(self, kind):
        assert self.impl in KINDS.names() and kind.name == self.impl
        assert isinstance(kind.runnable, bool)
        for method in ("parse", "dump", "run"):
            assert callable(getattr(kind, method))

    def test_dump_is_json_that_parses_back_to_the_same_request(self, kind, tmp_path):
        for data in self.good(tmp_path):
            dumped = kind.dump(kind.parse(data))
            assert isinstance(dumped, dict)
            text = json.dumps(dumped)  # stored in the job's row
            assert kind.dump(kind.parse(json.loads(text))) == dumped
            assert kind.dump(decode_request(self.impl, text)) == dumped

    def test_bad_data_is_invalid_input(self, kind, tmp_path):
        for data in self.bad(tmp_path):
            with pytest.raises(InvalidInput) as info:
                kind.parse(data)
            assert info.value.message and "Traceback" not in info.value.message, data

    def test_run_returns_a_json_result_or_refuses(self, kind, tmp_path, ksettings):
        t = task(kind, self.good(tmp_path)[0], ksettings)
        if not kind.runnable:
            with pytest.raises(AssetsmithError):
                kind.run(t)
            return
        result = kind.run(t)
        assert isinstance(result, dict)
        json.dumps(result)  # stored as the job's result
        json.dumps(t.fields)  # job columns to set

    def test_a_cancelled_job_raises_cancelled(self, kind, tmp_path, ksettings):
        if not kind.runnable:
            pytest.skip("never claimed, so never cancelled while running")
        with pytest.raises(Cancelled):
            kind.run(task(kind, self.cancellable(tmp_path), ksettings, cancelled=True))


class TestNoop(JobKindContract):
    impl = "noop"

    def good(self, tmp_path):
        return [{"payload": {"a": [1, 2]}}, {}, {"ms": 0, "fail": "transient", "fail_attempts": 0}]

    def bad(self, tmp_path):
        return [{"ms": -1}, {"ms": "soon"}, {"fail": "sometimes"}, {"extra": 1}, {"ms": 10**9}]

    def cancellable(self, tmp_path):
        return {"ms": 2000}


class TestGroup(JobKindContract):
    impl = "group"

    def good(self, tmp_path):
        return [{"label": "batch barrel (3 chunks)"}, {}]

    def bad(self, tmp_path):
        return [{"label": "x" * 201}, {"label": 5}, {"children": []}]


class TestBatchChunk(JobKindContract):
    impl = "batch_chunk"

    @pytest.fixture(autouse=True)
    def renderer(self, gl_ok):
        """The chunk renders PNG frames with the native engine: a headless GL context."""

    def config(self, **extra) -> dict:
        return {
            "scene": str(SAMPLES / "scenes" / "barrel.glb"),
            "format": "PNG",
            "output": "png/",
            "frames": {"start": 1, "end": 4},
            "resolution": {"width": 16, "height": 12},
            **extra,
        }

    def data(self, tmp_path, start=1, end=2, **extra) -> dict:
        return {
            "config": self.config(**extra),
            "base_dir": str(tmp_path),
            "frames": {"start": start, "end": end},
            "export_root": str(tmp_path / "export"),
        }

    def good(self, tmp_path):
        return [self.data(tmp_path), self.data(tmp_path, 3, 4)]

    def bad(self, tmp_path):
        ok = self.data(tmp_path)
        return [
            {},
            {**ok, "config": "not a config"},
            {**ok, "config": {"scene": "x.glb"}},
            {**ok, "frames": {"start": "one", "end": 2}},
            {**ok, "frames": {"start": 3, "end": 9}},
            {**ok, "base_dir": None},
            {k: v for k, v in ok.items() if k != "export_root"},
        ]

    def cancellable(self, tmp_path):
        return self.data(tmp_path)


class TestRunJob(JobKindContract):
    impl = "run_job"

    def good(self, tmp_path):
        return [
            {"prompt": "small oak crate", "resolution": 512, "engine": "godot", "sign": False},
            {"prompt": "iron lantern", "seed": 4, "export_usd": False},
        ]

    def bad(self, tmp_path):
        return [
            {},
            {"prompt": 5},
            {"prompt": "crate", "engine": "bevy"},
            {"prompt": "crate", "resolution": 3},
            {"prompt": "crate", "bogus": 1},
            {"prompt": "crate", "spec": {"spec_version": "0.3"}},
            {"prompt": "x" * 2001},
        ]

    def cancellable(self, tmp_path):
        return {"prompt": "small oak crate", "resolution": 512, "sign": False}

    @pytest.mark.slow  # builds a whole pack
    def test_run_returns_a_json_result_or_refuses(self, kind, tmp_path, ksettings):
        super().test_run_returns_a_json_result_or_refuses(kind, tmp_path, ksettings)
