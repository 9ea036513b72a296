"""The `package` stage: the pack folder and its reproducible zip in the staging folder."""

from __future__ import annotations

from dataclasses import dataclass

from ..context import JobContext
from ..stage import create_stage


@dataclass(frozen=True)
class PackageOptions:
    """`source_date_epoch` is the zip entries' timestamp (reproducible builds)."""

    source_date_epoch: int | None = None


DEFAULTS = PackageOptions()


def package_stage(ctx: JobContext, options: PackageOptions) -> None:
    """Write the pack folder and its reproducible zip."""
    from ...formats.reproducible_zip import write_reproducible_zip

    if not ctx.manifest_sealed and ctx.manifest is not None:
        ctx.seal_manifest()  # no provenance stage in this plan: the manifest is complete now
    if ctx.staging_dir is None:
        return
    pack = ctx.staging_dir / "pack"
    for rel, data in ctx.files.items():
        dest = pack / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)  # the staging folder as a whole is committed by one rename
    ctx.report(0.4, "package: pack folder written; zipping")
    ctx.zip_path = ctx.staging_dir / "pack.zip"
    write_reproducible_zip(
        pack,
        ctx.zip_path,
        epoch=options.source_date_epoch,
        on_entry=lambda done, total, name: ctx.report(
            0.4 + 0.6 * done / max(total, 1), f"package: zipped {name}"
        ),
    )


PACKAGE = create_stage(
    "package",
    package_stage,
    DEFAULTS,
    weight=0.6,
    description="write the pack folder and its reproducible zip",
)
