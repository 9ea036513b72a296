"""Small meshes and maps for the format tests, built here with numpy (glTF conventions)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from tests.helpers.availability import missing

from assetsmith.formats.png import encode_png
from assetsmith.geometry.mesh import Mesh, Part

# `tests.helpers` needs the repository root on sys.path (plain `pytest` does not add it).
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def compute_tangents(
    pos: np.ndarray, nrm: np.ndarray, uv: np.ndarray, idx: np.ndarray
) -> np.ndarray:
    """Per-vertex tangents (x, y, z, w) from UV derivatives, Gram-Schmidt against the normal."""
    p0, p1, p2 = (pos[idx[:, k]].astype(np.float64) for k in range(3))
    t0, t1, t2 = (uv[idx[:, k]].astype(np.float64) for k in range(3))
    e1, e2, d1, d2 = p1 - p0, p2 - p0, t1 - t0, t2 - t0
    det = d1[:, 0] * d2[:, 1] - d2[:, 0] * d1[:, 1]
    r = np.where(np.abs(det) > 1e-12, 1.0 / np.where(det == 0, 1, det), 0.0)[:, None]
    tri_t = (e1 * d2[:, 1:2] - e2 * d1[:, 1:2]) * r
    tri_b = (e2 * d1[:, 0:1] - e1 * d2[:, 0:1]) * r
    tan = np.zeros_like(pos, dtype=np.float64)
    bit = np.zeros_like(tan)
    for k in range(3):
        np.add.at(tan, idx[:, k], tri_t)
        np.add.at(bit, idx[:, k], tri_b)
    n = nrm.astype(np.float64)
    tan -= n * np.sum(n * tan, axis=1, keepdims=True)
    tan /= np.linalg.norm(tan, axis=1, keepdims=True)
    w = np.where(np.sum(np.cross(n, tan) * bit, axis=1) < 0, -1.0, 1.0)
    return np.concatenate([tan, w[:, None]], axis=1).astype(np.float32)


def _finish(pos, nrm, uv, idx, *, tangents: bool = True) -> Mesh:
    pos, nrm, uv = (np.asarray(a, np.float32) for a in (pos, nrm, uv))
    idx = np.asarray(idx, np.uint32).reshape(-1, 3)
    tan = compute_tangents(pos, nrm, uv, idx) if tangents else None
    return Mesh(positions=pos, normals=nrm, uvs=uv, indices=idx, tangents=tan)


def make_cube(size: float = 1.0, *, tangents: bool = True) -> Mesh:
    """A cube standing on y=0 (pivot bottom centre), 4 vertices per face, UV 0..1 per face."""
    h = size / 2
    faces = [  # (corner, u edge, v edge), cross(u, v) points outwards
        ((-h, 0, h), (size, 0, 0), (0, size, 0)),
        ((h, 0, -h), (-size, 0, 0), (0, size, 0)),
        ((h, 0, h), (0, 0, -size), (0, size, 0)),
        ((-h, 0, -h), (0, 0, size), (0, size, 0)),
        ((-h, size, h), (size, 0, 0), (0, 0, -size)),
        ((-h, 0, -h), (size, 0, 0), (0, 0, size)),
    ]
    pos, nrm, uv, idx = [], [], [], []
    for o, u, v in faces:
        o, u, v = np.array(o, float), np.array(u, float), np.array(v, float)
        n = np.cross(u, v)
        base = len(pos)
        pos += [o, o + u, o + u + v, o + v]
        nrm += [n / np.linalg.norm(n)] * 4
        uv += [(0, 1), (1, 1), (1, 0), (0, 0)]  # glTF: V runs down the image
        idx += [base, base + 1, base + 2, base, base + 2, base + 3]
    return _finish(pos, nrm, uv, idx, tangents=tangents)


def make_cylinder(
    segments: int = 24,
    rings: int = 1,
    radius: float = 0.5,
    height: float = 1.0,
    *,
    tangents: bool = True,
) -> Mesh:
    """A capped cylinder on y=0 with a UV seam; 2*segments*rings + 2*segments triangles."""
    a = np.linspace(0, 2 * np.pi, segments + 1)
    y = np.linspace(0, height, rings + 1)
    aa, yy = np.meshgrid(a, y)
    side_pos = np.stack([radius * np.sin(aa), yy, radius * np.cos(aa)], -1).reshape(-1, 3)
    side_nrm = np.stack([np.sin(aa), 0 * aa, np.cos(aa)], -1).reshape(-1, 3)
    side_uv = np.stack([aa / (2 * np.pi) * 3, 1 - yy / height], -1).reshape(-1, 2)
    c = np.arange(segments)
    r = np.arange(rings)[:, None] * (segments + 1)
    i0, i1 = r + c, r + c + 1
    i2, i3 = i1 + segments + 1, i0 + segments + 1
    side_idx = np.stack([i0, i1, i2, i0, i2, i3], -1).reshape(-1)
    pos, nrm, uv, idx = [side_pos], [side_nrm], [side_uv], [side_idx]
    base = len(side_pos)
    for cap_y, ny in ((0.0, -1.0), (height, 1.0)):
        ring = np.stack(
            [radius * np.sin(a[:-1]), np.full(segments, cap_y), radius * np.cos(a[:-1])], -1
        )
        centre = np.array([[0.0, cap_y, 0.0]])
        pos.append(np.concatenate([centre, ring]))
        nrm.append(np.tile([0.0, ny, 0.0], (segments + 1, 1)))
        uv.append(
            np.concatenate(
                [[[0.5, 0.5]], 0.5 + 0.5 * np.stack([np.sin(a[:-1]), np.cos(a[:-1])], -1)]
            )
        )
        nxt = (c + 1) % segments
        tri = np.stack([np.zeros(segments, int), c + 1, nxt + 1], -1)
        if ny > 0:
            tri = tri[:, [0, 2, 1]]  # keep counter-clockwise seen from outside
        idx.append(tri.reshape(-1) + base)
        base += segments + 1
    return _finish(
        np.concatenate(pos),
        np.concatenate(nrm),
        np.concatenate(uv),
        np.concatenate(idx),
        tangents=tangents,
    )


def make_maps(size: int = 32, *, seed: int = 0, alpha: bool = False) -> dict[str, np.ndarray]:
    """An albedo (RGB or RGBA), a unit-normal map and an ORM map, as uint8 arrays."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size]
    check = ((x // 8 + y // 8) % 2).astype(np.uint8)
    albedo = np.stack(
        [120 + 80 * check, 80 + 40 * check, 40 + rng.integers(0, 30, (size, size))], -1
    )
    if alpha:
        albedo = np.concatenate([albedo, np.full((size, size, 1), 96)], -1)
    tilt = (0.2 + 0.1 * seed) * np.sin(x / size * 2 * np.pi)
    n = np.stack([tilt, 0 * tilt, np.sqrt(1 - tilt**2)], -1)
    orm = np.stack(
        [np.full((size, size), 230 - 20 * seed), 100 + 50 * check, np.zeros((size, size))], -1
    )
    return {
        "albedo": albedo.astype(np.uint8),
        "normal": np.round((n * 0.5 + 0.5) * 255).astype(np.uint8),
        "orm": orm.astype(np.uint8),
    }


@pytest.fixture(scope="session")
def two_parts() -> list[Part]:
    """A crate-like asset: a cube body (wood) and a cylinder handle (metal)."""
    handle = make_cylinder(segments=16, rings=2, radius=0.1, height=0.4)
    handle.positions = handle.positions + np.float32([0.0, 1.0, 0.0])
    return [Part("body", "wood", make_cube()), Part("handle", "metal", handle)]


@pytest.fixture(scope="session")
def pngs() -> dict[str, bytes]:
    """PNG bytes per material and map, e.g. pngs['wood_albedo']."""
    out = {}
    for seed, mat in enumerate(("wood", "metal")):
        maps = make_maps(seed=seed)
        for kind, pixels in maps.items():
            out[f"{mat}_{kind}"] = encode_png(pixels, srgb=kind == "albedo")
    out["glass_albedo"] = encode_png(make_maps(alpha=True)["albedo"], srgb=True)
    return out


@pytest.fixture(scope="session")
def gltf_validator():
    """The `tests.helpers.gltf_validator` module, or a skip when node/the package cannot be had."""
    from tests.helpers import gltf_validator as gv

    try:
        gv.ensure_validator()
    except gv.GltfValidatorUnavailable as exc:
        missing(f"glTF-Validator unavailable: {exc}", "the glTF validation tests")
    return gv
