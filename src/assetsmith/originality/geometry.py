"""The geometry layer: a canonical hash and a shape descriptor of a triangle mesh.

- `canonical_hash`: invariant to rigid motion, uniform scale, vertex/face order and duplicated
  vertices. The mesh is welded, centred, turned onto its principal axes (signs fixed by the third
  moments) and scaled to unit RMS radius; the hash covers the vertex and triangle counts and the
  low-order canonical moments rounded to 3 significant digits. Rounding (not raw coordinates)
  keeps float noise from a re-export out of the hash. It catches re-exports of the same mesh.
- `shape_descriptor`: also survives re-triangulation (subdivision, split or flipped faces,
  re-meshing) because it looks at the surface, not the vertices: area-weighted surface samples,
  their pair-distance distribution (D2), distance-from-centre distribution, the distributions of
  |canonical coordinates| (mirror-safe) and the principal-axis ratios.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np

SHAPE_ID = "shape-v1"
SAMPLES = 8192
PAIRS_PER_SAMPLE = 32


def _clean(positions: np.ndarray, triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = np.asarray(positions, np.float64).reshape(-1, 3)
    t = np.asarray(triangles, np.int64).reshape(-1, 3)
    if not np.isfinite(p).all():
        raise ValueError("non-finite vertex positions")
    return p, t


def _areas(p: np.ndarray, t: np.ndarray) -> np.ndarray:
    return 0.5 * np.linalg.norm(np.cross(p[t[:, 1]] - p[t[:, 0]], p[t[:, 2]] - p[t[:, 0]]), axis=1)


def _frame(
    points: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(centre, axes (rows), eigenvalues, rms radius) of weighted points; axis signs follow the
    third moment so a rotated copy lands in the same pose."""
    w = weights / weights.sum()
    c = w @ points
    d = points - c
    cov = (d * w[:, None]).T @ d
    vals, vecs = np.linalg.eigh(cov)
    axes = vecs[:, ::-1].T  # largest first
    proj = d @ axes.T
    skew = (w[:, None] * proj**3).sum(axis=0)
    axes *= np.where(skew < 0, -1.0, 1.0)[:, None]
    return c, axes, vals[::-1], float(np.sqrt(max(vals.sum(), 1e-30)))


def canonical_hash(positions: np.ndarray, triangles: np.ndarray) -> str:
    """sha256 hex of the pose-normalised, quantised summary of the welded mesh (see module doc)."""
    p, t = _clean(positions, triangles)
    scale = np.abs(p).max() or 1.0
    key = np.round(p / scale, 6)  # weld: a re-export may split vertices along UV seams
    uniq, inverse = np.unique(key, axis=0, return_inverse=True)
    faces = np.unique(np.sort(inverse.reshape(-1)[t], axis=1), axis=0)
    faces = faces[(faces[:, 0] != faces[:, 1]) & (faces[:, 1] != faces[:, 2])]
    c, _axes, vals, rms = _frame(uniq * scale, np.ones(len(uniq)))
    # Radial moments and eigenvalue ratios need no axes, so symmetric shapes (whose principal
    # axes are arbitrary within a plane) hash the same in any pose.
    r = np.linalg.norm(uniq * scale - c, axis=1) / rms
    summary = {
        "v": int(len(uniq)),
        "f": int(len(faces)),
        "ev": _sig(vals / vals.sum()),
        "r": _sig([r.mean(), (r**3).mean(), (r**4).mean(), r.max()]),
    }
    return hashlib.sha256(json.dumps(summary, sort_keys=True).encode()).hexdigest()


def _sig(values) -> list[str]:
    return [f"{float(v):.3g}" for v in np.ravel(values)]


def _surface_samples(p: np.ndarray, t: np.ndarray, n: int) -> np.ndarray:
    """n points spread over the surface in proportion to area: systematic positions along the
    cumulative area, low-discrepancy barycentric coordinates (deterministic, little noise)."""
    a = _areas(p, t)
    # Visit faces in an order that rigid motion cannot change (distance of their centroid from
    # the area centroid), so a re-exported mesh with shuffled faces gets the same samples.
    cent = p[t].mean(axis=1)
    centre = (a @ cent) / max(a.sum(), 1e-30)
    order = np.lexsort(
        (a, np.round(np.linalg.norm(cent - centre, axis=1) / (np.abs(cent - centre).max() or 1), 9))
    )
    t, a = t[order], a[order]
    cum = np.cumsum(a)
    if cum[-1] <= 0:
        raise ValueError("the mesh has no area")
    tri = np.minimum(np.searchsorted(cum, (np.arange(n) + 0.5) / n * cum[-1]), len(t) - 1)
    k = np.arange(n)
    r1 = (k * 0.7548776662466927) % 1.0  # R2 sequence: evenly spread, no seed
    r2 = (k * 0.5698402909980532) % 1.0
    flip = r1 + r2 > 1
    r1, r2 = np.where(flip, 1 - r1, r1), np.where(flip, 1 - r2, r2)
    v0, v1, v2 = p[t[tri, 0]], p[t[tri, 1]], p[t[tri, 2]]
    return v0 + r1[:, None] * (v1 - v0) + r2[:, None] * (v2 - v0)


def _hist(v: np.ndarray, hi: float, bins: int) -> np.ndarray:
    h = np.histogram(np.clip(v, 0, hi), bins=bins, range=(0, hi))[0].astype(np.float64)
    h = np.sqrt(h / max(h.sum(), 1))
    h -= h.mean()
    return h / (np.linalg.norm(h) or 1.0)


def shape_descriptor(positions: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """A unit float32 vector; cosine near 1 means the same shape at any pose, scale or meshing."""
    p, t = _clean(positions, triangles)
    s = _surface_samples(p, t, SAMPLES)
    c, axes, vals, rms = _frame(s, np.ones(len(s)))
    q = (s - c) @ axes.T / rms
    # D2 over a fixed pairing (sample i with i + k*stride): no RNG, same pairs for any mesh.
    offsets = (np.arange(1, PAIRS_PER_SAMPLE + 1) * (SAMPLES // PAIRS_PER_SAMPLE + 1)) % SAMPLES
    d2 = np.concatenate([np.linalg.norm(q - np.roll(q, -int(o), axis=0), axis=1) for o in offsets])
    blocks = [_hist(d2, 4.0, 32), _hist(np.linalg.norm(q, axis=1), 3.0, 16)]
    blocks += [0.7 * _hist(np.abs(q[:, i]), 2.5, 16) for i in range(3)]
    ratios = np.sqrt(np.maximum(vals, 0) / max(vals[0], 1e-30))
    blocks.append(np.asarray([ratios[1], ratios[2]]) * 1.5)
    v = np.concatenate(blocks)
    return (v / np.linalg.norm(v)).astype(np.float32)


def mesh_from_parts(parts) -> tuple[np.ndarray, np.ndarray]:
    """Merge an AssetGeometry's parts (each with a Mesh) into one (positions, triangles)."""
    pos, tri, off = [], [], 0
    for part in parts:
        m = part.mesh
        pos.append(np.asarray(m.positions, np.float64))
        tri.append(np.asarray(m.indices, np.int64) + off)
        off += len(m.positions)
    return np.concatenate(pos), np.concatenate(tri)
