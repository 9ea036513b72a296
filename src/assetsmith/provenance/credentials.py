"""Content Credentials (C2PA) embedded in PNG images, with c2pa-python.

Each credentialed image gets a manifest with a `c2pa.created` action whose digitalSourceType is
algorithmicMedia (procedural output) or trainedAlgorithmicMedia (a diffusion model made it), and a
`dev.assetsmith.source` assertion naming the pack file and the digest of the image without its
credentials. The pack's PNGs carry them (credentials_pack.py embeds them with one signer per job);
c2pa salts every assertion at random, so credentialed bytes differ from run to run while the image
without its `caBX` chunk stays the deterministic build output, which `verify` checks.
"""

from __future__ import annotations

import importlib.util
import io
import json
import struct

from .._version import __version__
from ..errors import ExtraMissing, import_extra
from ..settings import Settings
from .c2pa_certs import C2paChain

SOURCE_TYPES = {
    "algorithmic": "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia",
    "trained": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
}
SOURCE_ASSERTION = "dev.assetsmith.source"
_READ_SETTINGS = {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
_TRAINED_BACKENDS = (
    "comfyui",
    "diffusers",
    "diffusion",
)  # texture backends name themselves "comfyui:..." etc.


def credentials_enabled(settings: Settings) -> bool:
    """Whether jobs embed credentials under these settings (see `credentials_enabled_for`)."""
    return credentials_enabled_for(settings.content_credentials)


def credentials_enabled_for(mode: str) -> bool:
    """Whether jobs embed credentials: `on` (c2pa-python required), `off`, or `auto` (when installed)."""
    if mode == "off":
        return False
    if mode == "on":
        import_extra("c2pa", "provenance", "Content Credentials")
        return True
    return importlib.util.find_spec("c2pa") is not None


def source_kind(toolchain: dict | None) -> str:
    """`trained` when the manifest's toolchain names a diffusion model for images, else `algorithmic`."""
    tc = toolchain or {}
    text = f"{tc.get('image_model') or ''} {tc.get('image_pipeline') or ''}".lower()
    return (
        "trained"
        if tc.get("image_model") or any(b in text for b in _TRAINED_BACKENDS)
        else "algorithmic"
    )


def _c2pa():
    return import_extra("c2pa", "provenance", "Content Credentials")


def _context(c2pa, extra: dict | None = None):
    cfg = json.loads(json.dumps(_READ_SETTINGS))
    cfg["builder"] = {"thumbnail": {"enabled": False}}
    for k, v in (extra or {}).items():
        cfg.setdefault(k, {}).update(v)
    return c2pa.Context.builder().with_settings(c2pa.Settings.from_dict(cfg)).build()


def embed_credentials(
    png: bytes,
    chain: C2paChain,
    *,
    title: str,
    source: str,
    pack_path: str,
    sha256: str,
    build_id: str,
) -> bytes:
    """The PNG with an embedded, signed C2PA manifest."""
    c2pa = _c2pa()
    manifest = {
        "claim_generator_info": [{"name": "assetsmith", "version": __version__}],
        "title": title,
        "format": "image/png",
        "assertions": [
            {
                "label": "c2pa.actions.v2",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": SOURCE_TYPES[source],
                            "softwareAgent": {"name": "assetsmith", "version": __version__},
                        }
                    ]
                },
            },
            {
                "label": SOURCE_ASSERTION,
                "data": {"path": pack_path, "sha256": sha256, "buildId": build_id},
            },
        ],
    }
    info = c2pa.C2paSignerInfo(
        alg=b"es256", sign_cert=chain.chain_pem, private_key=chain.key_pem, ta_url=None
    )
    signer = c2pa.Signer.from_info(info)
    try:
        builder = c2pa.Builder(manifest, context=_context(c2pa))
        out = io.BytesIO()
        builder.sign(signer, "image/png", io.BytesIO(png), out)
        return out.getvalue()
    finally:
        signer.close()


def read_credentials(data: bytes, *, trust_anchor_pem: bytes | None = None) -> dict:
    """What a C2PA reader says about an image: {state, source_type, source, failures}.

    state is the reader's validation state ("Valid", "Trusted", "Invalid") or "none" without a
    manifest. With `trust_anchor_pem`, the chain is checked against that CA."""
    c2pa = _c2pa()
    extra = (
        {"trust": {"trust_anchors": trust_anchor_pem.decode()}, "verify": {"verify_trust": True}}
        if trust_anchor_pem
        else None
    )
    try:
        reader = c2pa.Reader("image/png", io.BytesIO(data), context=_context(c2pa, extra))
    except c2pa.C2paError as exc:
        if "ManifestNotFound" in type(exc).__name__ or "not found" in str(exc).lower():
            return {"state": "none", "source_type": None, "source": None, "failures": []}
        return {
            "state": "Invalid",
            "source_type": None,
            "source": None,
            "failures": [type(exc).__name__],
        }
    try:
        report = json.loads(reader.json())
        state = reader.get_validation_state()
    finally:
        reader.close()
    active = report.get("manifests", {}).get(report.get("active_manifest"), {})
    actions, source = [], None
    for a in active.get("assertions", []):
        if a.get("label", "").startswith("c2pa.actions"):
            actions += a["data"].get("actions", [])
        if a.get("label") == SOURCE_ASSERTION:
            source = a.get("data")
    failures = [
        f["code"]
        for f in report.get("validation_results", {}).get("activeManifest", {}).get("failure", [])
    ]
    created = [a for a in actions if a.get("action") == "c2pa.created"]
    return {
        "state": state,
        "source_type": created[0].get("digitalSourceType") if created else None,
        "source": source,
        "failures": failures,
    }


def strip_c2pa(png: bytes) -> bytes:
    """The PNG without its C2PA (`caBX`) chunks; ValueError when it is not a PNG."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    parts, i = [png[:8]], 8
    while i + 8 <= len(png):
        (n,) = struct.unpack(">I", png[i : i + 4])
        end = i + 12 + n
        if png[i + 4 : i + 8] != b"caBX":
            parts.append(png[i:end])
        i = end
    return b"".join(parts)


def has_c2pa(png: bytes) -> bool:
    """Whether a PNG carries a caBX chunk (cheap, no validation)."""
    try:
        return strip_c2pa(png) != png
    except ValueError:
        return False


__all__ = [
    "ExtraMissing",
    "credentials_enabled",
    "embed_credentials",
    "has_c2pa",
    "read_credentials",
    "source_kind",
    "strip_c2pa",
]
