"""Renderer speed on this machine, for the 1024-pixel textured barrel of `run-job`.

    python benchmarks/render.py [--frames 24] [--json]

Prints frames per second (median, min-max, IQR over per-frame times) for:
  * batch EXR at 512x512 and 1920x1080, EXR writes included (float RGBA + Z, the job defaults:
    4x MSAA, ZIP), also without MSAA and without compression. Targets: 20 fps and 3 fps.
  * preview-only renders at 512x512 as packs make them (hero shot: one sample + FXAA, ground
    shadow, sRGB bytes). Target 30 fps. Also with 4x MSAA (no target: the option, not the default).
  * the pipeline's `render` stage (hero + 8-view turntable + PNG/WebP encoding), cold and warm.
The renderer is Mesa's llvmpipe unless the EGL driver is a GPU's; the device is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this folder is sys.path[0], and its queue.py (the queue benchmark) would shadow the
# standard library's queue module that thread pools import.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

TARGETS = {"exr_512": 20.0, "exr_1080": 3.0, "preview_512": 30.0}


def summarise(
    name: str, seconds: list[float], target: float | None = None, cpu: list[float] | None = None
) -> dict:
    """Print and return fps figures from per-frame (or per-run) wall times; `cpu` (process CPU
    seconds per frame, every thread) shows the cost independent of other load on the machine."""
    med = statistics.median(seconds)
    q = (
        statistics.quantiles(seconds, n=4)
        if len(seconds) >= 4
        else [min(seconds), med, max(seconds)]
    )
    fps = 1.0 / med
    verdict = f"  target {target:g} fps [{'met' if fps >= target else 'MISSED'}]" if target else ""
    cpu_med = statistics.median(cpu) if cpu else None
    cpu_text = f"; CPU {cpu_med * 1000:.0f} ms/frame" if cpu_med else ""
    print(
        f"{name:>34}: {fps:6.1f} fps  (median {med * 1000:7.1f} ms; min {min(seconds) * 1000:.1f}, "
        f"max {max(seconds) * 1000:.1f}, IQR {q[0] * 1000:.1f}-{q[2] * 1000:.1f} ms{cpu_text}){verdict}"
    )
    return {
        "fps": fps,
        "median_s": med,
        "min_s": min(seconds),
        "max_s": max(seconds),
        "iqr_s": [q[0], q[2]],
        "n": len(seconds),
        "target_fps": target,
        "cpu_median_s": cpu_med,
    }


def exr_frame_times(
    scene_path: Path,
    out: Path,
    width: int,
    height: int,
    frames: int,
    *,
    samples: int,
    compression: str,
) -> tuple[list[float], list[float]]:
    """Per-frame wall and CPU times of a native EXR batch job (render + readback + EXR write,
    pipelined)."""
    from assetsmith.batch import run_batch_job
    from assetsmith.settings import Settings

    stamps: list[float] = []
    cpu: list[float] = []

    def progress(stage: str, fraction: float, message: str) -> None:
        if message.startswith("frame "):
            stamps.append(time.perf_counter())
            cpu.append(time.process_time())

    cfg = {
        "scene": str(scene_path),
        "format": "EXR",
        "frames": {"start": 1, "end": frames + 1},
        "resolution": {"width": width, "height": height},
        "samples": samples,
        "compression": compression,
        "output": f"{width}x{height}_{samples}_{compression}/f_####.exr",
    }
    run_batch_job(cfg, settings=Settings(data_dir=out / "data"), export_root=out, progress=progress)
    steps = lambda xs: [b - a for a, b in zip(xs, xs[1:], strict=False)]  # noqa: E731 (frame 1 pays the set-up)
    return steps(stamps), steps(cpu)


def preview_times(scene, frames: int, *, samples: int) -> tuple[list[float], list[float]]:
    """Per-frame wall and CPU times of hero-shot previews at 512x512, anti-aliased as packs do
    (one sample + FXAA) or with MSAA (`samples` > 1)."""
    from assetsmith.render import PreviewOptions, RenderSession, orbit_camera

    o = PreviewOptions()
    lo, hi = scene.bounds()
    times, cpu = [], []
    fxaa = o.fxaa and samples == 1
    with RenderSession(
        scene,
        512,
        512,
        samples=samples,
        max_texture=o.max_texture,
        ground=True,
        shadow_size=o.shadow_size,
        trilinear=False,
    ) as s:
        s.render_preview(orbit_camera(lo, hi, azimuth_deg=0, elevation_deg=20), fxaa=fxaa)
        for i in range(frames):
            cam = orbit_camera(lo, hi, azimuth_deg=35 + 360 * i / frames, elevation_deg=20)
            t0, c0 = time.perf_counter(), time.process_time()
            s.render_preview(cam, fxaa=fxaa)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    return times, cpu


def stage_times(ctx, repeats: int) -> tuple[float, list[float], list[float]]:
    from assetsmith.pipeline.runner import run_stages
    from assetsmith.render.stage import RENDER

    times, cpu = [], []
    for _ in range(repeats + 1):
        ctx.previews = {}
        t0, c0 = time.perf_counter(), time.process_time()
        run_stages(ctx, (RENDER,))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return times[0], times[1:], cpu[1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames", type=int, default=24, help="Frames per measurement (default 24).")
    ap.add_argument("--json", action="store_true", help="Also print the figures as JSON.")
    args = ap.parse_args()

    from assetsmith.batch.export import scene_glb
    from assetsmith.render import renderer_info
    from assetsmith.render.demo import context_scene, demo_context

    t0 = time.perf_counter()
    ctx = demo_context("barrel", resolution=1024)
    scene = context_scene(ctx)
    print(
        f"barrel: {scene.triangle_count} triangles, 1024-px maps (built in {time.perf_counter() - t0:.1f} s)"
    )
    cold, warm, warm_cpu = stage_times(ctx, repeats=5)
    info = renderer_info()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"device: {info['renderer']} ({info['version']}); {os.cpu_count()} CPUs, load average {load:.1f}"
    )
    results: dict = {"device": info, "triangles": scene.triangle_count}
    print(
        f"{'render stage, first in process':>34}: {cold:.3f} s (EGL context, shader compiles, textures)"
    )
    results["stage_cold_s"] = cold
    results["stage"] = summarise("render stage (hero + 8 views)", warm, cpu=warm_cpu)
    wall, cpu = preview_times(scene, args.frames, samples=1)
    results["preview_512"] = summarise(
        "preview 512x512 (1x + FXAA)", wall, TARGETS["preview_512"], cpu=cpu
    )
    wall, cpu = preview_times(scene, args.frames, samples=4)
    results["preview_512_msaa4"] = summarise("preview 512x512 (4x MSAA)", wall, cpu=cpu)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        glb = out / "barrel.glb"
        glb.write_bytes(scene_glb(scene, root="barrel"))
        for key, (w, h), samples, comp in (
            ("exr_512", (512, 512), 4, "zip"),
            ("exr_512_1x", (512, 512), 1, "zip"),
            ("exr_512_1x_none", (512, 512), 1, "none"),
            ("exr_1080", (1920, 1080), 4, "zip"),
            ("exr_1080_1x", (1920, 1080), 1, "zip"),
            ("exr_1080_1x_none", (1920, 1080), 1, "none"),
        ):
            n = args.frames if w <= 512 else max(6, args.frames // 4)
            label = f"EXR {w}x{h} {samples}x MSAA {comp}"
            wall, cpu = exr_frame_times(glb, out, w, h, n, samples=samples, compression=comp)
            results[key] = summarise(label, wall, TARGETS.get(key.split("_1x")[0]), cpu=cpu)
    if args.json:
        json.dump(results, sys.stdout, indent=2, default=str)
        print()


if __name__ == "__main__":
    main()
