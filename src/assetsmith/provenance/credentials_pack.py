"""Content Credentials in the images users get: every PNG of the pack (maps and previews) carries
an embedded, signed C2PA manifest, in `pack/` and so in `pack.zip`.

Order: the maps are credentialed right after the materials stage (so the USDZ, an embedded LOD0
and the pack folder hold the same credentialed bytes), the previews in the layout stage; both
before manifest.json's digests, the signed pack statement and the zip, which therefore cover the
credentialed files. One c2pa Signer and settings context serve the whole job (about 10 ms per
1024-px map, mostly c2pa hashing the image; 200 ms at 4096 px).

Each manifest's `dev.assetsmith.source` assertion names the file's pack path, the build id and
the sha256 of the PNG without its credentials (the deterministic build output): `verify` checks
that stripping the `caBX` chunk gives bytes with that digest. c2pa salts every manifest at random,
so with credentials on two runs of one request differ in those chunks (and in the digests that
cover them); with `ASSETSMITH_CONTENT_CREDENTIALS=off` packs are byte-identical.

Without c2pa-python (the `provenance` extra) the job still runs: manifest.json and the job log
say that the images carry no credentials and why.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..errors import import_extra
from .c2pa_certs import C2paChain
from .credentials import (
    SOURCE_ASSERTION,
    SOURCE_TYPES,
    _context,
    credentials_enabled_for,
    source_kind,
)
from .dsse import sha256_hex

if TYPE_CHECKING:
    from ..packs.base import Layout
    from ..pipeline.context import JobContext

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class CredentialsOptions:
    """Content Credentials for a job's images: `mode` is the `content_credentials` setting (auto,
    on, off) and `c2pa_chain` opens (or makes) the C2PA signing chain; None: no credentials. The
    stages that credential images (materials, layout) get it from pipeline/plan.py."""

    mode: str = "off"
    c2pa_chain: Callable[[], C2paChain] | None = None


@dataclass
class CredentialsPlan:
    """Whether this job embeds credentials, and why not when it does not (for manifest and log)."""

    enabled: bool
    reason: str = ""
    source: str = "algorithmic"


def plan_credentials(options: CredentialsOptions, *, signed: bool, source: str) -> CredentialsPlan:
    """Credentials follow the `content_credentials` setting and the request's signing switch."""
    if not signed:
        return CredentialsPlan(False, "signing was turned off by the request", source)
    if options.mode == "off":
        return CredentialsPlan(False, "turned off (ASSETSMITH_CONTENT_CREDENTIALS=off)", source)
    if not credentials_enabled_for(
        options.mode
    ):  # raises ExtraMissing when "on" and c2pa is missing
        return CredentialsPlan(
            False, "c2pa-python is not installed (pip install 'assetsmith[provenance]')", source
        )
    if options.c2pa_chain is None:
        return CredentialsPlan(
            False, "no C2PA signing chain is configured for this pipeline", source
        )
    return CredentialsPlan(True, "", source)


class PackCredentialer:
    """Embeds C2PA manifests in PNGs with one signer and one c2pa context for the whole job."""

    def __init__(self, chain: C2paChain, *, source: str, build_id: str) -> None:
        self._c2pa: Any = import_extra("c2pa", "provenance", "Content Credentials")
        info = self._c2pa.C2paSignerInfo(
            alg=b"es256", sign_cert=chain.chain_pem, private_key=chain.key_pem, ta_url=None
        )
        self._signer = self._c2pa.Signer.from_info(info)
        self._context = _context(self._c2pa)
        self.source, self.build_id = source, build_id

    def embed(self, png: bytes, pack_path: str) -> bytes:
        """`png` with a signed manifest naming `pack_path` and the digest of `png` itself."""
        manifest = {
            "claim_generator_info": [{"name": "assetsmith", "version": __version__}],
            "title": pack_path.rsplit("/", 1)[-1],
            "format": "image/png",
            "assertions": [
                {
                    "label": "c2pa.actions.v2",
                    "data": {
                        "actions": [
                            {
                                "action": "c2pa.created",
                                "digitalSourceType": SOURCE_TYPES[self.source],
                                "softwareAgent": {"name": "assetsmith", "version": __version__},
                            }
                        ]
                    },
                },
                {
                    "label": SOURCE_ASSERTION,
                    "data": {
                        "path": pack_path,
                        "sha256": sha256_hex(png),
                        "buildId": self.build_id,
                    },
                },
            ],
        }
        builder = self._c2pa.Builder(manifest, context=self._context)
        try:
            out = io.BytesIO()
            builder.sign(self._signer, "image/png", io.BytesIO(png), out)
            data: bytes = out.getvalue()
            return data
        finally:
            builder.close()

    def embed_all(
        self, images: Iterable[tuple[str, bytes]], on_done: Callable[[str], None] | None = None
    ) -> dict[str, bytes]:
        """{pack path: credentialed PNG} for (pack path, PNG) pairs, in order. One thread: c2pa
        serialises signing internally (two threads measured slower than one)."""
        out: dict[str, bytes] = {}
        for path, png in images:
            out[path] = self.embed(png, path)
            if on_done is not None:
                on_done(path)
        return out

    def close(self) -> None:
        self._signer.close()


