"""Per-vertex tangents from UV derivatives (Lengyel's accumulation, as MikkTSpace does per vertex).

Convention (glTF, whose V axis points down the image): tangent.xyz points along +U; w is chosen so
that bitangent = cross(normal, tangent.xyz) * w points towards *decreasing* V, i.e. image-up, the +Y
of an OpenGL-convention normal map. An unmirrored UV layout therefore has w = +1.
"""

from __future__ import annotations

import numpy as np

from .mesh import Mesh
from .ops import cross


def _any_perpendicular(n: np.ndarray) -> np.ndarray:
    """A unit vector perpendicular to each unit normal (for vertices without usable UVs)."""
    ref = np.where(
        np.abs(n[:, :1]) < 0.9,
        np.array([[1.0, 0.0, 0.0]], np.float32),
        np.array([[0.0, 1.0, 0.0]], np.float32),
    )
    t = ref - n * np.sum(ref * n, axis=1, keepdims=True)
    return t / np.sqrt(np.sum(t * t, axis=1, keepdims=True))


def compute_tangents(
    positions: np.ndarray, normals: np.ndarray, uvs: np.ndarray, indices: np.ndarray
) -> np.ndarray:
    """(N, 4) float32 unit tangents with w = +1/-1, never NaN (vertices whose triangles all have
    degenerate UVs get any tangent perpendicular to the normal).

    Each triangle adds its dP/du and dP/dv scaled by twice its UV area (so by its size, the texel
    density being uniform) with the sign of its UV winding; mirrored islands keep their own w."""
    p = np.asarray(positions, dtype=np.float32)
    nrm = np.asarray(normals, dtype=np.float32)
    nrm = nrm / np.maximum(np.sqrt(np.sum(nrm * nrm, axis=1, keepdims=True)), 1e-30)
    uv = np.asarray(uvs, dtype=np.float32)
    idx = np.asarray(indices, dtype=np.int64)
    nv = len(p)
    acc = np.zeros((nv, 6))
    if len(idx):
        i0, i1, i2 = idx[:, 0], idx[:, 1], idx[:, 2]
        e1, e2 = p[i1] - p[i0], p[i2] - p[i0]
        d1, d2 = uv[i1] - uv[i0], uv[i2] - uv[i0]
        sgn = np.sign(d1[:, 0] * d2[:, 1] - d2[:, 0] * d1[:, 1])[:, None]
        tb = np.concatenate(
            [
                (e1 * d2[:, 1:2] - e2 * d1[:, 1:2]) * sgn,  # dP/du
                (e2 * d1[:, 0:1] - e1 * d2[:, 0:1]) * sgn,
            ],
            axis=1,
        )  # dP/dv
        flat, rep = idx.ravel(), np.repeat(tb, 3, axis=0)
        for c in range(6):
            acc[:, c] = np.bincount(flat, weights=rep[:, c], minlength=nv)
    T, B = acc[:, :3].astype(np.float32), acc[:, 3:].astype(np.float32)
    t = T - nrm * np.sum(T * nrm, axis=1, keepdims=True)
    ln = np.sqrt(np.sum(t * t, axis=1, keepdims=True))
    bad = ln[:, 0] <= 1e-12 * max(float(ln.max(initial=0.0)), 1e-30) + 1e-30
    t = t / np.where(bad[:, None], 1.0, ln)
    if bad.any():
        t[bad] = _any_perpendicular(nrm[bad])
    # w = +1 when cross(n, t) points to decreasing V (against dP/dv).
    handed = np.sum(cross(nrm, t) * B, axis=1)
    out = np.empty((nv, 4), dtype=np.float32)
    out[:, :3] = t / np.sqrt(np.sum(t * t, axis=1, keepdims=True))
    out[:, 3] = np.where(handed > 0, -1.0, 1.0)
    return out


def with_tangents(mesh: Mesh) -> Mesh:
    """The same mesh with its tangents computed."""
    mesh.tangents = compute_tangents(mesh.positions, mesh.normals, mesh.uvs, mesh.indices)
    return mesh
