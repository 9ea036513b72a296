"""Curves for profiles, outlines and paths (2D or 3D points): smooth splines, Bezier chains,
rounded polyline corners, arc-length resampling and splitting at creases."""

from __future__ import annotations

import numpy as np

from ..geometry.ops import unit


def arc_lengths(pts: np.ndarray) -> np.ndarray:
    """Cumulative distance along a polyline, starting at 0."""
    d = np.sqrt(np.sum(np.diff(pts, axis=0) ** 2, axis=1))
    return np.concatenate([[0.0], np.cumsum(d)])


def resample(pts: np.ndarray, n: int) -> np.ndarray:
    """n + 1 points evenly spaced by arc length along an open polyline (ends kept)."""
    s = arc_lengths(pts)
    q = np.linspace(0.0, s[-1], n + 1)
    return np.stack([np.interp(q, s, pts[:, k]) for k in range(pts.shape[1])], axis=1)


def resample_closed(pts: np.ndarray, m: int) -> np.ndarray:
    """m points evenly spaced by arc length round a closed polyline, starting at its first point."""
    loop = np.vstack([pts, pts[:1]])
    return resample(loop, m)[:-1]


def catmull_rom(ctrl: np.ndarray, n: int, closed: bool = False, dense: int = 16) -> np.ndarray:
    """A Catmull-Rom spline through the control points: n + 1 points by arc length (open), or n
    points (closed)."""
    ctrl = np.asarray(ctrl, dtype=np.float64)
    if closed:
        p = np.vstack([ctrl[-1:], ctrl, ctrl[:2]])
    elif len(ctrl) == 2:
        return resample(ctrl, n)
    else:
        p = np.vstack([2 * ctrl[0] - ctrl[1], ctrl, 2 * ctrl[-1] - ctrl[-2]])
    t = np.linspace(0.0, 1.0, dense, endpoint=False)[:, None]
    segs = []
    for i in range(1, len(p) - 2):
        a, b, c, e = p[i - 1], p[i], p[i + 1], p[i + 2]
        segs.append(
            0.5
            * (
                2 * b
                + (c - a) * t
                + (2 * a - 5 * b + 4 * c - e) * t**2
                + (3 * b - a - 3 * c + e) * t**3
            )
        )
    pts = np.vstack(segs + ([] if closed else [ctrl[-1:]]))
    return resample_closed(pts, n) if closed else resample(pts, n)


def bezier_chain(ctrl: np.ndarray, n: int, dense: int = 24) -> np.ndarray:
    """Cubic Bezier segments p0 c1 c2 p1 c1 c2 p2 ...: n + 1 points by arc length."""
    ctrl = np.asarray(ctrl, dtype=np.float64)
    t = np.linspace(0.0, 1.0, dense, endpoint=False)[:, None]
    segs = []
    for i in range(0, len(ctrl) - 1, 3):
        a, b, c, d = ctrl[i], ctrl[i + 1], ctrl[i + 2], ctrl[i + 3]
        segs.append((1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d)
    return resample(np.vstack(segs + [ctrl[-1:]]), n)


def turn_angles(pts: np.ndarray, closed: bool) -> np.ndarray:
    """Turning angle (radians) at every point; 0 at the ends of an open polyline."""
    if closed:
        a = unit(pts - np.roll(pts, 1, axis=0), (1.0,) + (0.0,) * (pts.shape[1] - 1))
        b = unit(np.roll(pts, -1, axis=0) - pts, (1.0,) + (0.0,) * (pts.shape[1] - 1))
        return np.arccos(np.clip(np.sum(a * b, axis=1), -1.0, 1.0))
    out = np.zeros(len(pts))
    if len(pts) > 2:
        fb = (1.0,) + (0.0,) * (pts.shape[1] - 1)
        a = unit(pts[1:-1] - pts[:-2], fb)
        b = unit(pts[2:] - pts[1:-1], fb)
        out[1:-1] = np.arccos(np.clip(np.sum(a * b, axis=1), -1.0, 1.0))
    return out


def split_at_creases(pts: np.ndarray, crease_deg: float) -> list[np.ndarray]:
    """An open polyline cut into runs at points turning more than `crease_deg` (the corner point
    ends one run and starts the next), so each run is shaded smooth and the corners stay sharp."""
    cuts = np.nonzero(turn_angles(pts, closed=False) > np.radians(crease_deg))[0]
    runs: list[np.ndarray] = []
    start = 0
    for c in cuts:
        runs.append(pts[start : c + 1])
        start = int(c)
    runs.append(pts[start:])
    return [r for r in runs if len(r) >= 2]


def round_corners(pts: np.ndarray, radius: float, k: int, closed: bool = False) -> np.ndarray:
    """A polyline with each corner replaced by a quadratic curve of k segments, starting and ending
    `radius` (or half the shorter neighbouring edge) from the corner: sweeps along polylines keep
    their thickness through corners."""
    pts = np.asarray(pts, dtype=np.float64)
    n = len(pts)
    if k < 1 or n < 3 or radius <= 0:
        return pts
    out = []
    idx = range(n) if closed else range(n)
    for i in idx:
        if not closed and i in (0, n - 1):
            out.append(pts[i][None])
            continue
        prev, cur, nxt = pts[i - 1], pts[i], pts[(i + 1) % n]
        la, lb = float(np.linalg.norm(cur - prev)), float(np.linalg.norm(nxt - cur))
        d = min(radius, 0.5 * la, 0.5 * lb)
        if d <= 1e-12:
            out.append(cur[None])
            continue
        a = cur + (prev - cur) / la * d
        b = cur + (nxt - cur) / lb * d
        t = np.linspace(0.0, 1.0, k + 1)[:, None]
        out.append((1 - t) ** 2 * a + 2 * (1 - t) * t * cur + t**2 * b)
    return np.vstack(out)
