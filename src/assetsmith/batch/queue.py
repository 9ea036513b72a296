"""Batch chunks as queue jobs: `submit_batch_job` queues one `batch_chunk` job per chunk under a
group parent; queue workers render them in parallel (each chunk commits its own frames, so a failed
chunk leaves only its own frames unwritten), and whichever chunk finds every frame in place writes
the frames manifest and `<scene>.meta.json` (and the signature).

The kind is listed in `assetsmith.jobs.kinds.KINDS` (imported from here when a worker first meets
a `batch_chunk` job), so every worker knows it without importing anything first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from .chunks import plan_chunks
from .config import FrameRange, JobConfig, load_job_config, parse_job_config
from .engines import BatchContext, make_engine
from .meta import check_features, finish_export
from .paths import ExportArea


class BatchChunkKind:
    """Render one chunk of a batch job (a queue job kind)."""

    name = "batch_chunk"
    runnable = True

    def parse(self, data: dict) -> dict:
        try:
            cfg = parse_job_config(data["config"], base_dir=Path(data["base_dir"]))
            frames = FrameRange(
                int(data["frames"]["start"]), int(data["frames"]["end"]), cfg.frames.step
            )
            root = Path(data["export_root"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(
                f"Invalid batch_chunk request ({type(exc).__name__}: {exc}).",
                "Submit chunks with submit_batch_job.",
            ) from None
        if frames.start < cfg.frames.start or frames.end > cfg.frames.end:
            raise InvalidInput("The chunk's frames are outside the job's range.")
        return {"config": cfg, "chunk": frames, "export_root": root, "raw": data}

    def dump(self, request: dict) -> dict:
        return request["raw"]

    def run(self, task) -> dict:
        cfg: JobConfig = task.request["config"]
        chunk = cfg.with_frames(task.request["chunk"])
        ctx = BatchContext(
            settings=task.settings, progress=task.progress, is_cancelled=task.is_cancelled
        )
        engine = make_engine(cfg.engine, ctx)
        area = ExportArea(task.request["export_root"])
        try:
            engine.prepare(chunk)
            with area:
                engine.run(chunk, area, done=0, total=len(chunk.frames))
                written = area.staged_files()
                area.commit()
        finally:
            engine.close()
        finished = all(area.target(cfg.frame_file(f)).is_file() for f in cfg.frames.frames())
        if finished:  # the last chunk in: add the manifest and meta (idempotent if two race here)
            with area:
                finish_export(cfg, area, task.settings)
                written += area.staged_files()
                area.commit()
        return {
            "files": written,
            "frames": [chunk.frames.start, chunk.frames.end],
            "finished_job": finished,
        }


BATCH_CHUNK_KIND = BatchChunkKind()  # listed by jobs/kinds.py's KINDS


def submit_batch_job(
    config: str | Path,
    *,
    settings,
    export_root: Path | None = None,
    chunk_size: int | None = None,
    priority: int = 0,
    tenant: str = "local",
) -> Any:
    """Queue a sequence job's chunks (EXR/PNG, native engine) as `batch_chunk` children of a group
    job; returns the queue's Submitted record. Config errors are raised here, before queueing."""
    from ..jobs.queue import JobSpec, submit_jobs
    from ..jobs.store import JobStore

    cfg = load_job_config(config)
    check_features(cfg, settings)
    if not cfg.is_sequence or cfg.engine != "native":
        raise InvalidInput(
            "Only native EXR and PNG sequences are split into queue jobs.",
            "Run other jobs with `assetsmith job run`.",
        )
    root = Path(export_root or cfg.base_dir).resolve()
    ExportArea(root).target(cfg.output)
    engine = make_engine(cfg.engine, BatchContext(settings=settings))
    try:
        engine.prepare(cfg)  # scene and camera errors now, not in a worker later
    finally:
        engine.close()
    size = chunk_size or cfg.chunk_size or settings.batch_chunk_frames or len(cfg.frames)
    children = [
        JobSpec(
            kind=BatchChunkKind.name,
            priority=priority,
            request={
                "config": cfg.raw,
                "base_dir": str(cfg.base_dir),
                "export_root": str(root),
                "frames": {"start": c.frames.start, "end": c.frames.end},
            },
        )
        for c in plan_chunks(cfg, size)
    ]
    store = JobStore.from_settings(settings)
    try:
        parent = JobSpec(
            kind="group",
            request={"label": f"batch {cfg.scene_name} ({len(children)} chunks)"},
            priority=priority,
            children=children,
        )
        return submit_jobs(store, [parent], tenant=tenant)[0]
    finally:
        store.close()
