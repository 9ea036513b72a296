"""Run inside Blender (`blender -b --factory-startup --python blender_import.py -- OUT.json GLB...`):
import each GLB with Blender's own glTF importer into an empty scene and write what a developer
would look at: meshes, material slots, which image feeds which Principled BSDF input (through
which nodes) with its colour space and resolved file, dimensions and the lowest point.
"""

import json
import os
import sys

import bpy
import mathutils
import numpy as np

if not hasattr(np, "bool"):  # Blender 3.x's glTF importer uses np.bool, which NumPy 1.24 removed
    np.bool = bool


def upstream_image(socket, hops=0):
    """The image node feeding `socket` through normal-map / separate / math nodes, and the path."""
    if not socket.is_linked or hops > 6:
        return None
    node = socket.links[0].from_node
    if node.type == "TEX_IMAGE":
        img = node.image
        return {
            "name": img.name,
            "colorspace": img.colorspace_settings.name,
            "filepath": bpy.path.abspath(img.filepath),
            "size": list(img.size),
            "via": socket.links[0].from_socket.name,
        }
    for inp in node.inputs:
        found = upstream_image(inp, hops + 1)
        if found:
            found = dict(found, through=[node.type] + found.get("through", []))
            return found
    return None


def inspect(path):
    bpy.ops.wm.read_factory_settings(use_empty=True)
    bpy.ops.import_scene.gltf(filepath=path)
    meshes, lo, hi = [], [1e9] * 3, [-1e9] * 3
    for ob in bpy.context.scene.objects:
        if ob.type != "MESH":
            continue
        for corner in ob.bound_box:
            w = ob.matrix_world @ mathutils.Vector(corner)
            lo = [min(a, b) for a, b in zip(lo, w, strict=True)]
            hi = [max(a, b) for a, b in zip(hi, w, strict=True)]
        slots = []
        for slot in ob.material_slots:
            mat = slot.material
            wiring = {}
            if mat and mat.use_nodes:
                bsdf = next((n for n in mat.node_tree.nodes if n.type == "BSDF_PRINCIPLED"), None)
                if bsdf:
                    for name in ("Base Color", "Metallic", "Roughness", "Normal", "Alpha"):
                        wiring[name] = upstream_image(bsdf.inputs[name])
                out = next((n for n in mat.node_tree.nodes if n.type == "GROUP"), None)
                if out is not None and "Occlusion" in out.inputs:
                    wiring["Occlusion"] = upstream_image(out.inputs["Occlusion"])
            slots.append({"material": mat.name if mat else None, "wiring": wiring})
        meshes.append(
            {
                "name": ob.name,
                "triangles": sum(len(p.vertices) - 2 for p in ob.data.polygons),
                "slots": slots,
            }
        )
    return {
        "file": path,
        "meshes": meshes,
        "min": lo,
        "max": hi,
        "images_missing": [
            i.name
            for i in bpy.data.images
            if i.source == "FILE"
            and not i.has_data
            and not i.packed_file
            and not os.path.isfile(bpy.path.abspath(i.filepath))
        ],
    }


out, files = sys.argv[sys.argv.index("--") + 1], sys.argv[sys.argv.index("--") + 2 :]
with open(out, "w") as fh:
    json.dump([inspect(f) for f in files], fh)
