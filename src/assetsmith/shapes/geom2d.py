"""2D polygon helpers for outlines and profiles: area, orientation, simplicity, containment."""

from __future__ import annotations

import numpy as np


def signed_area(pts: np.ndarray) -> float:
    """Shoelace area of a closed polygon; positive when counter-clockwise."""
    x, y = pts[:, 0], pts[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def ccw(pts: np.ndarray) -> np.ndarray:
    """The polygon wound counter-clockwise."""
    return pts if signed_area(pts) >= 0 else pts[::-1].copy()


def self_intersects(pts: np.ndarray, eps: float = 1e-12) -> bool:
    """Whether any two non-adjacent edges of a closed polygon cross or touch (O(n^2), vectorised;
    outlines are bounded to a few hundred points)."""
    n = len(pts)
    if n < 4:
        return False
    a, b = pts, np.roll(pts, -1, axis=0)
    i, j = np.triu_indices(n, k=2)
    keep = ~((i == 0) & (j == n - 1))  # the first and last edges share a point
    i, j = i[keep], j[keep]
    p, r = a[i], b[i] - a[i]
    q, s = a[j], b[j] - a[j]
    den = r[:, 0] * s[:, 1] - r[:, 1] * s[:, 0]
    qp = q - p
    t_num = qp[:, 0] * s[:, 1] - qp[:, 1] * s[:, 0]
    u_num = qp[:, 0] * r[:, 1] - qp[:, 1] * r[:, 0]
    par = np.abs(den) <= eps
    with np.errstate(divide="ignore", invalid="ignore"):
        t, u = t_num / den, u_num / den
    cross = ~par & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    if cross.any():
        return True
    # Collinear overlapping edges.
    col = par & (np.abs(t_num) <= eps * (1 + np.abs(qp).sum(axis=1)))
    if col.any():
        rr = np.maximum(np.sum(r[col] * r[col], axis=1), eps)
        t0 = np.sum((q[col] - p[col]) * r[col], axis=1) / rr
        t1 = np.sum((q[col] + s[col] - p[col]) * r[col], axis=1) / rr
        lo, hi = np.minimum(t0, t1), np.maximum(t0, t1)
        if np.any((hi >= 0) & (lo <= 1)):
            return True
    return False


def inside(point, pts: np.ndarray) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = float(point[0]), float(point[1])
    a, b = pts, np.roll(pts, -1, axis=0)
    cond = (a[:, 1] > y) != (b[:, 1] > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        xi = a[:, 0] + (y - a[:, 1]) * (b[:, 0] - a[:, 0]) / (b[:, 1] - a[:, 1])
    return bool(np.count_nonzero(cond & (x < xi)) % 2)


def dedupe_closed(pts: np.ndarray, eps: float = 1e-9) -> np.ndarray:
    """Drop points equal to their predecessor (the closing point included)."""
    d = np.linalg.norm(pts - np.roll(pts, 1, axis=0), axis=1)
    keep = d > eps
    if not keep.any():
        return pts[:1]
    return pts[keep]
