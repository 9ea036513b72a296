"""`verify`: a pack folder, a pack.zip, a job folder (pack, pack.zip, run statement, credentials)
or a single file, against the signed statements that cover it."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

from ..errors import NotFound
from ..settings import Settings
from .checks import check_creator, check_envelope, check_manifest_summary, check_subjects
from .dsse import read_envelopes, sha256_hex
from .keyring import trusted_keys
from .paths import c2pa_dir
from .report import VerifyReport
from .sources import DirSource, ListedFiles, ZipSource
from .statement import EXPORT_PREDICATE, PACK_PREDICATE, PROVENANCE_FILE, RUN_FILE, RUN_PREDICATE
from .verify_credentials import check_pack_credentials, check_png_credentials

MAX_PARENT_LEVELS = 8
MAX_EXPORT_STATEMENTS = 32  # export statements looked at per folder when finding a file's statement
MAX_STATEMENT_BYTES = 64 * 1024 * 1024


def verify_source(
    source,
    *,
    target: str,
    kind: str,
    keyring: dict,
    now: float,
    prefix: str = "",
    anchor: bytes | None = None,
) -> VerifyReport:
    """Verify a pack (DirSource or ZipSource) against its own provenance.intoto.jsonl, and the
    Content Credentials in its PNGs (`anchor`: our C2PA CA, for a Trusted verdict)."""
    report = VerifyReport(target, kind)
    data = source.read(PROVENANCE_FILE)
    if data is None and _declared_unsigned(source.read("manifest.json")):
        report.add(
            "statement",
            False,
            "the pack is unsigned: signing was turned off when it was built",
            prefix + PROVENANCE_FILE,
        )
        return report
    stmt = check_envelope(
        report, data, prefix + PROVENANCE_FILE, predicate_type=PACK_PREDICATE, keyring=keyring
    )
    if stmt is None:
        return report
    check_subjects(report, stmt, source, ignore={PROVENANCE_FILE}, prefix=prefix)
    check_manifest_summary(report, source.read("manifest.json"), stmt, prefix + "manifest.json")
    check_creator(report, stmt, prefix + PROVENANCE_FILE, now=now)
    check_pack_credentials(report, source, anchor=anchor, prefix=prefix)
    return report


def _declared_unsigned(manifest: bytes | None) -> bool:
    try:
        return json.loads(manifest or b"")["provenance"]["signed"] is False
    except (TypeError, ValueError, KeyError):
        return False


class _JobFiles:
    """The job folder's own file the run statement covers: pack.zip."""

    def __init__(self, folder: Path) -> None:
        self._dir = DirSource(folder)
        self.problems: list[tuple[str, str]] = []

    def names(self) -> list[str]:
        return [n for n in self._dir.names() if n == "pack.zip"]

    def sha256(self, name: str) -> str | None:
        return self._dir.sha256(name)


def verify_job(folder: Path, *, settings: Settings, keyring: dict, now: float) -> VerifyReport:
    """A job folder: the pack folder, the pack.zip, the run statement and the credential copies."""
    report = VerifyReport(folder.name, "job")
    anchor = _anchor(settings)
    pack = verify_source(
        DirSource(folder / "pack"),
        target="pack",
        kind="pack",
        keyring=keyring,
        now=now,
        prefix="pack/",
        anchor=anchor,
    )
    report.merge(pack)
    if (folder / "pack.zip").is_file():
        zipped = verify_zip_bytes(
            folder / "pack.zip",
            keyring=keyring,
            now=now,
            target="pack.zip",
            prefix="pack.zip:",
            anchor=anchor,
        )
        report.merge(zipped)
    else:
        report.add("file", False, "missing: the job's pack.zip is not present", "pack.zip")
    run_bytes = (folder / RUN_FILE).read_bytes() if (folder / RUN_FILE).is_file() else None
    run = VerifyReport(RUN_FILE, "run")
    stmt = check_envelope(run, run_bytes, RUN_FILE, predicate_type=RUN_PREDICATE, keyring=keyring)
    report.merge(run)
    if stmt is None:
        return report
    check_subjects(report, stmt, _JobFiles(folder), ignore={RUN_FILE})
    same_key = run.keyid == pack.keyid
    report.add(
        "run",
        same_key,
        "the run statement is signed by the pack's key"
        if same_key
        else "the run statement is signed by another key than the pack",
        RUN_FILE,
    )
    pack_stmt = folder / "pack" / PROVENANCE_FILE
    want = (
        ((stmt.get("predicate") or {}).get("packStatement") or {}).get("digest", {}).get("sha256")
    )
    linked = pack_stmt.is_file() and sha256_hex(pack_stmt.read_bytes()) == want
    report.add(
        "run",
        linked,
        "the run statement names this pack's statement"
        if linked
        else "the run statement names another pack statement",
        RUN_FILE,
    )
    return report


