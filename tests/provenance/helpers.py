"""Helpers for the provenance tests (no mocks: real stages, real keys, real servers)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import numpy as np
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from assetsmith.formats.png import encode_png
from assetsmith.pipeline.context import JobContext, produced
from assetsmith.pipeline.plan import plan, stage_options
from assetsmith.pipeline.request import JobRequest
from assetsmith.pipeline.stage import AnyStage
from assetsmith.settings import Settings

SMALL_SPEC = {
    "asset_id": "crate",
    "variants": [{"variant_id": "default"}],
    "materials": [{"id": "wood"}, {"id": "iron"}],
    "generation": {"seed": 3},
}
PROCEDURAL = {"image_pipeline": "assetsmith.materials (numpy, procedural)"}


def _png(seed: int, size: int = 128) -> bytes:
    pixels = (np.random.default_rng(seed).random((size, size, 3)) * 255).astype(np.uint8)
    return encode_png(pixels, srgb=True)


def small_pack_files(toolchain: dict | None = None) -> dict[str, bytes]:
    """Ten files laid out like a pack, with a manifest naming the albedo maps."""
    files, manifest = small_pack_parts(toolchain)
    files["manifest.json"] = json.dumps(manifest, sort_keys=True, indent=2).encode()
    return files


def small_pack_parts(toolchain: dict | None = None) -> tuple[dict[str, bytes], dict]:
    """The small pack's files without manifest.json, and the manifest's body (what the layout
    stage leaves on the context)."""
    files = {}
    for i, mat in enumerate(("wood", "iron")):
        for j, role in enumerate(("albedo", "normal", "orm")):
            files[f"Textures/crate/default_{mat}_{role}.png"] = _png(10 * i + j)
    files["Previews/crate_materials.png"] = _png(99)
    files["Models/crate/crate.glb"] = b"glTF" + bytes(range(256)) * 8
    files["spec.json"] = json.dumps(SMALL_SPEC, sort_keys=True).encode()
    manifest = {
        "manifest_version": "0.2",
        "created_at": "1980-01-01T00:00:00Z",
        "toolchain": toolchain or PROCEDURAL,
        "assets": [SMALL_SPEC],
        "build_id": "b_small",
        "materials": [
            {
                "textures": {
                    r: f"Textures/crate/default_{m}_{r}.png" for r in ("albedo", "normal", "orm")
                }
            }
            for m in ("wood", "iron")
        ],
        "files": [
            {"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
            for p, b in sorted(files.items())
        ],
    }
    return files, manifest


def small_context(
    staging: Path | None, *, sign: bool = True, toolchain: dict | None = None
) -> JobContext:
    """A context as the layout stage leaves it for the small pack."""
    ctx = JobContext(
        request=JobRequest.parse({"prompt": "small crate", "sign": sign}),
        job_id="job_small",
        build_id="b_small",
        staging_dir=staging,
    )
    ctx.spec = json.loads(json.dumps(SMALL_SPEC))
    ctx.files, ctx.manifest = small_pack_parts(toolchain)
    ctx.model_toolchain = dict(toolchain or {})
    return ctx


def stage(name: str, settings: Settings) -> AnyStage:
    """The real stage `name` with its options from `settings`."""
    return plan(settings, [name])[0]


def with_credentials(ctx: JobContext, settings: Settings) -> None:
    """Embed Content Credentials in the small pack's PNGs as the materials and layout stages do
    (with the layout stage's options from `settings`), and record them and the new digests in the
    manifest's body."""
    from assetsmith.provenance.credentials_pack import credential_files

    pngs = sorted(p for p in ctx.files if p.endswith(".png"))
    ctx.files = credential_files(
        ctx, ctx.files, pngs, stage_options(settings)["layout"].credentials
    )
    manifest = produced(ctx.manifest, "manifest")
    manifest["content_credentials"] = ctx.content_credentials
    manifest["files"] = [
        {"path": p, "sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)}
        for p, b in sorted(ctx.files.items())
    ]


def build_small_job(
    settings: Settings, job_dir: Path, *, sign: bool = True, toolchain: dict | None = None
) -> Path:
    """Run the real credentials, provenance, package and attest stages over the small pack."""
    job_dir.mkdir(parents=True)
    ctx = small_context(job_dir, sign=sign, toolchain=toolchain)
    with_credentials(ctx, settings)
    for s in plan(settings, ("provenance", "package", "attest")):
        s.run(ctx)
        ctx.timings[s.name] = 0.01
    return job_dir


def flip_byte(path: Path, offset: int | None = None) -> bytes:
    """Flip one bit of one byte (the middle one by default); returns the original bytes."""
    data = path.read_bytes()
    i = len(data) // 2 if offset is None else offset
    path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :])
    return data


def make_tls_cert(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for localhost/127.0.0.1, as PEM files."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test signer CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


def wallet_sign(account, typed: dict) -> str:
    """What a wallet does for eth_signTypedData_v4: sign the EIP-712 typed data."""
    sig = account.sign_typed_data(full_message=typed).signature.hex()
    return sig if sig.startswith("0x") else "0x" + sig
