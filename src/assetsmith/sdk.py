"""The Python SDK: thin functions over the pipeline runner and the job store.

Each function imports the modules it uses when it runs, so importing the SDK (the CLI does, for
every command) loads neither the pipeline nor the job database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput, OutputError, Problem

if (
    TYPE_CHECKING
):  # the SDK imports what each function needs when it runs: `import assetsmith.sdk` stays cheap
    from .jobs.local import JobResult
    from .jobs.store import JobRecord
    from .pipeline.context import ProgressFn
    from .provenance.report import VerifyReport
    from .settings import Settings


def _settings(settings: Settings | None) -> Settings:
    from .settings import Settings

    return settings if settings is not None else Settings()


def generate_spec(
    prompt: str,
    *,
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    strict: bool = False,
) -> dict:
    """A v0.3 spec for a prompt, from the offline generator. Same arguments, same spec. The spec's
    `generation.interpretation.shape` says which recipe was chosen and why (`shape_report`);
    `strict=True` raises NoFittingShape when no recipe fits."""
    from .spec import generate_spec as _generate_spec
    from .spec import load_spec

    return load_spec(
        _generate_spec(
            prompt,
            category=category,
            style_preset=style_preset,
            seed=seed,
            resolution=resolution,
            poly_budget=poly_budget,
            strict=strict,
        )
    )


@dataclass
class SpecReport:
    """The outcome of validate_spec: every problem with its JSON path, and what normalising changed."""

    valid: bool
    version: str | None
    problems: list[Problem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "spec_version": self.version,
            "problems": [p.to_dict() for p in self.problems],
            "normalised": self.changes,
        }


def validate_spec(spec: dict | str | Path, *, normalise: bool = False) -> SpecReport:
    """Validate a spec (a dict or a file path) of version 0.1 or 0.2; never raises for bad content,
    except for a file that cannot be read or parsed (SpecUnreadable)."""
    from .spec import check_spec, read_spec_file

    data = read_spec_file(spec) if isinstance(spec, str | Path) else spec
    version, problems, changes, _ = check_spec(data, normalise=normalise)
    return SpecReport(valid=not problems, version=version, problems=problems, changes=changes)


def run_job(
    prompt: str | None = None,
    *,
    spec: dict | str | Path | None = None,
    engine: str = "unity",
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    export_usd: bool = True,
    settings: Settings | None = None,
    progress: ProgressFn | None = None,
    sign: bool = True,
    strict: bool = False,
) -> JobResult:
    """Build a pack from a prompt or a spec and record it as a job under the data directory.
    The pack is signed unless `sign=False` (see `verify`). `result.shape` says which recipe was
    built and why; `strict=True` raises NoFittingShape (exit 23) when no recipe fits the prompt."""
    from .jobs.local import run_job as _run_job
    from .pipeline.request import JobRequest
    from .spec import read_spec_file

    if isinstance(spec, str | Path):
        spec = read_spec_file(spec)
    request = JobRequest.parse(
        {
            "prompt": prompt,
            "spec": spec,
            "engine": engine,
            "category": category,
            "style_preset": style_preset,
            "seed": seed,
            "resolution": resolution,
            "poly_budget": poly_budget,
            "export_usd": export_usd,
            "sign": sign,
            "strict": strict,
        }
    )
    return _run_job(request, _settings(settings), progress=progress)


def build_pack(
    spec: dict | str | Path,
    output: str | Path,
    *,
    engine: str = "unity",
    zip_path: str | Path | None = None,
    export_usd: bool = True,
    settings: Settings | None = None,
    progress: ProgressFn | None = None,
    force: bool = False,
    sign: bool = True,
) -> Path:
    """Write the pack for `spec` into the folder `output` (created; it must not exist or be empty,
    unless force), and its reproducible zip to `zip_path` when given. Nothing is left behind on
    failure. The same builder as `run_job`, without the attest stage: a folder has no job to
    attest (the pack's own signed statement is in it)."""
    from .jobs.folders import ensure_writable_dir, remove_tree
    from .pipeline.build import build_pack as _build_pack
    from .pipeline.plan import FOLDER_PIPELINE
    from .pipeline.request import JobRequest
    from .spec import read_spec_file

    settings = _settings(settings)
    if isinstance(spec, str | Path):
        spec = read_spec_file(spec)
    request = JobRequest.parse(
        {"spec": spec, "engine": engine, "export_usd": export_usd, "sign": sign}
    )
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise OutputError(f"'{out.name}' exists and is not a folder.", "Choose another --output.")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise OutputError(
            f"The output folder '{out.name}' is not empty.",
            "Choose an empty folder or pass --force.",
        )
    parent = out.resolve().parent
    ensure_writable_dir(parent, "output")
    staging = Path(tempfile.mkdtemp(prefix=".assetsmith-", dir=parent))
    try:
        _build_pack(
            request,
            settings,
            job_id="pack",
            staging_dir=staging,
            stages=FOLDER_PIPELINE,
            progress=progress,
        )
        if zip_path is not None:
            os.replace(staging / "pack.zip", Path(zip_path))
        if out.is_dir():
            remove_tree(out)
        os.replace(staging / "pack", out)
        return out
    finally:
        remove_tree(staging)


def list_jobs(
    *, status: str | None = None, limit: int = 50, settings: Settings | None = None
) -> list[JobRecord]:
    from .jobs.local import fail_orphaned_local_jobs
    from .jobs.store import JobStore

    store = JobStore.from_settings(_settings(settings))
    try:
        fail_orphaned_local_jobs(store)
        return store.list(status=status, limit=limit)
    finally:
        store.close()


def show_job(job_id: str, *, settings: Settings | None = None) -> dict[str, Any]:
    from .jobs.local import fail_orphaned_local_jobs, job_paths
    from .jobs.store import JobStore

    settings = _settings(settings)
    store = JobStore.from_settings(settings)
    try:
        fail_orphaned_local_jobs(store)
        rec = store.get(job_id)
        events = store.events(job_id)
    finally:
        store.close()
    pack_dir, zip_path = job_paths(settings, rec.folder)
    out = rec.to_dict()
    out["pack_dir"] = str(pack_dir) if pack_dir and pack_dir.is_dir() else None
    out["zip_path"] = str(zip_path) if zip_path and zip_path.is_file() else None
    out["log"] = [e["data"].get("line") for e in events if e["kind"] == "log"]
    return out


def download_job(
    job_id: str, output: str | Path, *, zip_only: bool = False, settings: Settings | None = None
) -> dict[str, Any]:
    """Copy a finished job's files from the artifact store (local folder or S3) into the new or
    empty local folder `output`: the pack folder and pack.zip, or only pack.zip. Files are written
    to a staging folder beside `output` and moved into place at the end, so a failed download
    leaves nothing. Returns {"job_id", "output", "files", "bytes"}."""
    from .jobs.folders import remove_tree
    from .jobs.store import JobStore
    from .storage import download_prefix, get_artifact_store

    settings = _settings(settings)
    store = JobStore.from_settings(settings)
    try:
        rec = store.get(job_id)
    finally:
        store.close()
    if rec.status != "succeeded" or not rec.folder:
        raise InvalidInput(
            f"Job '{job_id}' has no pack to download (status: {rec.status}).",
            "Download a job that finished successfully (see `assetsmith jobs list`).",
        )
    dest = Path(output).expanduser()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InvalidInput(
            f"'{dest}' exists and is not an empty folder.", "Choose a new or empty output folder."
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    try:
        copied = download_prefix(
            get_artifact_store(settings),
            rec.folder,
            staging,
            keep=lambda rel: rel == "pack.zip" or (not zip_only and rel.startswith("pack/")),
        )
        if not copied:
            raise OutputError(
                f"The artifact store holds no files for job '{job_id}'.",
                "It may have been removed by retention; run the job again.",
            )
        if dest.exists():
            dest.rmdir()  # empty, checked above
        os.replace(staging, dest)
    except BaseException:
        remove_tree(staging)
        raise
    return {
        "job_id": job_id,
        "output": str(dest),
        "files": len(copied),
        "bytes": sum(a.bytes for a in copied),
    }


def remove_job(job_id: str, *, settings: Settings | None = None) -> None:
    from .jobs.local import remove_job_files
    from .jobs.store import JobStore

    settings = _settings(settings)
    store = JobStore.from_settings(settings)
    try:
        rec = store.get(job_id)
        if rec.status == "running":
            raise InvalidInput(
                f"Job '{job_id}' is running.", "Wait for it to finish before removing it."
            )
        remove_job_files(settings, rec.folder)
        store.delete(job_id)
    finally:
        store.close()


def prune_jobs(*, settings: Settings | None = None) -> list[str]:
    """Apply the retention limits now and sweep what interrupted runs left; returns the ids of the
    jobs removed (`prune` says what else was done)."""
    return prune(settings=settings)["removed"]


def prune(*, settings: Settings | None = None) -> dict[str, Any]:
    """What `assetsmith jobs prune` does: mark failed the in-process jobs whose process is gone,
    return queue jobs whose lease expired to the queue (as any worker would), apply the retention
    limits, and remove every staging folder of a job that is not running now (not only those an
    hour old). Returns {"removed": job ids, "interrupted": job ids marked failed,
    "leases_expired": count, "staging_removed": count}."""
    from .jobs.local import apply_retention, fail_orphaned_local_jobs, sweep_interrupted_staging
    from .jobs.queue import sweep_expired
    from .jobs.store import JobStore
    from .storage import get_artifact_store

    settings = _settings(settings)
    store = JobStore.from_settings(settings)
    try:
        interrupted = fail_orphaned_local_jobs(store)
        expired = 0
        while (n := sweep_expired(store)) > 0:
            expired += n
        artifacts = get_artifact_store(settings)
        removed = apply_retention(store, settings, artifacts=artifacts)
        staging = sweep_interrupted_staging(store, artifacts.staging_root)
        return {
            "removed": removed,
            "interrupted": interrupted,
            "leases_expired": expired,
            "staging_removed": staging,
        }
    finally:
        store.close()


# --- provenance (issue 5): thin wrappers over assetsmith.provenance ---


def verify(
    path: str | Path,
    *,
    keyring: str | Path | None = None,
    require_trusted: bool = True,
    settings: Settings | None = None,
    signature_only: bool = False,
) -> VerifyReport:
    """Verify a pack folder, a pack.zip, a job folder or a single file: signatures, every file's
    digest, added or missing files, key trust (keyring) and the wallet identity. Never raises for
    bad content: the report says what holds and what fails. A signature by a key that is neither
    in the keyring nor this installation's own fails the report unless `signature_only`
    (`require_trusted` is the default, accepted for older callers)."""
    from .provenance.verify import verify_path

    return verify_path(
        Path(path),
        _settings(settings),
        signature_only=signature_only,
        keyring_file=Path(keyring) if keyring else None,
    )


def verify_upload(
    data: bytes,
    *,
    require_trusted: bool = True,
    settings: Settings | None = None,
    signature_only: bool = False,
) -> VerifyReport:
    """Verify an uploaded pack.zip (bytes), without extracting it (trust as in `verify`)."""
    from .provenance.service import verify_upload as _verify_upload

    return _verify_upload(data, _settings(settings), signature_only=signature_only)


def verify_job(
    job_id: str,
    *,
    require_trusted: bool = True,
    settings: Settings | None = None,
    signature_only: bool = False,
) -> VerifyReport:
    """Verify a stored job: its pack, pack.zip, run statement and Content Credentials (trust as in
    `verify`)."""
    from .provenance.service import verify_job as _verify_job

    return _verify_job(job_id, _settings(settings), signature_only=signature_only)


def sign_pack(pack_dir: str | Path, *, settings: Settings | None = None) -> dict:
    """Sign an existing (unsigned) pack folder in place; returns the manifest's provenance summary."""
    from .provenance.service import sign_pack as _sign_pack

    return _sign_pack(Path(pack_dir), _settings(settings))


def link_wallet(
    address: str, *, signature: str | None = None, days: int = 365, settings: Settings | None = None
) -> dict:
    """Link the creator's wallet. Without `signature`: record the address and return
    `{"pending": typed_data}` for the wallet to sign (EIP-712). With it: check and store the
    authorisation, returned as `{"authorization": ...}`."""
    from .provenance.link import complete_link, start_link

    settings = _settings(settings)
    if signature is None:
        return {"pending": start_link(settings, address, days=days)}
    return {"authorization": complete_link(settings, address, signature)}


def init_keys(*, settings: Settings | None = None, force_c2pa: bool = False) -> dict:
    """Create the signing key (if it is a file key) and the C2PA CA and leaf; trust our own key."""
    from .provenance.manage import init_keys as _init_keys

    return _init_keys(_settings(settings), force_c2pa=force_c2pa)


def show_keys(*, settings: Settings | None = None) -> dict:
    """The signing key, the C2PA chain, the linked wallet and the keyring, without secrets."""
    from .provenance.manage import show_keys as _show_keys

    return _show_keys(_settings(settings))


# --- the durable queue (issue 3) ------------------------------------------------------------------
def _queue_store(settings: Settings | None):
    from .jobs.store import JobStore

    return JobStore.from_settings(_settings(settings))


def submit_job(
    prompt: str | None = None,
    *,
    spec: dict | str | Path | None = None,
    kind: str = "run_job",
    request: dict | None = None,
    engine: str = "unity",
    category: str | None = None,
    style_preset: str | None = None,
    seed: int | None = None,
    resolution: int | None = None,
    poly_budget: int | None = None,
    export_usd: bool = True,
    priority: int = 0,
    max_attempts: int | None = None,
    idempotency_key: str | None = None,
    capabilities: list[str] | tuple[str, ...] = (),
    children: list[dict] | None = None,
    tenant: str = "local",
    settings: Settings | None = None,
):
    """Queue a job for the workers; returns `Submitted(job_id, deduplicated, status, children)`.

    For kind "run_job" give a prompt or a spec (as for run_job); for other kinds give `request`.
    `children` (dicts with kind, request and optionally priority, max_attempts, capabilities)
    makes this a parent ("group") job that finishes when they have. A malformed request is
    refused here with the reason (InvalidInput), before anything is stored."""
    from .jobs.queue import JobSpec, submit_jobs
    from .spec import read_spec_file

    if kind == "run_job" and request is None:
        if isinstance(spec, str | Path):
            spec = read_spec_file(spec)
        request = {
            k: v
            for k, v in {
                "prompt": prompt,
                "spec": spec,
                "engine": engine,
                "category": category,
                "style_preset": style_preset,
                "seed": seed,
                "resolution": resolution,
                "poly_budget": poly_budget,
                "export_usd": export_usd,
            }.items()
            if v is not None
        }
    kids = [
        JobSpec(
            kind=c.get("kind", "run_job"),
            request=c.get("request", {}),
            priority=c.get("priority", 0),
            max_attempts=c.get("max_attempts"),
            capabilities=list(c.get("capabilities", ())),
            idempotency_key=c.get("idempotency_key"),
        )
        for c in children or ()
    ]
    job = JobSpec(
        kind=kind,
        request=request or {},
        priority=priority,
        max_attempts=max_attempts,
        idempotency_key=idempotency_key,
        capabilities=list(capabilities),
        children=kids,
    )
    settings = _settings(settings)
    from .tenancy.pricing import check_job_size, job_size

    for one in (
        job,
        *kids,
    ):  # the whole spec and this server's size limits, before anything is stored
        if one.kind == "run_job":
            check_job_size(job_size(one.request, settings.default_resolution), settings)
    store = _queue_store(settings)
    try:
        return submit_jobs(
            store, [job], tenant=tenant, default_max_attempts=settings.queue_max_attempts
        )[0]
    finally:
        store.close()


def list_queue(
    *,
    status: str | None = None,
    kind: str | None = None,
    tenant: str | None = None,
    parent_id: str | None = None,
    limit: int = 50,
    settings: Settings | None = None,
) -> list[JobRecord]:
    """Queued and finished jobs, newest first, optionally filtered."""
    store = _queue_store(settings)
    try:
        return store.list(status=status, kind=kind, tenant=tenant, parent_id=parent_id, limit=limit)
    finally:
        store.close()


def show_queue_job(
    job_id: str, *, tenant: str | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """One job with its whole event history (status changes, progress, log lines)."""
    store = _queue_store(settings)
    try:
        out = store.get(job_id, tenant=tenant).to_dict()
        out["events"] = store.events(job_id)
        out["children"] = [r.id for r in store.list(parent_id=job_id, limit=10_000)]
        return out
    finally:
        store.close()


def cancel_job(job_id: str, *, tenant: str | None = None, settings: Settings | None = None) -> str:
    """Cancel a job: "cancelled" (it will never run) or "cancelling" (it stops at its next stage)."""
    from .jobs.queue import cancel_job as _cancel

    store = _queue_store(settings)
    try:
        return _cancel(store, job_id, tenant=tenant)
    finally:
        store.close()


def requeue_job(job_id: str, *, tenant: str | None = None, settings: Settings | None = None) -> str:
    """Give a dead, failed or cancelled job fresh attempts; returns its new status."""
    from .jobs.queue import requeue_job as _requeue

    store = _queue_store(settings)
    try:
        return _requeue(store, job_id, tenant=tenant)
    finally:
        store.close()


def queue_stats(*, tenant: str | None = None, settings: Settings | None = None) -> dict[str, Any]:
    """Counts per status, due jobs, oldest wait, live workers, expired leases, recent throughput."""
    from .jobs.queue import queue_stats as _stats

    store = _queue_store(settings)
    try:
        return _stats(store, tenant=tenant)
    finally:
        store.close()


def migrate_database(*, settings: Settings | None = None) -> dict:
    """Bring the database to the newest schema: the job store's tables and the tenancy (API keys,
    credits, billing) tables. Returns the job store's revision before and after, and the same for
    tenancy under "tenancy". Safe to run from several machines at once (each migrator holds a lock)."""
    from .jobs.db import current_revision, make_engine, migrate
    from .tenancy.db import migrate_tenancy, tenancy_revision

    engine = make_engine(_settings(settings).effective_database_url)
    try:
        before = current_revision(engine)
        after = migrate(engine)
        tenancy_before = tenancy_revision(engine)
        return {
            "before": before,
            "after": after,
            "tenancy": {"before": tenancy_before, "after": migrate_tenancy(engine)},
        }
    finally:
        engine.dispose()


# --- render / batch (issue 4) ---


def render_previews(
    scene: str | Path,
    output: str | Path,
    *,
    hero_size: int = 512,
    turntable_size: int = 256,
    views: int = 8,
    samples: int = 4,
) -> list[Path]:
    """Render a hero shot and a turntable (PNG sheet + animated WebP) of a scene (.glb, .gltf, .usd*,
    or a pack folder) into the folder `output`; returns the files written. `samples` is the MSAA
    sample count; 1 renders one sample smoothed by FXAA, as packs' previews are (about two thirds
    of the time under llvmpipe). Needs the render extra (RendererUnavailable names it otherwise)."""
    from .batch.scenes import load_scene_path
    from .formats.atomic import atomic_write_bytes
    from .render import PreviewOptions
    from .render import preview_files as _preview_files
    from .render import render_previews as _render

    path = Path(scene)
    loaded = load_scene_path(path)
    options = PreviewOptions(
        hero_size=hero_size,
        turntable_size=turntable_size,
        views=views,
        samples=samples,
        turntable_samples=samples,
        max_texture=1024,
    )
    name = path.stem if path.is_file() else path.name
    out = Path(output)
    written = []
    for rel, data in _preview_files(name, _render(loaded, options), options).items():
        dest = out / Path(rel).name
        atomic_write_bytes(dest, data)
        written.append(dest)
    return written


def run_batch_job(
    config: str | Path | dict,
    *,
    export_root: str | Path | None = None,
    unity_path: str | Path | None = None,
    project_path: str | Path | None = None,
    chunk_size: int | None = None,
    settings: Settings | None = None,
    progress: ProgressFn | None = None,
):
    """Run a batch export job (a config file, or config data relative to the current folder): USD,
    EXR (float RGBA + Z), GLB or PNG under `Exports/` in the export folder (default: the config's
    folder), with `<scene>.meta.json`. Returns a BatchResult; on failure nothing is written."""
    from .batch import run_batch_job as _run

    return _run(
        config,
        settings=_settings(settings),
        export_root=Path(export_root) if export_root else None,
        unity_path=Path(unity_path) if unity_path else None,
        project_path=Path(project_path) if project_path else None,
        chunk_size=chunk_size,
        progress=progress,
    )


def submit_batch_job(
    config: str | Path,
    *,
    export_root: str | Path | None = None,
    chunk_size: int | None = None,
    priority: int = 0,
    tenant: str = "local",
    settings: Settings | None = None,
):
    """Queue a native EXR/PNG batch job as one `batch_chunk` queue job per chunk (under a group
    job) for `assetsmith queue-worker`s to render in parallel; returns the queue's Submitted."""
    from .batch.queue import submit_batch_job as _submit

    return _submit(
        config,
        settings=_settings(settings),
        export_root=Path(export_root) if export_root else None,
        chunk_size=chunk_size,
        priority=priority,
        tenant=tenant,
    )


# --- tenants (issue 7): thin wrappers over assetsmith.tenancy ---------------------------------------
@contextmanager
def _tenancy(settings: Settings | None) -> Iterator[Any]:
    from .jobs.store import JobStore
    from .tenancy import Tenancy

    settings = _settings(settings)
    store = JobStore.from_settings(settings)
    try:
        yield Tenancy(store, settings)
    finally:
        store.close()


def create_tenant(name: str, *, tier: str = "free", settings: Settings | None = None) -> dict:
    """Create a tenant on a tier (free, indie or team); returns it with its limits."""
    with _tenancy(settings) as t:
        return t.create_tenant(name, tier)


def list_tenants(*, keys: bool = False, settings: Settings | None = None) -> list[dict]:
    """Every tenant (with its API keys, never their secrets, when `keys`)."""
    with _tenancy(settings) as t:
        out = t.list_tenants()
        if keys:
            for row in out:
                row["keys"] = t.list_keys(row["tenant_id"])
        return out


def issue_api_key(tenant_id: str, *, label: str = "", settings: Settings | None = None) -> dict:
    """A new API key for the tenant. The key is in this answer only: it is stored hashed."""
    with _tenancy(settings) as t:
        return t.issue_key(tenant_id, label)


def revoke_api_key(key_id: str, *, settings: Settings | None = None) -> dict:
    """Revoke an API key by its id (key_...)."""
    with _tenancy(settings) as t:
        return t.revoke_key(key_id)


def set_tenant_tier(
    tenant_id: str,
    tier: str,
    *,
    credits: int | None = None,
    concurrency: int | None = None,
    settings: Settings | None = None,
) -> dict:
    """Move a tenant to a tier; `credits`/`concurrency` make a custom plan (None: the tier's numbers)."""
    with _tenancy(settings) as t:
        return t.set_tier(tenant_id, tier, credits=credits, concurrency=concurrency)


def tenant_usage(tenant_id: str, *, settings: Settings | None = None) -> dict:
    """Credits used and left this month, the plan's limits, jobs in flight."""
    with _tenancy(settings) as t:
        return t.usage_of(tenant_id)


def grant_credits(
    tenant_id: str, credits: int, *, reason: str = "grant", settings: Settings | None = None
) -> dict:
    """Add credits for this month (negative: take some back); a ledger row, like every change."""
    with _tenancy(settings) as t:
        return t.grant(tenant_id, credits, reason)


def billing_status(*, tenant_id: str | None = None, settings: Settings | None = None) -> dict:
    """Which Stripe billing settings are set (never their values) and every linked Stripe customer;
    with `tenant_id`, that tenant's tier, Stripe link and latest Stripe events."""
    from .billing import Billing

    settings = _settings(settings)
    with _tenancy(settings) as t:
        return Billing(t, settings).report(tenant_id)


def replay_billing_event(path: str | Path, *, settings: Settings | None = None) -> dict:
    """Apply a Stripe event saved as JSON as if its webhook had arrived (no signature: the operator
    vouches for it), exactly once like any delivery. Returns {event_id, type, duplicate, tenant_id,
    outcome}."""
    from .billing import Billing

    settings = _settings(settings)
    with _tenancy(settings) as t:
        return Billing(t, settings).replay(path).to_dict()


# --- originality (issue 6): thin wrappers over assetsmith.originality ---
def corpus_add(
    paths: Sequence[str | Path] | str | Path, *, settings: Settings | None = None, progress=None
) -> dict:
    """Add images, .glb models, pack folders, pack.zips (or folders of them) to the known-asset
    corpus. Returns {"added", "existing", "failed"}; bad inputs are reported, never indexed.
    `progress(done, total, name)` is called per item."""
    from .originality.manage import corpus_add as _add

    items = [paths] if isinstance(paths, str | Path) else list(paths)
    return _add(items, _settings(settings), progress=progress)


def corpus_list(
    *, limit: int = 100, offset: int = 0, settings: Settings | None = None
) -> list[dict]:
    """Known assets of the originality corpus, oldest first."""
    from .originality.manage import corpus_list as _list

    return _list(_settings(settings), limit=limit, offset=offset)


def corpus_remove(ref: str | int, *, settings: Settings | None = None) -> list[dict]:
    """Remove known assets by id or name (rows and vectors); returns what was removed."""
    from .originality.manage import corpus_remove as _rm

    return _rm(str(ref), _settings(settings))


def corpus_stats(*, settings: Settings | None = None) -> dict:
    """Assets, items and vectors per index of the originality corpus."""
    from .originality.manage import corpus_stats as _stats

    return _stats(_settings(settings))


def audit(path: str | Path, *, settings: Settings | None = None):
    """Audit a local image, .glb, pack folder or pack.zip against the corpus: an AuditReport with
    the verdict (pass/flag/block), the originality score and the nearest known assets per layer."""
    from .originality.manage import audit_path

    return audit_path(path, _settings(settings))
