"""Splitting a job's frame range into chunks (run one after another here, or as queue jobs)."""

from __future__ import annotations

from .config import FrameRange, JobConfig


def plan_chunks(config: JobConfig, chunk_size: int | None) -> list[JobConfig]:
    """The config split into consecutive chunks of at most `chunk_size` frames (same step), each a
    JobConfig whose `frames` is its part and whose `all_frames` is still the whole range (so an
    orbit turns the same way however it is cut). USD and GLB exports are one chunk: a scene file
    holds the whole animation. `chunk_size` None or 0: one chunk."""
    frames = config.frames.frames()
    if not config.is_sequence or not chunk_size or chunk_size >= len(frames):
        return [config]
    if chunk_size < 0:
        raise ValueError("chunk_size must be positive")
    step = config.frames.step
    return [
        config.with_frames(FrameRange(part[0], part[-1], step))
        for part in (frames[i : i + chunk_size] for i in range(0, len(frames), chunk_size))
    ]
