"""The `render` pipeline stage: previews in ctx.previews, byte-identical across runs and processes, and
a log line (not a crash) where the renderer is unavailable."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap

import pytest

from assetsmith.formats.png import decode_png_size
from assetsmith.pipeline.context import JobContext
from assetsmith.pipeline.plan import run_plan
from assetsmith.pipeline.request import JobRequest
from assetsmith.settings import Settings

pytestmark = pytest.mark.slow  # renders previews, in a subprocess too

PROMPT = "wooden barrel with iron bands"
DIGESTS = textwrap.dedent("""
    import hashlib, json, sys
    from assetsmith.pipeline.context import JobContext
    from assetsmith.pipeline.plan import run_plan
    from assetsmith.pipeline.request import JobRequest
    from assetsmith.settings import Settings
    ctx = JobContext(request=JobRequest(prompt=sys.argv[1], resolution=512), job_id="t", build_id="t")
    run_plan(ctx, Settings(data_dir=sys.argv[2]), ("spec", "materials", "geometry", "render"))
    print(json.dumps({k: hashlib.sha256(v).hexdigest() for k, v in ctx.previews.items()}))
""")


def built(tmp_path) -> JobContext:
    ctx = JobContext(request=JobRequest(prompt=PROMPT, resolution=512), job_id="t", build_id="t")
    return run_plan(ctx, Settings(data_dir=tmp_path), ("spec", "materials", "geometry"))


def digests(files: dict[str, bytes]) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in files.items()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, gl_ok):
    tmp = tmp_path_factory.mktemp("stage")
    ctx = built(tmp)
    run_plan(ctx, Settings(data_dir=tmp), ("render",))
    return ctx


def test_stage_adds_hero_turntable_sheet_and_animated_webp(rendered):
    from PIL import Image

    aid = rendered.asset_id
    files = rendered.previews
    assert decode_png_size(files[f"Previews/{aid}_hero.png"]) == (512, 512)
    assert decode_png_size(files[f"Previews/{aid}_turntable.png"]) == (1024, 512)
    webp = Image.open(io.BytesIO(files[f"Previews/{aid}_turntable.webp"]))
    assert webp.format == "WEBP" and webp.is_animated and webp.n_frames == 8
    assert any("render: hero shot and 8 turntable views" in line for line in rendered.log_lines)


def test_previews_are_byte_identical_across_runs_and_processes(rendered, tmp_path):
    first = digests(rendered.previews)
    again = {k: v for k, v in rendered.previews.items()}
    rendered.previews = {}
    run_plan(rendered, Settings(data_dir=tmp_path), ("render",))
    assert digests(rendered.previews) == first
    rendered.previews = again
    out = subprocess.run(
        [sys.executable, "-c", DIGESTS, PROMPT, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == first


def test_unavailable_renderer_logs_and_keeps_going(tmp_path, monkeypatch):
    from assetsmith.render import RendererUnavailable, session

    def unavailable(fn):
        raise RendererUnavailable(
            "No headless OpenGL context could be created with EGL (test).", "Install it."
        )

    monkeypatch.setattr(session, "run_gl", unavailable)
    ctx = built(tmp_path)
    run_plan(ctx, Settings(data_dir=tmp_path), ("render",))
    assert ctx.previews == {}
    assert any(
        "render: no previews, the pack keeps its texture contact sheet" in line
        for line in ctx.log_lines
    )


def test_previews_can_be_turned_off(tmp_path):
    ctx = built(tmp_path)
    run_plan(ctx, Settings(data_dir=tmp_path, previews=False), ("render",))
    assert ctx.previews == {}
