"""The JSON Schema of a batch job config: the reference fields plus what batch rendering needs.

Reference fields (batch-export-job-runner.md): `scene`, `camera`, `output`, `format` (USD | EXR),
`sign`, `clip_embed`. Ours: `engine`, `frames`, `fps`, `resolution`, `orbit`, `passes`,
`compression`, `precision`, `samples`, `chunk_size`, `scene_name`, `timeout_s`, `unity`.
`assetsmith job schema` prints it.
"""

from __future__ import annotations

FORMATS = ("USD", "EXR", "GLB", "PNG")
ENGINE_NAMES = ("native", "unity", "blender")
PASSES = ("beauty", "depth")
EXR_COMPRESSIONS = (
    "none",
    "rle",
    "zips",
    "zip",
    "piz",
    "pxr24",
    "b44",
    "b44a",
    "dwaa",
    "dwab",
    "zstd",
)

JOB_CONFIG_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://assetsmith.dev/schemas/job-config.schema.json",
    "title": "assetsmith batch job config",
    "type": "object",
    "additionalProperties": False,
    "required": ["scene", "format"],
    "properties": {
        "$schema": {"type": "string"},
        "scene": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "The scene: a .glb/.gltf, a .usd/.usda/.usdc/.usdz, a pack folder (native, "
            "relative to the config's folder), or a Unity scene path such as "
            "Assets/Scenes/main.unity (unity engine).",
        },
        "camera": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "default": "orbit",
            "description": "A camera in the scene, by name (or USD prim path), or 'orbit'.",
        },
        "output": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "Where the export goes, inside the export folder. USD/GLB: a file "
            "(default Exports/USD/<scene>.usd). EXR/PNG: a folder or a pattern with "
            "#### for the frame number (default Exports/EXR/frame_####.exr).",
        },
        "format": {"enum": list(FORMATS)},
        "sign": {
            "type": "boolean",
            "default": False,
            "description": "Sign the export with the provenance signer (a .intoto.jsonl beside it).",
        },
        "clip_embed": {
            "type": "boolean",
            "default": False,
            "description": "Embed what the export shows (frames, or renders of the exported "
            "scene) and audit it against the originality corpus: writes "
            "<scene>.originality.json; a block fails the job when enforced.",
        },
        "engine": {"enum": list(ENGINE_NAMES), "default": "native"},
        "scene_name": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$",
            "description": "The <scene> in output names; default: the scene file's stem.",
        },
        "frames": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "start": {"type": "integer", "minimum": 0, "maximum": 9_999_999, "default": 1},
                "end": {"type": "integer", "minimum": 0, "maximum": 9_999_999},
                "step": {"type": "integer", "minimum": 1, "maximum": 10_000, "default": 1},
            },
            "description": "Inclusive frame range; end defaults to start.",
        },
        "fps": {"type": "number", "exclusiveMinimum": 0, "maximum": 1000, "default": 24},
        "resolution": {
            "type": "object",
            "additionalProperties": False,
            "required": ["width", "height"],
            "properties": {
                "width": {"type": "integer", "minimum": 1, "maximum": 8192},
                "height": {"type": "integer", "minimum": 1, "maximum": 8192},
            },
        },
        "orbit": {
            "type": "object",
            "additionalProperties": False,
            "description": "The orbit camera (camera 'orbit'): it turns `degrees` over the frame range.",
            "properties": {
                "start_deg": {"type": "number", "default": 0},
                "degrees": {"type": "number", "minimum": -3600, "maximum": 3600, "default": 360},
                "elevation_deg": {"type": "number", "minimum": -89, "maximum": 89, "default": 20},
                "fov_deg": {
                    "type": "number",
                    "exclusiveMinimum": 1,
                    "exclusiveMaximum": 170,
                    "default": 35,
                },
                "distance": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Default: the distance that frames the scene's bounds.",
                },
                "target": {
                    "type": "array",
                    "items": {"type": "number"},
                    "minItems": 3,
                    "maxItems": 3,
                },
                "margin": {"type": "number", "minimum": 0, "maximum": 0.9, "default": 0.1},
            },
        },
        "passes": {
            "type": "array",
            "items": {"enum": list(PASSES)},
            "minItems": 1,
            "uniqueItems": True,
            "default": ["beauty", "depth"],
            "description": "EXR channels: beauty = R, G, B, A (linear, premultiplied); depth = Z.",
        },
        "compression": {"enum": list(EXR_COMPRESSIONS), "default": "zip"},
        "precision": {
            "enum": ["float", "half"],
            "default": "float",
            "description": "EXR colour channels as 32-bit or 16-bit floats (Z is always 32-bit).",
        },
        "samples": {"enum": [1, 4], "default": 4, "description": "MSAA samples per pixel."},
        "chunk_size": {
            "type": "integer",
            "minimum": 1,
            "description": "Frames per chunk; chunks run as queue jobs when a queue is used.",
        },
        "timeout_s": {"type": "number", "exclusiveMinimum": 0, "maximum": 86_400},
        "unity": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "execute_method": {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_.]*$"}
            },
        },
    },
}


def job_config_schema() -> dict:
    """A copy of the job config's JSON Schema (draft 2020-12)."""
    import copy

    return copy.deepcopy(JOB_CONFIG_SCHEMA)
