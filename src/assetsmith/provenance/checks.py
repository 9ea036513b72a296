"""The individual checks `verify` runs: envelope and signature, key trust, subjects, the
manifest summary, and the wallet's authorisation. Each adds what it found to a VerifyReport."""

from __future__ import annotations

import json
import time

from .dsse import PAYLOAD_TYPE, STATEMENT_TYPE, canonical_json, pae, read_envelopes, sha256_hex
from .keys import keyid_of, load_public_key, verify_signature
from .report import VerifyReport
from .sources import safe_name


def check_envelope(
    report: VerifyReport,
    data: bytes | None,
    fname: str,
    *,
    predicate_type: str,
    keyring: dict[str, dict],
) -> dict | None:
    """Parse and verify a one-envelope `.intoto.jsonl`; returns the statement (None if unusable).

    The file must be exactly the canonical form that was written, so a change to any byte, even
    one that keeps the JSON equivalent, is reported."""
    if data is None:
        report.add(
            "statement",
            False,
            "missing: no signed statement (the pack is unsigned or it was deleted)",
            fname,
        )
        return None
    try:
        envs = read_envelopes(data)
        env = envs[0]
        stmt = env.statement()
    except ValueError as exc:
        report.add("statement", False, f"unreadable: {exc}", fname)
        return None
    if len(envs) != 1 or data != env.to_line():
        report.add("statement", False, "modified: not the exact envelope that was written", fname)
    if env.payload_type != PAYLOAD_TYPE or stmt.get("_type") != STATEMENT_TYPE:
        report.add("statement", False, "not an in-toto Statement v1 in a DSSE envelope", fname)
        return None
    if stmt.get("predicateType") != predicate_type:
        report.add(
            "statement", False, f"unexpected predicate type {stmt.get('predicateType')!r}", fname
        )
        return None
    signer = (stmt.get("predicate") or {}).get("signer") or {}
    try:
        key = load_public_key(signer["publicKey"])
    except (KeyError, TypeError, ValueError):
        report.add("signature", False, "the statement names no usable public key", fname)
        return stmt
    keyid = keyid_of(key)
    if keyid != signer.get("keyid") or keyid != env.keyid:
        report.add(
            "signature", False, "the key id does not match the statement's public key", fname
        )
        return stmt
    report.keyid = report.keyid or keyid
    if not verify_signature(key, env.signature, pae(env.payload_type, env.payload)):
        report.add("signature", False, f"the signature does not verify with key {keyid}", fname)
        return stmt
    report.add(
        "signature", True, f"valid {signer.get('algorithm')} signature by key {keyid}", fname
    )
    entry = keyring.get(keyid)
    if entry:
        report.trusted = True
        report.add(
            "trust", True, f"trusted: key {keyid} is in the keyring as '{entry.get('name')}'", fname
        )
    else:
        report.add(
            "trust",
            True,
            f"valid, untrusted: key {keyid} is not in the keyring",
            fname,
            status="untrusted",
        )
    return stmt


def check_subjects(
    report: VerifyReport, stmt: dict, source, *, ignore: set[str], prefix: str = ""
) -> None:
    """Every subject present with its digest; nothing present that is not a subject."""
    subjects: dict[str, str | None] = {}
    for s in stmt.get("subject") or []:
        name, digest = s.get("name"), (s.get("digest") or {}).get("sha256")
        if not isinstance(name, str) or not safe_name(name) or name in subjects:
            report.add(
                "subjects", False, f"the statement has an unsafe or repeated subject name {name!r}"
            )
            continue
        subjects[name] = digest
    good = 0
    for name, digest in sorted(subjects.items()):
        actual = source.sha256(name)
        if actual is None:
            report.add(
                "file",
                False,
                "missing: listed in the signed statement but not present",
                prefix + name,
            )
        elif actual != digest:
            report.add(
                "file", False, "modified: its sha256 differs from the signed digest", prefix + name
            )
        else:
            good += 1
    for name in source.names():
        if name not in subjects and name not in ignore:
            report.add(
                "file", False, "added: present but not in the signed statement", prefix + name
            )
    for name, why in source.problems:
        report.add("file", False, f"refused: {why}", prefix + name)
    where = f"{prefix.rstrip('/:')}: " if prefix else ""
    report.add(
        "files",
        good == len(subjects),
        f"{where}{good} of {len(subjects)} signed files match their digests",
    )


def check_manifest_summary(
    report: VerifyReport, manifest: bytes | None, stmt: dict, fname: str
) -> None:
    """manifest.json's provenance summary agrees with the statement it sits beside."""
    try:
        block = json.loads(manifest or b"")["provenance"]  # no manifest: the except below
    except (TypeError, ValueError, KeyError):
        report.add("manifest", False, "manifest.json has no readable provenance summary", fname)
        return
    pred = stmt.get("predicate") or {}
    expected = sha256_hex(canonical_json(pred))
    same = (
        block.get("keyid") == (pred.get("signer") or {}).get("keyid")
        and (block.get("predicateDigest") or {}).get("sha256") == expected
        and block.get("wallet") == (pred.get("creator") or {}).get("wallet")
    )
    report.add(
        "manifest",
        same,
        "the manifest's provenance summary matches the statement"
        if same
        else "the manifest's provenance summary does not match the statement",
        fname,
    )


def check_creator(
    report: VerifyReport, stmt: dict, fname: str, *, now: float | None = None
) -> None:
    """The wallet identity: the authorisation recovers to the wallet, names this key, is in date."""
    creator = (stmt.get("predicate") or {}).get("creator") or {}
    wallet = creator.get("wallet")
    if not wallet:
        report.add("wallet", True, "no creator wallet is linked to this statement", fname)
        return
    report.wallet = wallet
    from ..errors import ExtraMissing
    from .wallet import check_authorization

    keyid = ((stmt.get("predicate") or {}).get("signer") or {}).get("keyid")
    auth = creator.get("authorization") or {}
    try:
        problems = check_authorization(auth, keyid=keyid, now=time.time() if now is None else now)
    except ExtraMissing as exc:
        report.add(
            "wallet",
            False,
            f"cannot check the wallet authorisation: {exc.message} {exc.hint}",
            fname,
        )
        return
    if (auth.get("typedData") or {}).get("message", {}).get("wallet") != wallet:
        problems.append("the authorisation is for another wallet")
    if problems:
        report.add("wallet", False, f"wallet {wallet}: " + "; ".join(problems), fname)
    else:
        until = auth["typedData"]["message"]["expires"]
        from .wallet import iso

        report.add(
            "wallet", True, f"wallet {wallet} authorised key {keyid} until {iso(until)}", fname
        )
