"""Content Credentials: the certificate chain `keys init` makes, and what the C2PA reader says
about the credentials embedded in every PNG of a pack (folder and pack.zip)."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile

import c2pa
import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

import assetsmith
from assetsmith.provenance import RUN_FILE
from assetsmith.provenance.credentials import (
    SOURCE_ASSERTION,
    SOURCE_TYPES,
    has_c2pa,
    read_credentials,
    strip_c2pa,
)
from assetsmith.provenance.dsse import read_envelopes
from assetsmith.settings import Settings

from .helpers import build_small_job, flip_byte


def test_keys_init_makes_a_chain_c2pa_accepts(settings):
    info = assetsmith.init_keys(settings=settings)
    assert info["c2pa"]["created"] and info["trusted"]
    folder = settings.data_dir / "keys" / "c2pa"
    leaf, ca = x509.load_pem_x509_certificates((folder / "signer.pem").read_bytes())
    assert x509.load_pem_x509_certificates((folder / "ca.pem").read_bytes())[0] == ca
    bc = leaf.extensions.get_extension_for_class(x509.BasicConstraints)
    assert bc.critical and bc.value.ca is False
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    assert (
        ExtendedKeyUsageOID.EMAIL_PROTECTION
        in leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    )
    ski = leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ca_ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert (
        ski.digest
        and aki.key_identifier == ca_ski.digest
        and leaf.issuer == ca.subject != leaf.subject
    )
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is True
    for key in ("ca.key", "signer.key"):
        assert stat.S_IMODE((folder / key).stat().st_mode) == 0o600
    again = assetsmith.init_keys(settings=settings)  # idempotent
    assert not again["c2pa"]["created"] and again["c2pa"]["signer"] == info["c2pa"]["signer"]


def _reader_state(data: bytes, anchor: bytes | None) -> tuple[str, dict]:
    """Ask c2pa-python's Reader directly (the real checker), remote manifest fetch off."""
    cfg = {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    if anchor:
        cfg["trust"] = {"trust_anchors": anchor.decode()}
        cfg["verify"]["verify_trust"] = True
    ctx = c2pa.Context.builder().with_settings(c2pa.Settings.from_dict(cfg)).build()
    reader = c2pa.Reader("image/png", io.BytesIO(data), context=ctx)
    try:
        return reader.get_validation_state(), json.loads(reader.json())
    finally:
        reader.close()


def _pngs(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.png"))


def _check_image(data: bytes, rel: str, anchor: bytes, source_type: str = "algorithmic") -> None:
    state, report = _reader_state(data, None)
    assert state == "Valid", rel
    state, report = _reader_state(data, anchor)
    assert state == "Trusted", rel
    manifest = report["manifests"][report["active_manifest"]]
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))[
        "data"
    ]["actions"]
    assert actions[0]["action"] == "c2pa.created"
    assert actions[0]["digitalSourceType"] == SOURCE_TYPES[source_type]
    source = next(a for a in manifest["assertions"] if a["label"] == SOURCE_ASSERTION)["data"]
    assert (
        source["path"] == rel and source["sha256"] == hashlib.sha256(strip_c2pa(data)).hexdigest()
    )


