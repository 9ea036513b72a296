"""Long sequences as parallel queue jobs: chunks submitted under a group, rendered by a worker, the
last chunk in writes the manifest and meta; the frames equal an in-process run's."""

from __future__ import annotations

import json

import pytest

from assetsmith.jobs.worker import Worker, WorkerOptions
from assetsmith.settings import Settings

pytestmark = pytest.mark.usefixtures("gl_ok")


def test_chunks_run_as_queue_jobs(workdir, tmp_path, cli):
    import assetsmith

    settings = Settings(data_dir=tmp_path / "data")
    cfg = json.loads((workdir / "job-exr-orbit.json").read_text())
    cfg.update(frames={"start": 1, "end": 5}, resolution={"width": 32, "height": 32}, samples=1)
    (workdir / "q.json").write_text(
        json.dumps({**cfg, "output": "q/f_####.exr", "chunk_size": 2, "sign": True})
    )
    submitted = assetsmith.submit_batch_job(workdir / "q.json", settings=settings)
    assert len(submitted.children) == 3
    assert not (workdir / "q").exists()  # nothing rendered yet
    stats = Worker(settings, WorkerOptions(drain=True)).run()
    assert stats.succeeded == 3, stats
    frames = [f"f_000{i}.exr" for i in range(1, 6)]
    assert sorted(p.name for p in (workdir / "q").iterdir()) == [
        "barrel.frames.json",
        "barrel.intoto.jsonl",
        "barrel.meta.json",
        *frames,
    ]
    # the last chunk's signature covers every frame, also those earlier chunks committed (issue 13.5)
    from assetsmith.provenance.dsse import read_envelopes

    stmt = read_envelopes((workdir / "q" / "barrel.intoto.jsonl").read_bytes())[0].statement()
    assert {s["name"] for s in stmt["subject"]} == {"barrel.frames.json", *frames}
    assert all(assetsmith.verify(workdir / "q" / f, settings=settings).ok for f in frames)
    (workdir / "local.json").write_text(json.dumps({**cfg, "output": "local/f_####.exr"}))
    assert cli("job", "run", str(workdir / "local.json"))[0] == 0
    for i in range(1, 6):
        assert (workdir / f"q/f_000{i}.exr").read_bytes() == (
            workdir / f"local/f_000{i}.exr"
        ).read_bytes()


def test_queue_refuses_what_it_cannot_split(workdir, tmp_path):
    import assetsmith
    from assetsmith.errors import InvalidInput

    settings = Settings(data_dir=tmp_path / "data")
    with pytest.raises(InvalidInput, match="Only native EXR and PNG"):
        assetsmith.submit_batch_job(workdir / "job-usd.json", settings=settings)
    (workdir / "bad.json").write_text(
        json.dumps({"scene": "scenes/barrel.glb", "format": "EXR", "camera": "X"})
    )
    with pytest.raises(InvalidInput, match=r"\$\.camera"):
        assetsmith.submit_batch_job(workdir / "bad.json", settings=settings)