def is_png(data: bytes) -> bool:
    return data[:8] == PNG_SIGNATURE


def _start(ctx: JobContext, options: CredentialsOptions) -> PackCredentialer | None:
    """The job's credentialer, made on first use (None, with the reason recorded, when off)."""
    if ctx.credentialer is not None:
        return ctx.credentialer
    if ctx.content_credentials:  # decided already: off
        return None
    plan = plan_credentials(
        options, signed=ctx.request.sign, source=source_kind(ctx.model_toolchain)
    )
    if not plan.enabled or options.c2pa_chain is None:
        ctx.content_credentials = {"embedded": 0, "reason": plan.reason}
        ctx.log(f"content credentials: none ({plan.reason})")
        return None
    ctx.credentialer = PackCredentialer(
        options.c2pa_chain(), source=plan.source, build_id=ctx.build_id
    )
    ctx.content_credentials = {
        "embedded": 0,
        "digitalSourceType": SOURCE_TYPES[plan.source],
        "images": [],
    }
    return ctx.credentialer


def _record(ctx: JobContext, paths: list[str]) -> None:
    info = ctx.content_credentials
    info["images"] = sorted(set(info["images"]) | set(paths))
    info["embedded"] = len(info["images"])


def credential_textures(
    ctx: JobContext, layout: Layout, options: CredentialsOptions, *, start: float = 0.0
) -> None:
    """Embed credentials in every map of `ctx.textures` (named by the layout's pack paths).

    Reports progress per image from `start` to the end of the running stage."""
    signer = _start(ctx, options)
    if signer is None:
        return
    keys = list(ctx.textures)
    paths = {layout.texture_path(ctx, k): k for k in keys}
    done = [0]

    def tick(path: str) -> None:
        done[0] += 1
        ctx.report(
            start + (1.0 - start) * done[0] / len(keys),
            f"materials: credentials in {path.rsplit('/', 1)[-1]}",
        )

    out = signer.embed_all(((p, ctx.textures[k]) for p, k in paths.items()), on_done=tick)
    for p, data in out.items():
        ctx.textures[paths[p]] = data
    _record(ctx, list(out))


def credential_files(
    ctx: JobContext,
    files: dict[str, bytes],
    names: list[str],
    options: CredentialsOptions,
    *,
    start: float = 0.0,
    span: float = 1.0,
) -> dict[str, bytes]:
    """`files` with credentials embedded in the named PNGs (previews); closes the job's signer."""
    signer = _start(ctx, options)
    if signer is None:
        return files
    todo = [n for n in names if is_png(files[n])]
    done = [0]

    def tick(path: str) -> None:
        done[0] += 1
        ctx.report(
            start + span * done[0] / len(todo), f"layout: credentials in {path.rsplit('/', 1)[-1]}"
        )

    try:
        out = signer.embed_all(((n, files[n]) for n in todo), on_done=tick)
    finally:
        signer.close()
        ctx.credentialer = None
    _record(ctx, list(out))
    ctx.log(f"content credentials: embedded in {ctx.content_credentials['embedded']} images")
    return {**files, **out}