def test_every_png_in_pack_and_zip_carries_valid_trusted_credentials(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job")
    anchor = (settings.data_dir / "keys" / "c2pa" / "ca.pem").read_bytes()
    rels = _pngs(job / "pack")
    assert rels == ["Previews/crate_materials.png"] + [
        f"Textures/crate/default_{m}_{r}.png"
        for m in ("iron", "wood")
        for r in ("albedo", "normal", "orm")
    ]
    with zipfile.ZipFile(job / "pack.zip") as zf:
        for rel in rels:
            data = (job / "pack" / rel).read_bytes()
            assert zf.read(rel) == data
            _check_image(data, rel, anchor)
    manifest = json.loads((job / "pack" / "manifest.json").read_text())
    assert manifest["content_credentials"]["embedded"] == len(rels)
    assert manifest["content_credentials"]["images"] == rels
    run = read_envelopes((job / RUN_FILE).read_bytes())[0].statement()
    assert {s["name"] for s in run["subject"]} == {"pack.zip"}
    assert run["predicate"]["contentCredentials"]["embedded"] == len(rels)
    assert not (job / "credentials").exists()


@pytest.mark.slow  # a whole job
def test_a_downloaded_real_pack_zip_has_valid_credentials_in_every_png(tmp_path):
    """The whole pipeline, then `jobs download --zip-only`: the C2PA reader, asked directly, finds
    valid credentials in every PNG of the zip a user gets."""
    settings = Settings(data_dir=tmp_path / "data", workers=2)
    result = assetsmith.run_job("small oak crate", resolution=512, settings=settings)
    out = tmp_path / "download"
    assetsmith.download_job(result.job_id, out, zip_only=True, settings=settings)
    anchor = (settings.data_dir / "keys" / "c2pa" / "ca.pem").read_bytes()
    with zipfile.ZipFile(out / "pack.zip") as zf:
        names = [n for n in zf.namelist() if n.endswith(".png")]
        assert any(n.startswith("Previews/") for n in names) and any(
            n.startswith("Textures/") for n in names
        )
        for name in names:
            _check_image(zf.read(name), name, anchor)
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["content_credentials"]["images"] == sorted(names)
    assert assetsmith.verify(out / "pack.zip", settings=settings).ok


def test_diffusion_textures_are_marked_trained_algorithmic_media(settings, tmp_path):
    job = build_small_job(
        settings,
        tmp_path / "job",
        toolchain={
            "image_pipeline": "comfyui:sdxl:model.safetensors (albedo) + assetsmith.materials.derive (normal, ORM from height)"
        },
    )
    data = (job / "pack" / "Textures" / "crate" / "default_wood_albedo.png").read_bytes()
    assert read_credentials(data)["source_type"] == SOURCE_TYPES["trained"]


def test_with_credentials_two_runs_differ_only_in_their_c2pa_chunks(settings, tmp_path):
    a = build_small_job(settings, tmp_path / "a")
    b = build_small_job(settings, tmp_path / "b")
    name = "pack/Previews/crate_materials.png"
    # c2pa salts every manifest at random: the credentialed bytes differ, the images do not
    assert (a / name).read_bytes() != (b / name).read_bytes()
    for rel in _pngs(a / "pack"):
        assert strip_c2pa((a / "pack" / rel).read_bytes()) == strip_c2pa(
            (b / "pack" / rel).read_bytes()
        )


def test_with_credentials_off_packs_are_byte_identical(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", content_credentials="off")
    a = build_small_job(settings, tmp_path / "a")
    b = build_small_job(settings, tmp_path / "b")
    assert (a / "pack.zip").read_bytes() == (b / "pack.zip").read_bytes()


def test_tampered_image_fails_its_credentials_and_its_digest(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job")
    image = job / "pack" / "Textures" / "crate" / "default_wood_albedo.png"
    flip_byte(image, len(image.read_bytes()) - 100)  # inside the image data the manifest hashes
    report = assetsmith.verify(job / "pack", settings=settings)
    assert not report.ok and any("C2PA Invalid" in c.detail for c in report.failures)
    assert "Textures/crate/default_wood_albedo.png" in report.failed_files
    single = assetsmith.verify(image, settings=settings)
    assert not single.ok and any("C2PA Invalid" in c.detail for c in single.failures)


def test_stripped_credentials_are_reported_missing(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job")
    image = job / "pack" / "Previews" / "crate_materials.png"
    image.write_bytes(strip_c2pa(image.read_bytes()))
    report = assetsmith.verify(job / "pack", settings=settings)
    assert any(
        c.file == "Previews/crate_materials.png" and "missing" in c.detail for c in report.failures
    )


def test_credentials_can_be_turned_off(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", content_credentials="off")
    job = build_small_job(settings, tmp_path / "job")
    assert not any(has_c2pa(p.read_bytes()) for p in (job / "pack").rglob("*.png"))
    manifest = json.loads((job / "pack" / "manifest.json").read_text())
    assert manifest["content_credentials"] == {
        "embedded": 0,
        "reason": "turned off (ASSETSMITH_CONTENT_CREDENTIALS=off)",
    }
    run = read_envelopes((job / RUN_FILE).read_bytes())[0].statement()
    assert run["predicate"]["contentCredentials"]["embedded"] == 0
    report = assetsmith.verify(job, settings=settings)
    assert report.ok and any(
        c.status == "unchecked" and "no Content Credentials" in c.detail for c in report.checks
    )
