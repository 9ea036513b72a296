// The parts of an assetsmith pack's manifest.json (and <name>.collider.json) the importer reads.
using System;

namespace Assetsmith.Import
{
    [Serializable]
    public class PackManifest
    {
        public string manifest_version;
        public string engine_target;
        public PackModels models;
        public PackMaterial[] materials = new PackMaterial[0];
        public PackSpec[] assets = new PackSpec[0];
    }

    [Serializable]
    public class PackModels
    {
        public string glb;                       // Models/<id>/<id>.glb (LOD0)
        public string[] lods = new string[0];    // Models/<id>/<id>_LOD1.glb, _LOD2.glb
        public string collider;                  // Models/<id>/<id>.collider.json
    }

    [Serializable]
    public class PackMaterial
    {
        public string name;                      // <variant>_<material>: the glTF material name
        public PackTextures textures;
        public float emissive_strength = 1f;     // present for glowing materials: the glow's intensity
    }

    [Serializable]
    public class PackTextures
    {
        public string albedo;
        public string normal;
        public string orm;
        public string emissive;                  // glow map (sRGB), only for glowing materials
    }

    [Serializable]
    public class PackSpec
    {
        public string asset_id;
        public string display_name;
        public PackUnity unity;
    }

    [Serializable]
    public class PackUnity
    {
        public string import_subfolder;
        public string collider;
    }

    [Serializable]
    public class PackCollider
    {
        public string kind;                      // box | capsule | mesh_convex | none
        public float[] center = new float[3];
        public float[] size = new float[3];
        public float radius;
        public float height;
    }
}
