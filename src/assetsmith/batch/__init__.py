"""Batch exports from a job config: USD, EXR (float RGBA + depth), GLB or PNG, rendered natively
or by Unity or Blender. See `run_batch_job`, and `assetsmith job run <config.json>`."""

from ..errors import EngineFailed, EngineUnavailable
from .chunks import plan_chunks
from .config import FrameRange, JobConfig, Orbit, load_job_config, parse_job_config
from .engines import ENGINES
from .runner import BatchResult, run_batch_job
from .schema import FORMATS, job_config_schema

__all__ = [
    "ENGINES",
    "FORMATS",
    "BatchResult",
    "EngineFailed",
    "EngineUnavailable",
    "FrameRange",
    "JobConfig",
    "Orbit",
    "job_config_schema",
    "load_job_config",
    "parse_job_config",
    "plan_chunks",
    "run_batch_job",
]
