"""Job configs: the schema, errors that name the offending field, defaults, and chunk planning."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from assetsmith.batch import (
    FrameRange,
    job_config_schema,
    load_job_config,
    parse_job_config,
    plan_chunks,
)
from assetsmith.errors import InvalidInput, NotFound


def problems(data: dict, tmp_path) -> list[dict]:
    with pytest.raises(InvalidInput) as info:
        parse_job_config(data, base_dir=tmp_path)
    return info.value.details


def test_schema_is_valid_json_schema_and_accepts_the_reference_config(tmp_path):
    Draft202012Validator.check_schema(job_config_schema())
    ref = {
        "scene": "Assets/Scenes/cinematic/cinematic_main.unity",
        "camera": "CineCamera",
        "output": "Exports/USD/cinematic_main.usd",
        "format": "USD",
        "sign": True,
        "clip_embed": True,
    }
    cfg = parse_job_config(ref, base_dir=tmp_path)
    assert (cfg.scene_name, cfg.output, cfg.camera, cfg.sign) == (
        "cinematic_main",
        ref["output"],
        "CineCamera",
        True,
    )


@pytest.mark.parametrize(
    "data,path,words",
    [
        ({"format": "EXR"}, "$.scene", "required"),
        ({"scene": "a.glb", "format": "MOV"}, "$.format", "MOV"),
        ({"scene": "a.glb", "format": "EXR", "frames": {"start": -1}}, "$.frames.start", "minimum"),
        (
            {"scene": "a.glb", "format": "EXR", "frames": {"start": 9, "end": 3}},
            "$.frames.end",
            "before",
        ),
        (
            {"scene": "a.glb", "format": "EXR", "frames": {"start": 1, "end": 3, "step": 0}},
            "$.frames.step",
            "minimum",
        ),
        (
            {"scene": "a.glb", "format": "USD", "output": "../x.usd"},
            "$.output",
            "leaves the export folder",
        ),
        ({"scene": "a.glb", "format": "USD", "output": "/tmp/x.usd"}, "$.output", "relative path"),
        ({"scene": "a.glb", "format": "USD", "output": "C:/x.usd"}, "$.output", "relative path"),
        ({"scene": "a.glb", "format": "USD", "output": "Exports/x.exr"}, "$.output", "ending in"),
        (
            {
                "scene": "a.glb",
                "format": "EXR",
                "output": "x.exr",
                "frames": {"start": 1, "end": 2},
            },
            "$.output",
            "####",
        ),
        (
            {"scene": "a.glb", "format": "EXR", "resolution": {"width": 0, "height": 5}},
            "$.resolution.width",
            "minimum",
        ),
        ({"scene": "a.glb", "format": "EXR", "passes": ["normals"]}, "$.passes[0]", "normals"),
        ({"scene": "a.glb", "format": "EXR", "colour": True}, "$.colour", "not a known field"),
        ({"scene": "a.glb", "format": "EXR", "sign": "yes"}, "$.sign", "boolean"),
    ],
)
def test_bad_fields_are_named_by_json_path(data, path, words, tmp_path):
    found = problems(data, tmp_path)
    assert found[0]["path"] == path, found
    assert words in found[0]["message"], found


def test_every_problem_is_listed(tmp_path):
    found = problems({"format": "MOV", "fps": -1}, tmp_path)
    assert [p["path"] for p in found] == ["$.format", "$.fps", "$.scene"]


def test_truncated_and_missing_files(tmp_path):
    (tmp_path / "cut.json").write_text('{"scene": "a.glb", "format": "EX')
    with pytest.raises(InvalidInput, match=r"not valid JSON .*line 1, column"):
        load_job_config(tmp_path / "cut.json")
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(InvalidInput, match="must be a JSON object"):
        load_job_config(tmp_path / "list.json")
    with pytest.raises(NotFound):
        load_job_config(tmp_path / "nope.json")


def test_defaults_and_output_naming(tmp_path):
    (tmp_path / "job.json").write_text(
        json.dumps(
            {
                "scene": "scenes/My Scene.glb",
                "format": "EXR",
                "frames": {"start": 7, "end": 12, "step": 2},
            }
        )
    )
    cfg = load_job_config(tmp_path / "job.json")
    assert (
        cfg.base_dir == tmp_path.resolve()
        and cfg.scene_path == tmp_path.resolve() / "scenes/My Scene.glb"
    )
    assert cfg.scene_name == "My_Scene" and cfg.output == "Exports/EXR/frame_####.exr"
    assert cfg.frames.frames() == [7, 9, 11] and cfg.frame_file(9) == "Exports/EXR/frame_0009.exr"
    assert (cfg.camera, cfg.width, cfg.height, cfg.passes, cfg.samples) == (
        "orbit",
        512,
        512,
        ("beauty", "depth"),
        4,
    )
    usd = parse_job_config({"scene": "x/barrel.glb", "format": "USD"}, base_dir=tmp_path)
    assert usd.output == "Exports/USD/barrel.usd"
    folder = parse_job_config(
        {"scene": "x.glb", "format": "PNG", "output": "Renders/"}, base_dir=tmp_path
    )
    assert folder.output == "Renders/frame_####.png"


def test_plan_chunks_covers_the_range_in_order(tmp_path):
    cfg = parse_job_config(
        {"scene": "a.glb", "format": "EXR", "frames": {"start": 3, "end": 25, "step": 2}},
        base_dir=tmp_path,
    )
    chunks = plan_chunks(cfg, 4)
    assert [c.frames for c in chunks] == [
        FrameRange(3, 9, 2),
        FrameRange(11, 17, 2),
        FrameRange(19, 25, 2),
    ]
    assert all(c.all_frames == cfg.frames for c in chunks)
    assert [f for c in chunks for f in c.frames.frames()] == cfg.frames.frames()
    assert plan_chunks(cfg, None) == [cfg] and plan_chunks(cfg, 100) == [cfg]
    usd = parse_job_config(
        {"scene": "a.glb", "format": "USD", "frames": {"start": 1, "end": 99}}, base_dir=tmp_path
    )
    assert plan_chunks(usd, 10) == [usd]  # a scene file holds the whole animation
