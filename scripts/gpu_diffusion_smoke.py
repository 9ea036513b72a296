#!/usr/bin/env python3
"""Smoke test and timings of the local diffusion backend on the GPU (CPU when there is none).

Builds the tiny random-weight SD pipeline in-process (nothing downloaded, HF_HUB_OFFLINE=1), runs
it through `DiffusersBackend` with circular padding, checks that the network really wraps around
(rolling the starting latents rolls the image) and prints timings as JSON lines, ending with one
summary line. Needs the package importable (pip install -e '.[diffusion]', or a CUDA torch plus
diffusers and transformers already installed).

    python scripts/gpu_diffusion_smoke.py                 # 64x64, 2 steps, 5 timed runs
    python scripts/gpu_diffusion_smoke.py --size 512 --steps 20 --runs 3 --require-cuda
    python scripts/gpu_diffusion_smoke.py --json "$OUT/diffusion_smoke.json"
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(
    0, str(Path(__file__).resolve().parents[1] / "src")
)  # run from a checkout without installing


def emit(record: dict) -> None:
    print(json.dumps(record, sort_keys=True), flush=True)


def wraparound_error(backend, torch, size: int, device: str) -> float:
    """Max |roll(image(L), s*f) - image(roll(L, s))|: ~0 only when every conv pads circularly."""
    pipe = backend._ready()
    lat_size = size // pipe.vae_scale_factor
    latents = torch.randn(1, 4, lat_size, lat_size, generator=torch.Generator().manual_seed(3)).to(
        device
    )
    shifted = torch.roll(latents, (2, 2), (2, 3))

    def image(lat):
        return pipe(
            "wood", num_inference_steps=2, height=size, width=size, latents=lat, output_type="np"
        ).images[0]

    import numpy as np

    f = 2 * pipe.vae_scale_factor
    return float(np.abs(np.roll(image(latents), (f, f), (0, 1)) - image(shifted)).max())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=64, help="image size (multiple of 8)")
    ap.add_argument("--steps", type=int, default=2)
    ap.add_argument("--runs", type=int, default=5, help="timed generations after one warm-up")
    ap.add_argument("--device", default="auto", choices=("auto", "cuda", "cpu"))
    ap.add_argument("--require-cuda", action="store_true", help="exit 2 when no GPU is visible")
    ap.add_argument("--json", type=Path, help="also write the summary here")
    args = ap.parse_args()

    t0 = time.perf_counter()
    try:
        import torch

        from assetsmith.backends.texture.base import TextureRequest
        from assetsmith.backends.texture.diffusers_local import DiffusersBackend
        from assetsmith.backends.texture.seams import seam_ratio
        from assetsmith.backends.texture.tiny_pipeline import build_tiny_pipeline
    except ImportError as exc:
        emit(
            {
                "error": f"import failed: {exc}",
                "fix": "pip install -e '.[diffusion]' (or a CUDA torch + diffusers)",
            }
        )
        return 3
    import_s = time.perf_counter() - t0
    cuda = torch.cuda.is_available()
    emit(
        {
            "torch": torch.__version__,
            "cuda_available": cuda,
            "cuda_runtime": torch.version.cuda,
            "gpu": torch.cuda.get_device_name(0) if cuda else None,
            "import_s": round(import_s, 2),
        }
    )
    if args.require_cuda and not cuda:
        emit({"error": "no CUDA device visible to torch"})
        return 2

    t = time.perf_counter()
    pipe = build_tiny_pipeline(seed=0)
    build_s = time.perf_counter() - t
    backend = DiffusersBackend(pipeline=pipe, device=args.device, size=args.size)
    req = TextureRequest(prompt="seamless oak planks #804020", seed=1, steps=args.steps)

    t = time.perf_counter()
    first = backend.generate(req)  # moves the pipeline to the device, warms kernels up
    warmup_s = time.perf_counter() - t
    times = []
    for i in range(args.runs):
        r = backend.generate(TextureRequest(prompt=req.prompt, seed=100 + i, steps=args.steps))
        times.append(r.info["seconds"])
    again = backend.generate(req)
    deterministic = bool((again.albedo == first.albedo).all())
    wrap = wraparound_error(backend, torch, args.size, backend._device)
    summary = {
        "device": backend._device,
        "gpu": torch.cuda.get_device_name(0) if cuda else None,
        "size": args.size,
        "steps": args.steps,
        "runs": args.runs,
        "build_pipeline_s": round(build_s, 3),
        "first_generate_s": round(warmup_s, 3),
        "generate_mean_s": round(statistics.mean(times), 4) if times else None,
        "generate_min_s": round(min(times), 4) if times else None,
        "step_mean_ms": round(1000 * statistics.mean(times) / args.steps, 2) if times else None,
        "albedo_shape": list(first.albedo.shape),
        "seam_ratio": round(seam_ratio(first.albedo), 3),
        "same_seed_same_image": deterministic,
        "wraparound_max_abs_error": wrap,
        "circular_padding_ok": wrap < 1e-2,
        "peak_gpu_mem_mb": round(torch.cuda.max_memory_allocated() / 2**20, 1) if cuda else None,
    }
    emit(summary)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return 0 if summary["circular_padding_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
