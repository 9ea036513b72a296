"""`verify`'s checks of Content Credentials: the C2PA manifests embedded in a pack's PNGs (in a
pack folder or a pack.zip) and in a single PNG.

For every credentialed image: the C2PA reader's verdict (Valid; Trusted when our CA is the trust
anchor), and that the manifest's `dev.assetsmith.source` names this file and the sha256 of the
image without its credentials (the deterministic build output). For a pack, manifest.json's
`content_credentials` block says which PNGs must carry credentials; a listed image without them
(stripped) fails, and so does an unlisted image with them.
"""

from __future__ import annotations

import json

from ..errors import ExtraMissing
from .dsse import sha256_hex
from .report import VerifyReport

MAX_IMAGES = 4096  # a pack lists a few dozen; bound what a hostile manifest can make us read


def check_png_credentials(
    report: VerifyReport,
    data: bytes,
    name: str,
    *,
    anchor: bytes | None,
    pack_path: str | None = None,
    anchor_trusts: bool = False,
) -> bool:
    """Check one PNG's embedded manifest; False when c2pa-python is missing (reported unchecked).

    `anchor_trusts`: a Trusted verdict (our CA is the chain's anchor) makes the report trusted; only
    for an image checked on its own, never inside a pack, whose trust is its statement's key."""
    from .credentials import read_credentials, strip_c2pa

    try:
        res = read_credentials(data, trust_anchor_pem=anchor)
    except ExtraMissing as exc:
        report.add("credentials", True, f"not checked: {exc.message}", name, status="unchecked")
        return False
    if res["state"] in ("Valid", "Trusted"):
        trust = (
            "Trusted (our CA is its anchor)"
            if res["state"] == "Trusted"
            else "Valid (chain not anchored here)"
        )
        report.add(
            "credentials", True, f"C2PA {trust}; {res['source_type'] or 'no source type'}", name
        )
        report.trusted = report.trusted or (anchor_trusts and res["state"] == "Trusted")
    else:
        report.add(
            "credentials",
            False,
            f"C2PA {res['state']}: {', '.join(res['failures']) or 'no manifest'}",
            name,
        )
        return True
    source = res.get("source") or {}
    try:
        content = sha256_hex(strip_c2pa(data))
    except ValueError:
        content = None
    same = source.get("sha256") == content and (
        pack_path is None or source.get("path") == pack_path
    )
    report.add(
        "credentials",
        same,
        "its credentials name this file and its image digest"
        if same
        else "its credentials name another file or another image",
        name,
    )
    return True


def check_pack_credentials(
    report: VerifyReport, source, *, anchor: bytes | None, prefix: str = ""
) -> None:
    """Every PNG of a pack (DirSource or ZipSource) against manifest.json's `content_credentials`."""
    from .credentials import has_c2pa

    try:
        block = json.loads(source.read("manifest.json")).get("content_credentials") or {}
    except (TypeError, ValueError, AttributeError):
        return  # the manifest check reports an unreadable manifest
    listed = block.get("images")
    if not isinstance(listed, list):
        listed = []
    pngs = [n for n in source.names() if n.lower().endswith(".png")]
    if not block.get("embedded"):
        reason = block.get("reason") or "none were embedded"
        report.add(
            "credentials",
            True,
            f"the pack's images carry no Content Credentials ({reason})",
            prefix + "manifest.json",
            status="unchecked",
        )
        return
    want = {n for n in listed[:MAX_IMAGES] if isinstance(n, str)}
    checked = 0
    for name in sorted(pngs)[:MAX_IMAGES]:
        data = source.read(name) or b""
        if name not in want:
            if has_c2pa(data):
                report.add(
                    "credentials", False, "credentials the manifest does not list", prefix + name
                )
            continue
        if not has_c2pa(data):
            report.add(
                "credentials",
                False,
                "missing: the manifest lists Content Credentials for this image",
                prefix + name,
            )
            continue
        if not check_png_credentials(report, data, prefix + name, anchor=anchor, pack_path=name):
            return  # c2pa-python is missing: one 'unchecked' line says so
        checked += 1
    for name in sorted(want - set(pngs)):
        report.add(
            "credentials",
            False,
            "missing: a credentialed image the manifest lists is not present",
            prefix + name,
        )
    report.add(
        "credentials",
        checked == len(want),
        f"{checked} of {len(want)} images carry valid Content Credentials",
        prefix + "manifest.json",
    )
