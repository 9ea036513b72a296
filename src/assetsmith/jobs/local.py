"""Running a job in this process: the job row, the staged folder, the commit, and retention."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AssetsmithError, StageFailed
from ..pipeline.build import build_pack
from ..pipeline.context import JobContext, ProgressFn, produced
from ..pipeline.request import JobRequest
from ..settings import Settings
from ..spec import shape_report
from ..storage import ArtifactStore, get_artifact_store
from .folders import ensure_writable_dir, remove_tree, staging_folders, sweep_stale_staging
from .store import JobStore, new_job_id


@dataclass
class JobResult:
    """What a finished job produced. Paths are local to this machine (the CLI and SDK show them;
    the HTTP API never does); they are None when the artifact store is not a local folder (s3):
    the files are then under the job id in the store."""

    job_id: str
    status: str
    summary: str
    pack_dir: Path | None
    zip_path: Path | None
    spec: dict
    artifacts: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    @property
    def shape(self) -> dict[str, Any]:
        """Which recipe was built and why (spec.shape_report): recipe, matched_words, confidence,
        fallback (null or the reason), how, suggestions, params."""
        return shape_report(self.spec)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status,
            "summary": self.summary,
            "pack_dir": str(self.pack_dir) if self.pack_dir else None,
            "zip_path": str(self.zip_path) if self.zip_path else None,
            "asset_id": self.spec["asset_id"],
            "shape": shape_report(self.spec),
            "artifacts": self.artifacts,
            "timings": self.timings,
        }


def build_job(
    request: JobRequest,
    settings: Settings,
    job_id: str,
    *,
    progress: ProgressFn,
    is_cancelled: Callable[[], bool] | None = None,
    artifacts: ArtifactStore | None = None,
    before_commit: Callable[[], object] | None = None,
) -> tuple[JobContext, dict, int]:
    """Build the pack (`pipeline.build.build_pack`) for `job_id` in a staging folder and commit it
    to the artifact store under the job id. Returns the context, the job's result record and the
    committed size in bytes. Used by `run-job` (in-process) and by queue workers (kind "run_job")
    alike."""
    artifacts = artifacts or get_artifact_store(settings)
    staging = artifacts.staging(job_id)
    try:
        ctx = build_pack(
            request,
            settings,
            job_id=job_id,
            staging_dir=staging,
            progress=progress,
            is_cancelled=is_cancelled,
        )
        if before_commit is not None:
            before_commit()  # e.g. a queue worker's fenced lease check: raising discards the build
        committed = artifacts.commit(job_id, staging)
    except BaseException:
        artifacts.discard(staging)
        raise
    size = sum(a.bytes for a in committed)
    result = {
        "summary": ctx.summary,
        "asset_id": ctx.asset_id,
        "timings": ctx.timings,
        "build_id": ctx.build_id,
        "files": len(ctx.files),
        "zip": "pack.zip",
        "provenance": ctx.provenance,
        "shape": shape_report(produced(ctx.spec, "spec")),
    }
    return ctx, result, size


def run_job(
    request: JobRequest,
    settings: Settings,
    *,
    store: JobStore | None = None,
    progress: ProgressFn | None = None,
    tenant: str = "local",
) -> JobResult:
    """Run one job in-process: record it, build it in a staging folder, commit it to the store."""
    artifacts = get_artifact_store(settings)
    ensure_writable_dir(artifacts.staging_root, "jobs")
    own_store = store is None
    store = store or JobStore.from_settings(settings)
    job_id = new_job_id()
    store.create(
        job_id,
        request.model_dump(mode="json"),
        status="running",
        tenant=tenant,
        lease_owner=local_owner(),
        started_at=time.time(),
    )
    try:

        def report(stage: str, fraction: float, message: str) -> None:
            store.update(job_id, progress=round(fraction, 4), stage=stage)
            if progress:
                progress(stage, fraction, message)

        ctx, result, size = build_job(
            request, settings, job_id, progress=report, artifacts=artifacts
        )
        # the manifest already holds every other file's digest: hash only what it cannot list
        listed = {f["path"]: f for f in produced(ctx.manifest, "manifest").get("files", [])}
        files = [
            listed.get(p) or {"path": p, "sha256": _sha(d), "bytes": len(d)}
            for p, d in sorted(ctx.files.items())
        ]
        store.update(
            job_id,
            status="succeeded",
            progress=1.0,
            stage="done",
            folder=job_id,
            bytes=size,
            summary=ctx.summary,
            result=result,
            finished_at=time.time(),
        )
        for line in ctx.log_lines:
            store.add_event(job_id, "log", {"line": line})
        apply_retention(store, settings, keep={job_id}, artifacts=artifacts)
        pack_dir, zip_path = job_paths(settings, job_id, artifacts)
        return JobResult(
            job_id=job_id,
            status="succeeded",
            summary=ctx.summary,
            pack_dir=pack_dir,
            zip_path=zip_path,
            spec=produced(ctx.spec, "spec"),
            artifacts=files,
            timings=ctx.timings,
            log=ctx.log_lines,
        )
    except BaseException as exc:
        err = exc if isinstance(exc, AssetsmithError) else StageFailed("runner", type(exc).__name__)
        if isinstance(exc, KeyboardInterrupt):
            err = AssetsmithError("The job was interrupted.")
        store.update(job_id, status="failed", error=err.to_dict(), finished_at=time.time())
        raise
    finally:
        if own_store:
            store.close()


def local_owner(pid: int | None = None) -> str:
    """Who runs an in-process job: `local:<host>:<pid>` (no lease: nothing else may take it over)."""
    return f"local:{socket.gethostname()}:{os.getpid() if pid is None else pid}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process has that pid now: not ours, but we cannot tell
        return True
    return True


def fail_orphaned_local_jobs(store: JobStore) -> list[str]:
    """Mark failed the in-process jobs of this host whose process is gone (killed with SIGKILL or
    SIGTERM, or the machine went down mid-job): otherwise they would stay `running` forever, since
    they hold no lease for a sweep to expire. Returns their ids."""
    prefix = f"local:{socket.gethostname()}:"
    orphans = []
    for rec in store.list(status="running", kind="run_job", limit=1000):
        owner = rec.lease_owner or ""
        if not owner.startswith(prefix) or rec.lease_expires_at is not None:
            continue
        pid = owner[len(prefix) :]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        store.update(
            rec.id,
            status="failed",
            finished_at=time.time(),
            error={
                "error": "interrupted",
                "message": f"The process that ran this job (pid {pid}) ended before it finished.",
                "hint": "Run the job again; nothing of it was committed.",
            },
        )
        orphans.append(rec.id)
    return orphans


def sweep_interrupted_staging(store: JobStore, root: Path) -> int:
    """Remove the staging folders of runs that ended without committing (a killed `run-job`, a
    worker that died or gave its job back), whatever their age: a job's staging folder is in use
    only while its row says `running` (the row turns running before the folder is made, and leaves
    running after the folder is committed or discarded), so any other job's is left over. A
    folder not named for a job (a commit's trash) is removed once an hour old, as before.
    Returns how many were removed."""
    from sqlalchemy import select

    from .schema import jobs

    folders = staging_folders(root)  # listed before the rows are read: see the docstring
    ids = sorted({job_id for _, job_id in folders if job_id})
    running: set[str] = set()
    with store.reader.connect() as conn:
        for i in range(0, len(ids), 500):
            q = select(jobs.c.id).where(jobs.c.id.in_(ids[i : i + 500]), jobs.c.status == "running")
            running.update(r.id for r in conn.execute(q))
    n = 0
    for path, job_id in folders:
        if job_id and job_id not in running:
            remove_tree(path)
            n += not path.exists()
    return n + sweep_stale_staging(root)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply_retention(
    store: JobStore,
    settings: Settings,
    *,
    keep: Set[str] = frozenset(),
    artifacts: ArtifactStore | None = None,
) -> list[str]:
    """Keep the newest finished jobs within jobs_max_count and jobs_max_bytes; delete the rest
    (their files through the artifact store), and sweep staging folders that crashed runs left."""
    artifacts = artifacts or get_artifact_store(settings)
    removed = []
    count = 0
    total = 0
    for job_id, folder, size in store.finished_newest_first():
        count += 1
        total += size
        if job_id in keep:
            continue
        if count > settings.jobs_max_count or total > settings.jobs_max_bytes:
            remove_job_files(settings, folder, artifacts)
            store.delete(job_id)
            removed.append(job_id)
            total -= size
            count -= 1
    sweep_stale_staging(artifacts.staging_root)
    return removed


def remove_job_files(
    settings: Settings, folder: str | None, artifacts: ArtifactStore | None = None
) -> None:
    """Delete a job's artifacts (a folder name that is not a plain job id is ignored)."""
    if not folder or "/" in folder or folder.startswith("."):
        return
    (artifacts or get_artifact_store(settings)).delete_prefix(folder)


def job_paths(
    settings: Settings, folder: str | None, artifacts: ArtifactStore | None = None
) -> tuple[Path | None, Path | None]:
    """The job's pack folder and pack.zip on this machine; (None, None) when it has no folder or
    the artifact store is not a local folder (s3)."""
    if not folder:
        return None, None
    artifacts = artifacts or get_artifact_store(settings)
    base = artifacts.local_path(folder)
    return (base / "pack", base / "pack.zip") if base is not None else (None, None)
