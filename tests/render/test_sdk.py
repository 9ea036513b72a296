"""assetsmith.render_previews: previews of a scene file into a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

import assetsmith
from assetsmith.formats.png import decode_png_size

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "scenes" / "barrel.glb"


@pytest.mark.usefixtures("gl_ok")
def test_render_previews_of_a_scene_file(tmp_path):
    files = assetsmith.render_previews(
        SAMPLE, tmp_path / "out", hero_size=96, turntable_size=48, views=4
    )
    assert sorted(p.name for p in files) == [
        "barrel_hero.png",
        "barrel_turntable.png",
        "barrel_turntable.webp",
    ]
    assert decode_png_size((tmp_path / "out" / "barrel_hero.png").read_bytes()) == (96, 96)
    assert decode_png_size((tmp_path / "out" / "barrel_turntable.png").read_bytes()) == (192, 48)
