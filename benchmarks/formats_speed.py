"""Time the format writers on a realistic asset: ~12k triangles, 6 maps of 1024x1024.

    python benchmarks/formats_speed.py

Goals: write_glb < 30 ms, write_usda < 50 ms, write_usdz < 30 ms (PNG encoding not included;
it is reported separately).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.formats.conftest import make_cylinder  # noqa: E402

from assetsmith.formats.glb import GlbMaterial, write_glb  # noqa: E402
from assetsmith.formats.png import encode_pngs_parallel  # noqa: E402
from assetsmith.formats.usd import UsdMaterial, write_usda, write_usdz  # noqa: E402
from assetsmith.geometry.mesh import Part  # noqa: E402


def best_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1e3


def smooth_noise(rng: np.random.Generator, size: int) -> np.ndarray:
    k = np.fft.fftfreq(size)
    falloff = (np.hypot(k[:, None], k[None, :]) + 1e-3) ** -1.5
    field = np.real(np.fft.ifft2(np.fft.fft2(rng.standard_normal((size, size))) * falloff))
    return (field - field.min()) / (field.max() - field.min())


def main() -> None:
    rng = np.random.default_rng(0)
    body = make_cylinder(segments=96, rings=31)
    bands = make_cylinder(segments=96, rings=30, radius=0.52)
    parts = [Part("staves", "wood", body), Part("hoops", "iron", bands)]
    tris = sum(p.mesh.triangle_count for p in parts)
    verts = sum(p.mesh.vertex_count for p in parts)
    maps = []
    for _ in range(2):
        n = smooth_noise(rng, 1024)
        grain = rng.integers(0, 24, (1024, 1024), dtype=np.uint8)
        maps.append(
            (np.stack([n * 180, n * 120, n * 60], -1).astype(np.uint8) + grain[..., None], True)
        )
        maps.append(
            (
                np.stack([n * 40 + 108, n * 40 + 108, np.full_like(n, 250)], -1).astype(np.uint8),
                False,
            )
        )
        maps.append((np.stack([n * 50 + 200, n * 100 + 100, n * 0], -1).astype(np.uint8), False))
    png_ms = best_ms(lambda: encode_pngs_parallel(maps), repeat=3)
    pngs = encode_pngs_parallel(maps)
    glb_mats = {
        mid: GlbMaterial(mid, pngs[3 * i], pngs[3 * i + 1], pngs[3 * i + 2])
        for i, mid in enumerate(("wood", "iron"))
    }
    files = {f"textures/{i}.png": data for i, data in enumerate(pngs)}
    usd_mats = {
        mid: UsdMaterial(
            mid, f"textures/{3 * i}.png", f"textures/{3 * i + 1}.png", f"textures/{3 * i + 2}.png"
        )
        for i, mid in enumerate(("wood", "iron"))
    }
    text = write_usda(parts, usd_mats, root_name="barrel")
    print(f"asset: {tris} triangles, {verts} vertices, PNGs {sum(map(len, pngs)) / 1e6:.1f} MB")
    print(f"encode_pngs_parallel (6 x 1024^2, 2 threads): {png_ms:7.1f} ms")
    print(
        f"write_glb:                                   {best_ms(lambda: write_glb(parts, glb_mats, root_name='barrel')):7.1f} ms"
    )
    print(
        f"write_usda:                                  {best_ms(lambda: write_usda(parts, usd_mats, root_name='barrel')):7.1f} ms"
    )
    print(
        f"write_usdz:                                  {best_ms(lambda: write_usdz(text, files)):7.1f} ms"
    )


if __name__ == "__main__":
    main()
