"""How long provenance adds to a job: signing a 10-file pack, verifying it, the run statement, and
Content Credentials per image.

    python benchmarks/provenance.py [--repeats 25] [--size 1024] [--json]

Target (2-core reference machine): the `provenance` stage adds at most 50 ms to a 10-file pack
with the file signer. The pack is ten files shaped like a real one: six texture PNGs and a preview
at --size pixels (noise plus structure, so they compress like textures), a GLB, spec.json and
manifest.json. Each figure is the median of --repeats runs, with min, max and the interquartile range.
"""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` (used by concurrent.futures)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

TARGET_SIGN_S = 0.050


def _texture(seed: int, size: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    base = (np.sin(x * 40 + seed) * 0.5 + 0.5)[..., None] * np.array([180, 120, 70])
    return np.clip(base + rng.normal(0, 12, (size, size, 3)), 0, 255).astype(np.uint8)


def ten_file_pack(size: int) -> tuple[dict[str, bytes], dict, dict]:
    """The pack's files (without manifest.json), the manifest's body and the spec."""
    from assetsmith.formats.png import encode_png

    spec = {
        "asset_id": "crate",
        "variants": [{"variant_id": "default"}],
        "materials": [{"id": "wood"}, {"id": "iron"}],
        "generation": {"seed": 3},
    }
    files = {}
    for i, mat in enumerate(("wood", "iron")):
        for j, role in enumerate(("albedo", "normal", "orm")):
            files[f"Textures/crate/default_{mat}_{role}.png"] = encode_png(
                _texture(3 * i + j, size), srgb=role == "albedo"
            )
    files["Previews/crate_materials.png"] = encode_png(_texture(99, 512), srgb=True)
    files["Models/crate/crate.glb"] = np.random.default_rng(1).bytes(400_000)
    files["spec.json"] = json.dumps(spec, indent=2).encode()
    manifest = {
        "created_at": "1980-01-01T00:00:00Z",
        "build_id": "b_bench",
        "toolchain": {"image_pipeline": "assetsmith.materials (numpy, procedural)"},
        "materials": [
            {"textures": {"albedo": f"Textures/crate/default_{m}_albedo.png"}}
            for m in ("wood", "iron")
        ],
        "files": [
            {
                "path": p,
                "sha256": hashlib.sha256(b).hexdigest(),
                "bytes": len(b),
            }  # as layout writes it
            for p, b in sorted(files.items())
        ],
    }
    return files, manifest, spec


def stats(name: str, samples: list[float], target: float | None = None) -> dict:
    med = statistics.median(samples)
    q = statistics.quantiles(samples, n=4)
    verdict = (
        f"  target {target * 1000:.0f} ms [{'met' if med <= target else 'MISSED'}]"
        if target
        else ""
    )
    print(
        f"{name:>34}: median {med * 1000:7.2f} ms  (min {min(samples) * 1000:.2f}, max {max(samples) * 1000:.2f},"
        f" IQR {q[0] * 1000:.2f}-{q[2] * 1000:.2f}){verdict}"
    )
    return {
        "median_ms": med * 1000,
        "min_ms": min(samples) * 1000,
        "max_ms": max(samples) * 1000,
        "iqr_ms": [q[0] * 1000, q[2] * 1000],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=25)
    ap.add_argument("--size", type=int, default=1024, help="Texture size of the six maps.")
    ap.add_argument(
        "--real",
        type=int,
        default=0,
        metavar="N",
        help="Also run N real 1024 px jobs and report their provenance and attest stages.",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import assetsmith
    from assetsmith.pipeline.context import JobContext
    from assetsmith.pipeline.plan import plan
    from assetsmith.pipeline.request import JobRequest

    files, manifest, spec = ten_file_pack(args.size)
    mb = sum(map(len, files.values())) / 1e6
    print(f"pack: {len(files)} files, {mb:.1f} MB; {args.repeats} repeats")
    out = {"files": len(files), "megabytes": mb}
    with tempfile.TemporaryDirectory() as tmp:
        for label, uri in (("file ed25519", None), ("file p256", f"file:{tmp}/p256.pem?alg=p256")):
            settings = assetsmith.Settings(
                data_dir=Path(tmp) / label.replace(" ", "_"), signing_key=uri
            )
            request = JobRequest.parse({"prompt": "crate"})
            sign, verify, attest, creds = [], [], [], []
            for i in range(args.repeats + 1):
                job = Path(tmp) / f"{label}-{i}".replace(" ", "_")
                job.mkdir()
                ctx = JobContext(
                    request=request, job_id=f"j{i}", build_id="b_bench", staging_dir=job
                )
                ctx.spec, ctx.files, ctx.manifest = (
                    json.loads(json.dumps(spec)),
                    dict(files),
                    dict(manifest),
                )
                provenance, package = plan(settings, ("provenance", "package"))
                [attest_stage] = plan(
                    settings.model_copy(update={"content_credentials": "off"}), ("attest",)
                )
                t0 = time.perf_counter()
                provenance.run(ctx)  # open the signer, predicate, seal the manifest, hash, sign
                t1 = time.perf_counter()
                package.run(ctx)
                t2 = time.perf_counter()
                attest_stage.run(ctx)  # run statement over pack.zip, no credentials
                t3 = time.perf_counter()
                report = assetsmith.verify(job / "pack", settings=settings)
                t4 = time.perf_counter()
                assert report.ok
                if i:  # the first run creates the key: not what a job pays
                    sign.append(t1 - t0)
                    attest.append(t3 - t2)
                    verify.append(t4 - t3)
            out[label] = {
                "sign": stats(f"{label}: sign pack (stage)", sign, TARGET_SIGN_S),
                "verify": stats(f"{label}: verify pack folder", verify),
                "run_statement": stats(f"{label}: run statement (attest)", attest),
            }
        try:
            from assetsmith.provenance.c2pa_certs import init_chain
            from assetsmith.provenance.credentials import embed_credentials

            chain, _ = init_chain(settings)
            png = files["Textures/crate/default_wood_albedo.png"]
            for _ in range(min(args.repeats, 10)):
                t0 = time.perf_counter()
                embed_credentials(
                    png,
                    chain,
                    title="a.png",
                    source="algorithmic",
                    pack_path="a.png",
                    sha256="0" * 64,
                    build_id="b",
                )
                creds.append(time.perf_counter() - t0)
            out["c2pa_per_image"] = stats(f"C2PA embed, one {args.size}px albedo", creds)
        except ImportError:
            print("c2pa-python not installed: Content Credentials not measured")
    if args.real:
        out["real_job"] = real_jobs(args.real)
    if args.json:
        print(json.dumps(out, indent=2))


def real_jobs(n: int) -> dict:
    """Real 1024 px barrel jobs: the provenance and attest stage timings, and verifying the job folder."""
    import assetsmith

    with tempfile.TemporaryDirectory() as tmp:
        settings = assetsmith.Settings(data_dir=Path(tmp), jobs_max_count=3)
        assetsmith.run_job(
            "wooden barrel with iron bands", resolution=1024, settings=settings
        )  # key, chain, caches
        prov, attest, verify = [], [], []
        for _ in range(n):
            result = assetsmith.run_job(
                "wooden barrel with iron bands", resolution=1024, settings=settings
            )
            prov.append(result.timings["provenance"])
            attest.append(result.timings["attest"])
            t0 = time.perf_counter()
            assert assetsmith.verify(result.zip_path.parent, settings=settings).ok
            verify.append(time.perf_counter() - t0)
        files = len(result.artifacts)
    print(f"real 1024 px job ({files} files):")
    return {
        "files": files,
        "provenance": stats("provenance stage", prov, TARGET_SIGN_S),
        "attest": stats("attest stage (run statement + C2PA)", attest),
        "verify_job": stats("verify job folder", verify),
    }


if __name__ == "__main__":
    main()