def _anchor(settings: Settings) -> bytes | None:
    """Our Content Credentials CA (keys init makes it), the trust anchor for a Trusted verdict."""
    path = c2pa_dir(settings) / "ca.pem"
    return path.read_bytes() if path.is_file() else None


def _export_subjects(stmt_path: Path) -> set[str]:
    """The subject names of an export statement file (empty for anything else)."""
    try:
        if stmt_path.stat().st_size > MAX_STATEMENT_BYTES:
            return set()
        stmt = read_envelopes(stmt_path.read_bytes())[0].statement()
    except (OSError, ValueError):
        return set()
    if stmt.get("predicateType") != EXPORT_PREDICATE:
        return set()
    return {
        s["name"]
        for s in stmt.get("subject") or []
        if isinstance(s, dict) and isinstance(s.get("name"), str)
    }


def _covering_statement(path: Path) -> tuple[Path, str] | None:
    """The statement that covers `path`: `<stem>.intoto.jsonl` beside it, else the nearest folder
    above with a pack's provenance.intoto.jsonl or an export statement that names the file (a
    USD's texture, a sequence's frame)."""
    sibling = path.with_name(path.name.split(".")[0] + ".intoto.jsonl")
    if sibling.is_file() and sibling != path:
        return sibling, path.name
    for level, parent in enumerate(path.parents):
        if level >= MAX_PARENT_LEVELS:
            break
        rel = path.relative_to(parent).as_posix()
        if (parent / PROVENANCE_FILE).is_file():
            return parent / PROVENANCE_FILE, rel
        candidates = sorted(
            p for p in parent.glob("*.intoto.jsonl") if p.name != RUN_FILE and p.is_file()
        )
        for cand in candidates[:MAX_EXPORT_STATEMENTS]:
            if rel in _export_subjects(cand):
                return cand, rel
    return None


def verify_file(path: Path, *, settings: Settings, keyring: dict, now: float) -> VerifyReport:
    """One file: a statement file itself, or a file some statement above or beside it covers."""
    report = VerifyReport(path.name, "file")
    if path.name.endswith(".intoto.jsonl"):
        data = path.read_bytes()
        try:
            ptype = read_envelopes(data)[0].statement().get("predicateType")
        except ValueError:
            ptype = PACK_PREDICATE
        ptype = (
            ptype if ptype in (PACK_PREDICATE, RUN_PREDICATE, EXPORT_PREDICATE) else PACK_PREDICATE
        )
        stmt = check_envelope(report, data, path.name, predicate_type=ptype, keyring=keyring)
        if stmt:
            check_subjects(report, stmt, ListedFiles(path.parent), ignore=set())
            check_creator(report, stmt, path.name, now=now)
        return report
    found = _covering_statement(path)
    if found is None and path.suffix.lower() != ".png":
        report.add("statement", False, "no signed statement covers this file", path.name)
    if found is not None:
        stmt_path, rel = found
        stmt = check_envelope(
            report,
            stmt_path.read_bytes(),
            stmt_path.name,
            predicate_type=_ptype(stmt_path),
            keyring=keyring,
        )
        if stmt:
            digest = {
                s.get("name"): (s.get("digest") or {}).get("sha256")
                for s in stmt.get("subject") or []
            }.get(rel)
            ok = digest is not None and digest == sha256_hex(path.read_bytes())
            report.add(
                "file",
                ok,
                "matches its signed digest"
                if ok
                else (
                    "modified: its sha256 differs from the signed digest"
                    if digest
                    else "not in the signed statement"
                ),
                rel,
            )
            if stmt.get("predicateType") == EXPORT_PREDICATE:
                # an export is verified whole: its USD is not valid with a changed texture, nor a
                # sequence with a changed frame
                check_subjects(report, stmt, ListedFiles(stmt_path.parent), ignore=set())
            check_creator(report, stmt, stmt_path.name, now=now)
    if path.suffix.lower() == ".png":
        from .credentials import has_c2pa

        if has_c2pa(path.read_bytes()):
            check_png_credentials(
                report,
                path.read_bytes(),
                path.name,
                anchor=_anchor(settings),
                anchor_trusts=found is None,
            )
        elif found is None:
            report.add(
                "credentials", False, "no Content Credentials and no signed statement", path.name
            )
    return report


