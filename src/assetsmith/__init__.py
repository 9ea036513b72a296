"""assetsmith: a prompt, a spec or a scene in; an engine-ready PBR asset pack out.

The SDK::

    import assetsmith
    result = assetsmith.run_job("wooden barrel with iron bands")
    print(result.zip_path)

Importing the package is cheap: each name below is imported from its module on first use (PEP 562),
so `import assetsmith.errors` or `assetsmith --version` does not load the pipeline, NumPy or
SQLAlchemy. `__all__` is the public SDK; tests/test_exported_members.py keeps it sorted and whole.
"""

import importlib
import importlib.util
import typing

from ._version import __version__

# public name -> the module (under assetsmith) that defines it
_EXPORTS: dict[str, str] = {
    "AssetsmithError": "errors",
    "InvalidInput": "errors",
    "NotFound": "errors",
    "OutputError": "errors",
    "SpecInvalid": "errors",
    "JobRequest": "pipeline.request",
    "JobResult": "jobs.local",
    "Settings": "settings",
    "VerifyReport": "provenance.report",
    "sign_export": "provenance.export_meta",
    "write_export_meta": "provenance.export_meta",
    **{
        name: "sdk"
        for name in (
            "SpecReport",
            "audit",
            "billing_status",
            "build_pack",
            "cancel_job",
            "corpus_add",
            "corpus_list",
            "corpus_remove",
            "corpus_stats",
            "create_tenant",
            "download_job",
            "generate_spec",
            "grant_credits",
            "init_keys",
            "issue_api_key",
            "link_wallet",
            "list_jobs",
            "list_queue",
            "list_tenants",
            "migrate_database",
            "prune_jobs",
            "queue_stats",
            "remove_job",
            "render_previews",
            "replay_billing_event",
            "requeue_job",
            "revoke_api_key",
            "run_batch_job",
            "run_job",
            "show_job",
            "show_keys",
            "show_queue_job",
            "sign_pack",
            "submit_batch_job",
            "submit_job",
            "validate_spec",
            "verify",
            "verify_job",
            "verify_upload",
        )
    },
}

__all__ = [
    "AssetsmithError",
    "InvalidInput",
    "JobRequest",
    "JobResult",
    "NotFound",
    "OutputError",
    "Settings",
    "SpecInvalid",
    "SpecReport",
    "VerifyReport",
    "__version__",
    "audit",
    "billing_status",
    "build_pack",
    "cancel_job",
    "corpus_add",
    "corpus_list",
    "corpus_remove",
    "corpus_stats",
    "create_tenant",
    "download_job",
    "generate_spec",
    "grant_credits",
    "init_keys",
    "issue_api_key",
    "link_wallet",
    "list_jobs",
    "list_queue",
    "list_tenants",
    "migrate_database",
    "prune_jobs",
    "queue_stats",
    "remove_job",
    "render_previews",
    "replay_billing_event",
    "requeue_job",
    "revoke_api_key",
    "run_batch_job",
    "run_job",
    "show_job",
    "show_keys",
    "show_queue_job",
    "sign_export",
    "sign_pack",
    "submit_batch_job",
    "submit_job",
    "validate_spec",
    "verify",
    "verify_job",
    "verify_upload",
    "write_export_meta",
]


def __getattr__(name: str) -> object:
    """Import a public name (or a submodule, e.g. `assetsmith.sdk`) on first access."""
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if typing.TYPE_CHECKING:  # what type checkers and IDEs see; at run time __getattr__ provides these
    from .errors import AssetsmithError, InvalidInput, NotFound, OutputError, SpecInvalid
    from .jobs.local import JobResult
    from .pipeline.request import JobRequest
    from .provenance.export_meta import sign_export, write_export_meta
    from .provenance.report import VerifyReport
    from .sdk import (
        SpecReport,
        audit,
        billing_status,
        build_pack,
        cancel_job,
        corpus_add,
        corpus_list,
        corpus_remove,
        corpus_stats,
        create_tenant,
        download_job,
        generate_spec,
        grant_credits,
        init_keys,
        issue_api_key,
        link_wallet,
        list_jobs,
        list_queue,
        list_tenants,
        migrate_database,
        prune_jobs,
        queue_stats,
        remove_job,
        render_previews,
        replay_billing_event,
        requeue_job,
        revoke_api_key,
        run_batch_job,
        run_job,
        show_job,
        show_keys,
        show_queue_job,
        sign_pack,
        submit_batch_job,
        submit_job,
        validate_spec,
        verify,
        verify_job,
        verify_upload,
    )
    from .settings import Settings
