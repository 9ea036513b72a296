"""Geometry and base-colour images out of GLB bytes, for fingerprinting (no file paths: bytes in)."""

from __future__ import annotations

import numpy as np

from ..errors import InvalidInput
from ..formats.glb import node_matrix, read_accessor, read_glb

MAX_TRIANGLES = 5_000_000


def glb_triangles(data: bytes, *, name: str = "model.glb") -> tuple[np.ndarray, np.ndarray]:
    """(positions (N, 3) float64 in world space, triangles (M, 3) int64) of every triangle
    primitive in the GLB's default scene. InvalidInput when it is malformed or has no triangles."""
    gltf, binary = read_glb(data)
    nodes = gltf.get("nodes", [])
    scenes = gltf.get("scenes") or [{"nodes": list(range(len(nodes)))}]
    roots = scenes[gltf.get("scene", 0)].get("nodes", []) if isinstance(scenes, list) else []
    positions, triangles, offset = [], [], 0
    try:
        stack = [(i, np.identity(4), 0) for i in roots]
        while stack:
            index, parent, depth = stack.pop()
            if depth > 64:
                raise InvalidInput(
                    f"'{name}': the node hierarchy is too deep.", "Pass an ordinary GLB file."
                )
            node = nodes[index]
            world = parent @ node_matrix(node)
            for prim in (
                gltf["meshes"][node["mesh"]].get("primitives", []) if "mesh" in node else []
            ):
                if prim.get("mode", 4) != 4 or "POSITION" not in prim.get("attributes", {}):
                    continue
                p = read_accessor(gltf, binary, prim["attributes"]["POSITION"]).astype(np.float64)
                idx: np.ndarray = (
                    read_accessor(gltf, binary, prim["indices"]).reshape(-1).astype(np.int64)
                    if "indices" in prim
                    else np.arange(len(p))
                )
                idx = idx[: len(idx) // 3 * 3].reshape(-1, 3)
                if len(idx) and (idx.max() >= len(p) or idx.min() < 0):
                    raise InvalidInput(
                        f"'{name}': an index points past the vertices.", "Re-export the model."
                    )
                positions.append(p @ world[:3, :3].T + world[:3, 3])
                triangles.append(idx + offset)
                offset += len(p)
                if sum(len(t) for t in triangles) > MAX_TRIANGLES:
                    raise InvalidInput(
                        f"'{name}' has more than {MAX_TRIANGLES:,} triangles.",
                        "Audit a decimated copy of the model.",
                    )
            stack.extend((c, world, depth + 1) for c in node.get("children", []))
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise InvalidInput(
            f"'{name}' is not a well-formed glTF scene ({type(exc).__name__}).",
            "Pass a binary glTF 2.0 (.glb) file.",
        ) from None
    if not triangles or not sum(len(t) for t in triangles):
        raise InvalidInput(
            f"'{name}' contains no triangles.", "Pass a GLB with at least one triangle mesh."
        )
    return np.concatenate(positions), np.concatenate(triangles)


def glb_base_color_images(data: bytes) -> list[tuple[str, bytes]]:
    """(label, encoded image bytes) of each material's embedded base-colour texture."""
    gltf, binary = read_glb(data)
    out, seen = [], set()
    for i, mat in enumerate(gltf.get("materials", [])):
        try:
            tex = gltf["textures"][mat["pbrMetallicRoughness"]["baseColorTexture"]["index"]]
            image = gltf["images"][tex["source"]]
            view = gltf["bufferViews"][image["bufferView"]]
        except (KeyError, IndexError, TypeError):
            continue  # untextured, or the image is an external URI: never followed
        start = int(view.get("byteOffset", 0))
        blob = binary[start : start + int(view["byteLength"])]
        if blob and tex["source"] not in seen:
            seen.add(tex["source"])
            out.append((f"{mat.get('name') or f'material_{i}'}_albedo", bytes(blob)))
    return out
