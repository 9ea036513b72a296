"""Peak memory of an image audit (issue 13): the worst images the server accepts, each audited in a
fresh process, against main's decode path measured in the same run.

Images (written once to a temp folder; sizes follow `originality_max_pixels`, default 64,000,000):
- png-rgb:   the issue's case, a 7999x8000 RGB PNG of flat blocks (a few hundred KB on the wire);
- png-rgba:  the same size with an alpha channel (Pillow's widest 8-bit mode, 4 bytes a pixel);
- png-p:     the same size, palette mode with transparency (1 byte a pixel decoded, 4 as RGBA);
- jpeg:      7999x8000 JPEG (decoded at 1/2 scale by the DCT);
- over:      8001x8000 PNG, just over the limit: refused from its header.

Each (image, path) runs in its own subprocess, everything imported and opened first; the child
resets its peak RSS (VmHWM) just before the call and reports it after the whole `audit_upload`
(decode, descriptor, hashes, corpus search on an empty corpus) with its RSS at the reset, so the
figure printed is the audit's own peak over that baseline.
"new" is this tree's `originality.service.audit_upload`; "main" feeds main's decode (copied
below verbatim: full-size RGBA, then float compositing over the whole image) into the same
fingerprint and audit code.

    PYTHONPATH=src python benchmarks/audit_memory.py              # 3 runs per case
    PYTHONPATH=src python benchmarks/audit_memory.py --repeats 1 --cases png-rgb
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> float:
    """Reset this process's peak RSS to its current RSS (Linux: clear_refs 5) and return it (MB).
    ru_maxrss would not do: a child starts with its parent's RSS at fork as its high-water mark."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _status_mb("VmRSS")


def peak_mb() -> float:
    """Peak RSS since the last reset_peak (MB)."""
    return _status_mb("VmHWM")


W, H = 7999, 8000
CASES = ("png-rgb", "png-rgba", "png-p", "jpeg", "over")


def make_image(case: str, folder: Path) -> Path:
    import numpy as np
    from PIL import Image

    path = folder / f"{case}.{'jpg' if case == 'jpeg' else 'png'}"
    if path.exists():
        return path
    w, h = (W + 2, H) if case == "over" else (W, H)
    rng = np.random.default_rng(7)
    small = Image.fromarray(rng.integers(0, 255, (32, 32, 4), dtype=np.uint8), "RGBA")
    if case in ("png-rgb", "jpeg", "over"):
        small = small.convert("RGB")
    elif case == "png-p":
        small = small.convert("RGB").quantize(64)
    # Flat blocks of ~250 px: a few hundred KB on the wire, like the 186 KB PNG.
    im = small.resize((w, h), Image.Resampling.NEAREST)
    if case == "png-p":
        im.info["transparency"] = 0
    buf = io.BytesIO()
    im.save(
        buf,
        "JPEG" if case == "jpeg" else "PNG",
        **({"quality": 85} if case == "jpeg" else {"optimize": False}),
    )
    path.write_bytes(buf.getvalue())
    return path


def _main_decode(data: bytes, *, name: str, max_pixels: int):
    """main's `decode_image` (before issue 13), verbatim but for its error messages."""
    import warnings

    import numpy as np
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        im = Image.open(io.BytesIO(data))
        w, h = im.size
        if w * h > max_pixels:
            raise ValueError("too large")
        im.seek(0)
        rgba = im.convert("RGBA")
    a = np.asarray(rgba)
    alpha = a[..., 3:4].astype(np.float32) / 255.0
    rgb = a[..., :3].astype(np.float32) * alpha + 128.0 * (1.0 - alpha)
    return (rgb + 0.5).astype(np.uint8)


def child(path: str, mode: str, data_dir: str) -> None:
    from assetsmith.errors import AssetsmithError
    from assetsmith.originality import fingerprint, service
    from assetsmith.originality.audit import audit_fingerprint
    from assetsmith.originality.manage import open_corpus
    from assetsmith.settings import Settings

    settings = Settings(data_dir=Path(data_dir))
    data = Path(path).read_bytes()
    corpus, embedder = open_corpus(settings)  # import and open everything before the baseline
    corpus.close()
    before = reset_peak()
    t0 = time.perf_counter()
    outcome = "ok"
    try:
        if mode == "new":
            service.audit_upload(data, settings)
        else:
            try:
                px = _main_decode(data, name="upload", max_pixels=settings.originality_max_pixels)
            except ValueError:
                outcome = "refused"
            else:
                digest = fingerprint.sha256(data)
                fp = fingerprint.Fingerprint(
                    "upload", "image", digest, embedder.id, files={"upload": digest}
                )
                fp.images = fingerprint.image_prints([("upload", px, digest)], embedder, False)
                corpus, _ = open_corpus(settings)
                try:
                    audit_fingerprint(fp, settings, corpus)
                finally:
                    corpus.close()
    except AssetsmithError as err:
        outcome = f"refused ({err.code}, HTTP {err.http_status})"
    peak = peak_mb()
    print(
        json.dumps(
            {
                "before_mb": before,
                "peak_mb": peak,
                "s": time.perf_counter() - t0,
                "outcome": outcome,
            }
        )
    )


def run_case(path: Path, mode: str, data_dir: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path), mode, str(data_dir)],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=600,
    )
    if out.returncode != 0:
        raise SystemExit(f"child failed ({path.name}, {mode}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    ap.add_argument(
        "--no-main", action="store_true", help="skip main's path (it needs ~3 GB a run)"
    )
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    folder = Path(tempfile.gettempdir()) / "assetsmith-audit-memory"
    folder.mkdir(exist_ok=True)
    print(
        f"audit peak memory, {args.repeats} run(s) per case, each in a fresh process "
        "(peak RSS during the audit minus RSS before it; median [min..max])"
    )
    print(
        f"{'case':<10} {'file':>9} {'path':<5} {'peak over baseline MB':>24} {'seconds':>8}  outcome"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for case in args.cases:
            path = make_image(case, folder)
            medians = {}
            for mode in ("main", "new") if not args.no_main else ("new",):
                runs = [run_case(path, mode, Path(tmp) / "data") for _ in range(args.repeats)]
                deltas = [r["peak_mb"] - r["before_mb"] for r in runs]
                secs = statistics.median(r["s"] for r in runs)
                medians[mode] = statistics.median(deltas)
                print(
                    f"{case:<10} {path.stat().st_size / 1024:>7.0f}KB {mode:<5} "
                    f"{medians[mode]:>9.0f} [{min(deltas):.0f}..{max(deltas):.0f}]{'':>6} {secs:>8.2f}  "
                    f"{runs[0]['outcome']}"
                )
            if "main" in medians and medians["new"] > 0:
                print(f"{'':<10} {'':>9} ratio main/new: {medians['main'] / medians['new']:.1f}x")


if __name__ == "__main__":
    main()
