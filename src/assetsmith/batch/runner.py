"""run_batch_job: a job config in, committed exports out (or an error and nothing written)."""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AssetsmithError, OutputError, StageFailed
from ..settings import Settings
from .chunks import plan_chunks
from .config import JobConfig, load_job_config, parse_job_config
from .engines import BatchContext, make_engine
from .meta import check_features, finish_export
from .paths import ExportArea

log = logging.getLogger("assetsmith.batch")


@dataclass
class BatchResult:
    """What a batch job wrote: export-relative paths under `export_root`, and how it went."""

    config: JobConfig
    export_root: Path
    files: list[str] = field(default_factory=list)
    frames: int = 0
    chunks: int = 1
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "scene": self.config.scene_name,
            "engine": self.config.engine,
            "format": self.config.format,
            "export_root": str(self.export_root),
            "files": self.files,
            "frames": self.frames,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
        }


def as_config(config: JobConfig | dict | str | Path) -> JobConfig:
    """A JobConfig from a JobConfig, a config file path, or config data (relative to the cwd)."""
    if isinstance(config, JobConfig):
        return config
    if isinstance(config, dict):
        return parse_job_config(config, base_dir=Path.cwd())
    return load_job_config(config)


@contextmanager
def _translated(engine: str):
    """Unexpected failures become our errors (the trace goes to the log, not the message)."""
    try:
        yield
    except AssetsmithError:
        raise
    except OSError as exc:
        raise OutputError(
            f"Cannot write the export: {exc.strerror or type(exc).__name__}.",
            "Check that the export folder is writable and has free space.",
        ) from exc
    except Exception as exc:
        log.exception("batch job crashed")
        raise StageFailed(f"batch ({engine})", type(exc).__name__) from exc


def run_batch_job(
    config: JobConfig | dict | str | Path,
    *,
    settings: Settings,
    export_root: Path | None = None,
    unity_path: Path | None = None,
    project_path: Path | None = None,
    chunk_size: int | None = None,
    progress=None,
    is_cancelled=None,
) -> BatchResult:
    """Run a batch job: validate, let the engine write every chunk into a staging folder inside the
    export folder (default: the config's folder), add meta files and the signature, then move it all
    into place. Any failure leaves the export folder as it was."""
    t0 = time.perf_counter()
    cfg = as_config(config)
    check_features(cfg, settings)
    ctx = BatchContext(
        settings=settings,
        unity_path=unity_path,
        project_path=project_path,
        progress=progress or (lambda *a: None),
        is_cancelled=is_cancelled or (lambda: False),
    )
    area = ExportArea(export_root or cfg.base_dir)
    area.target(cfg.output)  # a path escape is a config error: refuse it before any work
    engine = make_engine(cfg.engine, ctx)
    chunks = plan_chunks(cfg, chunk_size or cfg.chunk_size or settings.batch_chunk_frames)
    total = len(cfg.frames)
    try:
        engine.prepare(cfg)
        with area, _translated(cfg.engine):
            done = 0
            for i, chunk in enumerate(chunks, start=1):
                ctx.progress(
                    cfg.engine,
                    done / total,
                    f"chunk {i}/{len(chunks)}: frames {chunk.frames.start}-{chunk.frames.end}",
                )
                engine.run(chunk, area, done=done, total=total)
                done += len(chunk.frames)
            finish_export(cfg, area, settings)
            files = area.staged_files()
            area.commit()
    finally:
        engine.close()
    ctx.progress("done", 1.0, f"{len(files)} files")
    return BatchResult(
        config=cfg,
        export_root=area.root,
        files=files,
        frames=total,
        chunks=len(chunks),
        seconds=time.perf_counter() - t0,
    )
