"""Content Credentials: the certificate chain `keys init` makes, and what the C2PA reader says
about the credentialed preview and albedo images beside the pack."""

from __future__ import annotations

import io
import json
import stat

import c2pa
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

import assetsmith
from assetsmith.provenance import RUN_FILE
from assetsmith.provenance.credentials import SOURCE_TYPES, read_credentials, strip_c2pa
from assetsmith.provenance.dsse import read_envelopes

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
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    ski = leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ca_ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski.digest and aki.key_identifier == ca_ski.digest and leaf.issuer == ca.subject != leaf.subject
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


def test_preview_and_albedo_images_carry_valid_trusted_credentials(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job")
    creds = sorted(p.relative_to(job / "credentials").as_posix() for p in (job / "credentials").rglob("*.png"))
    assert creds == ["Previews/crate_materials.png", "Textures/crate/default_iron_albedo.png",
                     "Textures/crate/default_wood_albedo.png"]
    anchor = (settings.data_dir / "keys" / "c2pa" / "ca.pem").read_bytes()
    for rel in creds:
        data = (job / "credentials" / rel).read_bytes()
        state, report = _reader_state(data, None)
        assert state == "Valid"
        state, report = _reader_state(data, anchor)
        assert state == "Trusted"
        manifest = report["manifests"][report["active_manifest"]]
        actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))["data"]["actions"]
        assert actions[0]["action"] == "c2pa.created"
        assert actions[0]["digitalSourceType"] == SOURCE_TYPES["algorithmic"]
        assert strip_c2pa(data) == (job / "pack" / rel).read_bytes()  # the pack's own file, plus credentials
    run = read_envelopes((job / RUN_FILE).read_bytes())[0].statement()
    assert {s["name"] for s in run["subject"]} == {"pack.zip"} | {f"credentials/{r}" for r in creds}
    assert run["predicate"]["contentCredentials"]["embedded"] == 3


def test_diffusion_textures_are_marked_trained_algorithmic_media(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job", toolchain={
        "image_pipeline": "comfyui:sdxl:model.safetensors (albedo) + assetsmith.materials.derive (normal, ORM from height)"})
    data = (job / "credentials" / "Textures" / "crate" / "default_wood_albedo.png").read_bytes()
    assert read_credentials(data)["source_type"] == SOURCE_TYPES["trained"]


def test_credentials_stay_out_of_the_reproducible_pack(settings, tmp_path):
    a = build_small_job(settings, tmp_path / "a")
    b = build_small_job(settings, tmp_path / "b")
    assert (a / "pack.zip").read_bytes() == (b / "pack.zip").read_bytes()
    # c2pa salts every manifest at random: that is why the credentialed copies live beside the zip
    name = "credentials/Previews/crate_materials.png"
    assert (a / name).read_bytes() != (b / name).read_bytes()


def test_tampered_credentials_fail_verification(settings, tmp_path):
    job = build_small_job(settings, tmp_path / "job")
    image = job / "credentials" / "Textures" / "crate" / "default_wood_albedo.png"
    flip_byte(image, len(image.read_bytes()) - 100)  # inside the image data the manifest hashes
    report = assetsmith.verify(image, settings=settings)
    assert not report.ok and any("C2PA Invalid" in c.detail for c in report.failures)


def test_credentials_can_be_turned_off(tmp_path):
    from assetsmith.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", content_credentials="off")
    job = build_small_job(settings, tmp_path / "job")
    assert not (job / "credentials").exists()
    run = read_envelopes((job / RUN_FILE).read_bytes())[0].statement()
    assert run["predicate"]["contentCredentials"] == {"embedded": 0, "reason": "turned off"}
    assert assetsmith.verify(job, settings=settings).ok
