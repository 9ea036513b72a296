"""The tamper matrix: on a real signed pack, changing one byte of any file, deleting any file, or
adding a stray file makes `verify` fail and name the file; the job folder and pack.zip likewise."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

import assetsmith
from assetsmith.provenance import PROVENANCE_FILE, RUN_FILE
from assetsmith.settings import Settings

from .helpers import build_small_job, flip_byte

pytestmark = pytest.mark.slow  # whole jobs


def pack_files(pack: Path) -> list[str]:
    return sorted(p.relative_to(pack).as_posix() for p in pack.rglob("*") if p.is_file())


def _fails_naming(report, name: str) -> None:
    assert not report.ok, f"verify passed although {name} was tampered with"
    assert name in report.failed_files, (name, [(c.file, c.detail) for c in report.failures])


def test_real_pack_verifies_and_is_signed_by_default(real_job):
    settings, result = real_job
    files = pack_files(result.pack_dir)
    assert PROVENANCE_FILE in files and len(files) >= 10
    for target in (result.pack_dir, result.zip_path, result.zip_path.parent):
        report = assetsmith.verify(target, settings=settings)
        assert report.ok, [(c.file, c.detail) for c in report.failures]
    manifest = json.loads((result.pack_dir / "manifest.json").read_text())
    assert manifest["provenance"]["signed"] is True and manifest["provenance"]["signer"] == "file"
    assert {f["path"] for f in manifest["files"]} == set(files) - {"manifest.json", PROVENANCE_FILE}
    assert (result.zip_path.parent / RUN_FILE).is_file()


@pytest.mark.parametrize("mutation", ["flip", "delete"])
def test_every_pack_file_is_covered(real_job, mutation):
    settings, result = real_job
    pack = result.pack_dir
    for rel in pack_files(pack):
        path = pack / rel
        original = path.read_bytes()
        try:
            if mutation == "flip":
                flip_byte(path)
            else:
                path.unlink()
            _fails_naming(assetsmith.verify(pack, settings=settings), rel)
        finally:
            path.write_bytes(original)
    assert assetsmith.verify(pack, settings=settings).ok


@pytest.mark.parametrize(
    "stray", ["stray.txt", "Textures/extra_albedo.png", "Models/deep/new/file.glb", ".hidden"]
)
def test_stray_files_are_named(real_job, stray):
    settings, result = real_job
    path = result.pack_dir / stray
    created_dirs = [p for p in path.parents if not p.exists()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not part of the pack")
    try:
        _fails_naming(assetsmith.verify(result.pack_dir, settings=settings), stray)
    finally:
        path.unlink()
        for d in created_dirs:
            shutil.rmtree(d, ignore_errors=True)


def test_every_byte_of_the_statement_matters(small_job, settings):
    """Even changes that keep the JSON equivalent (whitespace, the final newline) are caught."""
    stmt = small_job / "pack" / PROVENANCE_FILE
    original = stmt.read_bytes()
    for offset in (0, 1, len(original) // 3, len(original) - 2, len(original) - 1):
        flip_byte(stmt, offset)
        try:
            _fails_naming(assetsmith.verify(small_job / "pack", settings=settings), PROVENANCE_FILE)
        finally:
            stmt.write_bytes(original)


def _rezip(
    src: Path,
    dest: Path,
    *,
    drop: str | None = None,
    change: str | None = None,
    add: str | None = None,
):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == drop:
                continue
            if info.filename == change:
                data = (
                    data[: len(data) // 2]
                    + bytes([data[len(data) // 2] ^ 1])
                    + data[len(data) // 2 + 1 :]
                )
            zout.writestr(info, data)
        if add:
            zout.writestr(add, b"stray")


def test_zip_entries_are_covered(real_job, tmp_path):
    settings, result = real_job
    with zipfile.ZipFile(result.zip_path) as zf:
        names = zf.namelist()
    bad = tmp_path / "bad.zip"
    for name in names:
        for how in ("change", "drop"):
            _rezip(result.zip_path, bad, **{how: name})
            _fails_naming(assetsmith.verify(bad, settings=settings), name)
    _rezip(result.zip_path, bad, add="Textures/stray.png")
    _fails_naming(assetsmith.verify(bad, settings=settings), "Textures/stray.png")
    _rezip(result.zip_path, bad, add="../escape.txt")
    _fails_naming(assetsmith.verify(bad, settings=settings), "../escape.txt")


def test_an_upload_is_verified_in_memory(real_job):
    settings, result = real_job
    data = result.zip_path.read_bytes()
    assert assetsmith.verify_upload(data, settings=settings).ok
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info) if info.filename != "spec.json" else b"{}")
    report = assetsmith.verify_upload(buf.getvalue(), settings=settings)
    _fails_naming(report, "spec.json")
    assert not assetsmith.verify_upload(b"not a zip", settings=settings).ok


def test_every_job_folder_file_is_covered(small_job, settings):
    assert assetsmith.verify(small_job, settings=settings).ok
    for rel in pack_files(small_job):
        path = small_job / rel
        original = path.read_bytes()
        try:
            flip_byte(path)
            _fails_naming(assetsmith.verify(small_job, settings=settings), rel)
            path.unlink()
            _fails_naming(assetsmith.verify(small_job, settings=settings), rel)
        finally:
            path.write_bytes(original)
    stray = small_job / "pack" / "Textures" / "crate" / "fake_albedo.png"
    stray.write_bytes(b"x")
    _fails_naming(
        assetsmith.verify(small_job, settings=settings), "pack/Textures/crate/fake_albedo.png"
    )


def test_a_stored_job_verifies_by_id(real_job):
    settings, result = real_job
    report = assetsmith.verify_job(result.job_id, settings=settings)
    assert report.ok and report.kind == "job"


def test_unsigned_pack_is_reported_unsigned(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "unsigned", sign=False)
    assert not (job / "pack" / PROVENANCE_FILE).exists() and not (job / RUN_FILE).exists()
    manifest = json.loads((job / "pack" / "manifest.json").read_text())
    assert manifest["provenance"] == {
        "signed": False,
        "reason": "signing was turned off by the request",
    }
    report = assetsmith.verify(job / "pack", settings=settings)
    assert not report.ok and "unsigned" in report.failures[0].detail
    summary = assetsmith.sign_pack(job / "pack", settings=settings)  # signing it afterwards
    assert summary["signed"] is True
    assert assetsmith.verify(job / "pack", settings=settings).ok


def test_own_key_is_trusted_from_its_creation(small_job, settings, tmp_path):
    """issue 13.8: no `keys init` needed for this installation's own packs."""
    report = assetsmith.verify(small_job, settings=settings)
    assert report.ok and report.trusted
    assert {c.status for c in report.checks if c.name == "trust"} == {"ok"}
    from assetsmith.provenance.keyring import load_keyring
    from assetsmith.provenance.paths import keyring_path

    assert report.keyid in load_keyring(keyring_path(settings))  # written when the key was made
    keyring_path(settings).unlink()  # a keyring from before this rule: the key file still counts
    assert assetsmith.verify(small_job, settings=settings).trusted
    # another machine's keyring does not know the key: not verified, unless signature-only
    other = assetsmith.verify(small_job, settings=settings, keyring=tmp_path / "empty.json")
    assert not other.ok and not other.trusted
    assert any(
        c.name == "trust" and c.status == "fail" and "--signature-only" in c.detail
        for c in other.checks
    )
    loose = assetsmith.verify(
        small_job, settings=settings, keyring=tmp_path / "empty.json", signature_only=True
    )
    assert loose.ok and not loose.trusted


def test_a_pack_re_signed_with_an_unknown_key_is_not_verified(small_job, settings, tmp_path):
    """issue 13.8: valid signature, untrusted key -> a failed verification by default."""
    pack = tmp_path / "resigned"
    shutil.copytree(small_job / "pack", pack)
    (pack / "Textures" / "forged.txt").write_text("added after the build")
    stranger = Settings(data_dir=tmp_path / "stranger")
    assetsmith.sign_pack(pack, settings=stranger)
    report = assetsmith.verify(pack, settings=settings)
    assert not report.ok and not report.trusted
    assert [c.name for c in report.failures] == ["trust"]
    assert assetsmith.verify(pack, settings=settings, signature_only=True).ok
    assetsmith.init_keys(settings=settings)  # keys init trusts only our own key
    assert not assetsmith.verify(pack, settings=settings).ok
