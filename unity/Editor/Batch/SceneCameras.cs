// The job's camera: a Camera in the open scene found by GameObject name (inactive ones included),
// or an orbit camera framing every renderer, posed per frame like assetsmith's native engine.
using UnityEngine;

namespace Assetsmith.Batch
{
    public static class SceneCameras
    {
        public static Camera Resolve(UnityJob job, out string error)
        {
            error = null;
            if (job.camera != "orbit")
            {
#if UNITY_2022_2_OR_NEWER
                Camera[] all = Object.FindObjectsByType<Camera>(FindObjectsInactive.Include, FindObjectsSortMode.None);
#else
                Camera[] all = Object.FindObjectsOfType<Camera>(true);
#endif
                foreach (Camera c in all)
                {
                    if (c.gameObject.name == job.camera)
                    {
                        c.gameObject.SetActive(true);
                        c.enabled = true;
                        return c;
                    }
                }
                error = "no GameObject named '" + job.camera + "' with a Camera in scene '" + job.scene + "'";
                return null;
            }
            var go = new GameObject("AssetsmithOrbitCamera");
            Camera cam = go.AddComponent<Camera>();
            cam.fieldOfView = job.orbit_fov_deg;
            return cam;
        }

        static Bounds SceneBounds()
        {
#if UNITY_2022_2_OR_NEWER
            Renderer[] renderers = Object.FindObjectsByType<Renderer>(FindObjectsSortMode.None);
#else
            Renderer[] renderers = Object.FindObjectsOfType<Renderer>();
#endif
            bool any = false;
            var bounds = new Bounds(Vector3.zero, Vector3.one);
            foreach (Renderer r in renderers)
            {
                if (!r.enabled || !r.gameObject.activeInHierarchy)
                    continue;
                if (any)
                    bounds.Encapsulate(r.bounds);
                else
                    bounds = r.bounds;
                any = true;
            }
            return bounds;
        }

        // Place the camera for `frame` (a no-op for scene cameras: their own animation, if any, is
        // not sampled by this runner).
        public static void Pose(UnityJob job, Camera cam, int frame)
        {
            cam.aspect = (float)job.width / job.height;
            if (job.camera != "orbit")
                return;
            Bounds b = SceneBounds();
            Vector3 target = job.has_target && job.target.Length == 3
                ? new Vector3(-job.target[0], job.target[1], job.target[2]) // glTF -> Unity: X mirrored (as glTFast imports)
                : b.center;
            float turn = job.orbit_degrees * (frame - job.all_start) / Mathf.Max(job.all_count, 1);
            float az = (job.orbit_start_deg + turn) * Mathf.Deg2Rad;
            float el = job.orbit_elevation_deg * Mathf.Deg2Rad;
            var dir = new Vector3(-Mathf.Sin(az) * Mathf.Cos(el), Mathf.Sin(el), Mathf.Cos(az) * Mathf.Cos(el));
            float distance = job.orbit_distance;
            if (distance <= 0f)
            {
                float radius = Mathf.Max(b.extents.magnitude, 1e-4f);
                float halfV = job.orbit_fov_deg * 0.5f * Mathf.Deg2Rad;
                float halfH = Mathf.Atan(Mathf.Tan(halfV) * cam.aspect);
                float half = Mathf.Min(halfV, halfH);
                distance = radius / Mathf.Sin(half) * (1f + job.orbit_margin);
            }
            cam.transform.position = target + dir * distance;
            cam.transform.LookAt(target, Vector3.up);
            cam.nearClipPlane = Mathf.Max(distance - b.extents.magnitude * 1.5f, distance * 0.02f);
            cam.farClipPlane = distance + b.extents.magnitude * 6f;
        }
    }
}
