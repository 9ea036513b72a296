"""Booleans (union, difference, intersection) and subdivision smoothing through manifold3d.

Normals and UVs travel through manifold3d as vertex properties (interpolated where faces are cut),
so cut faces keep the cutter's UVs and shading. A difference turns the cutter's faces inside out:
their normals are flipped back afterwards (the triangles come out wound correctly)."""

from __future__ import annotations

from collections.abc import Set

import numpy as np

from ...errors import ShapeUnbuildable
from ...geometry.mesh import Mesh
from ...geometry.ops import compact, merge, unit
from ..detail import Resolution
from ..limits import MAX_TRIANGLES, OverLimit
from .arrays import Shape

ShapeError = ShapeUnbuildable  # the name the shapes package has used for it


def to_manifold(m: Mesh, what: str):
    import manifold3d

    props = np.ascontiguousarray(np.hstack([m.positions, m.normals, m.uvs]), dtype=np.float64)
    tri = np.ascontiguousarray(m.indices, dtype=np.uint64)
    # Vertices split for normals or UVs share bit-identical positions: tell manifold3d which ones
    # (a sort of the position bits, much cheaper than its tolerance search). Only if that leaves
    # the mesh open does Mesh.merge() search for near-coincident vertices.
    frm, to = _exact_merge(m.positions)
    g = manifold3d.Mesh64(
        vert_properties=props, tri_verts=tri, merge_from_vert=frm, merge_to_vert=to
    )
    out = manifold3d.Manifold(g)
    if out.status() != manifold3d.Error.NoError:
        g = manifold3d.Mesh64(vert_properties=props, tri_verts=tri)
        g.merge()
        out = manifold3d.Manifold(g)
    if out.status() != manifold3d.Error.NoError:
        raise ShapeError(
            f"{what} is not a closed solid ({out.status().name}), so it cannot take "
            "part in a boolean.",
            "Use closed primitives as boolean operands (every primitive but a macro is).",
        )
    return out.as_original()


def _exact_merge(pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(from, to) vertex pairs: every vertex whose position equals an earlier one's, bit for bit."""
    bits = np.ascontiguousarray(pos, dtype=np.float64).view(np.int64)
    order = np.lexsort((bits[:, 2], bits[:, 1], bits[:, 0]))
    b = bits[order]
    same = np.all(b[1:] == b[:-1], axis=1)
    start = np.concatenate([[True], ~same])
    rep = order[np.maximum.accumulate(np.where(start, np.arange(len(order)), 0))]
    frm = order[~start]
    return frm.astype(np.uint64), rep[~start].astype(np.uint64)


def from_manifold(M, flip_ids: Set[int] = frozenset()) -> Mesh:
    g = M.to_mesh64()
    props = np.asarray(g.vert_properties, dtype=np.float64)
    tri = np.asarray(g.tri_verts, dtype=np.int64).reshape(-1, 3)
    if props.shape[1] < 8:  # properties lost (cannot happen for our inputs): recompute below
        props = np.hstack([props[:, :3], np.zeros((len(props), 5))])
    pos, nrm, uv = props[:, :3].copy(), props[:, 3:6].copy(), props[:, 6:8].copy()
    if flip_ids:
        run_index = np.asarray(g.run_index, dtype=np.int64)
        run_ids = np.asarray(g.run_original_id, dtype=np.int64)
        flip = np.zeros(len(tri), dtype=bool)
        for k, rid in enumerate(run_ids):
            if int(rid) in flip_ids:
                flip[run_index[k] // 3 : run_index[k + 1] // 3] = True
        if flip.any():
            # Own copies of the flipped faces' vertices, so no vertex is shared with a kept face.
            used = np.unique(tri[flip])
            remap = np.full(len(pos), -1, dtype=np.int64)
            remap[used] = len(pos) + np.arange(len(used))
            pos = np.vstack([pos, pos[used]])
            nrm = np.vstack([nrm, -nrm[used]])
            uv = np.vstack([uv, uv[used]])
            tri[flip] = remap[tri[flip]]
    return compact(Mesh(pos, unit(nrm), uv, tri))  # the flipped faces' old vertices are unused


def _single(shape: Shape) -> Mesh:
    return merge([m for _, m in shape])


def boolean(op: dict, shape: Shape, res: Resolution, tag: str, build_shape) -> Shape:
    import manifold3d

    name = op["op"]
    base = to_manifold(_single(shape), f"the shape before {tag}")
    operands = []
    for j, s in enumerate(op["shapes"]):
        sub = build_shape(s, res, f"{tag}.shapes[{j}]")
        operands.append(to_manifold(_single(sub), f"{tag}.shapes[{j}]"))
    kind = {
        "union": manifold3d.OpType.Add,
        "difference": manifold3d.OpType.Subtract,
        "intersection": manifold3d.OpType.Intersect,
    }[name]
    result = manifold3d.Manifold.batch_boolean([base, *operands], kind)
    if result.is_empty():
        raise ShapeError(
            f"The {name} at {tag} leaves nothing of the shape.",
            "Check the operands' sizes and positions.",
        )
    flip = {o.original_id() for o in operands} if name == "difference" else set()
    return [(None, from_manifold(result, flip))]


def smooth(op: dict, shape: Shape, res: Resolution, tag: str) -> Shape:
    """Subdivision towards a smooth surface (manifold3d smooth_out + refine); normals are then
    recomputed from the refined surface, keeping edges sharper than `sharp` degrees hard."""
    mesh = _single(shape)
    if mesh.triangle_count * 4 ** int(op["levels"]) > MAX_TRIANGLES:
        raise OverLimit(mesh.triangle_count * 4 ** int(op["levels"]))
    M = to_manifold(mesh, f"the shape before {tag}")
    sharp = float(op["sharp"])
    M = M.smooth_out(sharp, 0.0).refine(2 ** int(op["levels"]))
    M = M.calculate_normals(0, sharp)
    return [(None, from_manifold(M))]
