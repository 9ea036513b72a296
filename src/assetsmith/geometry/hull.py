"""A 3D convex hull in numpy: incremental construction over a small point set.

Physics engines cap convex colliders (Unity: 255 triangles), so `bounded_hull` first keeps only the
extreme points of the input along a fixed set of directions, builds their exact hull, adds the points
still farthest outside while the vertex budget (100, so <= 196 triangles) lasts, then scales it about
its centroid just enough that every input point is inside: the result always encloses the mesh and
is at most a little (typically 1-3 % of each extent) larger.
"""

from __future__ import annotations

import numpy as np

from .ops import cross


def _dots(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(M, N) dot products of (M, 3) and (N, 3) rows, without a (possibly thread-contended) BLAS
    call: three multiply-adds over contiguous rows, in place."""
    out = a[:, :1] * b[:, 0]
    out += a[:, 1:2] * b[:, 1]
    out += a[:, 2:3] * b[:, 2]
    return out


def _unique_rows(q: np.ndarray) -> np.ndarray:
    """Indices of distinct points (quantised to 2^-20 of the unit box): seams repeat vertices."""
    k = np.round((q + 1.0) * (1 << 19)).astype(np.int64)
    key = (k[:, 0] << 42) | (k[:, 1] << 21) | k[:, 2]
    return np.unique(key, return_index=True)[1]


def fibonacci_directions(count: int) -> np.ndarray:
    """`count` unit vectors spread evenly over the sphere (deterministic)."""
    i = np.arange(count) + 0.5
    y = 1.0 - 2.0 * i / count
    r = np.sqrt(np.maximum(0.0, 1.0 - y * y))
    phi = i * np.pi * (3.0 - np.sqrt(5.0))
    return np.stack([r * np.cos(phi), y, r * np.sin(phi)], axis=1)


def _planes(p: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit normals and offsets of triangles (zero normal for a sliver)."""
    a, b, c = p[faces[:, 0]], p[faces[:, 1]], p[faces[:, 2]]
    n = cross(b - a, c - a)
    ln = np.sqrt(np.sum(n * n, axis=1, keepdims=True))
    n = np.where(ln > 0, n / np.where(ln > 0, ln, 1.0), 0.0)
    return n, np.sum(n * a, axis=1)


def _initial_simplex(p: np.ndarray, eps: float) -> list[int] | None:
    i0 = int(np.argmin(p[:, 0]))
    i1 = int(np.argmax(np.linalg.norm(p - p[i0], axis=1)))
    d = p[i1] - p[i0]
    if np.linalg.norm(d) <= eps:
        return None
    d = d / np.linalg.norm(d)
    v = p - p[i0]
    dist_line = np.linalg.norm(v - np.outer(v @ d, d), axis=1)
    i2 = int(np.argmax(dist_line))
    if dist_line[i2] <= eps:
        return None
    n = cross(p[i1] - p[i0], p[i2] - p[i0])
    n /= np.sqrt(n @ n)
    dist_plane = np.abs(v @ n)
    i3 = int(np.argmax(dist_plane))
    if dist_plane[i3] <= eps:
        return None
    return [i0, i1, i2, i3]


class _Hull:
    """An incremental convex hull over rows of `p`; `add` inserts points by index."""

    def __init__(self, p: np.ndarray, seed_points: np.ndarray):
        self.p = p
        scale = float(np.ptp(p[seed_points], axis=0).max()) if len(seed_points) else 0.0
        self.eps = max(scale, 1e-12) * 1e-9
        sub = p[seed_points]
        simplex = _initial_simplex(sub, self.eps) if len(sub) >= 4 else None
        if simplex is None:
            raise ValueError("points are coplanar or too few for a 3D hull")
        i0, i1, i2, i3 = (int(seed_points[k]) for k in simplex)
        start = np.array([(i0, i1, i2), (i0, i2, i3), (i0, i3, i1), (i1, i3, i2)], dtype=np.int64)
        self.centroid = p[[i0, i1, i2, i3]].mean(axis=0)
        n0, o0 = _planes(p, start)
        flip = n0 @ self.centroid - o0 > 0
        start[flip] = start[flip][:, [0, 2, 1]]
        self.cap = 64
        self.faces = np.empty((self.cap, 3), dtype=np.int64)
        self.normals = np.empty((self.cap, 3))
        self.offsets = np.empty(self.cap)
        self.alive = np.zeros(self.cap, dtype=bool)
        self.faces[:4] = start
        self.normals[:4], self.offsets[:4] = _planes(p, start)
        self.alive[:4] = True
        self.nf = 4
        self.vertices = {i0, i1, i2, i3}

    def add(self, indices) -> None:
        """Insert points, farthest from the centroid first (fewer faces made and unmade)."""
        idx = np.asarray(indices, dtype=np.int64)
        far = np.argsort(-np.sum((self.p[idx] - self.centroid) ** 2, axis=1), kind="stable")
        for i in idx[far].tolist():
            if i not in self.vertices:
                self._insert(i)

    def _insert(self, i: int) -> None:
        nf = self.nf
        x, y, z = self.p[i]
        nrm = self.normals
        dist = nrm[:nf, 0] * x + nrm[:nf, 1] * y + nrm[:nf, 2] * z - self.offsets[:nf]
        vis = np.nonzero((dist > self.eps) & self.alive[:nf])[0]
        if len(vis) == 0:
            return
        vis = self._connected(vis, dist)
        edges = {}
        for f in vis:
            a, b, c = self.faces[f].tolist()
            edges[(a, b)] = edges[(b, c)] = edges[(c, a)] = f
        rim = [(a, b) for a, b in edges if (b, a) not in edges]
        nxt = dict(rim)
        # The horizon must be one simple loop; near-coplanar faces can make it something else.
        start = next(iter(nxt), None) if len(nxt) == len(rim) else None
        node, steps = start, 0
        while node is not None and steps <= len(nxt):
            node, steps = nxt.get(node), steps + 1
            if node == start:
                break
        if start is None or node != start or steps != len(nxt):
            return  # leave the point to the final padding
        horizon = list(nxt.items())
        new = np.array([(a, b, i) for a, b in horizon], dtype=np.int64)
        k = len(new)
        if nf + k > self.cap:  # grow the face store
            self.cap = 2 * (nf + k)
            self.faces = np.resize(self.faces, (self.cap, 3))
            self.normals = np.resize(self.normals, (self.cap, 3))
            self.offsets = np.resize(self.offsets, self.cap)
            self.alive = np.concatenate([self.alive[:nf], np.zeros(self.cap - nf, dtype=bool)])
        self.faces[nf : nf + k] = new
        self.normals[nf : nf + k], self.offsets[nf : nf + k] = _planes(self.p, new)
        self.alive[vis] = False
        self.alive[nf : nf + k] = True
        self.nf = nf + k
        self.vertices.add(i)

    def _connected(self, vis: np.ndarray, dist: np.ndarray) -> np.ndarray:
        """The visible faces edge-connected to the most visible one (a consistent region)."""
        if len(vis) <= 2:
            return vis
        by_edge: dict[tuple[int, int], int] = {}
        for f in vis.tolist():
            a, b, c = self.faces[f].tolist()
            by_edge[(a, b)] = by_edge[(b, c)] = by_edge[(c, a)] = f
        first = int(vis[np.argmax(dist[vis])])
        seen, todo = {first}, [first]
        while todo:
            f = todo.pop()
            a, b, c = self.faces[f].tolist()
            for e in ((b, a), (c, b), (a, c)):  # the neighbour across each edge
                g = by_edge.get(e)
                if g is not None and g not in seen:
                    seen.add(g)
                    todo.append(g)
        return np.array(sorted(seen), dtype=np.int64)

    def triangles(self) -> np.ndarray:
        return self.faces[: self.nf][self.alive[: self.nf]]


def convex_hull(points: np.ndarray) -> np.ndarray:
    """Triangles (F, 3) indexing `points`, counter-clockwise seen from outside. Raises ValueError
    for flat or degenerate point sets. Incremental: meant for a few hundred points."""
    p = np.asarray(points, dtype=np.float64)
    hull = _Hull(p, np.arange(len(p)))
    hull.add(np.arange(len(p)))
    return hull.triangles()


def _box_hull(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    corners = np.array([[x, y, z] for x in (0, 1) for y in (0, 1) for z in (0, 1)], dtype=float)
    verts = lo + corners * (hi - lo)
    return verts, convex_hull(verts)


def _face_frame(verts: np.ndarray, faces: np.ndarray, centre: np.ndarray):
    a, b, c = verts[faces[:, 0]], verts[faces[:, 1]], verts[faces[:, 2]]
    n = cross(b - a, c - a)
    n /= np.sqrt(np.sum(n * n, axis=1, keepdims=True))
    return n, np.sum(n * (a - centre), axis=1)  # unit normals, distances from the centre (> 0)


def bounded_hull(
    points: np.ndarray, directions: int = 40, max_vertices: int = 100
) -> tuple[np.ndarray, np.ndarray]:
    """An enclosing convex hull with at most `max_vertices` vertices (so at most
    2 * max_vertices - 4 triangles): (vertices, triangles).

    Works in the bounding box's normalised space (a linear map keeps hulls hulls), so a long thin
    shape is sampled and padded in proportion to each axis, not by its longest one. The extreme
    points along `directions` fixed directions give a first hull; the points farthest outside it
    (one per face) are added while the vertex budget lasts; a final uniform scaling about the
    centroid takes in whatever is still outside."""
    p = np.asarray(points, dtype=np.float64)
    lo, hi = p.min(axis=0), p.max(axis=0)
    centre, half = (lo + hi) / 2, np.maximum((hi - lo) / 2, 1e-9)
    q = (p - centre) / half
    q = q[_unique_rows(q)]
    q32 = q.astype(np.float32)  # the big products in single precision: half the memory traffic
    dirs = fibonacci_directions(directions).astype(np.float32)
    cand = np.unique(np.argmax(_dots(dirs, q32), axis=1))
    qh = q
    hull = _Hull(qh, cand)
    hull.add(cand)
    # Refine on a sample (choosing what to add need not see every point; the padding below does).
    sample = np.arange(0, len(q), max(1, len(q) // 1500))
    for _ in range(2):  # add the sampled points farthest outside, one per face
        room = max_vertices - len(hull.vertices)
        if room <= 0:
            break
        faces = hull.triangles()
        n, d_c = _face_frame(qh, faces, hull.centroid)
        excess = _dots(n.astype(np.float32), q32[sample] - hull.centroid.astype(np.float32))
        excess -= d_c[:, None].astype(np.float32)
        gap = excess.max(axis=1)
        worst = sample[np.argmax(excess, axis=1)]
        order = np.argsort(-gap)
        extra = list(dict.fromkeys(int(i) for i in worst[order][gap[order] > 1e-3]))[:room]
        if not extra:
            break
        hull.add(extra)
    faces = hull.triangles()
    used = np.unique(faces)
    remap = np.full(len(q), -1)
    remap[used] = np.arange(len(used))
    verts, faces = qh[used], remap[faces]
    c = verts.mean(axis=0)
    n, d_c = _face_frame(verts, faces, c)
    if d_c.min() <= 1e-6:  # not convex after all (numerical trouble): the bounding box encloses
        return _box_hull(lo, hi)
    reach = _dots(n.astype(np.float32), (q - c).astype(np.float32)) / d_c[:, None]
    need = float(reach.max()) if reach.size else 1.0
    s = max(1.0, need) * (1.0 + 1e-5)  # the margin covers float32 rounding
    return (c + (verts - c) * s) * half + centre, faces
