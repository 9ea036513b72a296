"""Issue 13 item 3: every list and string a spec can carry is bounded, the whole spec is validated
where a job is submitted (API, queue, SDK) with JSON paths, and a job is priced by its texture
units (resolution x materials x variants) within the server's and the plan's limits."""

from __future__ import annotations

import copy
import time

import pytest

from assetsmith import errors
from assetsmith.errors import InvalidInput, SpecInvalid
from assetsmith.jobs.queue import JobSpec, submit_jobs
from assetsmith.jobs.store import JobStore
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings
from assetsmith.spec import generate_spec
from assetsmith.spec.validate import validate_spec_data


def _spec(materials: int = 2, variants: int = 1, resolution: int = 1024) -> dict:
    spec = generate_spec("oak barrel with iron bands", seed=3)
    base = spec["materials"][0]
    spec["materials"] = [dict(base, id=f"m{i}", resolution=resolution) for i in range(materials)]
    spec["material_slots"] = [
        {"id": f"m{i}", "role": r, "resolution_hint": resolution}
        for i in range(materials)
        for r in ("albedo", "normal", "orm")
    ]
    spec["parts"] = [dict(p, material="m0") for p in spec["parts"]]
    spec["variants"] = [
        {"variant_id": f"v{i}", "label": f"V{i}", "seed": i} for i in range(variants)
    ]
    return spec


def _invalid_10000() -> dict:
    spec = _spec(1)
    spec["materials"] = [{"id": "x", "family": "not_a_family", "base_color": "red"}] * 10_000
    return spec


@pytest.mark.parametrize(
    ("key", "items"),
    [
        ("materials", [{"id": "m", "family": "iron", "base_color": "#112233"}] * 33),
        ("material_slots", [{"id": "m0", "role": "albedo", "resolution_hint": 1024}] * 161),
        ("variants", [{"variant_id": "v", "label": "V"}] * 9),
        ("parts", [{"id": "body", "material": "m0"}] * 65),
        ("tags", ["t"] * 33),
        ("palette", ["#112233"] * 17),
        ("lods", [0.5] * 5),
    ],
)
def test_every_list_is_bounded(key, items):
    spec = _spec()
    spec[key] = items
    _, problems = validate_spec_data(spec)
    assert [p.path for p in problems if "at most" in p.message] == [f"$.{key}"], problems


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("display_name",), "x" * 201),
        (("asset_id",), "a" * 65),
        (("generation", "source_prompt"), "p" * 2001),
        (("unity", "import_subfolder"), "a/" * 101),
        (("tags",), ["t" * 65]),
    ],
    ids=["display_name", "asset_id", "source_prompt", "import_subfolder", "tag"],
)
def test_strings_are_bounded(path, value):
    spec = _spec()
    node = spec
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _, problems = validate_spec_data(spec)
    assert any("characters long; at most" in p.message for p in problems), problems


def test_texture_sets_are_bounded():
    _, problems = validate_spec_data(_spec(materials=17, variants=4))
    assert any(p.path == "$.materials" and "68 texture sets" in p.message for p in problems)
    assert validate_spec_data(_spec(materials=16, variants=4)) == ("0.3", [])


def test_a_10000_material_spec_is_refused_at_parse_in_milliseconds():
    t0 = time.perf_counter()
    with pytest.raises(SpecInvalid) as exc:
        JobRequest.parse({"spec": _invalid_10000()})
    assert time.perf_counter() - t0 < 2.0
    assert {
        "path": "$.spec.materials",
        "message": "has 10000 items; at most 32 are allowed",
    } in exc.value.details


def test_invalid_specs_are_refused_by_the_queue_before_anything_is_stored(tmp_path):
    store = JobStore.from_settings(Settings(data_dir=tmp_path / "data"))
    try:
        bad = _spec()
        bad["materials"][0]["family"] = "unobtainium"
        for spec in (_invalid_10000(), bad):
            with pytest.raises(SpecInvalid) as exc:
                submit_jobs(store, [JobSpec(request={"spec": spec})])
            assert all(d["path"].startswith("$.spec.") for d in exc.value.details)
        assert store.list() == []
    finally:
        store.close()


def test_sdk_submit_refuses_invalid_and_oversized_specs(tmp_path):
    from assetsmith import sdk

    settings = Settings(data_dir=tmp_path / "data")
    with pytest.raises(SpecInvalid):
        sdk.submit_job(spec=_invalid_10000(), settings=settings)
    with pytest.raises(errors.TooLarge) as exc:  # 16 x 4 sets at 2048 px: 256 units, over 64
        sdk.submit_job(spec=_spec(materials=16, variants=4, resolution=2048), settings=settings)
    assert "256 texture units" in exc.value.message and "max_texture_units" in exc.value.message
    with pytest.raises(InvalidInput, match="max_resolution"):
        sdk.submit_job(
            spec=_spec(),
            resolution=4096,
            settings=Settings(data_dir=tmp_path / "d2", max_resolution=2048),
        )
    assert sdk.list_queue(settings=settings) == []
    ok = sdk.submit_job(spec=_spec(materials=4, resolution=2048), settings=settings)  # 16 units
    assert ok.status == "queued"


def test_request_style_conflicting_with_the_spec_is_refused_at_submit():
    spec = _spec()
    other = next(
        s for s in ("realistic_hd_pbr", "anime_stylized", "toon_bold") if s != spec["style_preset"]
    )
    with pytest.raises(InvalidInput, match="conflicts"):
        JobRequest.parse({"spec": spec, "style_preset": other})


def test_price_follows_resolution_times_materials():
    from assetsmith.tenancy.pricing import job_size
    from assetsmith.tenancy.tiers import job_cost

    assert job_size({"prompt": "oak barrel"}, 1024).cost(False) == 2  # the ordinary job: unchanged
    assert job_size({"prompt": "oak barrel"}, 1024).cost(True) == 6
    big = job_size({"spec": _spec(materials=16, resolution=2048)}, 1024)
    assert (big.texture_sets, big.max_side, big.units, big.cost(False)) == (16, 2048, 64.0, 32)
    # the request's resolution overrides every material's
    assert job_size({"spec": _spec(materials=4), "resolution": 4096}, 1024).units == 64.0
    assert job_cost(False, 0.25) == 2 and job_cost(False, 4.0) == 2 and job_cost(False, 4.5) == 4
    spec = copy.deepcopy(_spec(materials=2, variants=3))
    assert job_size({"spec": spec}, 1024).units == 6.0
