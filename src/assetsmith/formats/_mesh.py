"""Shape and range checks shared by the mesh writers: a clear InvalidInput beats a corrupt file."""

from __future__ import annotations

import numpy as np

from assetsmith.errors import InvalidInput
from assetsmith.geometry.mesh import Mesh


def _shape_ok(array: np.ndarray | None, width: int, n: int) -> bool:
    return isinstance(array, np.ndarray) and array.shape == (n, width)


def check_mesh(mesh: Mesh, label: str, *, normals: bool = True, uvs: bool = True) -> None:
    """Raise InvalidInput unless the arrays have matching shapes, finite values, in-range indices."""
    n = mesh.positions.shape[0] if isinstance(mesh.positions, np.ndarray) else -1
    wanted = [("positions", mesh.positions, 3)]
    if normals:
        wanted.append(("normals", mesh.normals, 3))
    if uvs:
        wanted.append(("uvs", mesh.uvs, 2))
    if mesh.tangents is not None:
        wanted.append(("tangents", mesh.tangents, 4))
    for what, array, width in wanted:
        if not _shape_ok(array, width, n):
            raise InvalidInput(f"Mesh '{label}' has malformed {what} (expected ({n}, {width})).")
        if not np.isfinite(array).all():
            raise InvalidInput(f"Mesh '{label}' has non-finite {what}.")
    idx = mesh.indices
    if not isinstance(idx, np.ndarray) or idx.ndim != 2 or idx.shape[1] != 3:
        raise InvalidInput(f"Mesh '{label}' has malformed indices (expected (M, 3)).")
    if idx.size and (int(idx.max()) >= n or int(idx.min()) < 0):
        raise InvalidInput(f"Mesh '{label}' has an index outside its {n} vertices.")
