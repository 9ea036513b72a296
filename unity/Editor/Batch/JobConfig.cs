// The job config as `assetsmith job run` hands it to Unity: the user's config plus a "resolved"
// block with absolute output paths (inside assetsmith's staging folder) and flat, null-free
// values, so JsonUtility can read it without a JSON library.
using System;

namespace Assetsmith.Batch
{
    [Serializable]
    public class JobConfigFile
    {
        public ResolvedJob resolved;
    }

    [Serializable]
    public class ResolvedJob
    {
        public UnityJob unity;
    }

    [Serializable]
    public class UnityJob
    {
        public string scene;            // Assets/Scenes/main.unity (relative to the project)
        public string scene_name;       // the <scene> of output names
        public string camera = "orbit"; // a GameObject with a Camera, by name, or "orbit"
        public string format;           // USD | EXR | PNG
        public string output;           // USD: absolute file path
        public string frame_pattern;    // EXR/PNG: absolute path with #### for the frame number
        public int[] frames = new int[0];
        public int all_start = 1;       // first frame of the whole job (orbit phase)
        public int all_count = 1;       // frames in the whole job
        public float fps = 24f;
        public int width = 512;
        public int height = 512;
        public int samples = 4;
        public bool beauty = true;      // EXR channels R, G, B, A
        public bool depth = true;       // EXR channel Z
        public float orbit_start_deg;
        public float orbit_degrees = 360f;
        public float orbit_elevation_deg = 20f;
        public float orbit_fov_deg = 35f;
        public float orbit_distance = -1f; // <= 0: frame the scene's bounds
        public float orbit_margin = 0.1f;
        public bool has_target;
        public float[] target = new float[3];
    }
}