def _ptype(stmt_path: Path) -> str:
    try:
        return (
            read_envelopes(stmt_path.read_bytes())[0].statement().get("predicateType")
            or PACK_PREDICATE
        )
    except ValueError:
        return PACK_PREDICATE


def require_trust(report: VerifyReport, *, signature_only: bool) -> VerifyReport:
    """The default trust rule: a signature by a key that is not trusted fails the report, unless
    the caller asked for a signature-only check (then it stays "valid, untrusted")."""
    if signature_only:
        return report
    hint = (
        "trust the signer with `assetsmith keys trust KEY.pem` if you know it, or check the "
        "signature only with --signature-only"
    )
    for c in report.checks:
        if c.status == "untrusted":
            c.status = "fail"
            c.detail = f"{c.detail}: {hint}"
    if not report.trusted and report.ok:
        report.add("trust", False, f"no signature by a trusted key covers this: {hint}")
    return report


def verify_path(
    path: Path,
    settings: Settings,
    *,
    require_trusted: bool = True,
    keyring_file: Path | None = None,
    now: float | None = None,
    signature_only: bool = False,
) -> VerifyReport:
    """Verify a pack folder, pack.zip, job folder or single file; never raises for bad content.

    A signature by a key that is neither in the keyring nor this installation's own fails, unless
    `signature_only` (`require_trusted` is the default and kept for callers that pass it)."""
    path = Path(path)
    keyring = trusted_keys(settings, keyring_file)
    now = time.time() if now is None else now
    if (
        path.is_dir()
        and (path / "pack").is_dir()
        and ((path / "pack.zip").is_file() or (path / RUN_FILE).is_file())
    ):
        report = verify_job(path, settings=settings, keyring=keyring, now=now)
    elif path.is_dir():
        report = verify_source(
            DirSource(path),
            target=path.name,
            kind="pack",
            keyring=keyring,
            now=now,
            anchor=_anchor(settings),
        )
    elif path.is_file() and path.suffix.lower() == ".zip":
        report = verify_zip_bytes(
            path, keyring=keyring, now=now, target=path.name, anchor=_anchor(settings)
        )
    elif path.is_file():
        report = verify_file(path, settings=settings, keyring=keyring, now=now)
    else:
        raise NotFound(
            f"Nothing to verify at '{path.name}'.",
            "Give a pack folder, a pack.zip, a job folder or a file.",
        )
    return require_trust(report, signature_only=signature_only)


def verify_zip_bytes(
    data: Path | bytes,
    *,
    keyring: dict,
    now: float,
    target: str = "upload.zip",
    prefix: str = "",
    anchor: bytes | None = None,
) -> VerifyReport:
    """Verify a pack.zip given as a path or as bytes (an upload), without extracting it."""
    try:
        src = ZipSource(data)
    except (zipfile.BadZipFile, OSError, ValueError):
        report = VerifyReport(target, "zip")
        report.add("zip", False, "not a readable zip file", target)
        return report
    try:
        return verify_source(
            src, target=target, kind="zip", keyring=keyring, now=now, prefix=prefix, anchor=anchor
        )
    finally:
        src.close()
